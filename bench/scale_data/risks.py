"""Risiken: recognised, assessed, now and then closed; a few entered twice by mistake."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.scale_data import names as W
from bench.scale_data.dates import clip, days
from bench.scale_data.history import phantom
from bench.scale_data.plan import ARCHIV, Plan, Projekt
from bench.scale_data.users import Zugaenge, editor_of
from iq_desktop.enums import RisikoStatus
from iq_desktop.models import Risiko

#: how likely the values 1 to 5 are, for probability and impact alike
_STUFEN = [0.12, 0.33, 0.33, 0.16, 0.06]


def plan_risiken(plan: Plan, zugaenge: Zugaenge, projekte: list[Projekt]) -> None:
    """Up to six risks per project from two months before its start; the older, the likelier closed.

    Runs after staffing: a risk's owner is someone in the project group.
    """
    rng = plan.rng
    for p in projekte:
        if p.beginn - days(60) > p.stand:
            continue
        erstes = max(p.angelegt, p.beginn - days(60))
        for _ in range(plan.pick_weighted(range(7), [0.1, 0.15, 0.2, 0.2, 0.15, 0.12, 0.08])):
            titel, massnahmen = rng.choice(W.RISIKEN)
            erkannt = erstes + days(rng.randint(0, (p.stand - erstes).days))
            alt = (p.stand - erkannt).days > 120
            if p.status in ARCHIV:
                gewicht = [0.1, 0.1, 0.8]
            elif alt:
                gewicht = [0.25, 0.25, 0.5]
            else:
                gewicht = [0.6, 0.35, 0.05]
            status = plan.pick_weighted(list(RisikoStatus), gewicht)
            w, a = rng.choices(range(1, 6), _STUFEN, k=2)
            geschlossen = None
            if status is RisikoStatus.GESCHLOSSEN:
                geschlossen = clip(erkannt + days(rng.randint(30, 240)), erkannt, p.stand)
            pruefung = None
            if status is not RisikoStatus.GESCHLOSSEN:
                pruefung = erkannt + days(90 * (1 + (p.stand - erkannt).days // 90))
            row = plan.add(Risiko.__table__, {
                "id": plan.new_id(Risiko.__table__), "leitprojekt_id": p.id, "titel": titel,
                "beschreibung": None, "wahrscheinlichkeit": w, "auswirkung": a,
                "verantwortlich_id": rng.choice(p.gruppe) if p.gruppe and rng.random() < 0.9 else None,
                "massnahmen": massnahmen, "status": status, "erkannt_am": erkannt,
                "naechste_pruefung": pruefung, "nicht_oeffentlich": rng.random() < 0.05, "version": 1,
            })
            p.risiken.append(row)
            p.risiko_geschlossen.append(geschlossen)
            _risiko_historie(plan, zugaenge, p, row, geschlossen)
            if rng.random() < 0.03:
                phantom(plan, zugaenge, p, Risiko.__table__, row, erkannt)


def _risiko_historie(plan: Plan, zugaenge: Zugaenge, p: Projekt, row: dict[str, Any],
                     geschlossen: dt.date | None) -> None:
    """Recognised as open, assessed (probability revised, next review set), closed."""
    rng = plan.rng
    actor = editor_of(plan, zugaenge, p)
    erkannt = row["erkannt_am"]
    plan.trail.created(plan.moment(erkannt), Risiko.__table__, row, actor, projekt=p,
                       ausgenommen={"naechste_pruefung"}, overrides={"status": RisikoStatus.OFFEN})
    if row["status"] is not RisikoStatus.OFFEN and (p.stand - erkannt).days > 14:
        bewertet = erkannt + days(rng.randint(7, min(90, (p.stand - erkannt).days)))
        vorher = max(1, min(5, row["wahrscheinlichkeit"] + rng.choice((-1, 1))))
        plan.trail.changed(plan.moment(bewertet), Risiko.__table__, row["id"], actor,
                           {"wahrscheinlichkeit": [vorher, row["wahrscheinlichkeit"]],
                            "status": [RisikoStatus.OFFEN, RisikoStatus.IN_BEARBEITUNG],
                            "naechste_pruefung": [erkannt + days(90), row["naechste_pruefung"]]}, projekt=p)
    if geschlossen is not None:
        plan.trail.changed(plan.moment(geschlossen), Risiko.__table__, row["id"], actor,
                           {"status": [RisikoStatus.IN_BEARBEITUNG, RisikoStatus.GESCHLOSSEN]}, projekt=p)
