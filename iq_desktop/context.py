"""The application context built in ``main()`` and handed to the window: no global app object."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iq_desktop.settings import Settings

if TYPE_CHECKING:  # the database layer is imported only once the window is on screen
    from iq_desktop.db.database import Database


@dataclass
class AppContext:
    settings: Settings
    #: ``--db`` as given on the command line (None: settings, else the embedded default)
    db_argument: str | None = None
    #: set once the database is open
    database: Database | None = None
    #: the reference date of lists and rules; None = today
    stichtag: dt.date | None = field(default=None)
