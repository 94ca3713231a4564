"""Small helpers that build portfolios through the real services, for tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iq_desktop.db.database import Database
from iq_desktop.enums import ProjektStatus, Rolle
from iq_desktop.services import corridors, milestones, people, projects, staffing
from iq_desktop.services.staffing import Zustimmung

TODAY = dt.date(2026, 11, 22)


@dataclass
class Org:
    dezernat: int
    amt: int
    extern: int
    bm: int


def make_org(db: Database) -> Org:
    dezernat = people.add_dezernat(db, kuerzel="Dez. 2", bezeichnung="Dezernat 2")
    amt = people.add_amt(db, kuerzel="OA", bezeichnung="Ordnungs- und Bürgeramt", dezernat_id=dezernat)
    extern = people.add_externe_organisation(db, name="Hochschule Beispielstadt")
    bm = people.add_person(db, vorname="Clara", nachname="Engelhardt", titel="Dr.", anrede="Frau",
                           dezernat_id=dezernat, funktion="Bürgermeisterin")
    return Org(dezernat, amt, extern, bm)


def person(db: Database, org: Org, nachname: str, *, extern: bool = False, anrede: str = "Frau") -> int:
    if extern:
        return people.add_person(db, vorname="Eva", nachname=nachname, anrede=anrede,
                                 externe_organisation_id=org.extern)
    return people.add_person(db, vorname="Eva", nachname=nachname, anrede=anrede, amt_id=org.amt)


def compliant_project(
    db: Database,
    org: Org,
    titel: str,
    *,
    korridor: str = "Moderne Verwaltung",
    leitung: int | None = None,
    status: ProjektStatus = ProjektStatus.LAUFEND,
    beginn: dt.date = dt.date(2025, 3, 1),
) -> int:
    """A project that meets every rule (with a fresh Projektleitung unless one is given)."""
    korridor_id = corridors.korridorthema_id(db, korridor)
    projekt = projects.set_up_leitprojekt(
        db, titel=titel, korridorthema_id=korridor_id, beginn=beginn,
        geplantes_ende=dt.date(2027, 12, 31), status=status,
    )
    detail_daten = projects.Steckbrief(
        titel=titel, korridorthema_id=korridor_id, status=status, beginn=beginn,
        geplantes_ende=dt.date(2027, 12, 31), kickoff_am=beginn,
        internationalitaet=True, digitalisierung=True, partizipation=False,
        partizipation_wie="Zielgruppe ist verwaltungsintern; keine Bürgerbeteiligung vorgesehen.",
    )
    projects.save_steckbrief(db, projekt_id=projekt, daten=detail_daten)
    milestones.plan_etappenziel(db, projekt_id=projekt, titel="Workshop", faellig_am=dt.date(2027, 1, 15))
    leitung = leitung if leitung is not None else person(db, org, f"Leitung {titel}")
    staff_confirmed(db, projekt, leitung, Rolle.PROJEKTLEITUNG, von=beginn)
    return projekt


def staff_confirmed(
    db: Database, projekt: int, person_id: int, rolle: Rolle, *, von: dt.date | None = None,
    bis: dt.date | None = None,
) -> int:
    mitwirkung = staffing.staff_person(db, projekt_id=projekt, person_id=person_id, rolle=rolle, von=von, bis=bis)
    staffing.name_by_buergermeister(db, mitwirkung_id=mitwirkung, benannt_am=dt.date(2025, 2, 1))
    for zustimmung in Zustimmung:
        staffing.record_consent(db, mitwirkung_id=mitwirkung, zustimmung=zustimmung, am=dt.date(2025, 2, 10))
    return mitwirkung
