"""Organisation and people: Dezernate, Ämter, external organisations, persons."""

from __future__ import annotations

from sqlalchemy import select

from iq_desktop.db.database import Database
from iq_desktop.i18n import translate
from iq_desktop.models import Abteilung, Amt, Dezernat, ExterneOrganisation, Person
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError


def add_dezernat(db: Database, *, kuerzel: str, bezeichnung: str, position: int = 0) -> int:
    with db.transaction() as session:
        kuerzel = v.required_text(kuerzel, feld="kuerzel", bezeichnung="Kürzel", max_len=30)
        if session.scalar(select(Dezernat.id).where(Dezernat.kuerzel == kuerzel)) is not None:
            raise DomainError(
                translate("Organisation", "Ein Dezernat mit dem Kürzel „{k}“ gibt es schon.").format(k=kuerzel),
                feld="kuerzel",
            )
        dezernat = Dezernat(
            kuerzel=kuerzel,
            bezeichnung=v.required_text(bezeichnung, feld="bezeichnung", bezeichnung="Bezeichnung"),
            position=position,
        )
        session.add(dezernat)
        session.flush()
        return dezernat.id


def set_dezernat_buergermeister(db: Database, *, dezernat_id: int, person_id: int | None) -> None:
    with db.transaction() as session:
        dezernat = v.get_or_fail(session, Dezernat, dezernat_id, was="Das Dezernat")
        if person_id is not None:
            v.get_or_fail(session, Person, person_id, was="Die Person")
        dezernat.buergermeister_id = person_id


def add_amt(db: Database, *, kuerzel: str, bezeichnung: str, dezernat_id: int | None) -> int:
    with db.transaction() as session:
        kuerzel = v.required_text(kuerzel, feld="kuerzel", bezeichnung="Kürzel", max_len=30)
        bezeichnung = v.required_text(bezeichnung, feld="bezeichnung", bezeichnung="Bezeichnung")
        clash = session.scalar(
            select(Amt.id).where((Amt.kuerzel == kuerzel) | (Amt.bezeichnung == bezeichnung))
        )
        if clash is not None:
            raise DomainError(
                translate("Organisation", "Ein Amt „{b}“ ({k}) gibt es schon.").format(b=bezeichnung, k=kuerzel),
                feld="kuerzel",
            )
        if dezernat_id is not None:
            v.get_or_fail(session, Dezernat, dezernat_id, was="Das Dezernat")
        amt = Amt(kuerzel=kuerzel, bezeichnung=bezeichnung, dezernat_id=dezernat_id)
        session.add(amt)
        session.flush()
        return amt.id


def add_abteilung(db: Database, *, amt_id: int, bezeichnung: str, kuerzel: str | None = None) -> int:
    with db.transaction() as session:
        v.get_or_fail(session, Amt, amt_id, was="Das Amt")
        abteilung = Abteilung(
            amt_id=amt_id,
            bezeichnung=v.required_text(bezeichnung, feld="bezeichnung", bezeichnung="Bezeichnung"),
            kuerzel=v.bounded_text(kuerzel, feld="kuerzel", bezeichnung="Kürzel", max_len=30),
        )
        session.add(abteilung)
        session.flush()
        return abteilung.id


def add_externe_organisation(
    db: Database, *, name: str, art: str | None = None, ort: str | None = None
) -> int:
    with db.transaction() as session:
        name = v.required_text(name, feld="name", bezeichnung="Name")
        if session.scalar(select(ExterneOrganisation.id).where(ExterneOrganisation.name == name)):
            raise DomainError(
                translate("Organisation", "Die Organisation „{n}“ gibt es schon.").format(n=name),
                feld="name",
            )
        organisation = ExterneOrganisation(
            name=name,
            art=v.optional_text(art),
            ort=v.bounded_text(ort, feld="ort", bezeichnung="Ort", max_len=100),
        )
        session.add(organisation)
        session.flush()
        return organisation.id


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
        if externe_organisation_id is not None and (amt_id or dezernat_id or abteilung_id):
            raise DomainError(
                translate("Personen", "Eine Person gehört entweder zur Stadtverwaltung (Dezernat, "
                          "Amt) oder zu einer externen Organisation, nicht zu beiden."),
                feld="externe_organisation_id",
            )
        if amt_id is not None:
            amt = v.get_or_fail(session, Amt, amt_id, was="Das Amt")
            if dezernat_id is None:
                dezernat_id = amt.dezernat_id
        if dezernat_id is not None:
            v.get_or_fail(session, Dezernat, dezernat_id, was="Das Dezernat")
        if abteilung_id is not None:
            abteilung = v.get_or_fail(session, Abteilung, abteilung_id, was="Die Abteilung")
            if amt_id is not None and abteilung.amt_id != amt_id:
                raise DomainError(
                    translate("Personen", "Die Abteilung gehört nicht zum gewählten Amt."),
                    feld="abteilung_id",
                )
        if externe_organisation_id is not None:
            v.get_or_fail(session, ExterneOrganisation, externe_organisation_id, was="Die Organisation")
        person = Person(
            vorname=v.required_text(vorname, feld="vorname", bezeichnung="Vorname", max_len=100),
            nachname=v.required_text(nachname, feld="nachname", bezeichnung="Nachname", max_len=100),
            anrede=v.bounded_text(anrede, feld="anrede", bezeichnung="Anrede", max_len=20),
            titel=v.bounded_text(titel, feld="titel", bezeichnung="Titel", max_len=50),
            funktion=v.bounded_text(funktion, feld="funktion", bezeichnung="Funktion"),
            dezernat_id=dezernat_id,
            amt_id=amt_id,
            abteilung_id=abteilung_id,
            externe_organisation_id=externe_organisation_id,
            email=v.bounded_text(email, feld="email", bezeichnung="E-Mail"),
            telefon=v.bounded_text(telefon, feld="telefon", bezeichnung="Telefon", max_len=50),
            ist_dca=bool(ist_dca),
        )
        session.add(person)
        session.flush()
        return person.id


def list_people(db: Database) -> list[tuple[int, str, str | None]]:
    """Every person as (id, full name, Amt or organisation), by surname: the staffing picker's choices.

    One plain query with the two joins (10,000 people in some tens of milliseconds, not ORM objects).
    """
    from sqlalchemy import select

    from iq_desktop.models import Amt, ExterneOrganisation, Person
    from iq_desktop.services.names import full_name

    query = (
        select(Person.id, Person.titel, Person.vorname, Person.nachname, ExterneOrganisation.name, Amt.kuerzel)
        .outerjoin(ExterneOrganisation, ExterneOrganisation.id == Person.externe_organisation_id)
        .outerjoin(Amt, Amt.id == Person.amt_id)
        .order_by(Person.nachname, Person.vorname)
    )
    with db.reading() as session:
        return [(ident, full_name(titel, vorname, nachname), organisation or amt)
                for ident, titel, vorname, nachname, organisation, amt in session.execute(query)]
