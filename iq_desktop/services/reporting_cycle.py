"""The reporting cycle (days until a project without a new Sachstand counts as stale), for everyone.

Kept in the database, not in a user's settings: it decides what the list
marks "veraltet" and what rule 7 finds, in the window and in every export, so
two desks on the same data must not judge by different cycles. A user's
settings (or IT's preset) give the cycle only while the database names none.
"""

from __future__ import annotations

from iq_desktop.db.database import Database
from iq_desktop.i18n import translate
from iq_desktop.services.db_properties import store_property
from iq_desktop.services.errors import DomainError
from iq_desktop.services.portfolio_rows import BERICHTSZYKLUS, read_cycle


def reporting_cycle(db: Database, fallback: int) -> int:
    """The database's cycle in days, else ``fallback``."""
    with db.plain_reading() as reader:
        return read_cycle(reader, fallback)


def set_reporting_cycle(db: Database, tage: int) -> None:
    """Store ``tage`` (1 to 366) as the cycle of everyone working with this database."""
    if not 1 <= tage <= 366:
        raise DomainError(translate("Berichtszyklus", "Der Berichtszyklus muss zwischen 1 und 366 Tagen liegen."),
                          feld="berichtszyklus")
    with db.transaction() as session:
        store_property(session, BERICHTSZYKLUS, str(tage))
