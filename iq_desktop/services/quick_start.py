"""The first lists after start, read with the standard library before SQLAlchemy is loaded.

Importing SQLAlchemy and the mapped models takes about a third of a second on
an office PC; the user should not wait for it to see the portfolio. When the
database is an existing SQLite file at this program's schema revision, the
window's three lists are read here with ``sqlite3`` (read-only, one read
transaction), through the same SQL and row builders as the regular path
(``services.portfolio_rows``). The database is then opened for work as usual.

Anything unusual (no file yet, another revision, a lock, a damaged file, a
server database) returns ``None``: the regular opening then does its checks,
migrations and German messages. This module must never import SQLAlchemy;
a test holds it to that.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Sequence
from typing import Any

from iq_desktop.db import schema_version
from iq_desktop.db.location import DatabaseLocation, sqlite_uri
from iq_desktop.services import portfolio_rows

log = logging.getLogger(__name__)

#: a first look must not hang on a locked shared file: the regular path waits and explains
_QUICK_TIMEOUT_S = 0.5


class _SqliteReader:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def rows(self, sql: str) -> Sequence[Sequence[Any]]:
        return self._connection.execute(sql).fetchall()


def read_quick(
    location: DatabaseLocation, *, stichtag: dt.date, berichtszyklus_tage: int, mit_archiv: bool = False
) -> portfolio_rows.PortfolioLists | None:
    """Terms, rows and corridor tree (as ``portfolio.portfolio_lists``) from an existing SQLite file
    at head, or None when the regular path must decide."""
    path = location.sqlite_path
    if path is None or location.in_memory or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(
            sqlite_uri(path, "ro"), uri=True, timeout=_QUICK_TIMEOUT_S, isolation_level=None
        )
    except sqlite3.Error:
        log.info("quick start: %s not opened, regular path decides", location.display, exc_info=True)
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for all queries
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if [r[0] for r in revision] != [schema_version.HEAD]:
            return None
        return portfolio_rows.read_portfolio_lists(
            _SqliteReader(connection), stichtag=stichtag, berichtszyklus_tage=berichtszyklus_tage,
            mit_archiv=mit_archiv,
        )
    except (sqlite3.Error, ValueError, KeyError):
        # not ours, damaged, locked or a value this version does not know: the regular path explains
        log.info("quick start: %s not read, regular path decides", location.display, exc_info=True)
        return None
    finally:
        connection.close()
