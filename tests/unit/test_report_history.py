"""The services behind the report: resolving names and dates, the report history, many projects in one read."""

from __future__ import annotations

import datetime as dt

import pytest

from iq_desktop.db.database import Database
from iq_desktop.errors import VersionKonflikt
from iq_desktop.services import meetings, portfolio, status_reports
from iq_desktop.services.errors import DomainError, NichtGefunden
from tests.unit.builders import compliant_project, make_org


def test_a_project_is_found_by_id_exact_title_or_unique_part(db: Database) -> None:
    org = make_org(db)
    booster = compliant_project(db, org, "Digital Booster")
    schule = compliant_project(db, org, "Digitale Schule")
    assert portfolio.projekt_id_for(db, str(schule)) == schule
    assert portfolio.projekt_id_for(db, " digital booster ") == booster
    assert portfolio.projekt_id_for(db, "Schule") == schule
    with pytest.raises(DomainError, match=f"Nr. {booster} „Digital Booster“, Nr. {schule} „Digitale Schule“"):
        portfolio.projekt_id_for(db, "Digital")
    with pytest.raises(NichtGefunden, match="Ein Leitprojekt „Weltraum“ gibt es nicht"):
        portfolio.projekt_id_for(db, "Weltraum")


def test_a_meeting_is_found_by_date_and_gremium(db: Database) -> None:
    ha, gr = meetings.gremium_id(db, "Hauptausschuss"), meetings.gremium_id(db, "Gemeinderat")
    tag = dt.date(2026, 12, 8)
    sitzung = meetings.plan_sitzung(db, gremium_id=ha, datum=tag)
    assert meetings.sitzung_id_on(db, datum=tag) == sitzung
    assert meetings.sitzung_id_on(db, datum=tag, gremium_id=ha) == sitzung
    meetings.plan_sitzung(db, gremium_id=gr, datum=tag)
    with pytest.raises(DomainError, match=r"Am 08.12.2026 tagen mehrere Gremien: Hauptausschuss, Gemeinderat"):
        meetings.sitzung_id_on(db, datum=tag)
    with pytest.raises(NichtGefunden, match=r"Am 09.12.2026 ist keine Sitzung eingetragen"):
        meetings.sitzung_id_on(db, datum=dt.date(2026, 12, 9))


def test_the_report_history_links_all_or_none(db: Database) -> None:
    org = make_org(db)
    a, b = compliant_project(db, org, "A"), compliant_project(db, org, "B")
    ha = meetings.gremium_id(db, "Hauptausschuss")
    sitzung = meetings.plan_sitzung(db, gremium_id=ha, datum=dt.date(2026, 12, 8))
    andere = meetings.plan_sitzung(db, gremium_id=ha, datum=dt.date(2026, 12, 1))
    sa = status_reports.record_sachstand(db, projekt_id=a, stichtag=dt.date(2026, 11, 1), erreicht="a")
    sb = status_reports.record_sachstand(db, projekt_id=b, stichtag=dt.date(2026, 11, 1), erreicht="b")
    # b was linked to another meeting while the report was written: nothing is linked
    meetings.link_sachstand(db, sachstand_id=sb, sitzung_id=andere, expected_version=1)
    with pytest.raises(VersionKonflikt):
        meetings.record_report_history(db, sitzung_id=sitzung, sachstaende=[(sa, 1), (sb, 1)])
    assert meetings.get_sitzung(db, sitzung).sachstaende == ()
    assert meetings.record_report_history(db, sitzung_id=sitzung, sachstaende=[(sa, 1)]) == 1
    assert [s.id for s in meetings.get_sitzung(db, sitzung).sachstaende] == [sa]
    assert [s.id for s in meetings.get_sitzung(db, andere).sachstaende] == [sb]


def test_many_projects_read_at_once_equal_the_single_reads(db: Database) -> None:
    org = make_org(db)
    ids = [compliant_project(db, org, f"Projekt {n}") for n in range(3)]
    assert portfolio.get_leitprojekte(db, ids[::-1]) == [portfolio.get_leitprojekt(db, i) for i in ids[::-1]]
    with pytest.raises(NichtGefunden):
        portfolio.get_leitprojekte(db, [ids[0], 999])


def test_a_change_names_its_field_as_a_reader_would() -> None:
    from iq_desktop.services.status_reports import Aenderung, aenderung_was

    assert aenderung_was(Aenderung("Risiko", "Datenschutz: score", "12", "16")) == "Datenschutz: Risikowert"
    assert aenderung_was(Aenderung("Etappenziel", "Workshop: faellig_am", None, None)) == "Workshop: Fällig am"
    assert aenderung_was(Aenderung("Projekt", "Ampel", "gelb", "rot")) == "Ampel"
