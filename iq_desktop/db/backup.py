"""Consistent copies of a SQLite database through SQLite's online backup API."""

from __future__ import annotations

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


def backup_name(source: Path, reason: str, now: dt.datetime | None = None) -> str:
    """e.g. ``iq-desktop_2026-11-22_0412_vor-migration.sqlite``."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    return f"{source.stem}_{stamp}_{reason}.sqlite"
