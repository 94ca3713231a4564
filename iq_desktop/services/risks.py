"""Use cases of the risk log: log a risk, assess it, change all it says, close it."""

from __future__ import annotations

import datetime as dt

from iq_desktop.db.database import Database
from iq_desktop.enums import RisikoStatus
from iq_desktop.models import Leitprojekt, Person, Risiko
from iq_desktop.services import validate as v


def log_risiko(
    db: Database,
    *,
    projekt_id: int,
    titel: str,
    wahrscheinlichkeit: int,
    auswirkung: int,
    beschreibung: str | None = None,
    massnahmen: str | None = None,
    verantwortlich_id: int | None = None,
    erkannt_am: dt.date | None = None,
    naechste_pruefung: dt.date | None = None,
    nicht_oeffentlich: bool = False,
) -> int:
    with db.transaction() as session:
        v.get_or_fail(session, Leitprojekt, projekt_id, was="Das Leitprojekt")
        if verantwortlich_id is not None:
            v.get_or_fail(session, Person, verantwortlich_id, was="Die Person")
        erkannt_am = erkannt_am or db.today()
        v.date_order(erkannt_am, naechste_pruefung, feld="naechste_pruefung",
                     start_name="erkannt am", end_name="nächste Prüfung")
        risiko = Risiko(
            leitprojekt_id=projekt_id,
            titel=v.required_text(titel, feld="titel", bezeichnung="Titel"),
            beschreibung=v.optional_text(beschreibung),
            wahrscheinlichkeit=v.scale_1_to_5(
                wahrscheinlichkeit, feld="wahrscheinlichkeit", bezeichnung="Wahrscheinlichkeit"
            ),
            auswirkung=v.scale_1_to_5(auswirkung, feld="auswirkung", bezeichnung="Auswirkung"),
            massnahmen=v.optional_text(massnahmen),
            verantwortlich_id=verantwortlich_id,
            status=RisikoStatus.OFFEN,
            erkannt_am=erkannt_am,
            naechste_pruefung=naechste_pruefung,
            nicht_oeffentlich=bool(nicht_oeffentlich),
        )
        session.add(risiko)
        session.flush()
        return risiko.id


def assess_risiko(
    db: Database,
    *,
    risiko_id: int,
    wahrscheinlichkeit: int,
    auswirkung: int,
    massnahmen: str | None = None,
    status: RisikoStatus = RisikoStatus.IN_BEARBEITUNG,
    naechste_pruefung: dt.date | None = None,
    expected_version: int | None = None,
) -> None:
    """Re-assess a risk at a review: new scores, mitigation, status, next review."""
    with db.transaction() as session:
        risiko = v.get_for_update(session, Risiko, risiko_id, expected_version, was="Das Risiko")
        risiko.wahrscheinlichkeit = v.scale_1_to_5(
            wahrscheinlichkeit, feld="wahrscheinlichkeit", bezeichnung="Wahrscheinlichkeit"
        )
        risiko.auswirkung = v.scale_1_to_5(auswirkung, feld="auswirkung", bezeichnung="Auswirkung")
        if massnahmen is not None:
            risiko.massnahmen = v.optional_text(massnahmen)
        risiko.status = RisikoStatus(status)
        v.date_order(risiko.erkannt_am, naechste_pruefung, feld="naechste_pruefung",
                     start_name="erkannt am", end_name="nächste Prüfung")
        risiko.naechste_pruefung = naechste_pruefung


def close_risiko(db: Database, *, risiko_id: int, expected_version: int | None = None) -> None:
    with db.transaction() as session:
        risiko = v.get_for_update(session, Risiko, risiko_id, expected_version, was="Das Risiko")
        risiko.status = RisikoStatus.GESCHLOSSEN
        risiko.naechste_pruefung = None


def update_risiko(
    db: Database,
    *,
    risiko_id: int,
    titel: str,
    beschreibung: str | None,
    wahrscheinlichkeit: int,
    auswirkung: int,
    verantwortlich_id: int | None,
    massnahmen: str | None,
    status: RisikoStatus,
    naechste_pruefung: dt.date | None,
    nicht_oeffentlich: bool,
    expected_version: int | None = None,
) -> None:
    """Change everything a risk says (the form shows every field); the date it was found stays.

    A closed risk has no next review: its date is dropped, as :func:`close_risiko` does.
    """
    with db.transaction() as session:
        risiko = v.get_for_update(session, Risiko, risiko_id, expected_version, was="Das Risiko")
        if verantwortlich_id is not None:
            v.get_or_fail(session, Person, verantwortlich_id, was="Die Person")
        status = RisikoStatus(status)
        if status is RisikoStatus.GESCHLOSSEN:
            naechste_pruefung = None
        v.date_order(risiko.erkannt_am, naechste_pruefung, feld="naechste_pruefung",
                     start_name="erkannt am", end_name="nächste Prüfung")
        risiko.titel = v.required_text(titel, feld="titel", bezeichnung="Titel")
        risiko.beschreibung = v.optional_text(beschreibung)
        risiko.wahrscheinlichkeit = v.scale_1_to_5(
            wahrscheinlichkeit, feld="wahrscheinlichkeit", bezeichnung="Wahrscheinlichkeit"
        )
        risiko.auswirkung = v.scale_1_to_5(auswirkung, feld="auswirkung", bezeichnung="Auswirkung")
        risiko.verantwortlich_id = verantwortlich_id
        risiko.massnahmen = v.optional_text(massnahmen)
        risiko.status = status
        risiko.naechste_pruefung = naechste_pruefung
        risiko.nicht_oeffentlich = bool(nicht_oeffentlich)
