"""Opening databases: new, current, older, newer, foreign, corrupt, missing, read-only."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from iq_desktop.db import migrate, schema_version
from iq_desktop.db import open as open_module
from iq_desktop.db.backup import backup_sqlite
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.db.seed import seed_reference_data
from iq_desktop.errors import DatenbankFehler


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _open(path: Path | str, access: Zugriff = Zugriff.ZUM_ARBEITEN, **kwargs):
    return open_database(resolve_location(str(path)), access, **kwargs)


def test_new_file_is_created_migrated_and_seeded(db_path: Path) -> None:
    database, report = _open(db_path)
    database.close()
    assert db_path.exists()
    assert report.created and report.backup is None and report.seeded == 34
    again, report = _open(db_path)
    again.close()
    assert not report.created and report.seeded == 0 and report.migrated_from is None


def test_seeding_is_idempotent_and_keeps_user_edits(db) -> None:
    with db.transaction() as session:
        session.execute(text("UPDATE gremium SET langname='Sekretariatsleiterrunde' WHERE name='IQ-Lenkungsgruppe'"))
        session.execute(text("DELETE FROM phasen_vorlage WHERE name='Abschlussphase'"))
    with db.transaction() as session:
        assert seed_reference_data(session) == 1  # only the missing phase comes back
    with db.reading() as session:
        langname = session.execute(text("SELECT langname FROM gremium WHERE name='IQ-Lenkungsgruppe'")).scalar()
    assert langname == "Sekretariatsleiterrunde"


def test_read_only_access_never_creates_or_writes(db_path: Path, tmp_path: Path) -> None:
    missing = tmp_path / "fehlt.sqlite"
    with pytest.raises(DatenbankFehler, match="nicht gefunden"):
        _open(missing, Zugriff.ZUM_LESEN)
    assert not missing.exists()

    _open(db_path)[0].close()
    before = _digest(db_path)
    database, _ = _open(db_path, Zugriff.ZUM_LESEN)
    with pytest.raises(OperationalError, match="readonly"), database.engine.begin() as connection:
        connection.execute(text("UPDATE gremium SET name = 'x'"))
    database.close()
    assert _digest(db_path) == before


@pytest.mark.parametrize("access", list(Zugriff))
def test_directory_is_refused(tmp_path: Path, access: Zugriff) -> None:
    with pytest.raises(DatenbankFehler, match="Ordner"):
        _open(tmp_path, access)


@pytest.mark.parametrize("access", list(Zugriff))
def test_corrupt_file_is_refused_and_left_untouched(tmp_path: Path, access: Zugriff) -> None:
    bad = tmp_path / "kaputt.sqlite"
    bad.write_bytes(b"Das ist keine Datenbank, sondern ein Brief.\n" * 50)
    before = _digest(bad)
    with pytest.raises(DatenbankFehler, match="keine SQLite-Datenbank"):
        _open(bad, access)
    assert _digest(bad) == before


@pytest.mark.parametrize("access", list(Zugriff))
def test_damaged_sqlite_file_is_refused_and_left_untouched(db_path: Path, access: Zugriff) -> None:
    _open(db_path)[0].close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # header intact, first page garbage
    db_path.write_bytes(bytes(data))
    before = _digest(db_path)
    with pytest.raises(DatenbankFehler):
        _open(db_path, access)
    assert _digest(db_path) == before


@pytest.mark.parametrize("access", list(Zugriff))
def test_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path, access: Zugriff) -> None:
    foreign = tmp_path / "adressen.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE adresse (name TEXT)")
        connection.execute("INSERT INTO adresse VALUES ('Marktplatz 1')")
    before = _digest(foreign)
    with pytest.raises(DatenbankFehler, match="keine IQ-Desktop-Datenbank"):
        _open(foreign, access)
    assert _digest(foreign) == before


@pytest.mark.parametrize("access", list(Zugriff))
def test_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path, access: Zugriff) -> None:
    _open(db_path)[0].close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = _digest(db_path)
    with pytest.raises(DatenbankFehler, match="neueren Programmversion"):
        _open(db_path, access)
    assert _digest(db_path) == before


def test_read_only_access_to_an_empty_database_points_to_init(tmp_path: Path) -> None:
    empty = tmp_path / "leer.sqlite"
    empty.touch()
    with pytest.raises(DatenbankFehler, match="iq-desktop init"):
        _open(empty, Zugriff.ZUM_LESEN)
    assert empty.stat().st_size == 0


def test_a_failed_set_up_leaves_no_new_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "neu.sqlite"

    def broken(_engine) -> None:
        raise DatenbankFehler("Migration unterbrochen")

    monkeypatch.setattr(open_module, "upgrade_to_head", broken)
    with pytest.raises(DatenbankFehler):
        _open(target)
    assert not target.exists()


def test_older_database_is_backed_up_through_the_backup_api_before_migrating(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend the program is one revision ahead; the database's data must survive in the backup."""
    database, _ = _open(db_path)
    with database.transaction() as session:
        session.execute(text("INSERT INTO externe_organisation (name, version) VALUES ('Hochschule', 1)"))
    database.close()
    monkeypatch.setattr(schema_version, "KNOWN_REVISIONS", (schema_version.HEAD, "0002"))
    monkeypatch.setattr(schema_version, "HEAD", "0002")
    upgraded = []

    def stamp_next(engine) -> None:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0002'"))
        upgraded.append(True)

    monkeypatch.setattr(open_module, "upgrade_to_head", stamp_next)
    backups = tmp_path / "sicherungen"
    database, report = _open(db_path, backup_dir=backups)
    database.close()
    assert upgraded and report.migrated_from == "0001"
    assert report.backup is not None and report.backup.parent == backups
    with sqlite3.connect(report.backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM externe_organisation").fetchall() == [("Hochschule",)]
    copy.close()
    assert migrate.schema_state(
        open_module.create_engine_for(resolve_location(str(db_path)), read_only=True)
    )[0] is migrate.SchemaZustand.AKTUELL


def test_backup_is_consistent_while_another_connection_writes(db_path: Path, tmp_path: Path) -> None:
    _open(db_path)[0].close()
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN")
    writer.execute("INSERT INTO externe_organisation (name, version) VALUES ('unfertig', 1)")
    target = backup_sqlite(db_path, tmp_path / "kopie.sqlite")
    writer.execute("ROLLBACK")
    writer.close()
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM externe_organisation").fetchone() == (0,)
        assert copy.execute("SELECT count(*) FROM korridorthema").fetchone() == (6,)
    copy.close()
    assert not list(tmp_path.glob("*.teil"))


def test_in_memory_database_is_built_fresh() -> None:
    database, report = open_database(resolve_location(":memory:"), Zugriff.ZUM_LESEN)
    with database.reading() as session:
        assert session.execute(text("SELECT count(*) FROM korridorthema")).scalar() == 6
    database.close()
    assert report.created


def test_server_urls_are_passed_through_and_hide_the_password() -> None:
    location = resolve_location("postgresql+psycopg://iq:geheim@db.stadt.local/iq")
    assert location.sqlite_path is None and not location.in_memory
    assert "geheim" not in location.display
    assert resolve_location("sqlite:////tmp/x.sqlite").sqlite_path == Path("/tmp/x.sqlite")


def test_malformed_url_gets_a_german_message() -> None:
    with pytest.raises(DatenbankFehler, match="ungültig"):
        resolve_location("://kaputt")
