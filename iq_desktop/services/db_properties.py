"""Properties every desk on the same database treats alike (audit retention, reporting cycle)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from iq_desktop.models import DatenbankEigenschaft


def store_property(session: Session, schluessel: str, wert: str | None) -> None:
    """Set ``schluessel`` to ``wert`` in the use case's transaction; None removes it."""
    current = session.get(DatenbankEigenschaft, schluessel)
    if wert is None:
        if current is not None:
            session.delete(current)
    elif current is None:
        session.add(DatenbankEigenschaft(schluessel=schluessel, wert=wert))
    else:
        current.wert = wert
