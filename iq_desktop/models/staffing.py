"""Mitwirkung: a person's role in a Leitprojekt, with nomination and the three consents."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, UnicodeText, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.enums import Rolle
from iq_desktop.models.base import Base, IntPK, Versioned, enum_column
from iq_desktop.models.person import Person
from iq_desktop.models.project import Leitprojekt


class Mitwirkung(Versioned, Base):
    """Person × Leitprojekt × Rolle over a period.

    The consents are dates (None = not given): the Dezernat, the Amtsleitung
    and the person each agree separately; "bestätigt" when all three are given.
    """

    __tablename__ = "mitwirkung"
    __table_args__ = (UniqueConstraint("leitprojekt_id", "person_id", "rolle"),)

    id: Mapped[IntPK]
    leitprojekt_id: Mapped[int] = mapped_column(ForeignKey("leitprojekt.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    rolle: Mapped[Rolle] = mapped_column(enum_column(Rolle))
    von: Mapped[dt.date | None] = mapped_column(Date)
    bis: Mapped[dt.date | None] = mapped_column(Date)
    #: share of working time in percent
    anteil_prozent: Mapped[int | None] = mapped_column(Integer)
    benannt_von_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    benannt_am: Mapped[dt.date | None] = mapped_column(Date)
    zustimmung_dezernat_am: Mapped[dt.date | None] = mapped_column(Date)
    zustimmung_amtsleitung_am: Mapped[dt.date | None] = mapped_column(Date)
    zustimmung_person_am: Mapped[dt.date | None] = mapped_column(Date)
    bemerkung: Mapped[str | None] = mapped_column(UnicodeText)

    leitprojekt: Mapped[Leitprojekt] = relationship(back_populates="mitwirkungen")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    benannt_von: Mapped[Person | None] = relationship(foreign_keys=[benannt_von_id])

    @property
    def bestaetigt(self) -> bool:
        return None not in (
            self.zustimmung_dezernat_am,
            self.zustimmung_amtsleitung_am,
            self.zustimmung_person_am,
        )
