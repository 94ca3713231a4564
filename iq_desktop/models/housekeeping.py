"""Bookkeeping of the database itself: its properties and who has it open.

Neither table holds user data: no version counter, no audit rows. Both are
written with plain Core statements outside the use cases' sessions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, Unicode
from sqlalchemy.orm import Mapped, mapped_column

from iq_desktop.models.base import UTC_TIMESTAMP, Base


class DatenbankEigenschaft(Base):
    """A property every client must treat alike, e.g. ``gemeinsam`` (shared on a network drive)."""

    __tablename__ = "datenbank_eigenschaft"

    schluessel: Mapped[str] = mapped_column(Unicode(60), primary_key=True)
    wert: Mapped[str] = mapped_column(Unicode(400))


class Anwesenheit(Base):
    """One running program that has the database open, kept alive by its heartbeat."""

    __tablename__ = "anwesenheit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    benutzer: Mapped[str] = mapped_column(Unicode(100))
    rechner: Mapped[str] = mapped_column(Unicode(100))
    prozess: Mapped[int] = mapped_column(Integer)
    programmversion: Mapped[str] = mapped_column(Unicode(30))
    seit: Mapped[dt.datetime] = mapped_column(UTC_TIMESTAMP)
    herzschlag: Mapped[dt.datetime] = mapped_column(UTC_TIMESTAMP, index=True)
