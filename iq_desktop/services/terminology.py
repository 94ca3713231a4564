"""The organisation's words for Korridorthema, Leitprojekt and Korridorbeauftragte."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import select

from iq_desktop import reference
from iq_desktop.db.database import Database
from iq_desktop.models import Begriff
from iq_desktop.services.read_models import Begriffe


class _Forms(Protocol):
    singular: str
    plural: str
    genitiv: str


def default_terms() -> Begriffe:
    return _to_read_model({b.schluessel: b for b in reference.BEGRIFFE_ORIGINAL})


def load_terms(db: Database) -> Begriffe:
    """The terms stored in the database, completed by the originals where one is missing."""
    forms: dict[str, _Forms] = {b.schluessel: b for b in reference.BEGRIFFE_ORIGINAL}
    with db.reading() as session:
        for row in session.scalars(select(Begriff)):
            forms[row.schluessel] = row
    return _to_read_model(forms)


def _to_read_model(forms: dict[str, _Forms]) -> Begriffe:
    k, lp, kb = forms["korridorthema"], forms["leitprojekt"], forms["korridorbeauftragte"]
    return Begriffe(
        korridorthema=k.singular,
        korridorthemen=k.plural,
        korridorthemas=k.genitiv,
        leitprojekt=lp.singular,
        leitprojekte=lp.plural,
        leitprojekts=lp.genitiv,
        korridorbeauftragte=kb.singular,
        korridorbeauftragten=kb.genitiv,
    )
