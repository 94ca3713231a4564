"""The log of issues and decisions needed, including dissent sent to the Clearingstelle."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Unicode, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.enums import EntscheidungsArt, EntscheidungsStatus
from iq_desktop.models.base import Base, IntPK, Versioned, enum_column
from iq_desktop.models.project import Leitprojekt


class Entscheidung(Versioned, Base):
    __tablename__ = "entscheidung"

    id: Mapped[IntPK]
    leitprojekt_id: Mapped[int] = mapped_column(ForeignKey("leitprojekt.id"), index=True)
    art: Mapped[EntscheidungsArt] = mapped_column(enum_column(EntscheidungsArt))
    titel: Mapped[str]
    beschreibung: Mapped[str | None] = mapped_column(UnicodeText)
    erfasst_am: Mapped[dt.date] = mapped_column(Date)
    #: who has to decide, e.g. "BM", "BMK", "Clearingstelle (VME)"
    zu_entscheiden_durch: Mapped[str | None]
    faellig_bis: Mapped[dt.date | None] = mapped_column(Date)
    #: date the dissent went to the Clearingstelle (Stabsstelle VME), if it did
    an_clearingstelle_am: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[EntscheidungsStatus] = mapped_column(enum_column(EntscheidungsStatus))
    ergebnis: Mapped[str | None] = mapped_column(UnicodeText)
    entschieden_am: Mapped[dt.date | None] = mapped_column(Date)
    entschieden_durch: Mapped[str | None] = mapped_column(Unicode(200))
    nicht_oeffentlich: Mapped[bool] = mapped_column(Boolean, default=False)

    leitprojekt: Mapped[Leitprojekt] = relationship(back_populates="entscheidungen")
