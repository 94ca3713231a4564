"""Consistent copies of a SQLite database through SQLite's online backup API.

Three uses: before every migration, once a day when the program first opens a
database for work (the last ``keep`` daily copies are kept), and on request
(``iq-desktop backup``). Every copy is checked with ``PRAGMA quick_check``:
a copy of a damaged database is reported, not kept as if it were good.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from iq_desktop.db.location import sqlite_uri
from iq_desktop.errors import DatenbankFehler
from iq_desktop.i18n import translate


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page while others may be reading or writing.

    Never a plain file copy: that can catch a half-written transaction.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".teil")
    try:
        src = sqlite3.connect(sqlite_uri(source, "ro"), uri=True, timeout=10)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise DatenbankFehler(
            translate("Datenbank", "Die Sicherung von „{quelle}“ nach „{ziel}“ ist fehlgeschlagen "
                      "({grund}). Es wurde nichts verändert.").format(quelle=source, ziel=target, grund=exc)
        ) from exc
    return target


class BeschaedigteDatenbank(DatenbankFehler):
    """SQLite's integrity check found damage (in the copy, hence in the original)."""


def check_integrity(path: Path) -> None:
    """``PRAGMA quick_check`` of a (copied) database file; a German error naming the damage."""
    connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        rows = [r[0] for r in connection.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:  # damaged so badly that the check itself cannot run
        rows = [str(exc)]
    finally:
        connection.close()
    if rows != ["ok"]:
        raise BeschaedigteDatenbank(
            translate("Datenbank", "Die Prüfung der Datenbank hat Schäden gefunden ({befund}). Bitte nicht "
                      "weiterarbeiten und die IT-Abteilung bitten, eine Sicherung zurückzuspielen.")
            .format(befund="; ".join(rows))
        )


def checked_backup(source: Path, target: Path) -> Path:
    """A backup whose integrity is checked; a damaged copy is removed and reported."""
    backup_sqlite(source, target)
    try:
        check_integrity(target)
    except BeschaedigteDatenbank:
        target.unlink(missing_ok=True)
        raise
    return target


DAILY = "taeglich"


def daily_backup(source: Path, backup_dir: Path, *, keep: int, today: dt.date) -> Path | None:
    """The first opening of the day copies the database; the last ``keep`` daily copies stay.

    Returns the new copy, or None when today's copy exists already (another PC,
    or an earlier start today, made it).
    """
    pattern = f"{source.stem}_*_{DAILY}.sqlite"
    if any(p.name.startswith(f"{source.stem}_{today:%Y-%m-%d}_") for p in backup_dir.glob(pattern)):
        return None
    now = dt.datetime.combine(today, dt.datetime.now().time())
    target = checked_backup(source, backup_dir / backup_name(source, DAILY, now))
    for old in sorted(backup_dir.glob(pattern), reverse=True)[keep:]:
        with contextlib.suppress(OSError):  # in use or read-only: tried again tomorrow
            old.unlink()
    return target


def backup_name(source: Path, reason: str, now: dt.datetime | None = None) -> str:
    """e.g. ``iq-desktop_2026-11-22_041230_vor-migration.sqlite``."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    return f"{source.stem}_{stamp}_{reason}.sqlite"
