"""The Leitprojekt and the parts of its published profile (Projektsteckbrief)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Unicode,
    UnicodeText,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.enums import Ampel, ProjektStatus
from iq_desktop.models.base import UTC_TIMESTAMP, Base, IntPK, Versioned, enum_column
from iq_desktop.models.corridor import Korridorthema
from iq_desktop.models.strategy import StrategieElement, projekt_strategie

if TYPE_CHECKING:
    from iq_desktop.models.decision import Entscheidung
    from iq_desktop.models.milestone import Etappenziel
    from iq_desktop.models.phase import Phase
    from iq_desktop.models.risk import Risiko
    from iq_desktop.models.staffing import Mitwirkung
    from iq_desktop.models.status_report import Sachstand


class Leitprojekt(Versioned, Base):
    """A flagship project of a Korridorthema with every field of its profile.

    The profile with its goals, channels, budget lines, target agreements and
    strategy tags is one unit of editing; ``version`` guards that unit.
    """

    __tablename__ = "leitprojekt"

    id: Mapped[IntPK]
    titel: Mapped[str] = mapped_column(index=True)
    korridorthema_id: Mapped[int] = mapped_column(ForeignKey("korridorthema.id"), index=True)
    status: Mapped[ProjektStatus] = mapped_column(enum_column(ProjektStatus))
    beginn: Mapped[dt.date | None] = mapped_column(Date)
    geplantes_ende: Mapped[dt.date | None] = mapped_column(Date)
    kickoff_am: Mapped[dt.date | None] = mapped_column(Date)

    beschreibung: Mapped[str | None] = mapped_column(UnicodeText)
    beitrag_korridor: Mapped[str | None] = mapped_column(UnicodeText)
    zielgruppe: Mapped[str | None] = mapped_column(UnicodeText)
    zielgruppe_aktiv_eingebunden: Mapped[bool | None] = mapped_column(Boolean)
    chancen_nutzen: Mapped[str | None] = mapped_column(UnicodeText)

    #: when the target group / city staff / the public are involved, e.g. "Während aller Phasen"
    einbindung_zielgruppe: Mapped[str | None]
    einbindung_intern: Mapped[str | None]
    einbindung_extern: Mapped[str | None]

    internationalitaet: Mapped[bool] = mapped_column(Boolean, default=False)
    internationalitaet_wie: Mapped[str | None] = mapped_column(UnicodeText)
    digitalisierung: Mapped[bool] = mapped_column(Boolean, default=False)
    digitalisierung_wie: Mapped[str | None] = mapped_column(UnicodeText)
    partizipation: Mapped[bool] = mapped_column(Boolean, default=False)
    partizipation_wie: Mapped[str | None] = mapped_column(UnicodeText)

    #: staff summary as published, e.g. "1 PM IT, 1 PM OA"
    personal: Mapped[str | None]
    ausblick: Mapped[str | None] = mapped_column(UnicodeText)

    ampel: Mapped[Ampel | None] = mapped_column(enum_column(Ampel))
    ampel_notiz: Mapped[str | None] = mapped_column(UnicodeText)
    ampel_zeit: Mapped[Ampel | None] = mapped_column(enum_column(Ampel))
    ampel_budget: Mapped[Ampel | None] = mapped_column(enum_column(Ampel))
    ampel_personal: Mapped[Ampel | None] = mapped_column(enum_column(Ampel))

    nicht_oeffentlich: Mapped[bool] = mapped_column(Boolean, default=False)
    #: kept by the program: latest change to the project or anything that belongs to it (UTC)
    aktualisiert_am: Mapped[dt.datetime] = mapped_column(UTC_TIMESTAMP, index=True)

    korridorthema: Mapped[Korridorthema] = relationship(back_populates="leitprojekte")
    ziele: Mapped[list[ProjektZiel]] = relationship(
        back_populates="leitprojekt", cascade="all, delete-orphan", order_by="ProjektZiel.position"
    )
    kanaele: Mapped[list[ProjektKanal]] = relationship(
        back_populates="leitprojekt", cascade="all, delete-orphan", order_by="ProjektKanal.position"
    )
    budgets: Mapped[list[ProjektBudget]] = relationship(
        back_populates="leitprojekt",
        cascade="all, delete-orphan",
        order_by="ProjektBudget.doppelhaushalt",
    )
    zielvereinbarungen: Mapped[list[Zielvereinbarung]] = relationship(
        back_populates="leitprojekt", cascade="all, delete-orphan", order_by="Zielvereinbarung.jahr"
    )
    strategie: Mapped[list[StrategieElement]] = relationship(secondary=projekt_strategie)
    mitwirkungen: Mapped[list[Mitwirkung]] = relationship(
        back_populates="leitprojekt", cascade="all, delete-orphan"
    )
    phasen: Mapped[list[Phase]] = relationship(
        back_populates="leitprojekt", cascade="all, delete-orphan", order_by="Phase.position"
    )
    etappenziele: Mapped[list[Etappenziel]] = relationship(
        back_populates="leitprojekt", cascade="all, delete-orphan"
    )
    risiken: Mapped[list[Risiko]] = relationship(
        back_populates="leitprojekt", cascade="all, delete-orphan"
    )
    entscheidungen: Mapped[list[Entscheidung]] = relationship(
        back_populates="leitprojekt", cascade="all, delete-orphan"
    )
    sachstaende: Mapped[list[Sachstand]] = relationship(
        back_populates="leitprojekt", cascade="all, delete-orphan"
    )


class ProjektZiel(Versioned, Base):
    """One numbered goal; ``ebene`` 1 marks a sub-point of the goal above."""

    __tablename__ = "projekt_ziel"

    id: Mapped[IntPK]
    leitprojekt_id: Mapped[int] = mapped_column(ForeignKey("leitprojekt.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    ebene: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(UnicodeText)

    leitprojekt: Mapped[Leitprojekt] = relationship(back_populates="ziele")


class ProjektKanal(Versioned, Base):
    """A channel or format of the project's communication (a standard choice or a free entry)."""

    __tablename__ = "projekt_kanal"

    id: Mapped[IntPK]
    leitprojekt_id: Mapped[int] = mapped_column(ForeignKey("leitprojekt.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    bezeichnung: Mapped[str]

    leitprojekt: Mapped[Leitprojekt] = relationship(back_populates="kanaele")


class ProjektBudget(Versioned, Base):
    """Budget planned / approved / spent for one double budget (Doppelhaushalt), in euros."""

    __tablename__ = "projekt_budget"

    id: Mapped[IntPK]
    leitprojekt_id: Mapped[int] = mapped_column(ForeignKey("leitprojekt.id"), index=True)
    #: e.g. "2024/2025"
    doppelhaushalt: Mapped[str] = mapped_column(Unicode(9))
    geplant: Mapped[int | None] = mapped_column(Integer)
    bewilligt: Mapped[int | None] = mapped_column(Integer)
    ausgegeben: Mapped[int | None] = mapped_column(Integer)

    leitprojekt: Mapped[Leitprojekt] = relationship(back_populates="budgets")


class Zielvereinbarung(Versioned, Base):
    """A yearly target agreement and whether it was met."""

    __tablename__ = "zielvereinbarung"

    id: Mapped[IntPK]
    leitprojekt_id: Mapped[int] = mapped_column(ForeignKey("leitprojekt.id"), index=True)
    jahr: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(UnicodeText)
    #: None while the year is open
    erreicht: Mapped[bool | None] = mapped_column(Boolean)
    bemerkung: Mapped[str | None] = mapped_column(UnicodeText)

    leitprojekt: Mapped[Leitprojekt] = relationship(back_populates="zielvereinbarungen")
