"""Opening a database the way each caller needs it.

* ``ZUM_LESEN`` (check, export, --self-test): SQLite opened read-only; the
  schema must be at head, else a German error names ``iq-desktop migrate``.
* ``ZUM_ARBEITEN`` (GUI, init, migrate): a new database is created, an older
  one is backed up through the SQLite backup API and migrated, reference data
  is seeded where something was created or migrated.

A file that is not ours (a folder, a corrupt file, another program's SQLite
database, a database from a newer version) is refused before anything is
written to it.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from iq_desktop.db.backup import backup_name, backup_sqlite
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.db.location import DatabaseLocation, check_sqlite_file
from iq_desktop.db.migrate import (
    SchemaZustand,
    refuse_state,
    schema_state,
    upgrade_to_head,
)
from iq_desktop.db.seed import seed_reference_data

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


def open_database(
    location: DatabaseLocation,
    access: Zugriff,
    *,
    backup_dir: Path | None = None,
    seed: bool = False,
) -> tuple[Database, OpenReport]:
    """Open ``location``; with ``seed`` the reference data is completed even at head."""
    read_only = access is Zugriff.ZUM_LESEN
    existed = True
    if location.sqlite_path is not None:
        if location.is_default and not read_only:
            location.sqlite_path.parent.mkdir(parents=True, exist_ok=True)  # first start
        existed = check_sqlite_file(location.sqlite_path, must_exist=read_only)
    if location.in_memory:
        # nothing on disk can be touched; a fresh in-memory database is always built
        read_only = False
    engine = create_engine_for(location, read_only=read_only)
    try:
        state, revision = schema_state(engine)
        if read_only:
            if state is not SchemaZustand.AKTUELL:
                raise refuse_state(state, revision, location.display)
            return Database(engine, location, read_only=True), OpenReport()
        if state in (SchemaZustand.NEUER, SchemaZustand.FREMD):
            raise refuse_state(state, revision, location.display)
        report = OpenReport()
        if state is not SchemaZustand.AKTUELL:
            backup = None
            if state is SchemaZustand.AELTER and location.sqlite_path is not None:
                if backup_dir is None:
                    from iq_desktop import paths

                    backup_dir = paths.default_backup_dir()
                backup = backup_sqlite(
                    location.sqlite_path,
                    backup_dir / backup_name(location.sqlite_path, "vor-migration"),
                )
                log.info("backup before migration: %s", backup)
            upgrade_to_head(engine)
            report = OpenReport(
                created=state is SchemaZustand.LEER,
                migrated_from=revision,
                backup=backup,
            )
        database = Database(engine, location, read_only=False)
        if seed or state is not SchemaZustand.AKTUELL:
            with database.transaction() as session:
                seeded = seed_reference_data(session)
            report = OpenReport(report.created, report.migrated_from, report.backup, seeded)
        return database, report
    except BaseException:
        engine.dispose()
        if location.sqlite_path is not None and not existed and not read_only:
            _remove_created(location.sqlite_path)
        raise


def _remove_created(path: Path) -> None:
    """A database file this call created and could not set up must not stay behind."""
    for leftover in (path, path.with_name(path.name + "-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s after a failed set-up", leftover)
