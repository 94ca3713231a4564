"""Users of the program, matched by their operating-system login."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Unicode
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.enums import BenutzerRolle
from iq_desktop.models.base import Base, IntPK, Versioned, enum_column
from iq_desktop.models.corridor import Korridorthema
from iq_desktop.models.person import Person


class Benutzer(Versioned, Base):
    __tablename__ = "benutzer"

    id: Mapped[IntPK]
    login: Mapped[str] = mapped_column(Unicode(100), unique=True)
    anzeigename: Mapped[str]
    rolle: Mapped[BenutzerRolle] = mapped_column(enum_column(BenutzerRolle))
    #: the corridor a Korridorbeauftragte/r keeps (None: all)
    korridorthema_id: Mapped[int | None] = mapped_column(ForeignKey("korridorthema.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    aktiv: Mapped[bool] = mapped_column(Boolean, default=True)

    korridorthema: Mapped[Korridorthema | None] = relationship()
    person: Mapped[Person | None] = relationship()
