"""The derived values of the domain, defined once and used by lists, rules and reports.

The functions take any objects with the named attributes (ORM rows or read
models), so the same definition serves a single project and a portfolio.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, TypeVar

from iq_desktop.enums import EtappenzielStatus, PhasenStatus, RisikoStatus


class _PhaseLike(Protocol):
    position: int
    status: PhasenStatus


class _MilestoneLike(Protocol):
    id: int
    faellig_am: dt.date
    status: EtappenzielStatus


class _RiskLike(Protocol):
    id: int
    wahrscheinlichkeit: int
    auswirkung: int
    status: RisikoStatus
    erkannt_am: dt.date


P = TypeVar("P", bound=_PhaseLike)
M = TypeVar("M", bound=_MilestoneLike)
R = TypeVar("R", bound=_RiskLike)


def current_phase(phases: Iterable[P]) -> P | None:
    """The first phase that is laufend; else the first not yet begun; else the last one."""
    ordered = sorted(phases, key=lambda p: p.position)
    if not ordered:
        return None
    for wanted in (PhasenStatus.LAUFEND, PhasenStatus.NICHT_BEGONNEN):
        for phase in ordered:
            if phase.status is wanted:
                return phase
    return ordered[-1]


def next_milestone(milestones: Iterable[M]) -> M | None:
    """The open Etappenziel with the earliest due date."""
    open_ones = [m for m in milestones if m.status is EtappenzielStatus.OFFEN]
    return min(open_ones, key=lambda m: (m.faellig_am, m.id), default=None)


def risk_score(risk: _RiskLike) -> int:
    return risk.wahrscheinlichkeit * risk.auswirkung


def top_risk(risks: Iterable[R]) -> R | None:
    """The open risk with the highest probability × impact, then the newest."""
    open_ones = [r for r in risks if r.status.offen]
    return max(open_ones, key=lambda r: (risk_score(r), r.erkannt_am, r.id), default=None)


def local_date(utc_naive: dt.datetime) -> dt.date:
    """The local calendar day of a stored (naive UTC) timestamp."""
    return utc_naive.replace(tzinfo=dt.UTC).astimezone().date()


def is_stale(aktualisiert_am: dt.datetime, stichtag: dt.date, berichtszyklus_tage: int) -> bool:
    """Rule 7: the last update is older than the reporting cycle, judged as of ``stichtag``."""
    return (stichtag - local_date(aktualisiert_am)).days > berichtszyklus_tage


def overlaps(
    a_von: dt.date | None, a_bis: dt.date | None, b_von: dt.date | None, b_bis: dt.date | None
) -> bool:
    """Whether two periods overlap; an open start or end extends without limit."""
    lo, hi = dt.date.min, dt.date.max
    return (a_von or lo) <= (b_bis or hi) and (b_von or lo) <= (a_bis or hi)


def not_ended(bis: dt.date | None, stichtag: dt.date) -> bool:
    """Not ended before ``stichtag`` (a Mitwirkung that starts later still counts)."""
    return bis is None or bis >= stichtag
