"""Who has the database open: heartbeat, two minutes' grace, and maintenance that refuses while others work."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from iq_desktop.db import presence
from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.db.location import create_sqlite_file, resolve_location
from iq_desktop.db.migrate import upgrade_to_head
from iq_desktop.db.open import Zugriff, open_database

MUELLER = Actor(login="mueller", rechner="KA-PC-0815")
NOW = dt.datetime(2026, 11, 23, 7, 30)


def test_others_are_present_until_their_heartbeat_stops_for_two_minutes(db: Database) -> None:
    own = presence.register(db.engine, db.actor, NOW)
    other = presence.register(db.engine, MUELLER, NOW)
    assert [(a.benutzer, a.rechner) for a in presence.others(db.engine, NOW, own_id=own)] == [
        ("mueller", "KA-PC-0815")]
    later = NOW + presence.GONE_AFTER - dt.timedelta(seconds=1)
    assert presence.others(db.engine, later, own_id=own)  # still within the grace
    gone = NOW + presence.GONE_AFTER + dt.timedelta(seconds=1)
    assert presence.others(db.engine, gone, own_id=own) == []
    presence.beat(db.engine, other, MUELLER, gone)  # the PC comes back
    assert len(presence.others(db.engine, gone, own_id=own)) == 1


def test_a_heartbeat_whose_row_vanished_registers_again(db: Database) -> None:
    own = presence.register(db.engine, db.actor, NOW)
    presence.leave(db.engine, own)
    presence.beat(db.engine, own, db.actor, NOW)
    assert len(presence.others(db.engine, NOW)) == 1


def test_registering_forgets_rows_a_day_old(db: Database) -> None:
    presence.register(db.engine, MUELLER, NOW - dt.timedelta(days=2))
    presence.register(db.engine, db.actor, NOW)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT benutzer FROM anwesenheit").scalars().all() == [db.actor.login]


def test_presence_writes_no_audit_rows(db: Database) -> None:
    with db.engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT count(*) FROM audit_eintrag").scalar()
    own = presence.register(db.engine, db.actor, NOW)
    presence.beat(db.engine, own, db.actor, NOW)
    presence.leave(db.engine, own)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM audit_eintrag").scalar() == before


def _older_database(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database one revision behind the program: at head, with the program pretending to be newer."""
    from iq_desktop.db import migrate, schema_version

    create_sqlite_file(path)
    engine = create_engine_for(resolve_location(str(path)), read_only=False)
    upgrade_to_head(engine)
    engine.dispose()
    monkeypatch.setattr(schema_version, "KNOWN_REVISIONS", (*schema_version.KNOWN_REVISIONS, "0099"))
    monkeypatch.setattr(schema_version, "HEAD", "0099")

    def stamp_next(connection, target: str = "head") -> None:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")

    monkeypatch.setattr(migrate, "_alembic_upgrade", stamp_next)


def test_migration_waits_until_no_one_else_is_connected(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _older_database(db_path, monkeypatch)
    engine = create_engine_for(resolve_location(str(db_path)), read_only=False)
    from iq_desktop.models.base import utc_now

    other = presence.register(engine, MUELLER, utc_now())
    with pytest.raises(presence.WartungBlockiert, match=r"mueller \(PC KA-PC-0815, seit .*erneut versuchen") as refused:
        open_database(resolve_location(str(db_path)), Zugriff.ZUM_ARBEITEN)
    assert [a.benutzer for a in refused.value.anwesende] == ["mueller"]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    connection.close()

    presence.leave(engine, other)  # mueller closed the program: now it migrates
    engine.dispose()
    database, report = open_database(resolve_location(str(db_path)), Zugriff.ZUM_ARBEITEN)
    database.close()
    assert report.migrated_from == "0002"
