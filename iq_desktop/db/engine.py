"""Engine construction for each kind of location (SQLite file, in-memory, server URL)."""

from __future__ import annotations

import sqlite3
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from iq_desktop.db.location import DatabaseLocation

#: milliseconds SQLite waits for a lock held by another connection before giving up
BUSY_TIMEOUT_MS = 10_000


def create_engine_for(location: DatabaseLocation, *, read_only: bool) -> Engine:
    """An engine for ``location``.

    A read-only SQLite engine opens the file with ``mode=ro``: SQLite itself
    then refuses every write, and the file is never created or changed.
    """
    if location.in_memory:
        engine = create_engine(
            "sqlite://",
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
    elif location.sqlite_path is not None:
        mode = "ro" if read_only else "rwc"
        uri = f"file:{quote(location.sqlite_path.as_posix())}?mode={mode}"

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )

        engine = create_engine("sqlite+pysqlite://", creator=connect)
    else:
        engine = create_engine(location.url, pool_pre_ping=True)
    if location.is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()
