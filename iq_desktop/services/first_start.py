"""The first start's set-up: open (and, when asked, create) the chosen database, and fill demo data.

Runs before the main window, in a worker thread of the welcome; the window
then opens the same database the usual way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.services.demo import DemoUmfang, fill_demo


@dataclass(frozen=True)
class Einrichtung:
    """What the set-up did: where, whether it created the file, the demo data it wrote (or None)."""

    anzeige: str
    angelegt: bool
    demo: DemoUmfang | None


def set_up(datenbank: str | None, *, gemeinsam: bool, create: bool, demo: bool, backup_dir: Path) -> Einrichtung:
    """Open ``datenbank`` (None: the embedded default) for work: migrated and seeded as at every start.

    ``create``: a missing file may be created (the user confirmed it). ``demo``
    fills the demo portfolio, refused (German DomainError, nothing written) when
    the database already holds a Leitprojekt.
    """
    location = resolve_location(datenbank)
    existed = location.sqlite_path is None or location.sqlite_path.exists()
    database, _ = open_database(location, Zugriff.ZUM_ARBEITEN, backup_dir=backup_dir,
                                must_exist=not (create or location.is_default), shared=gemeinsam)
    try:
        umfang = fill_demo(database) if demo else None
    finally:
        database.close()
    return Einrichtung(location.display, not existed, umfang)
