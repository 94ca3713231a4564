"""The demo portfolio: its size and shape, the rule findings it is built to show, its dates
relative to ``heute``, its history in the audit trail, and its refusal to write into a
database that already holds projects."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select

from iq_desktop.db.database import Database
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.enums import (
    EntscheidungsArt,
    EntscheidungsStatus,
    EtappenzielStatus,
    PhasenStatus,
    ProjektStatus,
    RisikoStatus,
    Rolle,
)
from iq_desktop.models import (
    AuditEintrag,
    Dezernat,
    Etappenziel,
    ExterneOrganisation,
    Gremium,
    Korridorthema,
    Leitprojekt,
    Mitwirkung,
    Person,
    Risiko,
    Sachstand,
    Sitzung,
)
from iq_desktop.services import demo, people, portfolio, rules, status_reports
from iq_desktop.services.errors import DomainError
from iq_desktop.services.read_models import LeitprojektDetail

HEUTE = dt.date(2030, 1, 15)
#: tables the reference-data seed writes at the real time, before the demo runs
SEED_TABLES = ("korridorthema", "phasen_vorlage", "gremium", "strategie_element", "begriff")


def _open(path: Path | str) -> Database:
    database, _ = open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN)
    return database


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, demo.DemoUmfang]]:
    """One demo database as of HEUTE for the read-only checks (it takes a few seconds to build)."""
    database = _open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    umfang = demo.fill_demo(database, heute=HEUTE)
    yield database, umfang
    database.close()


@pytest.fixture(scope="module")
def details(filled: tuple[Database, demo.DemoUmfang]) -> list[LeitprojektDetail]:
    database, _ = filled
    return [portfolio.get_leitprojekt(database, row.id)
            for row in portfolio.list_projects(database, stichtag=HEUTE, mit_archiv=True)]


def _count(database: Database, model: type) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _sitzungen(database: Database) -> list[tuple[str, dt.date, bool, str | None, str | None]]:
    with database.reading() as session:
        return [tuple(row) for row in session.execute(
            select(Gremium.name, Sitzung.datum, Sitzung.oeffentlich, Sitzung.vorlage_nr, Sitzung.ergebnis)
            .join(Gremium, Gremium.id == Sitzung.gremium_id)
            .order_by(Sitzung.datum)
        )]


# -- size and shape -----------------------------------------------------------


def test_umfang_counts_what_the_database_holds(filled: tuple[Database, demo.DemoUmfang]) -> None:
    database, umfang = filled
    assert umfang.korridorthemen == 6
    assert 20 <= umfang.leitprojekte <= 30
    assert umfang.personen >= 40
    assert (umfang.leitprojekte, umfang.personen, umfang.mitwirkungen, umfang.etappenziele, umfang.risiken,
            umfang.sachstaende, umfang.sitzungen) == (
        _count(database, Leitprojekt), _count(database, Person), _count(database, Mitwirkung),
        _count(database, Etappenziel), _count(database, Risiko), _count(database, Sachstand),
        _count(database, Sitzung),
    )


def test_every_korridorthema_has_buergermeister_beauftragte_and_three_to_five_projects(
    filled: tuple[Database, demo.DemoUmfang],
) -> None:
    database, _ = filled
    with database.reading() as session:
        korridore = session.scalars(select(Korridorthema)).all()
        assert len(korridore) == 6
        for korridor in korridore:
            assert korridor.buergermeister is not None, korridor.name
            assert korridor.ziele and korridor.beschreibung, korridor.name
            assert korridor.laufzeit_von is not None and korridor.laufzeit_bis == korridor.laufzeit_von + 5
            assert korridor.beauftragte, korridor.name
            assert korridor.buergermeister not in korridor.beauftragte
            assert 3 <= len(korridor.leitprojekte) <= 5, korridor.name
            assert korridor.jahresberichte, korridor.name
        assert max(len(k.beauftragte) for k in korridore) == 2
        dezernate = session.scalars(select(Dezernat)).all()
        assert sorted(d.kuerzel for d in dezernate) == [f"Dez. {n}" for n in range(1, 7)]
        assert {d.buergermeister_id for d in dezernate} == {k.buergermeister_id for k in korridore}


def test_projects_are_in_every_state_mostly_running(filled: tuple[Database, demo.DemoUmfang]) -> None:
    database, _ = filled
    with database.reading() as session:
        status = Counter(session.scalars(select(Leitprojekt.status)))
    assert set(status) == set(ProjektStatus)
    assert status[ProjektStatus.LAUFEND] > sum(status.values()) / 2


def test_profiles_are_complete(details: list[LeitprojektDetail]) -> None:
    booster = next(d for d in details if d.titel == "Digital Booster")
    assert booster.korridorthema == "Moderne Verwaltung"
    assert booster.personal == "1 PM IT, 1 PM OA"
    assert set(booster.kanaele) == {"co-kreative Formate", "Informationsveranstaltungen", "Intranet",
                                    "Weitere Beteiligungsformate"}
    assert booster.einbindung_zielgruppe == "Während aller Phasen"
    assert any(z.ebene == 1 for z in booster.ziele) and booster.beitrag_korridor and booster.ausblick
    for d in details:
        assert d.beschreibung and d.beginn and len([z for z in d.ziele if z.ebene == 0]) >= 2, d.titel
        assert d.budgets and d.zielvereinbarungen and d.strategie and d.ampel, d.titel
        assert all(re.fullmatch(r"\d{4}/\d{4}", b.doppelhaushalt) for b in d.budgets)
        assert [z.jahr for z in d.zielvereinbarungen] == sorted({z.jahr for z in d.zielvereinbarungen})
        if d.ampel.value != "gruen":
            assert d.ampel_notiz, d.titel
    active = [d for d in details if d.status is not ProjektStatus.GEPLANT and not d.status.archiviert]
    assert sum(d.geplantes_ende is None for d in active) == 1
    assert sum(d.kickoff_am is None for d in active) == 1
    assert sum(d.nicht_oeffentlich for d in details) >= 2
    assert any(d.ampel_zeit or d.ampel_budget or d.ampel_personal for d in details)
    assert sum(d.internationalitaet + d.digitalisierung + d.partizipation for d in details) > 2 * len(details)


def test_people_work_in_real_offices_and_external_organisations(filled: tuple[Database, demo.DemoUmfang]) -> None:
    database, _ = filled
    with database.reading() as session:
        personen = session.scalars(select(Person)).all()
        organisationen = set(session.scalars(select(ExterneOrganisation.name)))
        assert len(personen) >= 40
        assert {p.anrede for p in personen} == {"Frau", "Herr"}
        assert any(p.titel and "Dr." in p.titel for p in personen)
        assert sum(p.ist_dca for p in personen) >= 3
        aemter = {p.amt.kuerzel for p in personen if p.amt is not None}
        assert {"OA", "IT", "Stpla", "AfSta", "UA", "GBA", "TBA", "SJB", "WiFö", "KA", "POA", "Käm",
                "PIA", "VME"} <= aemter
        assert all(p.amt.dezernat_id is not None for p in personen if p.amt is not None)
        assert "Karlsruher Institut für Technologie (KIT)" in organisationen and len(organisationen) >= 5
        assert sum(p.externe_organisation_id is not None for p in personen) >= 5


# -- staffing and the one-project rule ------------------------------------------------


def test_running_projects_are_staffed_named_and_mostly_confirmed(details: list[LeitprojektDetail]) -> None:
    gruppe = (Rolle.PROJEKTLEITUNG, Rolle.MITGLIED, Rolle.EXPERTE, Rolle.ANSPRECHPERSON)
    benennungen: Counter[str] = Counter()
    for d in details:
        if d.status is not ProjektStatus.LAUFEND:
            continue
        aktiv = [m for m in d.mitwirkungen if m.bis is None or m.bis >= HEUTE]
        assert [m.person for m in aktiv if m.rolle is Rolle.AUFTRAGGEBER] == [d.buergermeister], d.titel
        assert any(m.rolle is Rolle.PROJEKTLEITUNG for m in aktiv), d.titel
        assert 3 <= sum(m.rolle in gruppe for m in aktiv) <= 6, d.titel
        assert all(m.von is not None for m in aktiv)
        for m in aktiv:
            if m.rolle in (Rolle.PROJEKTLEITUNG, Rolle.MITGLIED):
                assert m.anteil_prozent, (d.titel, m.person)
                benennungen["bestätigt" if m.bestaetigt and m.benannt_am else "offen"] += 1
    assert benennungen["bestätigt"] > 3 * benennungen["offen"] > 0


def test_rules_show_an_open_and_an_overridden_one_project_conflict(filled: tuple[Database, demo.DemoUmfang]) -> None:
    database, _ = filled
    bericht = rules.check_rules(database, stichtag=HEUTE)
    regel_2 = [b for b in bericht.befunde if b.regel == 2]
    offen = {b.text.split(" (")[0] for b in regel_2 if b.ausnahme is None}
    uebergangen = [b for b in regel_2 if b.ausnahme is not None]
    assert offen and uebergangen
    assert offen.isdisjoint({b.text.split(" (")[0] for b in uebergangen})
    assert all(len(b.ausnahme.begruendung) > 40 for b in uebergangen if b.ausnahme)
    # the other rules have something to show, too
    assert {3, 4, 5, 6, 7} <= {b.regel for b in bericht.offen}


def test_some_projects_are_stale_most_are_fresh(filled: tuple[Database, demo.DemoUmfang]) -> None:
    database, _ = filled
    stale = [b.leitprojekt for b in rules.check_rules(database, stichtag=HEUTE).befunde if b.regel == 7]
    assert 2 <= len(stale) <= 3
    zeilen = portfolio.list_projects(database, stichtag=HEUTE)
    assert sorted(z.titel for z in zeilen if z.veraltet) == sorted(stale)
    assert len(zeilen) - len(stale) > 15


# -- phases, milestones, risks, decisions ------------------------------------------


def test_phases_follow_the_project_state(details: list[LeitprojektDetail]) -> None:
    for d in details:
        status = [p.status for p in d.phasen]
        assert len(status) == 3 and all(p.geplant_von and p.geplante_schritte for p in d.phasen[:2]), d.titel
        assert all(p.ist_von is None or p.ist_von <= HEUTE for p in d.phasen)
        if d.status is ProjektStatus.ABGESCHLOSSEN:
            assert status == [PhasenStatus.ABGESCHLOSSEN] * 3, d.titel
        elif d.status is ProjektStatus.GEPLANT:
            assert status == [PhasenStatus.NICHT_BEGONNEN] * 3, d.titel
        elif d.status is ProjektStatus.LAUFEND:
            assert status.count(PhasenStatus.LAUFEND) == 1, d.titel


def test_milestones_are_reached_open_due_soon_and_overdue(details: list[LeitprojektDetail]) -> None:
    offen = []
    for d in details:
        assert 3 <= len(d.etappenziele) <= 6, d.titel
        for e in d.etappenziele:
            assert e.erreicht_am is None or e.erreicht_am < HEUTE
            assert e.kommuniziert_am is None or (e.erreicht_am is not None and e.kommuniziert_am >= e.erreicht_am)
            if e.status is EtappenzielStatus.OFFEN and not d.status.archiviert:
                offen.append(e.faellig_am)
    alle = [e for d in details for e in d.etappenziele]
    assert sum(e.kommuniziert_am is not None and e.kommunikation_extern for e in alle) >= 10
    assert sum(e.kommuniziert_am is not None and e.kommunikation_intern for e in alle) >= 3
    assert len([f for f in offen if HEUTE < f <= HEUTE + dt.timedelta(days=30)]) >= 3
    assert [f for f in offen if f < HEUTE]


def test_risks_and_decisions(details: list[LeitprojektDetail]) -> None:
    for d in details:
        if d.status in (ProjektStatus.LAUFEND, ProjektStatus.PAUSIERT):
            assert 1 <= len(d.risiken) <= 4, d.titel
        assert all(r.verantwortlich and r.massnahmen and 1 <= r.score <= 25 for r in d.risiken)
    risiken = [r for d in details for r in d.risiken]
    assert {r.status for r in risiken} == set(RisikoStatus)
    assert 2 <= sum(r.nicht_oeffentlich for r in risiken) < len(risiken) / 3
    entscheidungen = [e for d in details for e in d.entscheidungen]
    assert any(e.art is EntscheidungsArt.DISSENS and e.an_clearingstelle_am for e in entscheidungen)
    assert any(e.status is EntscheidungsStatus.ENTSCHIEDEN and e.ergebnis for e in entscheidungen)
    assert any(e.status is EntscheidungsStatus.OFFEN for e in entscheidungen)


# -- meetings and Sachstände ------------------------------------------------------


def test_meetings_lie_in_the_past_with_one_coming_up(filled: tuple[Database, demo.DemoUmfang]) -> None:
    database, _ = filled
    sitzungen = _sitzungen(database)
    vergangen = [s for s in sitzungen if s[1] < HEUTE]
    assert all(s[4] for s in vergangen)
    assert dt.timedelta(days=1) < HEUTE - vergangen[-1][1] < dt.timedelta(days=60)
    kommend = [s for s in sitzungen if s[1] >= HEUTE]
    assert [(s[0], s[4]) for s in kommend] == [("IQ-Lenkungsgruppe", None)]
    assert kommend[0][1] - HEUTE <= dt.timedelta(days=21)

    lenkungsgruppe = [s[1] for s in vergangen if s[0] == "IQ-Lenkungsgruppe"]
    assert len(lenkungsgruppe) >= 6 and HEUTE - lenkungsgruppe[-6] < dt.timedelta(days=200)
    assert all(20 <= (b - a).days <= 45 for a, b in pairwise(lenkungsgruppe))
    lenkungskreis = [s[1] for s in vergangen if s[0] == "IQ-Lenkungskreis"]
    assert len([d for d in lenkungskreis if HEUTE - d < dt.timedelta(days=366)]) == 3
    assert lenkungskreis == [s[1] for s in vergangen if s[0] == "BMK"]
    hauptausschuss = [s for s in vergangen if s[0] == "Hauptausschuss"]
    assert hauptausschuss and all(not s[2] and s[4] == "vorberaten" for s in hauptausschuss)
    assert all(re.fullmatch(r"\d{4}/\d{4}", s[3] or "") for s in hauptausschuss)
    gemeinderat = [s for s in vergangen if s[0] == "Gemeinderat"]
    assert gemeinderat and all(s[2] and s[4] in ("beschlossen", "zur Kenntnis genommen") for s in gemeinderat)
    assert {s[3] for s in gemeinderat} == {s[3] for s in hauptausschuss}
    assert not any(demo._feiertag(s[1]) or s[1].weekday() > 4 for s in sitzungen)


def test_two_sachstaende_per_project_written_before_their_meetings(filled: tuple[Database, demo.DemoUmfang]) -> None:
    database, _ = filled
    with database.reading() as session:
        for projekt in session.scalars(select(Leitprojekt)):
            staende = sorted(projekt.sachstaende, key=lambda s: s.stichtag)
            assert len(staende) == 2, projekt.titel
            for stand in staende:
                assert stand.sitzung is not None and stand.gremium_id == stand.sitzung.gremium_id
                assert stand.erstellt_am.date() == stand.stichtag < stand.sitzung.datum < HEUTE
                assert stand.erreicht and stand.ausblick, projekt.titel
                assert stand.nicht_oeffentlich == projekt.nicht_oeffentlich
            assert staende[0].sitzung_id != staende[1].sitzung_id
            assert status_reports.compare_staende(staende[0].stand, staende[1].stand), projekt.titel
        texte = session.scalars(select(Sachstand.entscheidungsbedarf)).all()
        assert any(texte) and not all(texte)
        ampel_changed = session.scalar(
            select(func.count()).select_from(Leitprojekt).where(Leitprojekt.sachstaende.any(
                Sachstand.ampel.is_not(None) & (Sachstand.ampel != Leitprojekt.ampel)))
        )
        assert ampel_changed and ampel_changed >= 5


# -- history, dates, determinism --------------------------------------------------


def test_history_is_spread_over_the_past(filled: tuple[Database, demo.DemoUmfang]) -> None:
    database, _ = filled
    with database.reading() as session:
        zeiten = list(session.scalars(
            select(AuditEintrag.zeitpunkt).where(AuditEintrag.entitaet.not_in(SEED_TABLES))
        ))
        aktualisiert = list(session.scalars(select(Leitprojekt.aktualisiert_am)))
    assert len(zeiten) > 1000
    tage = {z.date() for z in zeiten}
    assert len(tage) > 200
    assert min(tage) < HEUTE - dt.timedelta(days=3 * 365) and max(tage) < HEUTE
    assert len({a.date() for a in aktualisiert}) > 10 and max(aktualisiert).date() < HEUTE


def _milestones(database: Database) -> dict[tuple[str, str], tuple[dt.date, dt.date | None]]:
    with database.reading() as session:
        return {
            (titel, ziel): (faellig, erreicht)
            for titel, ziel, faellig, erreicht in session.execute(
                select(Leitprojekt.titel, Etappenziel.titel, Etappenziel.faellig_am, Etappenziel.erreicht_am)
                .join(Leitprojekt, Leitprojekt.id == Etappenziel.leitprojekt_id)
            )
        }


def _history(database: Database) -> list[tuple[object, ...]]:
    """The audit rows of the demo; sorted, as the rows of one flush come in set order."""
    with database.reading() as session:
        return sorted((tuple(row) for row in session.execute(
            select(AuditEintrag.zeitpunkt, AuditEintrag.entitaet, AuditEintrag.entitaet_id, AuditEintrag.aktion,
                   AuditEintrag.aenderungen)
            .where(AuditEintrag.entitaet.not_in(SEED_TABLES))
        )), key=repr)


def test_same_heute_writes_the_same_history(filled: tuple[Database, demo.DemoUmfang]) -> None:
    database, umfang = filled
    again = _open(":memory:")
    try:
        assert demo.fill_demo(again, heute=HEUTE) == umfang
        assert _history(again) == _history(database)
    finally:
        again.close()


def test_dates_are_relative_to_heute(filled: tuple[Database, demo.DemoUmfang]) -> None:
    database, _ = filled
    later = _open(":memory:")
    spaeter = HEUTE + dt.timedelta(days=28)
    try:
        demo.fill_demo(later, heute=spaeter)
        vorher, nachher = _milestones(database), _milestones(later)
        assert vorher.keys() == nachher.keys()
        for key, (faellig, erreicht) in vorher.items():
            assert nachher[key][0] - faellig == dt.timedelta(days=28), key
            assert erreicht is None or nachher[key][1] - erreicht == dt.timedelta(days=28), key
        letzte = max(s[1] for s in _sitzungen(later) if s[1] < spaeter)
        assert spaeter - letzte < dt.timedelta(days=60)
    finally:
        later.close()


@pytest.mark.parametrize("heute", [dt.date(2026, 12, 27), dt.date(2027, 5, 25)])
def test_the_built_in_findings_hold_on_awkward_days(heute: dt.date) -> None:
    """Around Christmas and Whitsun meetings move off holidays; the findings must stay."""
    database = _open(":memory:")
    try:
        demo.fill_demo(database, heute=heute)
        bericht = rules.check_rules(database, stichtag=heute)
        assert len([b for b in bericht.befunde if b.regel == 7]) == 3
        assert Counter(b.ausnahme is None for b in bericht.befunde if b.regel == 2) == {True: 2, False: 2}
        assert not any(demo._feiertag(s[1]) for s in _sitzungen(database))
        with database.reading() as session:
            for projekt in session.scalars(select(Leitprojekt)):
                erster, zweiter = sorted(projekt.sachstaende, key=lambda s: s.stichtag)
                assert status_reports.compare_staende(erster.stand, zweiter.stand), projekt.titel
                assert zweiter.sitzung is not None and zweiter.sitzung.datum < heute
    finally:
        database.close()


# -- refusal -----------------------------------------------------------------------


def test_second_fill_is_refused_and_writes_nothing(db: Database) -> None:
    clock = db.clock
    umfang = demo.fill_demo(db)
    assert db.clock is clock
    letzte = max(s[1] for s in _sitzungen(db) if s[1] < db.today())
    assert db.today() - letzte < dt.timedelta(days=60)

    before = [_count(db, model) for model in (AuditEintrag, Person, Leitprojekt, Sitzung, Dezernat)]
    with pytest.raises(DomainError, match=f"bereits {umfang.leitprojekte} Leitprojekte"):
        demo.fill_demo(db)
    assert [_count(db, model) for model in (AuditEintrag, Person, Leitprojekt, Sitzung, Dezernat)] == before
    assert db.clock is clock


def test_fill_is_refused_where_people_exist_already(db: Database) -> None:
    """No half-written demo: a database with people but no projects is refused before any write."""
    people.add_person(db, vorname="Erika", nachname="Muster")
    before = _count(db, AuditEintrag)
    with pytest.raises(DomainError, match="nur in eine leere Datenbank"):
        demo.fill_demo(db, heute=HEUTE)
    assert _count(db, AuditEintrag) == before and _count(db, Leitprojekt) == 0


def test_an_interrupted_demo_leaves_nothing_behind(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C (or a full disk) halfway through: the database is as it was, and a retry works."""
    calls = []
    original = status_reports.record_sachstand

    def interrupted(*args, **kwargs):
        calls.append(1)
        if len(calls) == 10:
            raise KeyboardInterrupt
        return original(*args, **kwargs)

    models = (AuditEintrag, Person, Leitprojekt, Sachstand, Sitzung, Dezernat)
    before = [_count(db, model) for model in models]
    monkeypatch.setattr(status_reports, "record_sachstand", interrupted)
    with pytest.raises(KeyboardInterrupt):
        demo.fill_demo(db, heute=HEUTE)
    assert len(calls) == 10
    assert [_count(db, model) for model in models] == before
    monkeypatch.undo()
    assert demo.fill_demo(db, heute=HEUTE).leitprojekte == 24


def test_judging_one_project_finds_exactly_its_findings_of_the_whole_report(
    filled: tuple[Database, demo.DemoUmfang],
) -> None:
    """The editor's staffing warnings judge one project; they must equal that project's part of the report."""
    from iq_desktop.services import portfolio, rules

    database, _ = filled
    whole = rules.check_rules(database, stichtag=HEUTE)
    projects = {b.leitprojekt_id for b in whole.befunde if b.leitprojekt_id is not None}
    assert len(projects) >= 3
    for row in portfolio.list_projects(database):
        own = [b for b in whole.befunde if b.leitprojekt_id == row.id]
        assert list(rules.check_rules(database, stichtag=HEUTE, projekt_id=row.id).befunde) == own, row.titel
