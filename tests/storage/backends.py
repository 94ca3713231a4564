"""The storage tests' backends, as the test modules see them (fixtures in conftest.py)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, create_engine, inspect, text
from sqlalchemy.engine import Connection, Engine

from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database

#: the test server's address, set by scripts/with-postgres.sh
POSTGRES_URL_VARIABLE = "IQ_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgresql")


@dataclass(frozen=True)
class Backend:
    """Where one test's database lives, and how to look at it past the program."""

    name: str
    #: what ``--db`` takes: a file path or a server URL
    url: str

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url) if self.name == "sqlite" else None

    def plain_engine(self) -> Engine:
        """An engine without the program's settings, to prepare or inspect the database."""
        if self.name == "sqlite":
            return create_engine(f"sqlite:///{self.url}")
        return create_engine(self.url)

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain connection in one transaction, committed at the end (SQLite: creates the file)."""
        engine = self.plain_engine()
        try:
            with engine.begin() as connection:
                yield connection
        finally:
            engine.dispose()

    def table_names(self) -> list[str]:
        with self.connection() as connection:
            return sorted(inspect(connection).get_table_names())

    def fingerprint(self) -> str:
        """Changes whenever anything in the database changes (the file's bytes; on a server every row)."""
        if self.sqlite_path is not None:
            return hashlib.sha256(self.sqlite_path.read_bytes()).hexdigest()
        digest = hashlib.sha256()
        with self.connection() as connection:
            for name in sorted(inspect(connection).get_table_names()):
                rows = connection.execute(text(f'SELECT * FROM "{name}"')).all()
                digest.update(repr((name, sorted(map(repr, rows)))).encode())
        return digest.hexdigest()


def open_at(backend: Backend, access: Zugriff = Zugriff.ZUM_ARBEITEN, **kwargs):
    return open_database(resolve_location(backend.url), access, **kwargs)


@contextmanager
def postgres_database(server: URL, template: str | None = None) -> Iterator[str]:
    """A database of its own on the test server, dropped afterwards; its URL."""
    name = f"iq_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            copy = f' TEMPLATE "{template}"' if template else ""
            if connection.dialect.server_version_info >= (15,):  # copying the files is quicker than the WAL
                copy += " STRATEGY FILE_COPY"
            connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        try:
            yield server.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:  # FORCE: a connection a failed test left open is no obstacle
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
