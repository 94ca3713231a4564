"""People as the Personen page reads them: every person with their current Mitwirkungen, or one in full.

The list is built from two plain queries (people with their organisation,
and the current Mitwirkungen with project and corridor), not one query per
person: the largest benchmark database holds some 10,000 people.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, or_, select

from iq_desktop.db.database import Database
from iq_desktop.enums import ProjektStatus, Rolle
from iq_desktop.formatting import german_sort_key
from iq_desktop.models import (
    Abteilung,
    Amt,
    Dezernat,
    ExterneOrganisation,
    Korridorthema,
    Leitprojekt,
    Mitwirkung,
    Person,
)
from iq_desktop.services import validate as v
from iq_desktop.services.names import full_name

_ARCHIV = tuple(status for status in ProjektStatus if status.archiviert)
_ROLLE_RANG = {rolle: rank for rank, rolle in enumerate(Rolle)}


@dataclass(frozen=True, slots=True)
class PersonMitwirkung:
    """One Mitwirkung of a person, seen from the person: which project, which role, when."""

    id: int
    projekt_id: int
    projekt: str
    korridorthema: str
    projektstatus: ProjektStatus
    rolle: Rolle
    von: dt.date | None
    bis: dt.date | None
    #: not ended before the day it was read, in a project that is not archived
    aktuell: bool


@dataclass(frozen=True, slots=True)
class PersonZeile:
    """One row of the people list."""

    id: int
    version: int
    name: str
    nachname: str
    vorname: str
    funktion: str | None
    #: Kürzel of the Amt, e.g. "OA"
    amt: str | None
    amt_bezeichnung: str | None
    #: Kürzel of the Dezernat, e.g. "Dez. 2"
    dezernat: str | None
    externe_organisation: str | None
    ist_dca: bool
    email: str | None
    telefon: str | None
    #: the current Mitwirkungen only, by project title
    mitwirkungen: tuple[PersonMitwirkung, ...] = ()

    @property
    def extern(self) -> bool:
        return self.externe_organisation is not None

    @property
    def leitprojekte(self) -> int:
        """In how many different Leitprojekte the person currently works."""
        return len({m.projekt_id for m in self.mitwirkungen})

    @property
    def projektgruppen(self) -> int:
        """In how many Leitprojekte the person leads or is a group member: what the one-project rule counts
        (a Bürgermeister/in as Auftraggeber/in of five projects is no case for it)."""
        return len({m.projekt_id for m in self.mitwirkungen if m.rolle.in_projektgruppe})


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """Everything about one person, as the form and the detail pane need it; Mitwirkungen past ones included."""

    id: int
    version: int
    anrede: str | None
    titel: str | None
    vorname: str
    nachname: str
    funktion: str | None
    dezernat_id: int | None
    dezernat: str | None
    amt_id: int | None
    amt: str | None
    abteilung_id: int | None
    abteilung: str | None
    externe_organisation_id: int | None
    externe_organisation: str | None
    email: str | None
    telefon: str | None
    ist_dca: bool
    bemerkung: str | None
    #: current ones first (by project title), then the past ones (latest end first)
    mitwirkungen: tuple[PersonMitwirkung, ...] = ()

    @property
    def name(self) -> str:
        return full_name(self.titel, self.vorname, self.nachname)


def _is_current(bis: dt.date | None, status: ProjektStatus, heute: dt.date) -> bool:
    return (bis is None or bis >= heute) and not status.archiviert


def _mitwirkungen_query() -> Select[Any]:
    return (
        select(Mitwirkung.person_id, Mitwirkung.id, Leitprojekt.id, Leitprojekt.titel, Korridorthema.name,
               Leitprojekt.status, Mitwirkung.rolle, Mitwirkung.von, Mitwirkung.bis)
        .join(Leitprojekt, Leitprojekt.id == Mitwirkung.leitprojekt_id)
        .join(Korridorthema, Korridorthema.id == Leitprojekt.korridorthema_id)
    )


def list_personen(db: Database, *, stichtag: dt.date | None = None) -> list[PersonZeile]:
    """Every person, by surname as a German reader sorts, with the Mitwirkungen current on ``stichtag`` (today)."""
    heute = stichtag or db.today()
    people_query = (
        select(Person.id, Person.version, Person.titel, Person.vorname, Person.nachname, Person.funktion,
               Amt.kuerzel, Amt.bezeichnung, Dezernat.kuerzel, ExterneOrganisation.name, Person.ist_dca,
               Person.email, Person.telefon)
        .outerjoin(Amt, Amt.id == Person.amt_id)
        .outerjoin(Dezernat, Dezernat.id == Person.dezernat_id)
        .outerjoin(ExterneOrganisation, ExterneOrganisation.id == Person.externe_organisation_id)
    )
    current_query = _mitwirkungen_query().where(
        or_(Mitwirkung.bis.is_(None), Mitwirkung.bis >= heute), Leitprojekt.status.not_in(_ARCHIV))
    with db.reading() as session:
        # Core rows, not ORM rows: the ORM's per-row bookkeeping doubled the time on 10,000 people
        connection = session.connection()
        people = connection.execute(people_query).all()
        current = connection.execute(current_query).all()
    titles = {projekt_id: titel for _, _, projekt_id, titel, *_ in current}
    title_key = {projekt_id: german_sort_key(titel) for projekt_id, titel in titles.items()}
    current.sort(key=lambda m: (title_key[m[2]], _ROLLE_RANG[m[6]]))
    of_person: dict[int, list[PersonMitwirkung]] = {}
    for person_id, ident, projekt_id, titel, korridor, status, rolle, von, bis in current:
        of_person.setdefault(person_id, []).append(
            PersonMitwirkung(ident, projekt_id, titel, korridor, status, rolle, von, bis, aktuell=True))
    rows = [
        PersonZeile(
            id=ident, version=version, name=full_name(titel, vorname, nachname), nachname=nachname,
            vorname=vorname, funktion=funktion, amt=amt, amt_bezeichnung=amt_bezeichnung, dezernat=dezernat,
            externe_organisation=extern, ist_dca=bool(dca), email=email, telefon=telefon,
            mitwirkungen=tuple(of_person.get(ident, ())),
        )
        for (ident, version, titel, vorname, nachname, funktion, amt, amt_bezeichnung, dezernat, extern, dca,
             email, telefon) in people
    ]
    rows.sort(key=lambda r: (german_sort_key(r.nachname), german_sort_key(r.vorname), r.id))
    return rows


def get_person(db: Database, person_id: int, *, stichtag: dt.date | None = None) -> PersonDetail:
    """One person with all their Mitwirkungen, each flagged whether it is current on ``stichtag`` (today)."""
    heute = stichtag or db.today()
    query = (
        select(Person, Dezernat.kuerzel, Amt.kuerzel, Abteilung.bezeichnung, ExterneOrganisation.name)
        .outerjoin(Dezernat, Dezernat.id == Person.dezernat_id)
        .outerjoin(Amt, Amt.id == Person.amt_id)
        .outerjoin(Abteilung, Abteilung.id == Person.abteilung_id)
        .outerjoin(ExterneOrganisation, ExterneOrganisation.id == Person.externe_organisation_id)
        .where(Person.id == person_id)
    )
    with db.reading() as session:
        found = session.execute(query).first()
        if found is None:
            v.get_or_fail(session, Person, person_id, was="Die Person")
        assert found is not None
        person, dezernat, amt, abteilung, extern = found
        rows = session.execute(_mitwirkungen_query().where(Mitwirkung.person_id == person_id)).all()
        mitwirkungen = [
            PersonMitwirkung(ident, projekt_id, titel, korridor, status, rolle, von, bis,
                             aktuell=_is_current(bis, status, heute))
            for _person, ident, projekt_id, titel, korridor, status, rolle, von, bis in rows
        ]
        current = sorted((m for m in mitwirkungen if m.aktuell),
                         key=lambda m: (german_sort_key(m.projekt), _ROLLE_RANG[m.rolle]))
        past = sorted((m for m in mitwirkungen if not m.aktuell),
                      key=lambda m: (m.bis or dt.date.max, m.von or dt.date.min), reverse=True)
        return PersonDetail(
            id=person.id, version=person.version, anrede=person.anrede, titel=person.titel,
            vorname=person.vorname, nachname=person.nachname, funktion=person.funktion,
            dezernat_id=person.dezernat_id, dezernat=dezernat, amt_id=person.amt_id, amt=amt,
            abteilung_id=person.abteilung_id, abteilung=abteilung,
            externe_organisation_id=person.externe_organisation_id, externe_organisation=extern,
            email=person.email, telefon=person.telefon, ist_dca=bool(person.ist_dca), bemerkung=person.bemerkung,
            mitwirkungen=tuple(current + past),
        )
