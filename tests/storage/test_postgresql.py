"""What only a database server does: refuse a login, miss a database, be away; and the DBA's own script.

These run against the PostgreSQL test server only (conftest.py); the backend-neutral
storage tests run on it as well.
"""

from __future__ import annotations

import socket
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import URL, create_engine, make_url, text

from iq_desktop.db import engine as engine_module
from iq_desktop.db.database import Database
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.db.schema_sql import migration_script
from iq_desktop.errors import DatenbankFehler
from iq_desktop.models import Base
from tests.storage.backends import Backend, open_at, postgres_database


def _open(url: URL, access: Zugriff = Zugriff.ZUM_ARBEITEN, **kwargs):
    return open_database(resolve_location(url.render_as_string(hide_password=False)), access, **kwargs)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("access", list(Zugriff))
def test_a_server_that_is_away_gets_a_german_message(postgres_server: URL, access: Zugriff) -> None:
    away = postgres_server.set(port=_closed_port(), database="iq")
    with pytest.raises(DatenbankFehler, match=r"Datenbankserver von „.*“ ist nicht erreichbar"):
        _open(away, access)


def test_a_database_missing_on_the_server_is_named(postgres_server: URL) -> None:
    with pytest.raises(DatenbankFehler, match=r"Die Datenbank „.*/iq_gibt_es_nicht“ gibt es auf dem Server nicht"):
        _open(postgres_server.set(database="iq_gibt_es_nicht"))


def test_a_refused_login_is_reported_as_such(postgres_server: URL) -> None:
    with pytest.raises(DatenbankFehler, match=r"hat die Anmeldung für „postgresql\+psycopg://niemand@"):
        _open(postgres_server.set(username="niemand"))


def test_a_login_without_the_rights_to_set_up_is_told_to_ask_the_dba(postgres_server: URL) -> None:
    """A secretariat's login (no CREATE rights) meets a database that still needs its schema."""
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    role = f"sekretariat_{uuid.uuid4().hex[:8]}"
    try:
        with postgres_database(postgres_server) as url, admin.connect() as connection:
            connection.execute(text(f"CREATE ROLE {role} LOGIN"))
            try:
                with pytest.raises(DatenbankFehler, match="Auf dem Datenbankserver fehlen Rechte"):
                    _open(make_url(url).set(username=role))
                assert Backend("postgresql", url).table_names() == []
            finally:
                connection.execute(text(f"DROP ROLE {role}"))
    finally:
        admin.dispose()


#: the tests below take ``db`` or ``backend`` on PostgreSQL only
ON_POSTGRESQL = pytest.mark.parametrize("backend_name", ["postgresql"])


@ON_POSTGRESQL
def test_a_write_lock_held_too_long_is_reported_as_locked(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another desk's write transaction holds the program's advisory lock past the timeout (SQLite: test_open.py)."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    with db.transaction() as session:
        session.execute(text("SELECT 1"))  # the transaction (and its lock) begins with the first statement
        with pytest.raises(DatenbankFehler, match="von einem anderen Arbeitsplatz gesperrt"):
            open_database(db.location, Zugriff.ZUM_ARBEITEN, seed=True)  # seeding writes: waits for the lock


@ON_POSTGRESQL
def test_the_dbas_migration_script_builds_the_programs_schema(backend: Backend) -> None:
    """`iq-desktop schema-sql --dialect postgresql`, part 2, run by the DBA; then `iq-desktop init`."""
    with backend.connection() as connection:
        connection.exec_driver_sql(migration_script("postgresql").replace("BEGIN;", "").replace("COMMIT;", ""))
    database, report = open_at(backend, seed=True)
    try:
        assert not report.created and report.migrated_from is None and report.seeded == 34
        with database.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                    Base.metadata) == []
            assert connection.execute(text("SELECT count(*) FROM korridorthema")).scalar() == 6
    finally:
        database.close()
