"""The derived values of domain.md, defined once in services.derived."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iq_desktop.enums import EtappenzielStatus, PhasenStatus, RisikoStatus
from iq_desktop.services import derived


@dataclass
class Ph:
    position: int
    status: PhasenStatus
    name: str = ""


@dataclass
class Ms:
    id: int
    faellig_am: dt.date
    status: EtappenzielStatus


@dataclass
class Rk:
    id: int
    wahrscheinlichkeit: int
    auswirkung: int
    status: RisikoStatus
    erkannt_am: dt.date


L, N, A = PhasenStatus.LAUFEND, PhasenStatus.NICHT_BEGONNEN, PhasenStatus.ABGESCHLOSSEN


def test_current_phase_is_first_running_then_first_not_begun_then_last() -> None:
    assert derived.current_phase([Ph(2, L, "b"), Ph(1, A, "a"), Ph(3, L, "c")]).name == "b"
    assert derived.current_phase([Ph(1, A, "a"), Ph(2, N, "b"), Ph(3, N, "c")]).name == "b"
    assert derived.current_phase([Ph(1, A, "a"), Ph(2, A, "b")]).name == "b"
    assert derived.current_phase([]) is None


def test_next_milestone_is_the_open_one_due_first() -> None:
    d = dt.date(2026, 1, 1)
    stones = [
        Ms(1, d + dt.timedelta(days=5), EtappenzielStatus.OFFEN),
        Ms(2, d, EtappenzielStatus.ERREICHT),
        Ms(3, d + dt.timedelta(days=2), EtappenzielStatus.OFFEN),
        Ms(4, d + dt.timedelta(days=1), EtappenzielStatus.ENTFALLEN),
    ]
    assert derived.next_milestone(stones).id == 3
    assert derived.next_milestone([stones[1]]) is None


def test_top_risk_is_highest_score_then_newest_and_ignores_closed() -> None:
    d = dt.date(2026, 1, 1)
    risks = [
        Rk(1, 3, 4, RisikoStatus.OFFEN, d),
        Rk(2, 4, 3, RisikoStatus.IN_BEARBEITUNG, d + dt.timedelta(days=3)),
        Rk(3, 5, 5, RisikoStatus.GESCHLOSSEN, d),
        Rk(4, 2, 2, RisikoStatus.OFFEN, d + dt.timedelta(days=9)),
    ]
    assert derived.top_risk(risks).id == 2  # 12 = 12, newer wins; the closed 25 does not count
    assert derived.top_risk([risks[2]]) is None


def test_stale_when_older_than_the_cycle_as_of_the_reference_date() -> None:
    updated = dt.datetime(2026, 1, 1, 12, 0)
    local = derived.local_date(updated)
    assert not derived.is_stale(updated, local + dt.timedelta(days=30), 30)
    assert derived.is_stale(updated, local + dt.timedelta(days=31), 30)
    # judged as of a past date, a later update does not make it stale
    assert not derived.is_stale(updated, local - dt.timedelta(days=5), 30)


def test_overlaps_treats_open_ends_as_unbounded() -> None:
    d = dt.date(2026, 1, 1)
    later = d + dt.timedelta(days=10)
    assert derived.overlaps(None, None, d, d)
    assert derived.overlaps(d, later, later, None)
    assert not derived.overlaps(d, d + dt.timedelta(days=1), later, None)
    assert not derived.overlaps(later, None, None, d)
