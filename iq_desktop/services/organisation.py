"""The line organisation: Dezernate, Ämter, Abteilungen and external organisations, as a tree and its edits.

Adding and renaming share one set of checks per kind (required text, unique
Kürzel or name), so a rename is refused for the same reasons as a new entry.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iq_desktop.db.database import Database
from iq_desktop.formatting import german_sort_key
from iq_desktop.i18n import translate
from iq_desktop.models import Abteilung, Amt, Dezernat, ExterneOrganisation, Person
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError
from iq_desktop.services.names import full_name

# --- read model -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AbteilungKnoten:
    id: int
    version: int
    amt_id: int
    bezeichnung: str
    kuerzel: str | None
    personen: int


@dataclass(frozen=True, slots=True)
class AmtKnoten:
    id: int
    version: int
    dezernat_id: int | None
    kuerzel: str
    bezeichnung: str
    #: everyone in the Amt, its Abteilungen included
    personen: int
    abteilungen: tuple[AbteilungKnoten, ...] = ()


@dataclass(frozen=True, slots=True)
class DezernatKnoten:
    id: int
    version: int
    kuerzel: str
    bezeichnung: str
    buergermeister_id: int | None
    buergermeister: str | None
    #: people of the Dezernat who belong to none of its Ämter (the mayor's office, often)
    personen_ohne_amt: int
    aemter: tuple[AmtKnoten, ...] = ()


@dataclass(frozen=True, slots=True)
class ExterneOrganisationZeile:
    id: int
    version: int
    name: str
    art: str | None
    ort: str | None
    personen: int


@dataclass(frozen=True, slots=True)
class OrganisationBaum:
    """The whole organisation for the Organisation page, read in one go."""

    dezernate: tuple[DezernatKnoten, ...]
    #: Ämter not (yet) assigned to a Dezernat
    aemter_ohne_dezernat: tuple[AmtKnoten, ...]
    externe: tuple[ExterneOrganisationZeile, ...]


def organisation_tree(db: Database) -> OrganisationBaum:
    """Dezernate → Ämter → Abteilungen with head counts, and the external organisations; six small queries."""
    with db.reading() as session:
        bm_query = (
            select(Dezernat.id, Dezernat.version, Dezernat.kuerzel, Dezernat.bezeichnung, Dezernat.position,
                   Dezernat.buergermeister_id, Person.titel, Person.vorname, Person.nachname)
            .outerjoin(Person, Person.id == Dezernat.buergermeister_id)
        )
        dezernate = session.execute(bm_query).all()
        aemter = session.execute(
            select(Amt.id, Amt.version, Amt.dezernat_id, Amt.kuerzel, Amt.bezeichnung)).all()
        abteilungen = session.execute(
            select(Abteilung.id, Abteilung.version, Abteilung.amt_id, Abteilung.bezeichnung, Abteilung.kuerzel)).all()
        externe = session.execute(
            select(ExterneOrganisation.id, ExterneOrganisation.version, ExterneOrganisation.name,
                   ExterneOrganisation.art, ExterneOrganisation.ort)).all()
        counts = session.execute(
            select(Person.dezernat_id, Person.amt_id, Person.abteilung_id, Person.externe_organisation_id,
                   func.count())
            .group_by(Person.dezernat_id, Person.amt_id, Person.abteilung_id, Person.externe_organisation_id)
        ).all()

    per_amt: Counter[int] = Counter()
    per_abteilung: Counter[int] = Counter()
    per_dezernat_ohne_amt: Counter[int] = Counter()
    per_extern: Counter[int] = Counter()
    for dezernat_id, amt_id, abteilung_id, extern_id, n in counts:
        if extern_id is not None:
            per_extern[extern_id] += n
        elif amt_id is not None:
            per_amt[amt_id] += n
            if abteilung_id is not None:
                per_abteilung[abteilung_id] += n
        elif dezernat_id is not None:
            per_dezernat_ohne_amt[dezernat_id] += n

    abteilungen_of: dict[int, list[AbteilungKnoten]] = {}
    for ident, version, amt_id, bezeichnung, kuerzel in abteilungen:
        abteilungen_of.setdefault(amt_id, []).append(
            AbteilungKnoten(ident, version, amt_id, bezeichnung, kuerzel, per_abteilung[ident]))
    aemter_of: dict[int | None, list[AmtKnoten]] = {}
    for ident, version, dezernat_id, kuerzel, bezeichnung in aemter:
        teile = sorted(abteilungen_of.get(ident, []), key=lambda a: german_sort_key(a.bezeichnung))
        aemter_of.setdefault(dezernat_id, []).append(
            AmtKnoten(ident, version, dezernat_id, kuerzel, bezeichnung, per_amt[ident], tuple(teile)))
    for liste in aemter_of.values():
        liste.sort(key=lambda a: german_sort_key(a.bezeichnung))
    knoten = [
        (position, DezernatKnoten(
            ident, version, kuerzel, bezeichnung, bm_id,
            full_name(titel, vorname, nachname) if bm_id is not None else None,
            per_dezernat_ohne_amt[ident], tuple(aemter_of.get(ident, []))))
        for ident, version, kuerzel, bezeichnung, position, bm_id, titel, vorname, nachname in dezernate
    ]
    knoten.sort(key=lambda pair: (pair[0], german_sort_key(pair[1].kuerzel)))
    return OrganisationBaum(
        dezernate=tuple(d for _, d in knoten),
        aemter_ohne_dezernat=tuple(aemter_of.get(None, [])),
        externe=tuple(sorted(
            (ExterneOrganisationZeile(ident, version, name, art, ort, per_extern[ident])
             for ident, version, name, art, ort in externe),
            key=lambda o: german_sort_key(o.name))),
    )


# --- shared checks --------------------------------------------------------------------------------


def _dezernat_fields(session: Session, kuerzel: str, bezeichnung: str, own_id: int | None) -> tuple[str, str]:
    kuerzel = v.required_text(kuerzel, feld="kuerzel", bezeichnung="Kürzel", max_len=30)
    bezeichnung = v.required_text(bezeichnung, feld="bezeichnung", bezeichnung="Bezeichnung")
    query = select(Dezernat.id).where(Dezernat.kuerzel == kuerzel)
    if own_id is not None:
        query = query.where(Dezernat.id != own_id)
    if session.scalar(query) is not None:
        raise DomainError(
            translate("Organisation", "Ein Dezernat mit dem Kürzel „{k}“ gibt es schon.").format(k=kuerzel),
            feld="kuerzel",
        )
    return kuerzel, bezeichnung


def _amt_fields(
    session: Session, kuerzel: str, bezeichnung: str, dezernat_id: int | None, own_id: int | None
) -> tuple[str, str]:
    kuerzel = v.required_text(kuerzel, feld="kuerzel", bezeichnung="Kürzel", max_len=30)
    bezeichnung = v.required_text(bezeichnung, feld="bezeichnung", bezeichnung="Bezeichnung")
    query = select(Amt.id).where((Amt.kuerzel == kuerzel) | (Amt.bezeichnung == bezeichnung))
    if own_id is not None:
        query = query.where(Amt.id != own_id)
    if session.scalar(query) is not None:
        raise DomainError(
            translate("Organisation", "Ein Amt „{b}“ ({k}) gibt es schon.").format(b=bezeichnung, k=kuerzel),
            feld="kuerzel",
        )
    if dezernat_id is not None:
        v.get_or_fail(session, Dezernat, dezernat_id, was="Das Dezernat")
    return kuerzel, bezeichnung


def _abteilung_fields(bezeichnung: str, kuerzel: str | None) -> tuple[str, str | None]:
    return (v.required_text(bezeichnung, feld="bezeichnung", bezeichnung="Bezeichnung"),
            v.bounded_text(kuerzel, feld="kuerzel", bezeichnung="Kürzel", max_len=30))


def _organisation_fields(
    session: Session, name: str, art: str | None, ort: str | None, own_id: int | None
) -> tuple[str, str | None, str | None]:
    name = v.required_text(name, feld="name", bezeichnung="Name")
    query = select(ExterneOrganisation.id).where(ExterneOrganisation.name == name)
    if own_id is not None:
        query = query.where(ExterneOrganisation.id != own_id)
    if session.scalar(query) is not None:
        raise DomainError(
            translate("Organisation", "Die Organisation „{n}“ gibt es schon.").format(n=name),
            feld="name",
        )
    return (name, v.bounded_text(art, feld="art", bezeichnung="Art"),
            v.bounded_text(ort, feld="ort", bezeichnung="Ort", max_len=100))


def _set_buergermeister(session: Session, dezernat: Dezernat, person_id: int | None) -> None:
    if person_id is not None:
        v.get_or_fail(session, Person, person_id, was="Die Person")
    dezernat.buergermeister_id = person_id


# --- use cases ------------------------------------------------------------------------------------


def add_dezernat(
    db: Database, *, kuerzel: str, bezeichnung: str, position: int = 0, buergermeister_id: int | None = None
) -> int:
    with db.transaction() as session:
        kuerzel, bezeichnung = _dezernat_fields(session, kuerzel, bezeichnung, None)
        dezernat = Dezernat(kuerzel=kuerzel, bezeichnung=bezeichnung, position=position)
        _set_buergermeister(session, dezernat, buergermeister_id)
        session.add(dezernat)
        session.flush()
        return dezernat.id


def update_dezernat(
    db: Database, *, dezernat_id: int, expected_version: int | None, kuerzel: str, bezeichnung: str,
    buergermeister_id: int | None,
) -> None:
    """Rename a Dezernat and set (or, with None, clear) its Bürgermeister/in."""
    with db.transaction() as session:
        dezernat = v.get_for_update(session, Dezernat, dezernat_id, expected_version, was="Das Dezernat")
        dezernat.kuerzel, dezernat.bezeichnung = _dezernat_fields(session, kuerzel, bezeichnung, dezernat_id)
        _set_buergermeister(session, dezernat, buergermeister_id)


def set_dezernat_buergermeister(
    db: Database, *, dezernat_id: int, person_id: int | None, expected_version: int | None = None
) -> None:
    with db.transaction() as session:
        dezernat = v.get_for_update(session, Dezernat, dezernat_id, expected_version, was="Das Dezernat")
        _set_buergermeister(session, dezernat, person_id)


def add_amt(db: Database, *, kuerzel: str, bezeichnung: str, dezernat_id: int | None) -> int:
    with db.transaction() as session:
        kuerzel, bezeichnung = _amt_fields(session, kuerzel, bezeichnung, dezernat_id, None)
        amt = Amt(kuerzel=kuerzel, bezeichnung=bezeichnung, dezernat_id=dezernat_id)
        session.add(amt)
        session.flush()
        return amt.id


def update_amt(
    db: Database, *, amt_id: int, expected_version: int | None, kuerzel: str, bezeichnung: str,
    dezernat_id: int | None,
) -> None:
    """Rename an Amt or move it to another Dezernat.

    Its people move along: a person's Dezernat follows their Amt.
    """
    with db.transaction() as session:
        amt = v.get_for_update(session, Amt, amt_id, expected_version, was="Das Amt")
        amt.kuerzel, amt.bezeichnung = _amt_fields(session, kuerzel, bezeichnung, dezernat_id, amt_id)
        if amt.dezernat_id != dezernat_id:
            for person in session.scalars(select(Person).where(Person.amt_id == amt_id)):
                person.dezernat_id = dezernat_id
            amt.dezernat_id = dezernat_id


def add_abteilung(db: Database, *, amt_id: int, bezeichnung: str, kuerzel: str | None = None) -> int:
    with db.transaction() as session:
        v.get_or_fail(session, Amt, amt_id, was="Das Amt")
        bezeichnung, kuerzel = _abteilung_fields(bezeichnung, kuerzel)
        abteilung = Abteilung(amt_id=amt_id, bezeichnung=bezeichnung, kuerzel=kuerzel)
        session.add(abteilung)
        session.flush()
        return abteilung.id


def update_abteilung(
    db: Database, *, abteilung_id: int, expected_version: int | None, bezeichnung: str, kuerzel: str | None
) -> None:
    with db.transaction() as session:
        abteilung = v.get_for_update(session, Abteilung, abteilung_id, expected_version, was="Die Abteilung")
        abteilung.bezeichnung, abteilung.kuerzel = _abteilung_fields(bezeichnung, kuerzel)


def add_externe_organisation(
    db: Database, *, name: str, art: str | None = None, ort: str | None = None
) -> int:
    with db.transaction() as session:
        name, art, ort = _organisation_fields(session, name, art, ort, None)
        organisation = ExterneOrganisation(name=name, art=art, ort=ort)
        session.add(organisation)
        session.flush()
        return organisation.id


def update_externe_organisation(
    db: Database, *, organisation_id: int, expected_version: int | None, name: str, art: str | None,
    ort: str | None,
) -> None:
    with db.transaction() as session:
        organisation = v.get_for_update(session, ExterneOrganisation, organisation_id, expected_version,
                                        was="Die Organisation")
        organisation.name, organisation.art, organisation.ort = _organisation_fields(
            session, name, art, ort, organisation_id)
