"""The audit trail read back: filters by project, person, user and period; a retention period prunes it."""

from __future__ import annotations

import datetime as dt

import pytest

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.enums import Ampel, AuditAktion, Rolle
from iq_desktop.services import audit_trail, projects
from iq_desktop.services.audit_trail import AuditFilter
from iq_desktop.services.errors import DomainError
from tests.unit.builders import compliant_project, make_org, person, staff_confirmed


def _at(db: Database, moment: dt.datetime) -> None:
    db.clock = lambda: moment


@pytest.fixture
def verlauf(db: Database):
    """Two projects in 2024 and 2026; a second user (mueller) changes one of them."""
    _at(db, dt.datetime(2024, 5, 6, 9, 0))
    org = make_org(db)
    eva = person(db, org, "Ott")
    alt = compliant_project(db, org, "Digital Booster", leitung=eva)
    _at(db, dt.datetime(2026, 11, 2, 9, 0))
    neu = compliant_project(db, org, "Grüne Höfe")
    andere = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                      actor=Actor(login="mueller", rechner="KA-PC-0815"),
                      clock=lambda: dt.datetime(2026, 11, 3, 14, 0))
    projects.set_ampel(andere, projekt_id=neu, ampel=Ampel.ROT, notiz="Fördermittel fehlen")
    staff_confirmed(andere, neu, eva, Rolle.EXPERTE)
    andere.close()
    return alt, neu, eva


def test_filter_by_project_shows_its_rows_with_german_names_newest_first(db: Database, verlauf) -> None:
    _, neu, _ = verlauf
    rows, more = audit_trail.read_trail(db, AuditFilter(projekt_id=neu))
    assert not more and rows
    assert {r.projekt for r in rows} == {"Grüne Höfe"}
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    ampel = next(r for r in rows if "ampel" in r.aenderungen)
    assert (ampel.benutzer, ampel.rechner, ampel.entitaet, ampel.aktion) == (
        "mueller", "KA-PC-0815", "Leitprojekt", AuditAktion.GEAENDERT)
    assert "Ampel notiz: – → Fördermittel fehlen" in ampel.changes_text()
    assert ampel.programmversion


def test_filter_by_person_finds_the_person_and_every_staffing_of_theirs(db: Database, verlauf) -> None:
    eva = verlauf[2]
    rows, _ = audit_trail.read_trail(db, AuditFilter(person_id=eva))
    kinds = {(r.entitaet, r.projekt) for r in rows}
    assert ("Person", None) in kinds
    assert {("Mitwirkung", "Digital Booster"), ("Mitwirkung", "Grüne Höfe")} <= kinds


def test_filter_by_user_and_period(db: Database, verlauf) -> None:
    rows, _ = audit_trail.read_trail(db, AuditFilter(benutzer="mueller"))
    assert rows and {r.benutzer for r in rows} == {"mueller"}
    in_2024, _ = audit_trail.read_trail(db, AuditFilter(von=dt.date(2024, 1, 1), bis=dt.date(2024, 12, 31)))
    assert in_2024 and {r.zeitpunkt.year for r in in_2024} == {2024}
    one_day, _ = audit_trail.read_trail(db, AuditFilter(von=dt.date(2026, 11, 3), bis=dt.date(2026, 11, 3)))
    assert {r.benutzer for r in one_day} == {"mueller"}


def test_the_viewer_says_when_there_are_more_rows_than_it_shows(db: Database, verlauf) -> None:
    rows, more = audit_trail.read_trail(db, AuditFilter(), limit=3)
    assert len(rows) == 3 and more


def test_filter_choices_list_projects_people_and_users(db: Database, verlauf) -> None:
    choices = audit_trail.filter_choices(db)
    assert [t for _, t in choices.projekte] == ["Digital Booster", "Grüne Höfe"]
    assert "Eva Ott" in [n for _, n in choices.personen]
    assert "mueller" in choices.benutzer


def test_a_retention_period_prunes_older_rows_and_records_that_it_did(db: Database, verlauf) -> None:
    assert audit_trail.retention_years(db) is None
    _at(db, dt.datetime(2026, 11, 22, 8, 0))
    assert audit_trail.prune_expired(db) == 0  # no period: everything stays
    audit_trail.set_retention_years(db, 2)
    assert audit_trail.retention_years(db) == 2
    before, _ = audit_trail.read_trail(db, AuditFilter())
    old = [r for r in before if r.zeitpunkt.year == 2024]
    assert old
    assert audit_trail.prune_expired(db) == len(old)
    after, _ = audit_trail.read_trail(db, AuditFilter())
    assert not [r for r in after if r.zeitpunkt.year == 2024]
    record = after[0]
    assert (record.entitaet, record.aktion) == ("Änderungsprotokoll", AuditAktion.GELOESCHT)
    assert record.aenderungen["anzahl"] == [len(old), None]
    # the change of the period itself is in the trail
    assert any(r.entitaet == "Datenbankeinstellung" for r in after)
    assert audit_trail.prune_expired(db) == 0


@pytest.mark.parametrize("years", [0, 31])
def test_retention_outside_1_to_30_years_is_refused(db: Database, years: int) -> None:
    with pytest.raises(DomainError, match="zwischen 1 und 30 Jahren"):
        audit_trail.set_retention_years(db, years)


def test_values_read_as_german_dates_and_words(db: Database, verlauf) -> None:
    rows, _ = audit_trail.read_trail(db, AuditFilter(projekt_id=verlauf[1]))
    text = " ".join(r.changes_text() for r in rows)
    assert "Fällig am: – → 15.01.2027" in text
    assert "2027-01-15" not in text


def test_field_names_read_as_written_german() -> None:
    assert audit_trail.field_label("faellig_am") == "Fällig am"
    assert audit_trail.field_label("nicht_oeffentlich") == "Nicht öffentlich"
    assert audit_trail.field_label("aktualisiert_am") == "Aktualisiert am"  # no guessing at "ue"
