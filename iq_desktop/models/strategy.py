"""Strategy fields: Handlungsfelder and Gestaltungsprinzipien as editable reference data."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Integer, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from iq_desktop.enums import StrategieArt
from iq_desktop.models.base import Base, IntPK, Versioned, enum_column


class StrategieElement(Versioned, Base):
    """A Handlungsfeld or a Gestaltungsprinzip a Leitprojekt can be tagged with."""

    __tablename__ = "strategie_element"
    __table_args__ = (UniqueConstraint("art", "bezeichnung"),)

    id: Mapped[IntPK]
    art: Mapped[StrategieArt] = mapped_column(enum_column(StrategieArt))
    bezeichnung: Mapped[str]
    position: Mapped[int] = mapped_column(Integer, default=0)
    aktiv: Mapped[bool] = mapped_column(Boolean, default=True)


projekt_strategie = Table(
    "projekt_strategie",
    Base.metadata,
    Column("leitprojekt_id", ForeignKey("leitprojekt.id"), primary_key=True),
    Column("strategie_element_id", ForeignKey("strategie_element.id"), primary_key=True),
)
