"""Phases of a Leitprojekt and the default phase plan."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.enums import PhasenStatus
from iq_desktop.models.base import Base, IntPK, Versioned, enum_column
from iq_desktop.models.project import Leitprojekt

if TYPE_CHECKING:
    from iq_desktop.models.milestone import Etappenziel


class PhasenVorlage(Versioned, Base):
    """One entry of the default phase plan every new Leitprojekt starts with."""

    __tablename__ = "phasen_vorlage"

    id: Mapped[IntPK]
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(unique=True)


class Phase(Versioned, Base):
    """A phase of one project, with planned steps, planned and actual dates."""

    __tablename__ = "phase"

    id: Mapped[IntPK]
    leitprojekt_id: Mapped[int] = mapped_column(ForeignKey("leitprojekt.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str]
    geplante_schritte: Mapped[str | None] = mapped_column(UnicodeText)
    status: Mapped[PhasenStatus] = mapped_column(enum_column(PhasenStatus))
    geplant_von: Mapped[dt.date | None] = mapped_column(Date)
    geplant_bis: Mapped[dt.date | None] = mapped_column(Date)
    ist_von: Mapped[dt.date | None] = mapped_column(Date)
    ist_bis: Mapped[dt.date | None] = mapped_column(Date)

    leitprojekt: Mapped[Leitprojekt] = relationship(back_populates="phasen")
    etappenziele: Mapped[list[Etappenziel]] = relationship(back_populates="phase")
