"""The organisation's words for Korridorthema, Leitprojekt and Korridorbeauftragte."""

from __future__ import annotations

from iq_desktop.db.database import Database
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.portfolio_rows import read_terms


def load_terms(db: Database) -> Begriffe:
    """The terms stored in the database, completed by the originals where one is missing."""
    with db.plain_reading() as reader:
        return read_terms(reader)
