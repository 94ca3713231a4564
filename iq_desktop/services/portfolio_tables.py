"""The whole portfolio's staffing, milestones, risks and phases as flat lists, for exports.

One query per kind of record (Core rows, not ORM objects), not one project
after another: the Excel overview of the largest benchmark database lists
some 34,000 Mitwirkungen, and a per-project read (``get_leitprojekt``) would
run twenty queries for each of its 769 working projects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import aliased

from iq_desktop.db.database import Database, PlainReader
from iq_desktop.enums import ProjektStatus, RisikoStatus, Rolle
from iq_desktop.formatting import german_sort_key
from iq_desktop.models import (
    Amt,
    Etappenziel,
    ExterneOrganisation,
    Korridorthema,
    Leitprojekt,
    Mitwirkung,
    Person,
    Phase,
    Risiko,
)
from iq_desktop.services import portfolio_rows
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.names import full_name
from iq_desktop.services.read_models import (
    EtappenzielZeile,
    MitwirkungZeile,
    PhaseZeile,
    ProjektZeile,
    RisikoZeile,
)

T = TypeVar("T")

_ARCHIV = tuple(status for status in ProjektStatus if status.archiviert)
_ROLLE_RANG = {rolle: rank for rank, rolle in enumerate(Rolle)}


# built once: building a statement costs more than running it on a small portfolio
_verantwortlich = aliased(Person)
_MITWIRKUNGEN_SQL = (
    select(Mitwirkung.leitprojekt_id, Mitwirkung.id, Mitwirkung.version, Mitwirkung.person_id, Person.titel,
           Person.vorname, Person.nachname, ExterneOrganisation.name, Amt.kuerzel, Mitwirkung.rolle,
           Mitwirkung.von, Mitwirkung.bis, Mitwirkung.anteil_prozent, Mitwirkung.benannt_am,
           Mitwirkung.zustimmung_dezernat_am, Mitwirkung.zustimmung_amtsleitung_am,
           Mitwirkung.zustimmung_person_am)
    .join(Person, Person.id == Mitwirkung.person_id)
    .join(Leitprojekt, Leitprojekt.id == Mitwirkung.leitprojekt_id)
    .outerjoin(ExterneOrganisation, ExterneOrganisation.id == Person.externe_organisation_id)
    .outerjoin(Amt, Amt.id == Person.amt_id)
    .where(Leitprojekt.status.not_in(_ARCHIV),
           or_(Mitwirkung.bis.is_(None), Mitwirkung.bis >= bindparam("stichtag")))
)
_ETAPPENZIELE_SQL = (
    select(Etappenziel.leitprojekt_id, Etappenziel.id, Etappenziel.version, Etappenziel.titel, Phase.name,
           Etappenziel.faellig_am, Etappenziel.erreicht_am, Etappenziel.status,
           Etappenziel.kommunikation_intern, Etappenziel.kommunikation_extern, Etappenziel.kommunikation_wie,
           Etappenziel.kommuniziert_am)
    .join(Leitprojekt, Leitprojekt.id == Etappenziel.leitprojekt_id)
    .outerjoin(Phase, Phase.id == Etappenziel.phase_id)
    .where(Leitprojekt.status.not_in(_ARCHIV))
)
_RISIKEN_SQL = (
    select(Risiko.leitprojekt_id, Risiko.id, Risiko.version, Risiko.titel, Risiko.beschreibung,
           Risiko.wahrscheinlichkeit, Risiko.auswirkung, _verantwortlich.titel, _verantwortlich.vorname,
           _verantwortlich.nachname, Risiko.massnahmen, Risiko.status, Risiko.erkannt_am,
           Risiko.naechste_pruefung, Risiko.nicht_oeffentlich)
    .join(Leitprojekt, Leitprojekt.id == Risiko.leitprojekt_id)
    .outerjoin(_verantwortlich, _verantwortlich.id == Risiko.verantwortlich_id)
    .where(Leitprojekt.status.not_in(_ARCHIV))
)
_PHASEN_SQL = (
    select(Phase.leitprojekt_id, Phase.id, Phase.version, Phase.position, Phase.name, Phase.geplante_schritte,
           Phase.status, Phase.geplant_von, Phase.geplant_bis, Phase.ist_von, Phase.ist_bis)
    .join(Leitprojekt, Leitprojekt.id == Phase.leitprojekt_id)
    .where(Leitprojekt.status.not_in(_ARCHIV))
)


class ImProjekt(NamedTuple, Generic[T]):
    """A project's record (``zeile``) with the project and corridor it belongs to.

    A named tuple, not a frozen dataclass: the overview of a large portfolio makes some 40,000
    of them, and a frozen dataclass sets each field through ``object.__setattr__``.
    """

    projekt_id: int
    korridorthema: str
    leitprojekt: str
    zeile: T


@dataclass(frozen=True, slots=True)
class PortfolioTabellen:
    """Everything the Excel overview lists, read for one reference date.

    ``projekte`` holds every Leitprojekt, archived ones included (ordered by
    corridor and title, as the project list orders them); the four lists hold
    the records of the *working* projects only, in that project order, and
    ``mitwirkungen`` only those not ended before ``stichtag`` (what the rules judge).
    """

    stichtag: dt.date
    begriffe: Begriffe
    #: every Korridorthema as (id, name), in its order (also those without projects)
    korridore: tuple[tuple[int, str], ...]
    projekte: tuple[ProjektZeile, ...]
    mitwirkungen: tuple[ImProjekt[MitwirkungZeile], ...]
    etappenziele: tuple[ImProjekt[EtappenzielZeile], ...]
    risiken: tuple[ImProjekt[RisikoZeile], ...]
    phasen: tuple[ImProjekt[PhaseZeile], ...]


def portfolio_tables(db: Database, *, stichtag: dt.date, berichtszyklus_tage: int) -> PortfolioTabellen:
    """The project rows (derived columns included) and the working projects' records, in one read."""
    with db.reading() as session:
        reader = PlainReader(session)
        begriffe = portfolio_rows.read_terms(reader)
        projekte = portfolio_rows.read_project_rows(
            reader, stichtag=stichtag, berichtszyklus_tage=berichtszyklus_tage, mit_archiv=True)
        korridore = tuple((row[0], row[1]) for row in reader.rows(portfolio_rows.CORRIDORS_SQL))
        connection = session.connection()
        mitwirkungen = connection.execute(_MITWIRKUNGEN_SQL, {"stichtag": stichtag}).all()
        etappenziele = connection.execute(_ETAPPENZIELE_SQL).all()
        risiken = connection.execute(_RISIKEN_SQL).all()
        phasen = connection.execute(_PHASEN_SQL).all()

    # the project list's order: corridor, then title; each kind of record within its project as the editor shows it
    rang = {p.id: i for i, p in enumerate(projekte)}
    projekt = {p.id: (p.korridorthema, p.titel) for p in projekte}

    def im(projekt_id: int, zeile: T) -> ImProjekt[T]:
        return ImProjekt(projekt_id, *projekt[projekt_id], zeile)

    # names recur (a person in several projects, common first names): each sort key once
    keys = {name: german_sort_key(name) for name in {r[6] for r in mitwirkungen} | {r[5] for r in mitwirkungen}}
    mitwirkungen.sort(key=lambda r: (rang[r[0]], _ROLLE_RANG[r[9]], keys[r[6]], keys[r[5]], r[1]))
    etappenziele.sort(key=lambda r: (rang[r[0]], r[5], r[1]))
    risiken.sort(key=lambda r: (rang[r[0]], r[11] is RisikoStatus.GESCHLOSSEN, -r[5] * r[6], r[1]))
    phasen.sort(key=lambda r: (rang[r[0]], r[3], r[1]))
    return PortfolioTabellen(
        stichtag=stichtag,
        begriffe=begriffe,
        korridore=korridore,
        projekte=tuple(projekte),
        mitwirkungen=tuple(
            im(r[0], MitwirkungZeile(r[1], r[2], r[3], full_name(r[4], r[5], r[6]), r[7] or r[8], r[7] is not None,
                                     *r[9:17]))
            for r in mitwirkungen
        ),
        etappenziele=tuple(
            im(r[0], EtappenzielZeile(r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), bool(r[9]), r[10],
                                      r[11]))
            for r in etappenziele
        ),
        risiken=tuple(
            im(r[0], RisikoZeile(r[1], r[2], r[3], r[4], r[5], r[6],
                                 full_name(r[7], r[8], r[9]) if r[9] else None, r[10], r[11], r[12], r[13],
                                 bool(r[14])))
            for r in risiken
        ),
        phasen=tuple(
            im(r[0], PhaseZeile(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10]))
            for r in phasen
        ),
    )


def calendar_milestones(db: Database) -> tuple[ImProjekt[EtappenzielZeile], ...]:
    """The working projects' Etappenziele with project and corridor, by due date (for the calendar)."""
    query = (
        select(Etappenziel.leitprojekt_id, Korridorthema.name, Leitprojekt.titel, Etappenziel.id,
               Etappenziel.version, Etappenziel.titel, Phase.name, Etappenziel.faellig_am, Etappenziel.erreicht_am,
               Etappenziel.status, Etappenziel.kommunikation_intern, Etappenziel.kommunikation_extern,
               Etappenziel.kommunikation_wie, Etappenziel.kommuniziert_am)
        .join(Leitprojekt, Leitprojekt.id == Etappenziel.leitprojekt_id)
        .join(Korridorthema, Korridorthema.id == Leitprojekt.korridorthema_id)
        .outerjoin(Phase, Phase.id == Etappenziel.phase_id)
        .where(Leitprojekt.status.not_in(_ARCHIV))
        .order_by(Etappenziel.faellig_am, Etappenziel.id)
    )
    with db.reading() as session:
        rows = session.connection().execute(query).all()
    return tuple(
        ImProjekt(r[0], r[1], r[2], EtappenzielZeile(r[3], r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10]),
                                                     bool(r[11]), r[12], r[13]))
        for r in rows
    )
