"""A recorded decision to proceed despite a rule finding: who, when and why."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, Unicode, UnicodeText, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from iq_desktop.models.base import UTC_TIMESTAMP, Base, IntPK, Versioned


class RegelAusnahme(Versioned, Base):
    """Override of one rule check for one object (a Mitwirkung, a Leitprojekt, a Korridorthema).

    One table for every rule rather than columns on each entity: a finding is
    identified by its check key and object, and so is its override.
    """

    __tablename__ = "regel_ausnahme"
    __table_args__ = (UniqueConstraint("pruefung", "objekt_typ", "objekt_id"),)

    id: Mapped[IntPK]
    #: the check key of the finding, e.g. "2" or "4.kickoff"
    pruefung: Mapped[str] = mapped_column(Unicode(40))
    objekt_typ: Mapped[str] = mapped_column(Unicode(40))
    objekt_id: Mapped[int] = mapped_column(Integer)
    begruendung: Mapped[str] = mapped_column(UnicodeText)
    erfasst_von: Mapped[str] = mapped_column(Unicode(100))
    erfasst_am: Mapped[dt.datetime] = mapped_column(UTC_TIMESTAMP)
