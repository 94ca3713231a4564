"""An export's data: the demo portfolio as of a fixed day, plus the titles a spreadsheet must keep as text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from iq_desktop.db.database import Database
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database

HEUTE = dt.date(2026, 11, 22)

#: titles that Excel would take for a formula if they were written as typed
FORMEL_TITEL = ('=HYPERLINK("https://example.invalid";"Klick")', "+49 721 133-0", "-5 % Lärm", "@Rathaus digital")
#: a milestone title with every character the calendar format must escape
SONDERZEICHEN = "Planung; Bau, Test \\ Abnahme"
LANGER_TITEL = ("Überörtliche Gemeinschaftsaufgabe: Fußgängerzonenerweiterung mit Bürgerbeteiligung, "
                "Straßenbäumen und grüner Möblierung in der gesamten Innenstadt")


@dataclass(frozen=True)
class DemoFile:
    path: Path
    formel_projekte: tuple[int, ...]


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> DemoFile:
    """The demo portfolio (built once per run; tests open it read-only or copy it)."""
    from iq_desktop.enums import ProjektStatus
    from iq_desktop.services import corridors, demo, milestones, projects

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database, _ = open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN)
    try:
        demo.fill_demo(database, heute=HEUTE)
        korridor = corridors.korridorthema_id(database, "Mobilität")
        ids = tuple(
            projects.set_up_leitprojekt(database, titel=titel, korridorthema_id=korridor, status=ProjektStatus.LAUFEND,
                                        beginn=dt.date(2026, 1, 1), geplantes_ende=dt.date(2027, 12, 31))
            for titel in FORMEL_TITEL
        )
        milestones.plan_etappenziel(database, projekt_id=ids[0], titel="=SUMME(A1:A9)", faellig_am=dt.date(2027, 2, 1))
        milestones.plan_etappenziel(database, projekt_id=ids[1], titel=SONDERZEICHEN, faellig_am=dt.date(2027, 3, 1))
        milestones.plan_etappenziel(database, projekt_id=ids[2], titel=LANGER_TITEL, faellig_am=dt.date(2027, 4, 1))
    finally:
        database.close()
    return DemoFile(path, ids)


@pytest.fixture
def demo_db(demo_file: DemoFile) -> Iterator[Database]:
    """The demo database, opened read-only as the exports open it."""
    database, _ = open_database(resolve_location(str(demo_file.path)), Zugriff.ZUM_LESEN)
    yield database
    database.close()

