"""The line organisation: Dezernate, Ämter/Dienststellen, Abteilungen, external organisations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, Unicode
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.models.base import Base, IntPK, Versioned

if TYPE_CHECKING:
    from iq_desktop.models.person import Person


class Dezernat(Versioned, Base):
    """A department headed by a Bürgermeister/in, e.g. "Dez. 2"."""

    __tablename__ = "dezernat"

    id: Mapped[IntPK]
    kuerzel: Mapped[str] = mapped_column(Unicode(30), unique=True)
    bezeichnung: Mapped[str]
    # use_alter: person -> amt -> dezernat -> person is a cycle
    buergermeister_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", use_alter=True, name="fk_dezernat_buergermeister_id_person")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    buergermeister: Mapped[Person | None] = relationship(foreign_keys=[buergermeister_id])
    aemter: Mapped[list[Amt]] = relationship(back_populates="dezernat")


class Amt(Versioned, Base):
    """An Amt or Dienststelle, e.g. Ordnungs- und Bürgeramt (OA)."""

    __tablename__ = "amt"

    id: Mapped[IntPK]
    kuerzel: Mapped[str] = mapped_column(Unicode(30), unique=True)
    bezeichnung: Mapped[str] = mapped_column(unique=True)
    dezernat_id: Mapped[int | None] = mapped_column(ForeignKey("dezernat.id"))

    dezernat: Mapped[Dezernat | None] = relationship(back_populates="aemter")
    abteilungen: Mapped[list[Abteilung]] = relationship(
        back_populates="amt", cascade="all, delete-orphan"
    )


class Abteilung(Versioned, Base):
    """An optional subdivision of an Amt."""

    __tablename__ = "abteilung"

    id: Mapped[IntPK]
    amt_id: Mapped[int] = mapped_column(ForeignKey("amt.id"))
    bezeichnung: Mapped[str]
    kuerzel: Mapped[str | None] = mapped_column(Unicode(30))

    amt: Mapped[Amt] = relationship(back_populates="abteilungen")


class ExterneOrganisation(Versioned, Base):
    """An organisation outside the city administration that sends external experts."""

    __tablename__ = "externe_organisation"

    id: Mapped[IntPK]
    name: Mapped[str] = mapped_column(unique=True)
    art: Mapped[str | None]
    ort: Mapped[str | None] = mapped_column(Unicode(100))
