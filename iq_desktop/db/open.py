"""Opening a database the way each caller needs it.

* ``ZUM_LESEN`` (check, export, --self-test): SQLite opened read-only; the
  schema must be at head, else a German error names ``iq-desktop migrate``.
* ``ZUM_ARBEITEN`` (GUI, init, migrate): a new database is created, an older
  one is backed up through the SQLite backup API and migrated (under the
  write lock, in one transaction), reference data is seeded where something
  was created or migrated.

A file that is not ours (a folder, a corrupt file, another program's SQLite
database, a database from a newer version) is refused before anything is
written to it.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from iq_desktop.db.backup import backup_name, backup_sqlite
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.db.errors import german_database_error
from iq_desktop.db.location import DatabaseLocation, check_sqlite_file, create_sqlite_file
from iq_desktop.db.migrate import SchemaZustand, migrate_locked, refuse_state, schema_state
from iq_desktop.db.seed import seed_reference_data
from iq_desktop.db.sharing import configure_journal

log = logging.getLogger(__name__)


class Zugriff(enum.Enum):
    ZUM_LESEN = "lesen"
    ZUM_ARBEITEN = "arbeiten"


@dataclass(frozen=True)
class OpenReport:
    """What opening did, for the status bar and the command line."""

    created: bool = False
    migrated_from: str | None = None
    backup: Path | None = None
    seeded: int = 0
    #: a SQLite file marked shared (network drive): rollback journal, never WAL
    shared: bool = False


def open_database(
    location: DatabaseLocation,
    access: Zugriff,
    *,
    backup_dir: Path | None = None,
    seed: bool = False,
    must_exist: bool | None = None,
    shared: bool = False,
) -> tuple[Database, OpenReport]:
    """Open ``location``.

    ``seed`` completes the reference data even at head (``init``).
    ``must_exist`` (default: for reading) refuses to create a missing file.
    ``shared`` declares a SQLite file shared (settings) even where its path
    does not show a network drive (:mod:`iq_desktop.db.sharing`).
    """
    read_only = access is Zugriff.ZUM_LESEN and not location.in_memory
    if must_exist is None:
        must_exist = read_only
    created_file = False
    if location.sqlite_path is not None:
        if location.is_default and not read_only:
            location.sqlite_path.parent.mkdir(parents=True, exist_ok=True)  # first start
        if not check_sqlite_file(location, must_exist=must_exist):
            created_file = create_sqlite_file(location.sqlite_path)
    engine = create_engine_for(location, read_only=read_only)
    try:
        if read_only:
            state, revision = schema_state(engine, location)
            if state is not SchemaZustand.AKTUELL:
                raise refuse_state(state, revision, location, engine)
            return Database(engine, location, read_only=True), OpenReport()
        report = OpenReport()
        state, _ = schema_state(engine, location)
        if state is not SchemaZustand.AKTUELL:
            report = _migrate(engine, location, backup_dir)
        database = Database(engine, location, read_only=False)
        if seed or report.created or report.migrated_from:
            try:
                with database.transaction() as session:
                    report = replace(report, seeded=seed_reference_data(session))
            except DBAPIError as exc:
                raise german_database_error(exc, location.display, sqlite_path=location.sqlite_path) from exc
        if location.sqlite_path is not None:
            try:
                report = replace(report, shared=configure_journal(engine, location.sqlite_path,
                                                                  declared_shared=shared))
            except DBAPIError as exc:
                raise german_database_error(exc, location.display, sqlite_path=location.sqlite_path) from exc
        return database, report
    except BaseException:
        engine.dispose()
        if created_file and location.sqlite_path is not None:
            _remove_created(location.sqlite_path)
        raise


def _migrate(engine: Engine, location: DatabaseLocation, backup_dir: Path | None) -> OpenReport:
    backups: list[Path] = []

    def back_up(state: SchemaZustand, _revision: str | None) -> None:
        if state is SchemaZustand.AELTER and location.sqlite_path is not None:
            target_dir = backup_dir
            if target_dir is None:
                from iq_desktop import paths

                target_dir = paths.default_backup_dir()
            target = target_dir / backup_name(location.sqlite_path, "vor-migration")
            backups.append(backup_sqlite(location.sqlite_path, target))
            log.info("backup before migration: %s", target)

    state, revision = migrate_locked(engine, location, back_up)
    if state is SchemaZustand.AKTUELL:  # another PC migrated it while we waited for the lock
        return OpenReport()
    return OpenReport(
        created=state is SchemaZustand.LEER,
        migrated_from=revision,
        backup=backups[0] if backups else None,
    )


def _remove_created(path: Path) -> None:
    """A database file this call created and could not set up must not stay behind."""
    for leftover in (path, path.with_name(path.name + "-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s after a failed set-up", leftover)
