"""The same use cases on SQLite and on PostgreSQL leave the same portfolio.

The demo portfolio is written through the real use cases (projects, people, staffing,
phases, milestones, risks, decisions, meetings, Sachstände, rule overrides), in one
batch with a savepoint per use case, each with its audit rows. Everything the program
reads back from it must be equal on both backends: the main window's lists (plain SQL),
every project's detail (ORM), the rule report, the audit trail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import URL, select

from iq_desktop.db.database import Database
from iq_desktop.models import AuditEintrag
from iq_desktop.services import demo, portfolio, rules
from tests.storage.backends import Backend, open_at, postgres_database

HEUTE = dt.date(2030, 1, 15)


#: per backend, the newest audit row before the demo was written (the seed's rows carry today's time)
_seed_end: dict[str, int] = {}


@pytest.fixture(scope="module")
def beide(tmp_path_factory: pytest.TempPathFactory, postgres_server: URL) -> Iterator[dict[str, Database]]:
    """The demo portfolio as of HEUTE, once in a SQLite file and once on PostgreSQL."""
    with postgres_database(postgres_server) as url:
        databases = {
            "sqlite": open_at(Backend("sqlite", str(tmp_path_factory.mktemp("demo") / "demo.sqlite")))[0],
            "postgresql": open_at(Backend("postgresql", url))[0],
        }
        try:
            for name, database in databases.items():
                _seed_end[name] = portfolio.latest_change(database)
                demo.fill_demo(database, heute=HEUTE)
            yield databases
        finally:
            for database in databases.values():
                database.close()


def _both(beide: dict[str, Database], read) -> tuple[object, object]:
    return read(beide["sqlite"]), read(beide["postgresql"])


def test_the_main_windows_lists_are_equal(beide: dict[str, Database]) -> None:
    sqlite, postgresql = _both(beide, lambda db: portfolio.portfolio_lists(db, stichtag=HEUTE, mit_archiv=True))
    assert len(sqlite.rows) >= 20
    assert sqlite == postgresql


def test_every_projects_detail_is_equal(beide: dict[str, Database]) -> None:
    ids = [row.id for row in portfolio.list_projects(beide["sqlite"], stichtag=HEUTE, mit_archiv=True)]
    for projekt_id in ids:
        sqlite, postgresql = _both(beide, lambda db, i=projekt_id: portfolio.get_leitprojekt(db, i))
        assert sqlite == postgresql, sqlite.titel


def test_the_rule_report_is_equal(beide: dict[str, Database]) -> None:
    sqlite, postgresql = _both(beide, lambda db: rules.check_rules(db, stichtag=HEUTE))
    assert sqlite == postgresql


def test_the_audit_trail_is_equal(beide: dict[str, Database]) -> None:
    def trail(name: str) -> list[tuple]:
        with beide[name].reading() as session:
            return [tuple(row) for row in session.execute(
                select(AuditEintrag.id, AuditEintrag.zeitpunkt, AuditEintrag.entitaet, AuditEintrag.entitaet_id,
                       AuditEintrag.aktion, AuditEintrag.leitprojekt_id, AuditEintrag.aenderungen)
                .where(AuditEintrag.id > _seed_end[name])
                .order_by(AuditEintrag.id)
            )]

    sqlite, postgresql = trail("sqlite"), trail("postgresql")
    assert len(sqlite) > 1000
    assert sqlite == postgresql
