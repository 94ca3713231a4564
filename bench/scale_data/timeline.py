"""A project's timeline: the seeded phase plan with windows and states, and its Etappenziele."""

from __future__ import annotations

import datetime as dt

from bench.scale_data import names as W
from bench.scale_data.dates import clip, days
from bench.scale_data.history import phantom
from bench.scale_data.plan import ARCHIV, Plan, Projekt
from bench.scale_data.users import Zugaenge
from iq_desktop.enums import EtappenzielStatus, PhasenStatus, ProjektStatus
from iq_desktop.models import Etappenziel, Phase


def plan_phasen(plan: Plan, p: Projekt) -> None:
    """The seeded phase plan with planned windows; statuses as of the project's last record."""
    rng = plan.rng
    ende = p.ende or p.beginn + days(3 * 365)
    dauer = (ende - p.beginn).days
    ende_1 = p.beginn + days(dauer // 5)
    ende_2 = ende - days(dauer * 3 // 20)
    fenster: list[tuple[dt.date | None, dt.date | None]] = [
        (p.beginn, ende_1), (ende_1 + days(1), ende_2),
        (ende_2 + days(1), ende) if p.ende is not None else (None, None),
    ]
    namen = list(plan.ref.phasen)
    while len(fenster) < len(namen):
        fenster.append((None, None))
    fenster = fenster[: len(namen)]
    if p.aktiv and rng.random() < 0.03:
        namen.append(W.EXTRA_PHASE)
        fenster.append((None, None))
    p.fenster = fenster
    verzug = days(rng.randint(0, 60) if rng.random() < 0.4 else 0)
    grenze = min(p.stand, p.status_am or p.stand)
    starts: list[dt.date | None] = [p.beginn]
    for von, _ in fenster[1:]:
        starts.append(None if von is None else von + verzug)
    if p.status is ProjektStatus.ABGESCHLOSSEN:
        assert p.status_am is not None
        letzte = len([s for s in starts if s is not None]) - 1
        starts = [None if s is None else min(s, p.status_am - days(10 * (letzte - i)))
                  for i, s in enumerate(starts)]
    for position, (name, (von, bis)) in enumerate(zip(namen, fenster, strict=True), start=1):
        start = starts[position - 1]
        naechster = starts[position] if position < len(starts) else None
        begonnen = p.status is not ProjektStatus.GEPLANT and start is not None and start <= grenze
        if not begonnen:
            status, ist_von, ist_bis = PhasenStatus.NICHT_BEGONNEN, None, None
        elif naechster is not None and naechster <= grenze:
            status, ist_von, ist_bis = PhasenStatus.ABGESCHLOSSEN, start, naechster
        elif p.status is ProjektStatus.ABGESCHLOSSEN and p.status_am is not None:
            status, ist_von, ist_bis = PhasenStatus.ABGESCHLOSSEN, start, p.status_am
        else:
            status, ist_von, ist_bis = PhasenStatus.LAUFEND, start, None
        p.phasen.append(plan.add(Phase.__table__, {
            "id": plan.new_id(Phase.__table__), "leitprojekt_id": p.id, "position": position, "name": name,
            "geplante_schritte": rng.choice(W.PHASEN_SCHRITTE[position - 1]) if position <= 3 else None,
            "status": status, "geplant_von": von, "geplant_bis": bis, "ist_von": ist_von, "ist_bis": ist_bis,
            "version": 1,
        }))


def plan_etappenziele(plan: Plan, zugaenge: Zugaenge, p: Projekt) -> None:
    """Milestones spread over the planned time; most due ones reached, a few overdue or dropped."""
    rng = plan.rng
    if "ohne_etappen" in p.maengel:
        return  # rule 6: no milestones planned
    anzahl = rng.randint(2, 4) if p.status is ProjektStatus.GEPLANT else rng.randint(3, 8)
    ende = p.ende or p.beginn + days(3 * 365)
    spanne = max(60, (ende - p.beginn).days - 45)
    titel = [W.ETAPPENZIELE[i] for i in sorted(rng.sample(range(len(W.ETAPPENZIELE)), anzahl))]
    faellig_tage = sorted(rng.sample(range(45, 45 + spanne), anzahl))
    for name, tage in zip(titel, faellig_tage, strict=True):
        faellig = p.beginn + days(tage)
        angelegt = min(max(p.angelegt + days(10), faellig - days(730)), p.stand)
        erreicht = kommuniziert = None
        status = EtappenzielStatus.OFFEN
        if p.status in ARCHIV and p.status_am is not None and faellig > p.status_am:
            status = EtappenzielStatus.ENTFALLEN
        elif faellig <= p.stand + days(14):
            r = rng.random()
            kandidat = clip(faellig + days(rng.randint(-14, 30)), angelegt, p.stand)
            if r < 0.82 and (p.status_am is None or kandidat <= p.status_am):
                erreicht, status = kandidat, EtappenzielStatus.ERREICHT
            elif r > 0.95:
                status = EtappenzielStatus.ENTFALLEN
        intern, extern = rng.random() < 0.4, rng.random() < 0.25
        if erreicht is not None and (intern or extern) and rng.random() < 0.85:
            kommuniziert = erreicht + days(rng.randint(0, 10))
            if kommuniziert > p.stand:
                kommuniziert = None
        phase = phase_for(p, faellig)
        row = plan.add(Etappenziel.__table__, {
            "id": plan.new_id(Etappenziel.__table__), "leitprojekt_id": p.id, "phase_id": phase,
            "titel": name, "beschreibung": None, "faellig_am": faellig, "erreicht_am": erreicht,
            "status": status, "kommunikation_intern": intern, "kommunikation_extern": extern,
            "kommunikation_wie": rng.choice(W.KOMMUNIKATION_WIE) if intern or extern else None,
            "kommuniziert_am": kommuniziert, "version": 1,
        })
        p.etappen.append(row)
        p.etappe_angelegt.append(angelegt)
        if rng.random() < 0.02:
            phantom(plan, zugaenge, p, Etappenziel.__table__, row, angelegt)


def phase_for(p: Projekt, tag: dt.date) -> int | None:
    """The phase whose planned window holds ``tag``; else the last planned one."""
    geplante = [(phase, von, bis) for phase, (von, bis) in zip(p.phasen, p.fenster, strict=True)
                if von is not None and bis is not None]
    for phase, von, bis in geplante:
        if von <= tag <= bis:
            return phase["id"]
    return geplante[-1][0]["id"] if geplante else None
