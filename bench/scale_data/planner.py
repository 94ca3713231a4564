"""The order of the stages: who is planned when, and what each stage hands on.

Every choice comes from one ``random.Random(seed)``, so the order of the calls below
(and of the random calls within each stage) is the data: moving a stage, or a random
call within one, changes every row after it. Stages that need something another
produced get it as an argument; they share only the :class:`Plan`.
"""

from __future__ import annotations

import datetime as dt

from bench.scale_data.corridors import plan_jahresberichte, plan_korridorthemen
from bench.scale_data.meetings import plan_sitzungen
from bench.scale_data.organisation import plan_organisation
from bench.scale_data.overrides import plan_overrides
from bench.scale_data.people import plan_people, plan_people_history
from bench.scale_data.plan import Plan, Reference
from bench.scale_data.portfolio import plan_leitprojekte
from bench.scale_data.risks import plan_risiken
from bench.scale_data.sizes import Sizes
from bench.scale_data.staffing import (
    plan_double_roles,
    plan_further_mitwirkungen,
    plan_mitwirkung_history,
    staff_project_groups,
)
from bench.scale_data.status_reports import plan_sachstaende
from bench.scale_data.users import plan_users, project_leads_as_users


def plan_portfolio(sizes: Sizes, seed: int, heute: dt.date, ref: Reference) -> Plan:
    """Plan every row and audit event of a database of ``sizes``, in memory."""
    plan = Plan(sizes, seed, heute, ref)
    organisation = plan_organisation(plan)
    personen = plan_people(plan, organisation)
    korridore = plan_korridorthemen(plan, organisation, personen)
    zugaenge = plan_users(plan, personen, korridore)
    plan_jahresberichte(plan, korridore)
    berichtstermine = plan_sitzungen(plan, zugaenge)
    portfolio = plan_leitprojekte(plan, zugaenge, korridore, organisation.amt_kuerzel)
    projekte = portfolio.projekte

    staff_project_groups(plan, personen, projekte)
    doppelrollen = plan_double_roles(plan, personen, projekte)
    plan_further_mitwirkungen(plan, zugaenge, personen, projekte)
    for p in projekte:
        plan_mitwirkung_history(plan, zugaenge, p)
    project_leads_as_users(plan, zugaenge, personen, projekte)  # they edit from here on

    plan_risiken(plan, zugaenge, projekte)
    plan_sachstaende(plan, zugaenge, projekte, berichtstermine, personen.name)
    plan_overrides(plan, zugaenge.vme, personen, doppelrollen, portfolio.ueber_fuenf)
    plan_people_history(plan, personen, zugaenge.vme)
    return plan
