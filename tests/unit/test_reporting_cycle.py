"""One reporting cycle per database: every desk and every export judges "veraltet" and rule 7 alike."""

from __future__ import annotations

import datetime as dt

import pytest

from iq_desktop.services import projects
from iq_desktop.services.errors import DomainError
from iq_desktop.services.portfolio import portfolio_lists
from iq_desktop.services.quick_start import read_quick
from iq_desktop.services.reporting_cycle import reporting_cycle, set_reporting_cycle
from iq_desktop.services.rules import check_rules


def test_the_databases_cycle_wins_over_a_desks_settings(db) -> None:
    korridor = 1
    projekt = projects.set_up_leitprojekt(db, titel="Stadtgrün", korridorthema_id=korridor, beginn=None)
    assert projekt
    in_45_days = db.today() + dt.timedelta(days=45)  # 45 days without a new Sachstand
    assert reporting_cycle(db, 30) == 30  # none stored: the desk's settings

    set_reporting_cycle(db, 60)
    assert reporting_cycle(db, 30) == 60
    report = check_rules(db, stichtag=in_45_days, berichtszyklus_tage=30)
    assert report.berichtszyklus_tage == 60
    assert not [b for b in report.befunde if b.regel == 7]
    lists = portfolio_lists(db, stichtag=in_45_days, berichtszyklus_tage=30)
    assert lists.berichtszyklus_tage == 60 and not any(r.veraltet for r in lists.rows)
    quick = read_quick(db.location, stichtag=in_45_days, berichtszyklus_tage=30)  # the first frame's read
    assert quick is not None and quick.berichtszyklus_tage == 60

    set_reporting_cycle(db, 40)
    report = check_rules(db, stichtag=in_45_days, berichtszyklus_tage=90)
    assert report.berichtszyklus_tage == 40 and [b for b in report.befunde if b.regel == 7]


def test_an_impossible_cycle_is_refused(db) -> None:
    with pytest.raises(DomainError, match="zwischen 1 und 366"):
        set_reporting_cycle(db, 0)
    assert reporting_cycle(db, 30) == 30
