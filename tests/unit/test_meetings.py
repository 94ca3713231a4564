"""Gremien and Sitzungen: plan, change, delete a meeting; link a Sachstand to the meeting it was reported in."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.errors import VersionKonflikt
from iq_desktop.models import Sachstand
from iq_desktop.services import meetings, status_reports
from iq_desktop.services.errors import DomainError, NichtGefunden

from .builders import compliant_project, make_org

LK = "IQ-Lenkungskreis"
GR = "Gemeinderat"


def _plan(db: Database, gremium: str = LK, datum: dt.date = dt.date(2026, 12, 3), **kwargs) -> int:
    return meetings.plan_sitzung(db, gremium_id=meetings.gremium_id(db, gremium), datum=datum, **kwargs)


def _sachstand(db: Database, projekt: int, **kwargs) -> int:
    return status_reports.record_sachstand(db, projekt_id=projekt, stichtag=dt.date(2026, 11, 20),
                                           erreicht="Workshops mit allen Ämtern", **kwargs)


def _frozen(db: Database, sachstand_id: int) -> tuple:
    with db.reading() as session:
        s = session.get(Sachstand, sachstand_id)
        return s.stichtag, s.erreicht, s.ampel, s.projektstatus, s.stand, s.erstellt_am, s.erstellt_von


def _edit(db: Database, sitzung_id: int, **changes):
    row = meetings.get_sitzung(db, sitzung_id).sitzung
    args = {"gremium_id": row.gremium_id, "datum": row.datum, "top": row.top, "oeffentlich": row.oeffentlich,
            "vorlage_nr": row.vorlage_nr, "ergebnis": row.ergebnis, "bemerkung": row.bemerkung,
            "expected_version": row.version} | changes
    return meetings.update_sitzung(db, sitzung_id=sitzung_id, **args)


@pytest.fixture
def other(db: Database):
    """The same database at a second PC."""
    andere = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                      actor=Actor(login="mueller", rechner="KA-PC-0815"))
    yield andere
    andere.close()


def test_list_shows_every_meeting_by_date_with_its_gremium_and_reported_sachstaende(db: Database) -> None:
    projekt = compliant_project(db, make_org(db), "Digital Booster")
    spaeter = _plan(db, GR, dt.date(2027, 1, 20), top="14", oeffentlich=True, vorlage_nr="2026/0815")
    frueher = _plan(db, LK, dt.date(2026, 12, 3), top="1", ergebnis="beschlossen", bemerkung="mit der BMK")
    _sachstand(db, projekt, sitzung_id=frueher)

    rows = meetings.list_sitzungen(db)
    assert [r.id for r in rows] == [frueher, spaeter]
    first, second = rows
    assert (first.gremium, first.datum, first.top, first.oeffentlich, first.ergebnis, first.bemerkung,
            first.sachstaende) == (LK, dt.date(2026, 12, 3), "1", False, "beschlossen", "mit der BMK", 1)
    assert (second.gremium, second.oeffentlich, second.vorlage_nr, second.sachstaende) == (GR, True, "2026/0815", 0)
    assert [r.id for r in meetings.sitzungen_of(db, meetings.gremium_id(db, GR))] == [spaeter]

    detail = meetings.get_sitzung(db, frueher)
    [bericht] = detail.sachstaende
    assert (bericht.leitprojekt_id, bericht.projekt, bericht.stichtag) == (
        projekt, "Digital Booster", dt.date(2026, 11, 20))


def test_planning_takes_an_optional_result(db: Database) -> None:
    ident = _plan(db, ergebnis="  zur Kenntnis genommen ")
    assert meetings.get_sitzung(db, ident).sitzung.ergebnis == "zur Kenntnis genommen"


@pytest.mark.parametrize(
    ("changes", "feld", "message"),
    [
        ({"datum": None}, "datum", "Bitte das Datum der Sitzung angeben."),
        ({"datum": dt.date(2027, 1, 20)}, "datum", "Für IQ-Lenkungskreis ist am 20.01.2027 schon eine Sitzung"),
        ({"top": "x" * 21}, "top", "„TOP“ ist zu lang (höchstens 20 Zeichen)."),
        ({"vorlage_nr": "1" * 31}, "vorlage_nr", "„Vorlage Nr.“ ist zu lang (höchstens 30 Zeichen)."),
        ({"ergebnis": "x" * 201}, "ergebnis", "„Ergebnis“ ist zu lang"),
    ],
)
def test_planning_and_changing_validate_alike_and_write_nothing(db: Database, changes, feld, message) -> None:
    _plan(db, LK, dt.date(2027, 1, 20))
    ident = _plan(db, LK, dt.date(2026, 12, 3), top="1")
    before = meetings.list_sitzungen(db)
    args = {"gremium_id": meetings.gremium_id(db, LK), "datum": dt.date(2027, 2, 1)} | changes
    with pytest.raises(DomainError) as planned:
        meetings.plan_sitzung(db, **args)
    with pytest.raises(DomainError) as changed:
        _edit(db, ident, **changes)
    for raised in (planned, changed):
        assert raised.value.feld == feld and message in raised.value.message
    assert meetings.list_sitzungen(db) == before


def test_a_meeting_is_changed_and_its_version_counts(db: Database) -> None:
    ident = _plan(db, top="1")
    before = meetings.get_sitzung(db, ident).sitzung
    version = _edit(db, ident, top="3.1", oeffentlich=True, ergebnis="vorberaten", datum=dt.date(2026, 12, 4))
    after = meetings.get_sitzung(db, ident).sitzung
    assert version == after.version == before.version + 1
    assert (after.top, after.oeffentlich, after.ergebnis, after.datum) == ("3.1", True, "vorberaten",
                                                                          dt.date(2026, 12, 4))


def test_a_stale_change_or_delete_is_refused_with_the_name_of_who_saved(db: Database, other: Database) -> None:
    ident = _plan(db)
    loaded = meetings.get_sitzung(db, ident).sitzung
    _edit(other, ident, top="7")
    with pytest.raises(VersionKonflikt, match="mueller am PC KA-PC-0815") as raised:
        _edit(db, ident, top="8", expected_version=loaded.version)
    assert raised.value.objekt_typ == "sitzung" and raised.value.gespeichert == loaded.version + 1
    with pytest.raises(VersionKonflikt):
        meetings.delete_sitzung(db, sitzung_id=ident, expected_version=loaded.version)
    assert meetings.get_sitzung(db, ident).sitzung.top == "7"


def test_a_meeting_with_a_sachstand_is_not_deleted_one_without_is(db: Database) -> None:
    projekt = compliant_project(db, make_org(db), "Digital Booster")
    berichtet = _plan(db, LK, dt.date(2026, 12, 3))
    leer = _plan(db, LK, dt.date(2027, 3, 3))
    _sachstand(db, projekt, sitzung_id=berichtet)
    version = meetings.get_sitzung(db, berichtet).sitzung.version
    with pytest.raises(DomainError, match=r"03\.12\.2026 wird nicht gelöscht: ein Sachstand wurde in ihr berichtet"):
        meetings.delete_sitzung(db, sitzung_id=berichtet, expected_version=version)
    assert meetings.get_sitzung(db, berichtet).sachstaende
    meetings.delete_sitzung(db, sitzung_id=leer, expected_version=meetings.get_sitzung(db, leer).sitzung.version)
    assert [r.id for r in meetings.list_sitzungen(db)] == [berichtet]
    with pytest.raises(NichtGefunden):
        meetings.get_sitzung(db, leer)


def test_the_gremium_of_a_meeting_with_sachstaende_stays(db: Database) -> None:
    projekt = compliant_project(db, make_org(db), "Digital Booster")
    ident = _plan(db, LK)
    _sachstand(db, projekt, sitzung_id=ident)
    with pytest.raises(DomainError, match="Gremium kann nicht gewechselt werden") as raised:
        _edit(db, ident, gremium_id=meetings.gremium_id(db, GR))
    assert raised.value.feld == "gremium_id"
    _edit(db, ident, ergebnis="beschlossen")  # everything else may change


def test_a_sachstand_is_linked_and_unlinked_and_its_frozen_content_stays(db: Database) -> None:
    projekt = compliant_project(db, make_org(db), "Digital Booster")
    sitzung = _plan(db, LK)
    ohne_gremium = _sachstand(db, projekt)
    frozen = _frozen(db, ohne_gremium)
    version = meetings.link_sachstand(db, sachstand_id=ohne_gremium, sitzung_id=sitzung, expected_version=1)
    [row] = portfolio_rows(db, projekt)
    assert (row.sitzung_id, row.gremium_id, row.version) == (sitzung, meetings.gremium_id(db, LK), version)
    assert meetings.list_sitzungen(db)[0].sachstaende == 1
    version = meetings.link_sachstand(db, sachstand_id=ohne_gremium, sitzung_id=None, expected_version=version)
    [row] = portfolio_rows(db, projekt)
    assert row.sitzung_id is None and row.gremium_id == meetings.gremium_id(db, LK)  # the audience stays
    assert _frozen(db, ohne_gremium) == frozen


def test_a_sachstand_goes_only_to_a_meeting_of_its_gremium(db: Database) -> None:
    projekt = compliant_project(db, make_org(db), "Digital Booster")
    gemeinderat = _plan(db, GR)
    ident = _sachstand(db, projekt, gremium_id=meetings.gremium_id(db, LK))
    with pytest.raises(DomainError, match="für IQ-Lenkungskreis geschrieben; die Sitzung gehört zu Gemeinderat") as e:
        meetings.link_sachstand(db, sachstand_id=ident, sitzung_id=gemeinderat, expected_version=1)
    assert e.value.feld == "sitzung_id"
    assert portfolio_rows(db, projekt)[0].sitzung_id is None


def test_a_stale_link_is_refused(db: Database, other: Database) -> None:
    projekt = compliant_project(db, make_org(db), "Digital Booster")
    erste, zweite = _plan(db, LK, dt.date(2026, 12, 3)), _plan(db, LK, dt.date(2027, 3, 3))
    ident = _sachstand(db, projekt)
    meetings.link_sachstand(other, sachstand_id=ident, sitzung_id=erste, expected_version=1)
    with pytest.raises(VersionKonflikt, match="Der Sachstand wurde inzwischen von mueller"):
        meetings.link_sachstand(db, sachstand_id=ident, sitzung_id=zweite, expected_version=1)
    assert portfolio_rows(db, projekt)[0].sitzung_id == erste


def test_meetings_are_audited(db: Database) -> None:
    from iq_desktop.models import AuditEintrag

    ident = _plan(db)
    _edit(db, ident, ergebnis="beschlossen")
    meetings.delete_sitzung(db, sitzung_id=ident, expected_version=None)
    with db.reading() as session:
        actions = session.scalars(select(AuditEintrag.aktion).where(AuditEintrag.entitaet == "sitzung")).all()
    assert [a.value for a in actions] == ["angelegt", "geaendert", "geloescht"]


def portfolio_rows(db: Database, projekt: int):
    from iq_desktop.services.portfolio import get_leitprojekt

    return get_leitprojekt(db, projekt).sachstaende
