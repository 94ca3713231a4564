"""Putting a backup back in place of the live database (``iq-desktop restore``).

Order of safety: the backup is checked first (a SQLite file, undamaged, an
IQ Desktop database this program can read); then no one else may have the
database open; then the current state is itself backed up; only then are the
backup's pages copied into the live file through SQLite's backup API, under
the file's write lock, so a PC opening the database meanwhile sees either the
old or the restored state, never a mixture. A backup of an older schema is
migrated by the regular opening afterwards.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from iq_desktop.db import presence
from iq_desktop.db.backup import backup_name, check_integrity, checked_backup
from iq_desktop.db.engine import create_engine_for
from iq_desktop.db.location import DatabaseLocation, check_sqlite_file, resolve_location, sqlite_uri
from iq_desktop.db.migrate import SchemaZustand, refuse_state, schema_state
from iq_desktop.db.sharing import is_marked_shared
from iq_desktop.errors import DatenbankFehler
from iq_desktop.i18n import translate
from iq_desktop.models.base import utc_now

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreReport:
    #: the copy of the state before the restore; None when there was no database yet
    previous: Path | None
    #: the database was marked shared before: the restored one must be too (an older backup may lack the mark)
    was_shared: bool = False


def check_backup_file(source: Path) -> None:
    """The file to restore is an undamaged IQ Desktop database this program can use."""
    location = resolve_location(str(source))
    check_sqlite_file(location, must_exist=True)
    check_integrity(source)
    engine = create_engine_for(location, read_only=True)
    try:
        state, revision = schema_state(engine, location)
        if state in (SchemaZustand.NEUER, SchemaZustand.FREMD, SchemaZustand.LEER):
            raise refuse_state(state, revision, location, engine)
    finally:
        engine.dispose()


def restore_sqlite(source: Path, location: DatabaseLocation, backup_dir: Path) -> RestoreReport:
    """Replace the database at ``location`` by the backup ``source``."""
    target = location.sqlite_path
    assert target is not None
    source = source.resolve()
    if source == target:
        raise DatenbankFehler(translate(
            "Datenbank", "Die Sicherung „{quelle}“ ist die Datenbank selbst. Bitte eine Sicherungskopie "
            "wählen.").format(quelle=source))
    check_backup_file(source)
    previous, was_shared = None, False
    if check_sqlite_file(location, must_exist=False):
        engine = create_engine_for(location, read_only=False)
        try:
            presence.refuse_maintenance(engine, utc_now(), translate(
                "Datenbank", "Das Zurückspielen einer Sicherung"))
            with contextlib.suppress(DBAPIError):  # a damaged or older database: no mark to keep
                was_shared = is_marked_shared(engine)
        finally:
            engine.dispose()
        previous = checked_backup(target, backup_dir / backup_name(target, "vor-wiederherstellung"))
        log.info("state before restore saved as %s", previous)
    _copy_pages(source, target)
    log.info("database %s restored from %s", target, source)
    return RestoreReport(previous=previous, was_shared=was_shared)


def _copy_pages(source: Path, target: Path) -> None:
    try:
        with contextlib.closing(sqlite3.connect(sqlite_uri(source, "ro"), uri=True, timeout=10)) as src, \
                contextlib.closing(sqlite3.connect(target, timeout=10)) as dst:
            src.backup(dst)
            # who was present when the backup was made is not present now
            with contextlib.suppress(sqlite3.OperationalError):  # a backup from before presence existed
                dst.execute("DELETE FROM anwesenheit")
                dst.commit()
    except sqlite3.Error as exc:
        raise DatenbankFehler(translate(
            "Datenbank", "Das Zurückspielen von „{quelle}“ ist fehlgeschlagen ({grund}). Die Datenbank ist "
            "unverändert, oder eine der Sicherungen stellt sie wieder her.").format(quelle=source, grund=exc)
        ) from exc
