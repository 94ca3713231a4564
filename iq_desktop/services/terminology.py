"""The organisation's words for Korridorthema, Leitprojekt and Korridorbeauftragte."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from iq_desktop import reference
from iq_desktop.db.database import Database
from iq_desktop.models import Begriff
from iq_desktop.services.begriffe import Begriffe


def default_terms() -> Begriffe:
    return Begriffe.original()


def load_terms(db: Database) -> Begriffe:
    """The terms stored in the database, completed by the originals where one is missing."""
    forms: dict[str, Any] = {b.schluessel: b for b in reference.BEGRIFFE_ORIGINAL}
    with db.reading() as session:
        for row in session.scalars(select(Begriff)):
            forms[row.schluessel] = row
    return Begriffe.from_forms(forms)
