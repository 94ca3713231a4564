"""The open database: engine, session factory, who is writing, and the clock."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from iq_desktop.db.audit import Actor, AuditContext, install_audit
from iq_desktop.db.engine import BEGIN_MODE
from iq_desktop.db.errors import german_database_error, is_environmental
from iq_desktop.db.location import DatabaseLocation
from iq_desktop.models.base import utc_now

log = logging.getLogger(__name__)


class PlainReader:
    """Runs a plain SELECT in a session and returns its rows as tuples."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._session.execute(text(sql))]


class Database:
    """Handed to every service call; holds no session between calls.

    ``clock`` returns naive UTC; the demo generator swaps it to write a
    plausible history.
    """

    def __init__(
        self,
        engine: Engine,
        location: DatabaseLocation,
        *,
        read_only: bool,
        actor: Actor | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.engine = engine
        self.location = location
        self.read_only = read_only
        self._audit = AuditContext(actor=actor or Actor.current(), clock=clock)
        # No autoflush: a use case's changes reach the database in one flush, so
        # each object gets one audit row per use case, not one per query in between.
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        install_audit(self._sessions, self._audit)
        # Writes take the write lock at BEGIN (IMMEDIATE; on PostgreSQL an advisory lock): two desks
        # then wait their turn (busy timeout) instead of both reading and one failing when it writes.
        writer = engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
        self._write_sessions = sessionmaker(writer, expire_on_commit=False, autoflush=False)
        install_audit(self._write_sessions, self._audit)
        #: per thread, the session of a running :meth:`batch` or :meth:`snapshot`: a reader on another
        #: thread (the rule count) gets its own session and sees only what is committed
        self._local = threading.local()

    @property
    def actor(self) -> Actor:
        return self._audit.actor

    @property
    def clock(self) -> Callable[[], dt.datetime]:
        return self._audit.clock

    @clock.setter
    def clock(self, clock: Callable[[], dt.datetime]) -> None:
        self._audit.clock = clock

    def today(self) -> dt.date:
        """Today in local time (what a secretariat calls today), by this database's clock."""
        return self._audit.clock().replace(tzinfo=dt.UTC).astimezone().date()

    def _own_batch(self) -> Session | None:
        return getattr(self._local, "session", None)

    @contextmanager
    def plain_reading(self) -> Iterator[PlainReader]:
        """Plain SELECTs returning tuples, in one read transaction (``services.portfolio_rows``)."""
        with self.reading() as session:
            yield PlainReader(session)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; nothing it holds is written back."""
        batch = self._own_batch()
        if batch is not None:
            yield batch
            return
        with self._sessions() as session, self._german_errors():
            yield session

    @contextmanager
    def _german_errors(self) -> Iterator[None]:
        """A share that went away or a server that is down: a German message, not a driver's text.

        The transaction has rolled back; nothing was written. The caller (a form)
        keeps what the user typed and offers to try again.
        """
        try:
            yield
        except (OperationalError, InterfaceError) as exc:
            if not is_environmental(exc):
                raise  # a bug (no such table, bad SQL): the caller logs it as one
            log.warning("database unavailable: %s", exc, exc_info=True)
            raise german_database_error(exc, self.location.display, sqlite_path=self.location.sqlite_path) from exc

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction per use case: commits on success, rolls back on any error.

        Inside :meth:`batch` the use case runs in a savepoint of the batch's transaction.
        """
        batch = self._own_batch()
        if batch is not None:
            if getattr(self._local, "reads_only", False):
                raise RuntimeError("a write inside Database.snapshot(): writes belong after it")
            with batch.begin_nested():
                yield batch
            return
        try:
            with self._german_errors(), self._write_sessions.begin() as session:
                yield session
        except StaleDataError as exc:
            raise stale_save(exc) from exc

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run many use cases as one transaction: all of them or none (demo data, imports).

        An error or an interruption (Ctrl+C) anywhere rolls back everything the
        batch wrote.
        """
        if self._own_batch() is not None:
            raise RuntimeError("batches do not nest")
        session = self._write_sessions()
        self._local.session, self._local.reads_only = session, False
        try:
            with session.begin():
                yield
        finally:
            self._local.session = None
            session.close()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Many reads as one read transaction: an export sees one state of the data, even while
        another desk saves (SQLite keeps the transaction's snapshot; a server its isolation level).

        Keep it to the reading: on a shared SQLite file (rollback journal) another desk's save
        waits while it lasts. Inside a batch or another snapshot it adds nothing.
        """
        if self._own_batch() is not None:
            yield
            return
        session = self._sessions()
        self._local.session, self._local.reads_only = session, True
        try:
            with self._german_errors(), session.begin():
                yield
        finally:
            self._local.session, self._local.reads_only = None, False
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def stale_save(exc: StaleDataError) -> Exception:
    """The database's own version check refused an UPDATE: someone saved the row in between.

    Raised after the services' own check passed (both read the same version at
    nearly the same moment); the whole transaction was rolled back.
    """
    from iq_desktop.errors import VersionKonflikt
    from iq_desktop.i18n import translate

    return VersionKonflikt(
        translate("Prüfung", "Ein Eintrag wurde im selben Augenblick von jemand anderem gespeichert. Es wurde "
                  "nichts überschrieben: bitte neu laden und die eigenen Änderungen erneut eintragen."),
        objekt_typ="", objekt_id=None, erwartet=None, gespeichert=None,
    )
