"""The organisation's words for Korridorthema, Leitprojekt and Korridorbeauftragte.

They live in the database, not in a user's settings: everyone working on the
same data reads the same words, on screen and in every export.
"""

from __future__ import annotations

import enum

from sqlalchemy import select

from iq_desktop import reference
from iq_desktop.db.database import Database
from iq_desktop.models import Begriff
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.portfolio_rows import read_terms


class Begriffsfassung(enum.Enum):
    """The two sets of terms the city has used."""

    #: the 2017 rules: Korridorthema, Leitprojekt, Korridorbeauftragte
    ORIGINAL = "original"
    #: the city's current public pages: Zukunftsthema, Zukunftsprojekt, Zukunftsbeauftragte
    ZUKUNFT = "zukunft"

    @property
    def begriffe(self) -> tuple[reference.Begriff, ...]:
        return reference.BEGRIFFE_ORIGINAL if self is Begriffsfassung.ORIGINAL else reference.BEGRIFFE_ZUKUNFT


def load_terms(db: Database) -> Begriffe:
    """The terms stored in the database, completed by the originals where one is missing."""
    with db.plain_reading() as reader:
        return read_terms(reader)


def current_version(begriffe: Begriffe) -> Begriffsfassung | None:
    """Which of the two sets ``begriffe`` is; None for an organisation's own words."""
    for fassung in Begriffsfassung:
        if Begriffe.from_forms({b.schluessel: b for b in fassung.begriffe}) == begriffe:
            return fassung
    return None


def set_terms(db: Database, fassung: Begriffsfassung) -> bool:
    """Store the set ``fassung`` for everyone using this database; False when it was already in place."""
    with db.transaction() as session:
        stored = {b.schluessel: b for b in session.scalars(select(Begriff))}
        changed = False
        for begriff in fassung.begriffe:
            row = stored.get(begriff.schluessel)
            if row is None:
                session.add(Begriff(schluessel=begriff.schluessel, singular=begriff.singular, plural=begriff.plural,
                                    genitiv=begriff.genitiv, genus=begriff.genus))
                changed = True
                continue
            for name in ("singular", "plural", "genitiv", "genus"):
                if getattr(row, name) != getattr(begriff, name):
                    setattr(row, name, getattr(begriff, name))
                    changed = True
        return changed
