"""Use cases of Mitwirkung: staff a person, change or end it, name them, record the three consents."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from iq_desktop.db.database import Database
from iq_desktop.enums import Rolle
from iq_desktop.i18n import translate
from iq_desktop.models import Leitprojekt, Mitwirkung, Person
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError
from iq_desktop.services.names import full_name


class Zustimmung(enum.Enum):
    """The three separate consents a city employee's Mitwirkung needs (rule 3)."""

    DEZERNAT = "zustimmung_dezernat_am"
    AMTSLEITUNG = "zustimmung_amtsleitung_am"
    PERSON = "zustimmung_person_am"


def staff_person(
    db: Database,
    *,
    projekt_id: int,
    person_id: int,
    rolle: Rolle,
    von: dt.date | None = None,
    bis: dt.date | None = None,
    anteil_prozent: int | None = None,
    bemerkung: str | None = None,
) -> int:
    """Add a person to a Leitprojekt in a role; a person holds each role once per project."""
    with db.transaction() as session:
        projekt = v.get_or_fail(session, Leitprojekt, projekt_id, was="Das Leitprojekt")
        person = v.get_or_fail(session, Person, person_id, was="Die Person")
        rolle, anteil = _checked(session, projekt, person, rolle=rolle, von=von, bis=bis,
                                 anteil_prozent=anteil_prozent)
        mitwirkung = Mitwirkung(
            leitprojekt_id=projekt_id,
            person_id=person_id,
            rolle=rolle,
            von=von,
            bis=bis,
            anteil_prozent=anteil,
            bemerkung=v.optional_text(bemerkung),
        )
        session.add(mitwirkung)
        session.flush()
        return mitwirkung.id


def update_mitwirkung(
    db: Database,
    *,
    mitwirkung_id: int,
    rolle: Rolle,
    von: dt.date | None,
    bis: dt.date | None,
    anteil_prozent: int | None,
    expected_version: int | None = None,
) -> None:
    """Change the role, the period and the share of a Mitwirkung, checked as when it was added."""
    with db.transaction() as session:
        mitwirkung = v.get_for_update(session, Mitwirkung, mitwirkung_id, expected_version, was="Die Mitwirkung")
        rolle, anteil = _checked(session, mitwirkung.leitprojekt, mitwirkung.person, rolle=rolle, von=von, bis=bis,
                                 anteil_prozent=anteil_prozent, ausser=mitwirkung.id)
        mitwirkung.rolle = rolle
        mitwirkung.von = von
        mitwirkung.bis = bis
        mitwirkung.anteil_prozent = anteil


def _checked(
    session: Session,
    projekt: Leitprojekt,
    person: Person,
    *,
    rolle: Rolle,
    von: dt.date | None,
    bis: dt.date | None,
    anteil_prozent: int | None,
    ausser: int | None = None,
) -> tuple[Rolle, int | None]:
    """The role and share of a Mitwirkung as stored, or a DomainError naming the field at fault.

    ``ausser`` is the Mitwirkung being changed (it does not count as its own duplicate).
    """
    rolle = Rolle(rolle)
    v.date_order(von, bis, feld="bis", start_name="von", end_name="bis")
    anteil = v.percent(anteil_prozent, feld="anteil_prozent", bezeichnung="Anteil")
    query = select(Mitwirkung.id).where(
        Mitwirkung.leitprojekt_id == projekt.id,
        Mitwirkung.person_id == person.id,
        Mitwirkung.rolle == rolle,
    )
    if ausser is not None:
        query = query.where(Mitwirkung.id != ausser)
    if session.scalar(query) is not None:
        raise DomainError(
            translate("Mitwirkung", "{p} wirkt in „{t}“ bereits als {r} mit.").format(
                p=full_name(person.titel, person.vorname, person.nachname),
                t=projekt.titel,
                r=rolle.label,
            ),
            feld="rolle",
        )
    return rolle, anteil


def name_by_buergermeister(
    db: Database, *, mitwirkung_id: int, benannt_am: dt.date, benannt_von_id: int | None = None,
    expected_version: int | None = None,
) -> None:
    """Record that the responsible Bürgermeister/in named the person (rule 3)."""
    with db.transaction() as session:
        mitwirkung = v.get_for_update(session, Mitwirkung, mitwirkung_id, expected_version, was="Die Mitwirkung")
        if benannt_von_id is not None:
            v.get_or_fail(session, Person, benannt_von_id, was="Die Person")
        mitwirkung.benannt_am = benannt_am
        mitwirkung.benannt_von_id = benannt_von_id


def record_consent(
    db: Database, *, mitwirkung_id: int, zustimmung: Zustimmung, am: dt.date | None,
    expected_version: int | None = None,
) -> None:
    """Record (or, with ``am=None``, withdraw) one of the three consents."""
    with db.transaction() as session:
        mitwirkung = v.get_for_update(session, Mitwirkung, mitwirkung_id, expected_version, was="Die Mitwirkung")
        setattr(mitwirkung, zustimmung.value, am)


def end_mitwirkung(db: Database, *, mitwirkung_id: int, bis: dt.date, expected_version: int | None = None) -> None:
    """End a person's Mitwirkung on a date; it stays in the record."""
    with db.transaction() as session:
        mitwirkung = v.get_for_update(session, Mitwirkung, mitwirkung_id, expected_version, was="Die Mitwirkung")
        v.date_order(mitwirkung.von, bis, feld="bis", start_name="von", end_name="bis")
        mitwirkung.bis = bis
