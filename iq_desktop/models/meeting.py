"""Gremien (bodies) and their Sitzungen as a council submission's Beratungsfolge lists them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Unicode,
    UnicodeText,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.models.base import Base, IntPK, Versioned


class Gremium(Versioned, Base):
    """A body: Hauptausschuss, Gemeinderat, BMK, IQ-Lenkungskreis, IQ-Lenkungsgruppe, …"""

    __tablename__ = "gremium"

    id: Mapped[IntPK]
    name: Mapped[str] = mapped_column(unique=True)
    langname: Mapped[str | None]
    position: Mapped[int] = mapped_column(Integer, default=0)

    sitzungen: Mapped[list[Sitzung]] = relationship(
        back_populates="gremium", order_by="Sitzung.datum"
    )


class Sitzung(Versioned, Base):
    """A meeting of a Gremium that deals with the IQ process (one Beratungsfolge row)."""

    __tablename__ = "sitzung"
    __table_args__ = (UniqueConstraint("gremium_id", "datum"),)

    id: Mapped[IntPK]
    gremium_id: Mapped[int] = mapped_column(ForeignKey("gremium.id"))
    datum: Mapped[dt.date] = mapped_column(Date, index=True)
    #: agenda item (Tagesordnungspunkt), e.g. "8" or "3.1"
    top: Mapped[str | None] = mapped_column(Unicode(20))
    oeffentlich: Mapped[bool] = mapped_column(Boolean, default=False)
    #: council submission number, e.g. "2021/1528"
    vorlage_nr: Mapped[str | None] = mapped_column(Unicode(30))
    #: e.g. "vorberaten", "beschlossen", "zur Kenntnis genommen"
    ergebnis: Mapped[str | None]
    bemerkung: Mapped[str | None] = mapped_column(UnicodeText)

    gremium: Mapped[Gremium] = relationship(back_populates="sitzungen")
