"""Use cases of Etappenziele: plan one, change it, reach it, drop it, record how it was communicated."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from iq_desktop.db.database import Database
from iq_desktop.enums import EtappenzielStatus
from iq_desktop.i18n import translate
from iq_desktop.models import Etappenziel, Leitprojekt, Phase
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError


def _due(faellig_am: dt.date | None) -> dt.date:
    if faellig_am is None:
        raise DomainError(
            translate("Etappenziele", "Bitte ein Fälligkeitsdatum angeben – ein Etappenziel "
                      "braucht einen kommunizierbaren Termin."),
            feld="faellig_am",
        )
    return faellig_am


def _check_phase(session: Session, projekt_id: int, phase_id: int | None) -> None:
    if phase_id is None:
        return
    phase = v.get_or_fail(session, Phase, phase_id, was="Die Phase")
    if phase.leitprojekt_id != projekt_id:
        raise DomainError(
            translate("Etappenziele", "Die gewählte Phase gehört zu einem anderen Leitprojekt."),
            feld="phase_id",
        )


def _check_communicated(ziel: Etappenziel, kommuniziert_am: dt.date) -> None:
    """Only a reached milestone is communicated, and not before it was reached."""
    if ziel.status is not EtappenzielStatus.ERREICHT:
        raise DomainError(
            translate("Etappenziele", "Kommuniziert werden kann nur ein erreichtes Etappenziel."),
            feld="kommuniziert_am",
        )
    if ziel.erreicht_am is not None and kommuniziert_am < ziel.erreicht_am:
        raise DomainError(
            translate("Etappenziele", "Das Etappenziel wurde erst am {d} erreicht.").format(
                d=v.format_date(ziel.erreicht_am)
            ),
            feld="kommuniziert_am",
        )


def plan_etappenziel(
    db: Database,
    *,
    projekt_id: int,
    titel: str,
    faellig_am: dt.date | None,
    phase_id: int | None = None,
    beschreibung: str | None = None,
    kommunikation_intern: bool = False,
    kommunikation_extern: bool = False,
    kommunikation_wie: str | None = None,
) -> int:
    with db.transaction() as session:
        v.get_or_fail(session, Leitprojekt, projekt_id, was="Das Leitprojekt")
        titel = v.required_text(titel, feld="titel", bezeichnung="Titel")
        faellig_am = _due(faellig_am)
        _check_phase(session, projekt_id, phase_id)
        ziel = Etappenziel(
            leitprojekt_id=projekt_id,
            phase_id=phase_id,
            titel=titel,
            beschreibung=v.optional_text(beschreibung),
            faellig_am=faellig_am,
            status=EtappenzielStatus.OFFEN,
            kommunikation_intern=bool(kommunikation_intern),
            kommunikation_extern=bool(kommunikation_extern),
            kommunikation_wie=v.bounded_text(
                kommunikation_wie, feld="kommunikation_wie", bezeichnung="Kommunikation über"
            ),
        )
        session.add(ziel)
        session.flush()
        return ziel.id


def reach_etappenziel(
    db: Database, *, etappenziel_id: int, erreicht_am: dt.date, expected_version: int | None = None
) -> None:
    """Mark a milestone as reached on a date."""
    with db.transaction() as session:
        ziel = v.get_for_update(session, Etappenziel, etappenziel_id, expected_version, was="Das Etappenziel")
        ziel.status = EtappenzielStatus.ERREICHT
        ziel.erreicht_am = erreicht_am


def drop_etappenziel(db: Database, *, etappenziel_id: int, expected_version: int | None = None) -> None:
    """A milestone that no longer applies stays in the record as entfallen."""
    with db.transaction() as session:
        ziel = v.get_for_update(session, Etappenziel, etappenziel_id, expected_version, was="Das Etappenziel")
        ziel.status = EtappenzielStatus.ENTFALLEN
        ziel.erreicht_am = None


def record_communication(
    db: Database, *, etappenziel_id: int, kommuniziert_am: dt.date, expected_version: int | None = None
) -> None:
    """The Presse- und Informationsamt or the project has communicated the milestone."""
    with db.transaction() as session:
        ziel = v.get_for_update(session, Etappenziel, etappenziel_id, expected_version, was="Das Etappenziel")
        _check_communicated(ziel, kommuniziert_am)
        ziel.kommuniziert_am = kommuniziert_am


def update_etappenziel(
    db: Database,
    *,
    etappenziel_id: int,
    titel: str,
    faellig_am: dt.date | None,
    phase_id: int | None,
    kommunikation_intern: bool,
    kommunikation_extern: bool,
    kommunikation_wie: str | None,
    kommuniziert_am: dt.date | None,
    expected_version: int | None = None,
) -> None:
    """Change a milestone's title, due date and phase, and whether, how and when its reaching is communicated.

    Every field is given (the form shows them all); the status and the reached date
    stay as they are (:func:`reach_etappenziel`, :func:`drop_etappenziel`).
    """
    with db.transaction() as session:
        ziel = v.get_for_update(session, Etappenziel, etappenziel_id, expected_version, was="Das Etappenziel")
        ziel.titel = v.required_text(titel, feld="titel", bezeichnung="Titel")
        ziel.faellig_am = _due(faellig_am)
        _check_phase(session, ziel.leitprojekt_id, phase_id)
        if kommuniziert_am is not None and kommuniziert_am != ziel.kommuniziert_am:
            _check_communicated(ziel, kommuniziert_am)
        ziel.phase_id = phase_id
        ziel.kommunikation_intern = bool(kommunikation_intern)
        ziel.kommunikation_extern = bool(kommunikation_extern)
        ziel.kommunikation_wie = v.bounded_text(
            kommunikation_wie, feld="kommunikation_wie", bezeichnung="Kommunikation über"
        )
        ziel.kommuniziert_am = kommuniziert_am
