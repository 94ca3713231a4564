"""Risiken of a Leitprojekt; the score is derived, never stored."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.enums import RisikoStatus
from iq_desktop.models.base import Base, IntPK, Versioned, enum_column
from iq_desktop.models.person import Person
from iq_desktop.models.project import Leitprojekt


class Risiko(Versioned, Base):
    __tablename__ = "risiko"

    id: Mapped[IntPK]
    leitprojekt_id: Mapped[int] = mapped_column(ForeignKey("leitprojekt.id"), index=True)
    titel: Mapped[str]
    beschreibung: Mapped[str | None] = mapped_column(UnicodeText)
    #: 1 (sehr gering) … 5 (sehr hoch)
    wahrscheinlichkeit: Mapped[int] = mapped_column(Integer)
    #: 1 (sehr gering) … 5 (sehr hoch)
    auswirkung: Mapped[int] = mapped_column(Integer)
    verantwortlich_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    massnahmen: Mapped[str | None] = mapped_column(UnicodeText)
    status: Mapped[RisikoStatus] = mapped_column(enum_column(RisikoStatus))
    erkannt_am: Mapped[dt.date] = mapped_column(Date)
    naechste_pruefung: Mapped[dt.date | None] = mapped_column(Date)
    nicht_oeffentlich: Mapped[bool] = mapped_column(Boolean, default=False)

    leitprojekt: Mapped[Leitprojekt] = relationship(back_populates="risiken")
    verantwortlich: Mapped[Person | None] = relationship()

    @property
    def score(self) -> int:
        return self.wahrscheinlichkeit * self.auswirkung
