"""Sitzungen: meetings of the six Gremien over the project history, and the report deadlines they set."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from bench.scale_data import names as W
from bench.scale_data.dates import FEIERTAGE, days
from bench.scale_data.plan import Plan
from bench.scale_data.users import Zugaenge
from iq_desktop.models import Sitzung

#: (Stichtag, Sitzung id, Gremium id): the day a Sachstand for the meeting is due
Berichtstermin = tuple[dt.date, int, int]

#: Gremium, weekday it meets on, share of all meetings
_PLAN = (
    ("IQ-Lenkungsgruppe", 2, 0.45), ("IQ-Lenkungskreis", 0, 0.15), ("BMK", 0, 0.15),
    ("Hauptausschuss", 1, 0.12), ("Gemeinderat", 1, 0.06), ("IQ-Netzwerktreffen", 3, 0.07),
)


def plan_sitzungen(plan: Plan, zugaenge: Zugaenge) -> list[Berichtstermin]:
    """Meetings of the six Gremien, each on its weekday; returns the report deadlines, in date order.

    Sachstände are written for every Gremium but the Netzwerktreffen and the Gemeinderat,
    due on the last weekday at least six days before the meeting.
    """
    rng = plan.rng
    heute = plan.heute
    anzahl = Counter(rng.choices([g for g, _, _ in _PLAN], [w for _, _, w in _PLAN], k=plan.sizes.sitzungen))
    berichtstermine: list[Berichtstermin] = []
    letzter = heute + days(120)
    for gremium, wochentag, _ in _PLAN:
        n = anzahl[gremium]
        if n == 0:
            continue
        erster = letzter - days(max(2400, 8 * n + 140))
        tag = erster + days((wochentag - erster.weekday()) % 7)
        kandidaten = []
        while tag <= letzter:
            if (tag.month, tag.day) not in FEIERTAGE:
                kandidaten.append(tag)
            tag += days(7)
        gremium_id = plan.ref.gremien[gremium]
        for datum in sorted(rng.sample(kandidaten, n)):
            vergangen = datum < heute
            vorlage = None
            if gremium in ("Hauptausschuss", "Gemeinderat"):
                vorlage = f"{datum.year}/{rng.randint(100, 2999):04d}"
            row = plan.add(Sitzung.__table__, {
                "id": plan.new_id(Sitzung.__table__), "gremium_id": gremium_id, "datum": datum,
                "top": str(rng.randint(1, 12)),
                "oeffentlich": gremium == "Gemeinderat" or (gremium == "Hauptausschuss" and rng.random() < 0.3),
                "vorlage_nr": vorlage, "ergebnis": W.SITZUNG_ERGEBNIS[gremium] if vergangen else None,
                "bemerkung": W.SITZUNG_BEMERKUNG[gremium], "version": 1,
            })
            actor = rng.choice(zugaenge.vme)
            geplant = min(datum - days(35), heute - days(rng.randint(1, 20)))
            plan.trail.created(plan.moment(geplant), Sitzung.__table__, row, actor, ausgenommen={"ergebnis"})
            if vergangen and datum + days(1) <= heute:
                plan.trail.changed(plan.moment(datum + days(1)), Sitzung.__table__, row["id"], actor,
                                   {"ergebnis": [None, row["ergebnis"]]})
            if gremium not in ("IQ-Netzwerktreffen", "Gemeinderat"):
                stichtag = datum - days(6)
                while stichtag.weekday() > 4:
                    stichtag -= days(1)
                berichtstermine.append((stichtag, row["id"], gremium_id))
    berichtstermine.sort()
    return berichtstermine
