"""Korridorthemen: the six seeded ones described, further ones added, with Beauftragte and résumés."""

from __future__ import annotations

import datetime as dt

from bench.scale_data import names as W
from bench.scale_data.dates import days, dhh
from bench.scale_data.organisation import Organisation
from bench.scale_data.people import Personen
from bench.scale_data.plan import Korridor, Plan
from iq_desktop.models import KorridorJahresbericht, Korridorthema, korridor_beauftragte
from iq_desktop.reference import KORRIDORTHEMEN


def plan_korridorthemen(plan: Plan, org: Organisation, personen: Personen) -> list[Korridor]:
    """One corridor per Dezernat, its Bürgermeister/in in charge of both.

    The seed already wrote the first corridors; they are described by an update
    (``plan.korridor_updates``) instead of new rows.
    """
    rng = plan.rng
    namen = (*KORRIDORTHEMEN, *W.KORRIDORE_WEITERE)
    von = dhh(plan.heute.year) - 4
    korridore: list[Korridor] = []
    for i in range(plan.sizes.korridorthemen):
        name = namen[i % len(namen)] if i < len(namen) else f"{namen[i % len(namen)]} {i // len(namen) + 1}"
        werte = {
            "name": name, "position": i + 1, "buergermeister_id": personen.buergermeister[i],
            "ziele": rng.choice(W.KORRIDOR_ZIELE).format(name=name),
            "beschreibung": rng.choice(W.KORRIDOR_BESCHREIBUNG).format(name=name),
            "laufzeit_von": von, "laufzeit_bis": von + 5,
        }
        if i < len(plan.ref.korridor_ids):
            ident = plan.ref.korridor_ids[i]
            plan.korridor_updates.append({"b_id": ident, **{f"b_{k}": v for k, v in werte.items()}})
        else:
            ident = plan.new_id(Korridorthema.__table__)
            plan.add(Korridorthema.__table__, {"id": ident, **werte, "version": 1})
        korridor = Korridor(i, ident, name, org.dezernate[i], personen.buergermeister[i], personen.beauftragte[i])
        korridore.append(korridor)
        for person in korridor.beauftragte:
            plan.add(korridor_beauftragte, {"korridorthema_id": ident, "person_id": person})
    return korridore


def plan_jahresberichte(plan: Plan, korridore: list[Korridor]) -> None:
    """Each corridor's résumé of the last one or two years, written in late January."""
    rng = plan.rng
    for korridor in korridore:
        for jahr in range(plan.heute.year - 2, plan.heute.year):
            if jahr < plan.heute.year - 1 and rng.random() < 0.3:
                continue
            assert korridor.actor is not None
            row = plan.add(KorridorJahresbericht.__table__, {
                "id": plan.new_id(KorridorJahresbericht.__table__), "korridorthema_id": korridor.id,
                "jahr": jahr, "resuemee": rng.choice(W.JAHRESBERICHT_RESUEMEE),
                "ausblick": rng.choice(W.JAHRESBERICHT_AUSBLICK), "bearbeitet_von": korridor.actor.login,
                "version": 1,
            })
            geschrieben = min(dt.date(jahr + 1, 1, 10) + days(rng.randint(0, 30)), plan.heute)
            plan.trail.created(plan.moment(geschrieben), KorridorJahresbericht.__table__, row, korridor.actor)
