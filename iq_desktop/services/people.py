"""People: record a person, change their details, and the plain list the staffing picker offers.

The organisation's own use cases (Dezernate, Ämter, Abteilungen, external
organisations) live in :mod:`iq_desktop.services.organisation`; they stay
importable from here, where callers have always found them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from iq_desktop.db.database import Database
from iq_desktop.i18n import translate
from iq_desktop.models import Abteilung, Amt, Dezernat, ExterneOrganisation, Person
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError
from iq_desktop.services.names import full_name
from iq_desktop.services.organisation import (
    add_abteilung,
    add_amt,
    add_dezernat,
    add_externe_organisation,
    set_dezernat_buergermeister,
)

__all__ = [
    "add_abteilung",
    "add_amt",
    "add_dezernat",
    "add_externe_organisation",
    "add_person",
    "list_people",
    "set_dezernat_buergermeister",
    "update_person",
]


def _person_fields(
    session: Session,
    *,
    vorname: str,
    nachname: str,
    anrede: str | None,
    titel: str | None,
    funktion: str | None,
    dezernat_id: int | None,
    amt_id: int | None,
    abteilung_id: int | None,
    externe_organisation_id: int | None,
    email: str | None,
    telefon: str | None,
    ist_dca: bool,
) -> dict[str, Any]:
    """The checked column values of a person, for a new one and for a change alike.

    A person belongs either to the city (Dezernat, Amt, Abteilung: each
    implies the ones above it when not given) or to an external organisation.
    """
    if externe_organisation_id is not None and (amt_id or dezernat_id or abteilung_id):
        raise DomainError(
            translate("Personen", "Eine Person gehört entweder zur Stadtverwaltung (Dezernat, "
                      "Amt) oder zu einer externen Organisation, nicht zu beiden."),
            feld="externe_organisation_id",
        )
    if abteilung_id is not None:
        abteilung = v.get_or_fail(session, Abteilung, abteilung_id, was="Die Abteilung")
        if amt_id is None:
            amt_id = abteilung.amt_id
        elif abteilung.amt_id != amt_id:
            raise DomainError(
                translate("Personen", "Die Abteilung gehört nicht zum gewählten Amt."),
                feld="abteilung_id",
            )
    if amt_id is not None:
        amt = v.get_or_fail(session, Amt, amt_id, was="Das Amt")
        if dezernat_id is None:
            dezernat_id = amt.dezernat_id
        elif amt.dezernat_id is not None and amt.dezernat_id != dezernat_id:
            raise DomainError(
                translate("Personen", "Das Amt gehört nicht zum gewählten Dezernat."),
                feld="amt_id",
            )
    if dezernat_id is not None:
        v.get_or_fail(session, Dezernat, dezernat_id, was="Das Dezernat")
    if externe_organisation_id is not None:
        v.get_or_fail(session, ExterneOrganisation, externe_organisation_id, was="Die Organisation")
    return {
        "vorname": v.required_text(vorname, feld="vorname", bezeichnung="Vorname", max_len=100),
        "nachname": v.required_text(nachname, feld="nachname", bezeichnung="Nachname", max_len=100),
        "anrede": v.bounded_text(anrede, feld="anrede", bezeichnung="Anrede", max_len=20),
        "titel": v.bounded_text(titel, feld="titel", bezeichnung="Titel", max_len=50),
        "funktion": v.bounded_text(funktion, feld="funktion", bezeichnung="Funktion"),
        "dezernat_id": dezernat_id,
        "amt_id": amt_id,
        "abteilung_id": abteilung_id,
        "externe_organisation_id": externe_organisation_id,
        "email": v.bounded_text(email, feld="email", bezeichnung="E-Mail"),
        "telefon": v.bounded_text(telefon, feld="telefon", bezeichnung="Telefon", max_len=50),
        "ist_dca": bool(ist_dca),
    }


def add_person(
    db: Database,
    *,
    vorname: str,
    nachname: str,
    anrede: str | None = None,
    titel: str | None = None,
    funktion: str | None = None,
    dezernat_id: int | None = None,
    amt_id: int | None = None,
    abteilung_id: int | None = None,
    externe_organisation_id: int | None = None,
    email: str | None = None,
    telefon: str | None = None,
    ist_dca: bool = False,
) -> int:
    """Record a person of the city staff (Dezernat/Amt) or of an external organisation."""
    with db.transaction() as session:
        person = Person(**_person_fields(
            session, vorname=vorname, nachname=nachname, anrede=anrede, titel=titel, funktion=funktion,
            dezernat_id=dezernat_id, amt_id=amt_id, abteilung_id=abteilung_id,
            externe_organisation_id=externe_organisation_id, email=email, telefon=telefon, ist_dca=ist_dca))
        session.add(person)
        session.flush()
        return person.id


def update_person(
    db: Database,
    *,
    person_id: int,
    expected_version: int | None,
    vorname: str,
    nachname: str,
    anrede: str | None = None,
    titel: str | None = None,
    funktion: str | None = None,
    dezernat_id: int | None = None,
    amt_id: int | None = None,
    abteilung_id: int | None = None,
    externe_organisation_id: int | None = None,
    email: str | None = None,
    telefon: str | None = None,
    ist_dca: bool = False,
) -> None:
    """Change a person's details, as a form saves them: every field at once, against the version it loaded."""
    with db.transaction() as session:
        person = v.get_for_update(session, Person, person_id, expected_version, was="Die Person")
        fields = _person_fields(
            session, vorname=vorname, nachname=nachname, anrede=anrede, titel=titel, funktion=funktion,
            dezernat_id=dezernat_id, amt_id=amt_id, abteilung_id=abteilung_id,
            externe_organisation_id=externe_organisation_id, email=email, telefon=telefon, ist_dca=ist_dca)
        for name, value in fields.items():
            if getattr(person, name) != value:  # unchanged columns stay out of the audit trail
                setattr(person, name, value)


def list_people(db: Database) -> list[tuple[int, str, str | None]]:
    """Every person as (id, full name, Amt or organisation), by surname: the staffing picker's choices.

    One plain query with the two joins (10,000 people in some tens of milliseconds, not ORM objects).
    """
    query = (
        select(Person.id, Person.titel, Person.vorname, Person.nachname, ExterneOrganisation.name, Amt.kuerzel)
        .outerjoin(ExterneOrganisation, ExterneOrganisation.id == Person.externe_organisation_id)
        .outerjoin(Amt, Amt.id == Person.amt_id)
        .order_by(Person.nachname, Person.vorname)
    )
    with db.reading() as session:
        return [(ident, full_name(titel, vorname, nachname), organisation or amt)
                for ident, titel, vorname, nachname, organisation, amt in session.execute(query)]
