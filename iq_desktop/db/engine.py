"""Engine construction for each kind of location (SQLite file, in-memory, server URL)."""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from typing import Any

from sqlalchemy import URL, create_engine, event, make_url
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import QueuePool, StaticPool

from iq_desktop.db.errors import is_locked
from iq_desktop.db.location import DatabaseLocation, sqlite_uri
from iq_desktop.errors import DatenbankFehler
from iq_desktop.i18n import translate

log = logging.getLogger(__name__)

#: milliseconds a connection waits for a lock another one holds before giving up (SQLite's busy
#: timeout; PostgreSQL's lock timeout for writes)
BUSY_TIMEOUT_MS = 5_000
#: longest pause, in seconds, between two attempts to take SQLite's write lock (see _sqlite_begin)
BEGIN_POLL_MAX_S = 0.010
#: execution option naming how a transaction begins: "IMMEDIATE" takes the write lock at once
#: (SQLite: BEGIN IMMEDIATE; PostgreSQL: the program's advisory lock, see _postgresql_begin)
BEGIN_MODE = "iq_begin_mode"
#: the PostgreSQL advisory lock every write transaction of IQ Desktop holds (any constant; "IQDESK")
POSTGRESQL_WRITE_LOCK = 0x4951_4445_534B


def create_engine_for(location: DatabaseLocation, *, read_only: bool) -> Engine:
    """An engine for ``location``.

    A read-only SQLite engine opens the file with ``mode=ro``: SQLite itself
    then refuses every write, and the database file is never created or changed (a local file in
    WAL mode gets SQLite's index files -shm and -wal beside it, as for any reader).
    """
    if location.in_memory:
        engine = create_engine(
            "sqlite://",
            poolclass=StaticPool,
            connect_args={"check_same_thread": False, "isolation_level": None},
        )
    elif location.sqlite_path is not None:
        uri = sqlite_uri(location.sqlite_path, "ro" if read_only else "rw")

        def connect() -> sqlite3.Connection:
            # isolation_level=None: the driver never opens or commits on its own, so
            # SQLAlchemy's BEGIN (below) makes DDL transactional too
            return sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
            )

        # a file database: a pool shared by all threads (the rule count reads in a worker);
        # with a creator and no path in the URL SQLAlchemy would assume memory and keep one
        # connection per thread instead
        engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)
    else:
        engine = _server_engine(location, read_only=read_only)
    if location.is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _postgresql_begin)
    return engine


#: the ODBC driver the city's PCs get with the installer (docs/sql-server.md)
MSSQL_ODBC_DRIVER = "ODBC Driver 18 for SQL Server"


def server_engine_options(url: str, *, read_only: bool = False) -> tuple[URL, dict[str, Any]]:
    """URL and engine options for a database server; pure, so it is tested without a server.

    SQL Server (``mssql+pyodbc``): the ODBC driver named unless the URL names one;
    without user name the Windows login of the person at the PC (integrated
    security, ``Trusted_Connection=yes``); ``fast_executemany`` for bulk inserts;
    NVARCHAR(max) instead of NTEXT for long texts. PostgreSQL read-only: every
    transaction of the session is read-only, so the server refuses any write (as
    SQLite's ``mode=ro``). Every server: a connection is tested before use
    (``pool_pre_ping``), so a server restart costs no error.
    """
    parsed = make_url(url)
    options: dict[str, Any] = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "postgresql" and read_only:
        own = parsed.query.get("options", "")
        own = own if isinstance(own, str) else " ".join(own)
        options["connect_args"] = {"options": f"{own} -c default_transaction_read_only=on".strip()}
    if parsed.get_backend_name() == "mssql":
        query = dict(parsed.query)
        query.setdefault("driver", MSSQL_ODBC_DRIVER)
        if not parsed.username and "odbc_connect" not in query:
            query.setdefault("Trusted_Connection", "yes")
        parsed = parsed.set(query=query)
        options.update(fast_executemany=True, deprecate_large_types=True)
    return parsed, options


def _server_engine(location: DatabaseLocation, *, read_only: bool) -> Engine:
    scheme = location.url.split("://", 1)[0]
    try:
        url, options = server_engine_options(location.url, read_only=read_only)
        return create_engine(url, **options)
    except NoSuchModuleError as exc:
        raise DatenbankFehler(
            translate("Datenbank", "„{art}“ ist keine bekannte Datenbankart. Bitte einen SQLite-Dateipfad "
                      "oder eine Adresse wie mssql+pyodbc://… oder postgresql+psycopg://… angeben.")
            .format(art=scheme)
        ) from exc
    except ImportError as exc:
        raise DatenbankFehler(
            translate("Datenbank", "Für „{art}“ fehlt der Datenbanktreiber ({modul}). Bitte die IT-Abteilung "
                      "bitten, ihn zu installieren.").format(art=scheme, modul=exc.name or exc)
        ) from exc
    except ArgumentError as exc:
        raise DatenbankFehler(
            translate("Datenbank", "Die Datenbankadresse „{art}://…“ ist ungültig.").format(art=scheme)
        ) from exc


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # a commit is on disk when it returns, in either journal mode ("nothing may be lost")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """BEGIN; for writes BEGIN IMMEDIATE, waiting for the write lock in short, jittered steps.

    SQLite's own busy handler sleeps in growing steps up to 100 ms, and waiters do not
    queue: with eight desks saving at once a waiter often sleeps long after the lock
    came free. Taking the lock is the only wait of a write transaction that begins
    IMMEDIATE, so here the busy handler is off and the program polls: pauses grow
    from half a millisecond to :data:`BEGIN_POLL_MAX_S`, randomised so PCs do not
    poll in lockstep, until :data:`BUSY_TIMEOUT_MS` have passed. Nothing is done
    before the lock is held, so trying again is always safe.
    """
    mode = connection.get_execution_options().get(BEGIN_MODE, "")
    if mode != "IMMEDIATE":
        connection.exec_driver_sql(f"BEGIN {mode}".strip())
        return
    driver = connection.connection.driver_connection
    driver.execute("PRAGMA busy_timeout=0")
    try:
        started = time.monotonic()
        deadline, pause = started + BUSY_TIMEOUT_MS / 1000, 0.0005
        while True:
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                break
            except OperationalError as exc:
                if not is_locked(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(random.uniform(pause / 2, pause))
            pause = min(pause * 1.5, BEGIN_POLL_MAX_S)
        waited = time.monotonic() - started
        if waited > 1:
            log.info("waited %.2f s for the write lock", waited)
    finally:
        # reads and (in the rollback journal) COMMIT still wait through SQLite's own handler
        driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _postgresql_begin(connection: Connection) -> None:
    """A write transaction first takes the program's advisory lock, as SQLite's BEGIN IMMEDIATE.

    Writers then take turns, and each reads what the one before committed: a use case
    that reads, then writes, is not refused as stale only because another desk saved
    in between. Waiting longer than the busy timeout ends in an error (lock timeout),
    as on SQLite. The lock ends with the transaction.
    """
    if connection.get_execution_options().get(BEGIN_MODE) == "IMMEDIATE":
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({POSTGRESQL_WRITE_LOCK})")
