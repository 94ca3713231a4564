"""What the Steckbrief form offers to choose from: corridors, strategy elements, standard channels."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from iq_desktop.db.database import Database
from iq_desktop.enums import StrategieArt
from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.models import Korridorthema, StrategieElement

#: the channels and formats the city's profiles name; anything else is a free entry
#: (stored as these German words; shown through ``translate("Kanäle", …)``)
STANDARD_KANAELE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Kanäle", "Co-kreative Formate"),
    QT_TRANSLATE_NOOP("Kanäle", "Informationsveranstaltungen"),
    QT_TRANSLATE_NOOP("Kanäle", "Intranet"),
    QT_TRANSLATE_NOOP("Kanäle", "Weitere Beteiligungsformate"),
)


@dataclass(frozen=True)
class StrategieWahl:
    id: int
    art: StrategieArt
    bezeichnung: str


@dataclass(frozen=True)
class SteckbriefAuswahl:
    korridorthemen: list[tuple[int, str]]
    strategie: list[StrategieWahl]


def steckbrief_choices(db: Database, *, keep_strategie: tuple[int, ...] = ()) -> SteckbriefAuswahl:
    """Active strategy elements, plus inactive ones the project still carries (``keep_strategie``)."""
    with db.reading() as session:
        korridore = session.execute(
            select(Korridorthema.id, Korridorthema.name).order_by(Korridorthema.position, Korridorthema.name)
        ).all()
        elemente = session.scalars(
            select(StrategieElement)
            .where(StrategieElement.aktiv.is_(True) | StrategieElement.id.in_(keep_strategie))
            .order_by(StrategieElement.art, StrategieElement.position)
        ).all()
        return SteckbriefAuswahl(
            korridorthemen=[(r.id, r.name) for r in korridore],
            strategie=[StrategieWahl(e.id, e.art, e.bezeichnung) for e in elemente],
        )
