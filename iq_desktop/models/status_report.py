"""Sachstand: a dated, frozen snapshot of a Leitprojekt for a reporting date and audience."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Unicode, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.enums import Ampel, ProjektStatus
from iq_desktop.models.base import UTC_TIMESTAMP, Base, IntPK, Versioned, enum_column
from iq_desktop.models.meeting import Gremium, Sitzung
from iq_desktop.models.project import Leitprojekt


class Sachstand(Versioned, Base):
    """The texts the secretariat writes plus a structured copy of the project's state.

    ``stand`` holds the copy (Ampel, status, phases, milestones, open risks,
    staffing) as it was when the Sachstand was recorded; it is never
    rewritten, so two Sachstände can be compared field by field.
    """

    __tablename__ = "sachstand"

    id: Mapped[IntPK]
    leitprojekt_id: Mapped[int] = mapped_column(ForeignKey("leitprojekt.id"), index=True)
    stichtag: Mapped[dt.date] = mapped_column(Date, index=True)
    gremium_id: Mapped[int | None] = mapped_column(ForeignKey("gremium.id"))
    sitzung_id: Mapped[int | None] = mapped_column(ForeignKey("sitzung.id"))
    erreicht: Mapped[str | None] = mapped_column(UnicodeText)
    naechste_schritte: Mapped[str | None] = mapped_column(UnicodeText)
    entscheidungsbedarf: Mapped[str | None] = mapped_column(UnicodeText)
    ausblick: Mapped[str | None] = mapped_column(UnicodeText)
    nicht_oeffentlich: Mapped[bool] = mapped_column(Boolean, default=False)
    ampel: Mapped[Ampel | None] = mapped_column(enum_column(Ampel))
    projektstatus: Mapped[ProjektStatus] = mapped_column(enum_column(ProjektStatus))
    stand: Mapped[dict[str, Any]] = mapped_column(JSON)
    erstellt_am: Mapped[dt.datetime] = mapped_column(UTC_TIMESTAMP)
    erstellt_von: Mapped[str] = mapped_column(Unicode(100))

    leitprojekt: Mapped[Leitprojekt] = relationship(back_populates="sachstaende")
    gremium: Mapped[Gremium | None] = relationship()
    sitzung: Mapped[Sitzung | None] = relationship()
