"""What the start page adds to the portfolio lists: milestones falling due and the next meetings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from iq_desktop.db.database import Database
from iq_desktop.enums import EtappenzielStatus, ProjektStatus
from iq_desktop.models import Etappenziel, Gremium, Korridorthema, Leitprojekt, Sitzung

#: the start page's look-ahead for milestones
FAELLIG_TAGE = 30

_ARCHIV = (ProjektStatus.ABGESCHLOSSEN, ProjektStatus.ABGEBROCHEN)


@dataclass(frozen=True, slots=True)
class FaelligesEtappenziel:
    """An open milestone due within the look-ahead, or already overdue."""

    id: int
    projekt_id: int
    projekt: str
    korridorthema: str
    titel: str
    faellig_am: dt.date
    ueberfaellig: bool


@dataclass(frozen=True, slots=True)
class AnstehendeSitzung:
    id: int
    gremium: str
    datum: dt.date
    top: str | None
    oeffentlich: bool


def due_milestones(
    db: Database, *, stichtag: dt.date, tage: int = FAELLIG_TAGE
) -> list[FaelligesEtappenziel]:
    """Open milestones of working projects due by ``stichtag + tage``, overdue ones first (by date).

    Overdue milestones belong here: a secretariat looking at what falls due
    must not miss what already fell due and was never marked reached.
    """
    bis = stichtag + dt.timedelta(days=tage)
    query = (
        select(Etappenziel.id, Leitprojekt.id, Leitprojekt.titel, Korridorthema.name, Etappenziel.titel,
               Etappenziel.faellig_am)
        .join(Leitprojekt, Leitprojekt.id == Etappenziel.leitprojekt_id)
        .join(Korridorthema, Korridorthema.id == Leitprojekt.korridorthema_id)
        .where(Etappenziel.status == EtappenzielStatus.OFFEN, Etappenziel.erreicht_am.is_(None),
               Etappenziel.faellig_am <= bis, Leitprojekt.status.not_in(_ARCHIV))
        .order_by(Etappenziel.faellig_am, Leitprojekt.titel, Etappenziel.titel)
    )
    with db.reading() as session:
        return [FaelligesEtappenziel(ident, projekt_id, projekt, korridor, titel, faellig, faellig < stichtag)
                for ident, projekt_id, projekt, korridor, titel, faellig in session.execute(query)]


def next_meetings(db: Database, *, stichtag: dt.date, anzahl: int = 3) -> list[AnstehendeSitzung]:
    """The next ``anzahl`` Sitzungen from ``stichtag`` on, in date order."""
    query = (
        select(Sitzung.id, Gremium.name, Sitzung.datum, Sitzung.top, Sitzung.oeffentlich)
        .join(Gremium, Gremium.id == Sitzung.gremium_id)
        .where(Sitzung.datum >= stichtag)
        .order_by(Sitzung.datum, Gremium.position, Gremium.name)
        .limit(anzahl)
    )
    with db.reading() as session:
        return [AnstehendeSitzung(*row) for row in session.execute(query)]
