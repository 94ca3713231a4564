"""Etappenziele (milestones) and how their reaching is communicated."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.enums import EtappenzielStatus
from iq_desktop.models.base import Base, IntPK, Versioned, enum_column
from iq_desktop.models.phase import Phase
from iq_desktop.models.project import Leitprojekt


class Etappenziel(Versioned, Base):
    __tablename__ = "etappenziel"

    id: Mapped[IntPK]
    leitprojekt_id: Mapped[int] = mapped_column(ForeignKey("leitprojekt.id"), index=True)
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("phase.id"))
    titel: Mapped[str]
    beschreibung: Mapped[str | None] = mapped_column(UnicodeText)
    faellig_am: Mapped[dt.date] = mapped_column(Date)
    erreicht_am: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[EtappenzielStatus] = mapped_column(enum_column(EtappenzielStatus))
    kommunikation_intern: Mapped[bool] = mapped_column(Boolean, default=False)
    kommunikation_extern: Mapped[bool] = mapped_column(Boolean, default=False)
    #: how the reaching is to be communicated (Intranet, Pressemitteilung, …)
    kommunikation_wie: Mapped[str | None]
    kommuniziert_am: Mapped[dt.date | None] = mapped_column(Date)

    leitprojekt: Mapped[Leitprojekt] = relationship(back_populates="etappenziele")
    phase: Mapped[Phase | None] = relationship(back_populates="etappenziele")
