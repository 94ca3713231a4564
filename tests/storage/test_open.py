"""Opening databases: new, current, older, newer, foreign, corrupt, missing, read-only.

Tests that take ``backend`` or ``db`` run on a SQLite file and on PostgreSQL (conftest.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from iq_desktop import __version__
from iq_desktop.db import migrate, schema_version
from iq_desktop.db import open as open_module
from iq_desktop.db.backup import backup_sqlite
from iq_desktop.db.location import create_sqlite_file, resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.db.seed import seed_reference_data
from iq_desktop.errors import DatenbankFehler
from tests.storage.backends import Backend, open_at


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _open(path: Path | str, access: Zugriff = Zugriff.ZUM_ARBEITEN, **kwargs):
    return open_database(resolve_location(str(path)), access, **kwargs)


def test_new_database_is_created_migrated_and_seeded(backend: Backend) -> None:
    database, report = open_at(backend)
    database.close()
    assert backend.sqlite_path is None or backend.sqlite_path.exists()
    assert report.created and report.backup is None and report.seeded == 34
    again, report = open_at(backend)
    again.close()
    assert not report.created and report.seeded == 0 and report.migrated_from is None


def test_seeding_never_brings_back_what_a_user_renamed_or_deleted(db) -> None:
    with db.transaction() as session:
        session.execute(text("UPDATE korridorthema SET name='Mobilität und Verkehr' WHERE name='Mobilität'"))
        session.execute(text("UPDATE gremium SET langname='Sekretariatsleiterrunde' WHERE name='IQ-Lenkungsgruppe'"))
        session.execute(text("DELETE FROM phasen_vorlage WHERE name='Abschlussphase'"))
    with db.transaction() as session:
        assert seed_reference_data(session) == 0
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM korridorthema")).scalar() == 6
        assert session.execute(text("SELECT count(*) FROM phasen_vorlage")).scalar() == 2
        langname = session.execute(text("SELECT langname FROM gremium WHERE name='IQ-Lenkungsgruppe'")).scalar()
    assert langname == "Sekretariatsleiterrunde"


def test_seeding_adds_entries_new_to_this_program_version(db) -> None:
    """An entry whose key the database has never seen (as after an upgrade) is added once."""
    with db.transaction() as session:
        session.execute(text("DELETE FROM gremium WHERE name='IQ-Netzwerktreffen'"))
        session.execute(text("DELETE FROM stammdaten_eintrag WHERE schluessel='gremium:IQ-Netzwerktreffen'"))
    with db.transaction() as session:
        assert seed_reference_data(session) == 1
    with db.transaction() as session:
        assert seed_reference_data(session) == 0


def test_read_only_access_never_creates_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "fehlt.sqlite"
    with pytest.raises(DatenbankFehler, match="nicht gefunden"):
        _open(missing, Zugriff.ZUM_LESEN)
    assert not missing.exists()


def test_read_only_access_never_writes(backend: Backend) -> None:
    open_at(backend)[0].close()
    before = backend.fingerprint()
    database, _ = open_at(backend, Zugriff.ZUM_LESEN)
    with pytest.raises(DBAPIError, match=r"readonly|read-only"), database.engine.begin() as connection:
        connection.execute(text("UPDATE gremium SET name = 'x'"))
    database.close()
    assert backend.fingerprint() == before


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
def test_foreign_database_is_refused_and_left_untouched(backend: Backend, access: Zugriff) -> None:
    with backend.connection() as connection:
        connection.execute(text("CREATE TABLE adresse (name VARCHAR(100))"))
        connection.execute(text("INSERT INTO adresse VALUES ('Marktplatz 1')"))
    before = backend.fingerprint()
    with pytest.raises(DatenbankFehler, match="keine IQ-Desktop-Datenbank"):
        open_at(backend, access)
    assert backend.fingerprint() == before


@pytest.mark.parametrize("access", list(Zugriff))
def test_database_from_a_newer_version_is_refused_and_left_untouched(backend: Backend, access: Zugriff) -> None:
    open_at(backend)[0].close()
    with backend.connection() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        # the newer program left its mark in the audit trail
        connection.execute(text(
            "INSERT INTO audit_eintrag (zeitpunkt, benutzer, rechner, programmversion, entitaet, entitaet_id, "
            "aktion, aenderungen) VALUES ('2027-01-04 08:00:00', 'it', 'KA-SRV', '2.3.0', 'begriff', "
            "'leitprojekt', 'geaendert', '{}')"
        ))
    before = backend.fingerprint()
    with pytest.raises(DatenbankFehler, match="neueren Programmversion") as refused:
        open_at(backend, access)
    assert backend.fingerprint() == before
    # both versions named: the one that wrote it, and this one
    assert f"(IQ Desktop 2.3.0, Schemastand 9999); dieses Programm ist IQ Desktop {__version__}" in (
        refused.value.message)


def test_read_only_access_to_an_empty_database_points_to_init(backend: Backend) -> None:
    if backend.sqlite_path is not None:
        backend.sqlite_path.touch()
    with pytest.raises(DatenbankFehler, match="iq-desktop init"):
        open_at(backend, Zugriff.ZUM_LESEN)
    assert backend.sqlite_path is None or backend.sqlite_path.stat().st_size == 0
    assert backend.table_names() == []


def _fail_after_some_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the real migration create a few tables, then fail as a full disk or a crash would."""
    from alembic.operations import Operations

    original = Operations.create_table
    calls = []

    def create_table(self, *args, **kwargs):
        calls.append(args[0])
        if len(calls) == 5:
            raise RuntimeError("Migration unterbrochen")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_table", create_table)


def test_a_failed_set_up_leaves_no_new_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "neu.sqlite"
    _fail_after_some_tables(monkeypatch)
    with pytest.raises(RuntimeError):
        _open(target)
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_migration_leaves_an_existing_database_as_it_was(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DDL is transactional (SQLite and PostgreSQL): the tables created before the failure are rolled back."""
    if backend.sqlite_path is not None:
        backend.sqlite_path.touch()
    _fail_after_some_tables(monkeypatch)
    with pytest.raises(RuntimeError):
        open_at(backend)
    assert backend.table_names() == []
    monkeypatch.undo()
    database, report = open_at(backend)  # and the next attempt sets it up
    database.close()
    assert report.created


def test_ddl_is_transactional_on_sqlite(db_path: Path) -> None:
    from iq_desktop.db.engine import create_engine_for

    engine = create_engine_for(resolve_location(str(db_path)), read_only=False)
    db_path.touch()
    with pytest.raises(RuntimeError), engine.begin() as connection:
        connection.execute(text("CREATE TABLE a (x INTEGER)"))
        connection.execute(text("INSERT INTO a VALUES (1)"))
        connection.execute(text("CREATE TABLE b (x INTEGER)"))
        raise RuntimeError
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar() == 0
    engine.dispose()


def test_older_database_is_backed_up_through_the_backup_api_before_migrating(
    db_path: Path, tmp_path: Path
) -> None:
    """A database of the first schema revision is really migrated; its data survive, the backup keeps 0001."""
    location = resolve_location(str(db_path))
    create_sqlite_file(db_path)
    engine = open_module.create_engine_for(location, read_only=False)
    migrate.upgrade_to_head(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO externe_organisation (name, version) VALUES ('Hochschule', 1)"))
        connection.execute(text(
            "INSERT INTO audit_eintrag (zeitpunkt, benutzer, rechner, programmversion, entitaet, entitaet_id, "
            "aktion, aenderungen) VALUES ('2026-01-01 08:00:00', 'eva', 'PC1', '0.1.0', 'person', '7', "
            "'angelegt', '{}')"
        ))
    engine.dispose()

    backups = tmp_path / "sicherungen"
    database, report = _open(db_path, backup_dir=backups)
    database.close()
    assert report.migrated_from == "0001"
    assert report.backup is not None and report.backup.parent == backups
    with contextlib.closing(sqlite3.connect(report.backup)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM externe_organisation").fetchall() == [("Hochschule",)]
    with contextlib.closing(sqlite3.connect(db_path)) as live:
        assert live.execute("SELECT version_num FROM alembic_version").fetchone() == (schema_version.HEAD,)
        assert live.execute("SELECT name FROM externe_organisation").fetchall() == [("Hochschule",)]
        # the trail's existing rows learn their person, so the viewer's person filter finds them
        assert live.execute("SELECT person_id FROM audit_eintrag WHERE entitaet = 'person'").fetchall() == [(7,)]
        assert live.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_older_database_is_migrated_once(backend: Backend, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """One revision behind: migrated under the write lock, then current; a server database gets no file backup."""
    open_at(backend)[0].close()
    current = schema_version.HEAD
    monkeypatch.setattr(schema_version, "KNOWN_REVISIONS", (*schema_version.KNOWN_REVISIONS, "0099"))
    monkeypatch.setattr(schema_version, "HEAD", "0099")
    monkeypatch.setattr(migrate, "_alembic_upgrade",
                        lambda connection: connection.execute(text("UPDATE alembic_version SET version_num = '0099'")))
    database, report = open_at(backend, backup_dir=tmp_path / "sicherungen")
    database.close()
    assert report.migrated_from == current and not report.created
    assert (report.backup is not None) == (backend.name == "sqlite")
    again, report = open_at(backend)
    again.close()
    assert report.migrated_from is None


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


def test_another_programs_alembic_database_is_foreign_not_newer(backend: Backend) -> None:
    with backend.connection() as connection:
        connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
        connection.execute(text("INSERT INTO alembic_version VALUES ('4f2a9c1e7b3d')"))
        connection.execute(text("CREATE TABLE users (id INTEGER)"))
    before = backend.fingerprint()
    with pytest.raises(DatenbankFehler, match="keine IQ-Desktop-Datenbank"):
        open_at(backend)
    assert backend.fingerprint() == before


@pytest.mark.parametrize("access", list(Zugriff))
def test_a_locked_database_is_reported_as_locked(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, access: Zugriff
) -> None:
    """On a shared file (rollback journal) a writer's exclusive lock keeps everyone out for a while."""
    from iq_desktop.db import engine as engine_module

    _open(db_path, shared=True)[0].close()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatenbankFehler, match="von einem anderen Arbeitsplatz gesperrt"):
            _open(db_path, access)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_local_database_lets_readers_in_while_another_desk_writes(db_path: Path) -> None:
    """WAL on a local file: a long write transaction elsewhere does not block reading."""
    _open(db_path)[0].close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO externe_organisation (name, version) VALUES ('noch offen', 1)")
    try:
        database, _ = _open(db_path, Zugriff.ZUM_LESEN)
        with database.reading() as session:
            names = session.execute(text("SELECT name FROM externe_organisation")).scalars().all()
        database.close()
        assert "noch offen" not in names  # readers see the last commit, not the open transaction
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_database_left_by_a_crash_says_how_to_recover(db_path: Path) -> None:
    """A hot journal (shared file): read-only access cannot roll it back; opening for work does."""
    import subprocess
    import sys

    _open(db_path, shared=True)[0].close()
    crash = (
        "import os, sqlite3\n"
        f"c = sqlite3.connect({str(db_path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA cache_size=1'); c.execute('BEGIN')\n"
        "c.execute(\"INSERT INTO externe_organisation (name, version) "
        "SELECT 'Org ' || value, 1 FROM generate_series(1, 3000)\")\n"
        "os._exit(0)\n"
    )
    # generate_series is not in every SQLite build: fall back to a recursive CTE
    crash = crash.replace(
        "SELECT 'Org ' || value, 1 FROM generate_series(1, 3000)",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
        "SELECT 'Org ' || i || printf('%0500d', 0), 1 FROM n",
    )
    subprocess.run([sys.executable, "-c", crash], check=True)
    journal = db_path.with_name(db_path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    with pytest.raises(DatenbankFehler, match="nicht sauber geschlossen"):
        _open(db_path, Zugriff.ZUM_LESEN)
    database, _ = _open(db_path)  # opening for work rolls the interrupted change back
    with database.reading() as session:
        assert session.execute(text("SELECT count(*) FROM externe_organisation")).scalar() == 0
    database.close()


def test_migrate_style_access_refuses_to_create_a_mistyped_file(tmp_path: Path) -> None:
    with pytest.raises(DatenbankFehler, match="nicht gefunden"):
        _open(tmp_path / "tippfehler.sqlite", must_exist=True)
    assert list(tmp_path.iterdir()) == []


def test_hints_name_the_database_that_needs_them(tmp_path: Path) -> None:
    empty = tmp_path / "leer.sqlite"
    empty.touch()
    with pytest.raises(DatenbankFehler, match=r"iq-desktop init --db „.*leer\.sqlite“"):
        _open(empty, Zugriff.ZUM_LESEN)


def test_a_missing_embedded_default_says_it_is_created_on_first_start() -> None:
    with pytest.raises(DatenbankFehler, match=r"eingebettete Datenbank .* gibt es noch nicht"):
        open_database(resolve_location(None), Zugriff.ZUM_LESEN)


def test_uri_keeps_unc_servers_and_drive_letters() -> None:
    from pathlib import PurePosixPath, PureWindowsPath

    from iq_desktop.db.location import sqlite_uri

    assert sqlite_uri(PureWindowsPath(r"\\srv\iq\iq.sqlite"), "rw").startswith("file:////srv/iq/iq.sqlite")
    assert sqlite_uri(PureWindowsPath(r"C:\Daten\IQ Desktop\iq.sqlite"), "ro") == (
        "file:///C:/Daten/IQ%20Desktop/iq.sqlite?mode=ro"
    )
    assert sqlite_uri(PurePosixPath("/tmp/a #b?.sqlite"), "ro") == "file:/tmp/a%20%23b%3F.sqlite?mode=ro"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql+pg8000://iq:geheim@db.local/iq", "fehlt der Datenbanktreiber"),  # a driver not installed
        ("foo://x", "keine bekannte Datenbankart"),
    ],
)
def test_server_urls_without_driver_or_unknown_get_german_messages(url: str, message: str) -> None:
    with pytest.raises(DatenbankFehler, match=message) as raised:
        _open(url)
    assert "geheim" not in raised.value.message
