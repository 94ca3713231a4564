"""Regelausnahmen: some rule-2 findings and some corridors over five projects, overridden with a reason."""

from __future__ import annotations

import datetime as dt

from bench.scale_data.audit import Actor
from bench.scale_data.dates import days
from bench.scale_data.people import Personen
from bench.scale_data.plan import Korridor, Plan
from bench.scale_data.sizes import ANTEIL_AUSNAHME
from bench.scale_data.staffing import Doppelrolle
from iq_desktop.models import Mitwirkung, RegelAusnahme


def plan_overrides(plan: Plan, vme: list[Actor], personen: Personen, doppelrollen: list[Doppelrolle],
              ueber_fuenf: list[Korridor]) -> None:
    """VME overrides a share of the double roles (both Mitwirkungen) and a quarter of the big corridors."""
    rng = plan.rng
    mitwirkung = {m["id"]: m for m in plan.rows[Mitwirkung.__table__]}
    for person, erste, zweite in doppelrollen:
        if rng.random() > ANTEIL_AUSNAHME:
            continue
        tag = min(max(mitwirkung[erste]["von"], mitwirkung[zweite]["von"]) + days(rng.randint(7, 40)),
                  plan.heute - days(1))
        name = personen.row[person]
        sein = "ihr" if name["anrede"] == "Frau" else "sein"
        text = (f"{name['anrede']} {name['nachname']} bringt {sein} Fachwissen übergangsweise in beide Projekte "
                "ein; die Doppelrolle ist befristet und in der IQ-Lenkungsgruppe abgestimmt.")
        for objekt in (erste, zweite):
            _ausnahme(plan, vme, "2", "mitwirkung", objekt, text, tag)
    for korridor in ueber_fuenf:
        if rng.random() < 0.25:
            _ausnahme(plan, vme, "1", "korridorthema", korridor.id, "Das zusätzliche Leitprojekt ist vom "
                      "Gemeinderat beauftragt und läuft bis zum Ende des Doppelhaushalts aus.",
                      plan.heute - days(rng.randint(20, 200)))


def _ausnahme(plan: Plan, vme: list[Actor], pruefung: str, objekt_typ: str, objekt_id: int, begruendung: str,
              tag: dt.date) -> None:
    actor = plan.rng.choice(vme)
    row = plan.add(RegelAusnahme.__table__, {
        "id": plan.new_id(RegelAusnahme.__table__), "pruefung": pruefung, "objekt_typ": objekt_typ,
        "objekt_id": objekt_id, "begruendung": begruendung, "erfasst_von": actor.login,
        "erfasst_am": plan.moment(tag), "version": 1,
    })
    plan.trail.created(row["erfasst_am"], RegelAusnahme.__table__, row, actor)
