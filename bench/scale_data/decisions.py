"""Entscheidungen: what a project needed decided, by whom, and whether it was."""

from __future__ import annotations

from bench.scale_data import names as W
from bench.scale_data.dates import days
from bench.scale_data.plan import Plan, Projekt
from iq_desktop.enums import EntscheidungsArt, EntscheidungsStatus
from iq_desktop.models import Entscheidung


def plan_entscheidungen(plan: Plan, p: Projekt) -> None:
    """Up to three decisions once a project has begun; older ones mostly decided, a dissent mostly taken
    to the Clearingstelle (VME)."""
    rng = plan.rng
    if p.beginn > p.stand:
        return
    for _ in range(plan.pick_weighted([0, 1, 2, 3], [0.4, 0.33, 0.18, 0.09])):
        art = plan.pick_weighted(list(EntscheidungsArt), [0.35, 0.5, 0.15])
        erfasst = p.beginn + days(rng.randint(0, max(0, (p.stand - p.beginn).days)))
        alt = (p.stand - erfasst).days > 60
        status = plan.pick_weighted(list(EntscheidungsStatus), [0.15, 0.75, 0.1] if alt else [0.7, 0.25, 0.05])
        clearing = None
        if art is EntscheidungsArt.DISSENS and rng.random() < 0.7:
            clearing = erfasst + days(rng.randint(3, 30))
            if clearing > p.stand:
                clearing = None
        entschieden = None
        if status is EntscheidungsStatus.ENTSCHIEDEN:
            entschieden = min(erfasst + days(rng.randint(7, 90)), p.stand)
        row = plan.add(Entscheidung.__table__, {
            "id": plan.new_id(Entscheidung.__table__), "leitprojekt_id": p.id, "art": art,
            "titel": rng.choice(W.ENTSCHEIDUNGEN[art.value]),
            "beschreibung": "Siehe Sachstand; Abstimmung mit den beteiligten Ämtern läuft.",
            "erfasst_am": erfasst,
            "zu_entscheiden_durch": "Clearingstelle (VME)" if clearing else rng.choice(W.ENTSCHEIDUNG_DURCH),
            "faellig_bis": erfasst + days(rng.randint(14, 90)) if rng.random() < 0.6 else None,
            "an_clearingstelle_am": clearing, "status": status,
            "ergebnis": rng.choice(W.ENTSCHEIDUNG_ERGEBNIS) if entschieden else None,
            "entschieden_am": entschieden,
            "entschieden_durch": rng.choice(W.ENTSCHEIDUNG_DURCH) if entschieden else None,
            "nicht_oeffentlich": rng.random() < 0.1, "version": 1,
        })
        p.entscheidungen.append(row)
