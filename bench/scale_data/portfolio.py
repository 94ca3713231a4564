"""The portfolio: how many Leitprojekte each corridor has, their statuses, defects, dates and titles.

Each project is planned whole before the next: its dates, phases, milestones,
Steckbrief, decisions and their history. Staffing, risks and reports follow for all
projects at once (:mod:`bench.scale_data.planner`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bench.scale_data import names as W
from bench.scale_data.dates import days
from bench.scale_data.decisions import plan_entscheidungen
from bench.scale_data.history import project_history
from bench.scale_data.plan import ARCHIV, Korridor, Plan, Projekt
from bench.scale_data.sizes import MAENGEL, STATUS_ANTEILE, quote, split_by_shares
from bench.scale_data.steckbrief import plan_steckbrief
from bench.scale_data.timeline import plan_etappenziele, plan_phasen
from bench.scale_data.users import Zugaenge
from iq_desktop.enums import ProjektStatus
from iq_desktop.models import Leitprojekt

#: a project to plan: its corridor and its status
_Auftrag = tuple[Korridor, ProjektStatus]


@dataclass
class Portfolio:
    projekte: list[Projekt] = field(default_factory=list)
    #: corridors with more than five active projects (rule 1)
    ueber_fuenf: list[Korridor] = field(default_factory=list)


def plan_leitprojekte(plan: Plan, zugaenge: Zugaenge, korridore: list[Korridor], amt_kuerzel: list[str]) -> Portfolio:
    """Every Leitprojekt with its phases, milestones, Steckbrief, decisions and their history."""
    portfolio = Portfolio()
    auftraege: list[_Auftrag] = []
    for korridor, status in zip(korridore, _statuswahl(plan, _projektzahlen(plan)), strict=True):
        if sum(not s.archiviert for s in status) > 5:
            portfolio.ueber_fuenf.append(korridor)
        auftraege += [(korridor, s) for s in status]
    titel: set[str] = set()
    for (korridor, status), maengel in zip(auftraege, _maengel(plan, auftraege), strict=True):
        p = _projekt(plan, korridor, status, frozenset(maengel), titel)
        portfolio.projekte.append(p)
        plan_phasen(plan, p)
        plan_etappenziele(plan, zugaenge, p)
        plan_steckbrief(plan, zugaenge, p, amt_kuerzel)
        plan_entscheidungen(plan, p)
        project_history(plan, zugaenge, p)
    return portfolio


def _projektzahlen(plan: Plan) -> list[int]:
    """Projects per corridor: five as recommended, a few with six or seven, a few with four."""
    rng = plan.rng
    n = plan.sizes.korridorthemen
    zahlen = [5] * n
    for _ in range(max(1, n // 10)):
        plus, minus = rng.sample(range(n), 2)
        zahlen[plus] += 1
        zahlen[minus] -= 1
    for _ in range(plan.sizes.leitprojekte - 5 * n):
        zahlen[rng.randrange(n)] += 1
    return zahlen


def _statuswahl(plan: Plan, zahlen: list[int]) -> list[list[ProjektStatus]]:
    """Statuses per corridor in the shares of ``STATUS_ANTEILE``; most corridors keep to five active ones."""
    rng = plan.rng
    alle = [s for s, n in zip(STATUS_ANTEILE, split_by_shares(sum(zahlen), list(STATUS_ANTEILE.values())),
                              strict=True) for _ in range(n)]
    rng.shuffle(alle)
    result = []
    for anzahl in zahlen:
        status, alle = alle[:anzahl], alle[anzahl:]
        aktiv = [i for i, s in enumerate(status) if not s.archiviert]
        if len(aktiv) > 5 and rng.random() < 0.65:
            for i in rng.sample(aktiv, len(aktiv) - 5):
                status[i] = ProjektStatus.ABGESCHLOSSEN
        result.append(status)
    return result


def _maengel(plan: Plan, auftraege: list[_Auftrag]) -> list[set[str]]:
    """Which active projects get which defect: exact shares, so every scale shows each rule.

    Problems cluster: a project that already has one is four times as likely to get the next.
    """
    maengel: list[set[str]] = [set() for _ in auftraege]
    aktive = [i for i, (_, s) in enumerate(auftraege) if not s.archiviert]
    neue = [i for i in aktive if auftraege[i][1] is ProjektStatus.GEPLANT]

    def ziehen(kandidaten: list[int], n: int) -> list[int]:
        return plan.sample_weighted(kandidaten, [1 + 4 * len(maengel[i]) for i in kandidaten], n)

    for mangel, anteil in MAENGEL.items():
        kandidaten = aktive
        if mangel == "ohne_kickoff":
            kandidaten = [i for i in aktive if auftraege[i][1] is not ProjektStatus.GEPLANT]
        n = quote(anteil, len(kandidaten)) if kandidaten else 0
        if mangel == "ohne_leitung":  # half of them new projects whose group is not staffed yet
            gewaehlt = ziehen(neue, min(len(neue), (n + 1) // 2))
            gewaehlt += ziehen([i for i in aktive if i not in gewaehlt], n - len(gewaehlt))
        else:
            gewaehlt = ziehen(kandidaten, n)
        for i in gewaehlt:
            maengel[i].add(mangel)
    return maengel


def _titel(plan: Plan, vergeben: set[str]) -> str:
    """A title not yet ``vergeben``: a plan name, else with a district or an addition."""
    rng = plan.rng
    for versuch in range(50):
        vorhaben = rng.choice(W.VORHABEN)
        if vorhaben not in vergeben:
            kandidat = vorhaben
        elif rng.random() < 0.75:
            kandidat = f"{vorhaben} – {rng.choice(W.STADTTEILE)}"
        else:
            kandidat = f"{vorhaben} – {rng.choice(W.TITEL_ZUSAETZE)}"
        if versuch > 40:
            kandidat = f"{kandidat} {versuch}"
        if kandidat not in vergeben:
            vergeben.add(kandidat)
            return kandidat
    raise RuntimeError("no unique project title found")


def _projekt(plan: Plan, korridor: Korridor, status: ProjektStatus, maengel: frozenset[str],
             titel: set[str]) -> Projekt:
    """Dates of one project: start, planned end, status change and its last update."""
    rng, heute = plan.rng, plan.heute
    veraltet = "veraltet" in maengel
    status_am: dt.date | None = None
    if status is ProjektStatus.GEPLANT:
        beginn = heute + days(rng.randint(14, 240))
    elif status in (ProjektStatus.LAUFEND, ProjektStatus.PAUSIERT):
        beginn = heute - days(rng.randint(60, 2000))
        if status is ProjektStatus.PAUSIERT:
            frueheste = 40 if veraltet else 14
            status_am = heute - days(rng.randint(frueheste, max(frueheste, min(300, (heute - beginn).days - 30))))
    elif status is ProjektStatus.ABGESCHLOSSEN:
        beginn = heute - days(rng.randint(900, 2600))
        status_am = min(beginn + days(rng.randint(700, 2000)), heute - days(rng.randint(10, 200)))
    else:
        beginn = heute - days(rng.randint(400, 2200))
        status_am = beginn + days(rng.randint(180, (heute - beginn).days - 10))

    ende: dt.date | None
    if status is ProjektStatus.ABGESCHLOSSEN:
        assert status_am is not None
        ende = status_am - days(rng.randint(0, 60))
    elif status is ProjektStatus.LAUFEND and rng.random() < 0.06 and (heute - beginn).days > 500:
        ende = heute - days(rng.randint(10, 200))  # running late
    else:
        ende = beginn + days(rng.randint(900, 2900))
    if "ohne_ende" in maengel:
        ende = None  # rule 6

    if status_am is not None and status in ARCHIV:
        letzter = min(status_am + days(rng.randint(0, 14)), heute - days(1))
    elif veraltet:  # rule 7: nothing recorded for longer than the reporting cycle
        fruehestens = status_am or (beginn + days(14) if beginn <= heute else heute - days(160))
        letzter = heute - days(rng.randint(32, max(32, min(160, (heute - fruehestens).days))))
    else:
        letzter = max(heute - days(rng.randint(0, 28)), status_am or heute - days(28))
    angelegt = min(beginn - days(rng.randint(30, 150) if beginn <= heute else rng.randint(90, 400)),
                   letzter - days(7))

    ident = plan.new_id(Leitprojekt.__table__)
    row = plan.add(Leitprojekt.__table__, {
        "id": ident, "titel": _titel(plan, titel), "korridorthema_id": korridor.id, "status": status,
        "beginn": beginn, "geplantes_ende": ende, "kickoff_am": None,
    })
    return Projekt(row=row, korridor=korridor, status=status, beginn=beginn, ende=ende, status_am=status_am,
                   angelegt=angelegt, last_update=plan.moment(letzter), maengel=maengel)
