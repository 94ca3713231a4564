"""Korridorthemen with their Korridorbeauftragte and yearly résumé."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    Table,
    Unicode,
    UnicodeText,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.models.base import Base, IntPK, Versioned
from iq_desktop.models.person import Person

if TYPE_CHECKING:
    from iq_desktop.models.project import Leitprojekt

korridor_beauftragte = Table(
    "korridor_beauftragte",
    Base.metadata,
    Column("korridorthema_id", ForeignKey("korridorthema.id"), primary_key=True),
    Column("person_id", ForeignKey("person.id"), primary_key=True),
)


class Korridorthema(Versioned, Base):
    """One of the corridor themes, owned by a Bürgermeister/in."""

    __tablename__ = "korridorthema"

    id: Mapped[IntPK]
    name: Mapped[str] = mapped_column(unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    buergermeister_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    ziele: Mapped[str | None] = mapped_column(UnicodeText)
    beschreibung: Mapped[str | None] = mapped_column(UnicodeText)
    #: first and last year of the double budgets the theme was set up for
    laufzeit_von: Mapped[int | None] = mapped_column(Integer)
    laufzeit_bis: Mapped[int | None] = mapped_column(Integer)

    buergermeister: Mapped[Person | None] = relationship()
    beauftragte: Mapped[list[Person]] = relationship(secondary=korridor_beauftragte)
    leitprojekte: Mapped[list[Leitprojekt]] = relationship(back_populates="korridorthema")
    jahresberichte: Mapped[list[KorridorJahresbericht]] = relationship(
        back_populates="korridorthema",
        cascade="all, delete-orphan",
        order_by="KorridorJahresbericht.jahr",
    )


class KorridorJahresbericht(Versioned, Base):
    """The yearly résumé and outlook of a theme as a whole."""

    __tablename__ = "korridor_jahresbericht"
    __table_args__ = (UniqueConstraint("korridorthema_id", "jahr"),)

    id: Mapped[IntPK]
    korridorthema_id: Mapped[int] = mapped_column(ForeignKey("korridorthema.id"))
    jahr: Mapped[int] = mapped_column(Integer)
    resuemee: Mapped[str | None] = mapped_column(UnicodeText)
    ausblick: Mapped[str | None] = mapped_column(UnicodeText)
    bearbeitet_von: Mapped[str | None] = mapped_column(Unicode(100))

    korridorthema: Mapped[Korridorthema] = relationship(back_populates="jahresberichte")
