"""The seven IQ rules, each shown to fire and to stay quiet, judged as of a reference date."""

from __future__ import annotations

import datetime as dt

import pytest

from iq_desktop.enums import ProjektStatus, Rolle, Schwere
from iq_desktop.services import corridors, projects, rules, staffing
from iq_desktop.services.errors import DomainError
from iq_desktop.services.staffing import Zustimmung
from iq_desktop.services.terminology import load_terms

from .builders import TODAY, compliant_project, make_org, person, staff_confirmed


def _keys(bericht) -> list[tuple[str, str | None]]:
    return [(b.pruefung, b.leitprojekt) for b in bericht.offen]


def test_a_compliant_portfolio_has_no_findings(db) -> None:
    org = make_org(db)
    compliant_project(db, org, "Digital Booster")
    bericht = rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000)
    assert bericht.befunde == ()


def test_rule_1_more_than_five_projects_in_a_corridor(db) -> None:
    org = make_org(db)
    for n in range(6):
        compliant_project(db, org, f"Projekt {n}")
    bericht = rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000)
    assert _keys(bericht) == [("1", None)]
    befund = bericht.offen[0]
    assert befund.schwere is Schwere.HINWEIS and "6 aktive Leitprojekte" in befund.text
    assert befund.regel_titel == "Höchstens fünf Leitprojekte je Korridorthema"
    # an archived sixth project does not count
    projects.change_status(db, projekt_id=5, status=ProjektStatus.ABGESCHLOSSEN)
    assert rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000).befunde == ()


def test_rule_2_one_person_one_project_over_overlapping_periods(db) -> None:
    org = make_org(db)
    a = compliant_project(db, org, "Digital Booster")
    b = compliant_project(db, org, "Grüne Höfe", korridor="Grüne Stadt")
    doppelt = person(db, org, "Beispiel")
    staff_confirmed(db, a, doppelt, Rolle.MITGLIED, von=dt.date(2025, 1, 1))
    m_b = staff_confirmed(db, b, doppelt, Rolle.MITGLIED, von=dt.date(2026, 1, 1))
    bericht = rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000)
    assert sorted(_keys(bericht)) == [("2", "Digital Booster"), ("2", "Grüne Höfe")]
    text = next(b for b in bericht.offen if b.leitprojekt == "Digital Booster").text
    assert text.startswith("Frau Beispiel (Mitglied der Projektgruppe) wirkt zugleich in „Grüne Höfe“")

    # ended before the other began: no overlap, no finding
    staffing.end_mitwirkung(db, mitwirkung_id=m_b, bis=dt.date(2026, 6, 30))
    assert rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000).befunde == ()


def test_rule_2_exempts_auftraggeber_and_korridorbeauftragte(db) -> None:
    org = make_org(db)
    a = compliant_project(db, org, "Digital Booster")
    b = compliant_project(db, org, "Grüne Höfe")
    staffing.staff_person(db, projekt_id=a, person_id=org.bm, rolle=Rolle.AUFTRAGGEBER)
    staffing.staff_person(db, projekt_id=b, person_id=org.bm, rolle=Rolle.AUFTRAGGEBER)
    beauftragte = person(db, org, "Koordination")
    corridors.appoint_korridorbeauftragte(
        db, korridorthema_id=corridors.korridorthema_id(db, "Moderne Verwaltung"), person_id=beauftragte
    )
    staff_confirmed(db, a, beauftragte, Rolle.MITGLIED)
    staff_confirmed(db, b, beauftragte, Rolle.MITGLIED)
    assert rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000).befunde == ()


def test_rule_2_ignores_archived_projects_and_a_past_reference_date_sees_old_overlaps(db) -> None:
    org = make_org(db)
    a = compliant_project(db, org, "Digital Booster")
    b = compliant_project(db, org, "Grüne Höfe")
    doppelt = person(db, org, "Beispiel")
    staff_confirmed(db, a, doppelt, Rolle.MITGLIED, bis=dt.date(2026, 3, 31))
    staff_confirmed(db, b, doppelt, Rolle.MITGLIED)
    # today the first Mitwirkung has ended: no finding
    assert rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000).befunde == ()
    # as of 01.02.2026 both ran at once
    past = rules.check_rules(db, stichtag=dt.date(2026, 2, 1), berichtszyklus_tage=10_000)
    assert sorted(p for p, _ in _keys(past)) == ["2", "2"]
    projects.change_status(db, projekt_id=a, status=ProjektStatus.ABGEBROCHEN)
    assert rules.check_rules(db, stichtag=dt.date(2026, 2, 1), berichtszyklus_tage=10_000).befunde == ()


def test_rule_3_naming_and_three_consents_for_city_staff_only_naming_for_externals(db) -> None:
    org = make_org(db)
    a = compliant_project(db, org, "Digital Booster")
    intern = staffing.staff_person(db, projekt_id=a, person_id=person(db, org, "Intern"), rolle=Rolle.MITGLIED)
    staffing.name_by_buergermeister(db, mitwirkung_id=intern, benannt_am=dt.date(2025, 2, 1))
    staffing.record_consent(db, mitwirkung_id=intern, zustimmung=Zustimmung.PERSON, am=dt.date(2025, 2, 2))
    extern = staffing.staff_person(
        db, projekt_id=a, person_id=person(db, org, "Extern", extern=True), rolle=Rolle.EXPERTE
    )
    bericht = rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000)
    texts = {b.objekt_id: b.text for b in bericht.offen}
    assert set(texts) == {intern, extern}
    assert texts[intern].endswith("es fehlen: Zustimmung des Dezernats, Zustimmung der Amtsleitung.")
    assert texts[extern].endswith("es fehlt die Benennung durch die/den Bürgermeister/in.")


def test_rule_4_projektleitung_and_kickoff(db) -> None:
    korridor = corridors.korridorthema_id(db, "Soziale Stadt")
    projects.set_up_leitprojekt(db, titel="Quartiersküche", korridorthema_id=korridor,
                                beginn=dt.date(2026, 1, 1), geplantes_ende=dt.date(2027, 1, 1))
    projects.set_up_leitprojekt(db, titel="Später", korridorthema_id=korridor,
                                beginn=dt.date(2027, 6, 1), geplantes_ende=dt.date(2028, 1, 1))
    bericht = rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000)
    keys = [k for k in _keys(bericht) if k[0].startswith("4")]
    # a project that has not begun yet needs no kick-off yet
    assert sorted(keys) == [
        ("4.kickoff", "Quartiersküche"),
        ("4.projektleitung", "Quartiersküche"),
        ("4.projektleitung", "Später"),
    ]


def test_rule_5_aspects_considered_or_explained(db) -> None:
    org = make_org(db)
    a = compliant_project(db, org, "Digital Booster")
    assert not [b for b in rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000).befunde if b.regel == 5]
    detail = projects.Steckbrief(titel="Digital Booster", korridorthema_id=corridors.korridorthema_id(
        db, "Moderne Verwaltung"), status=ProjektStatus.LAUFEND, beginn=dt.date(2025, 3, 1),
        geplantes_ende=dt.date(2027, 12, 31), kickoff_am=dt.date(2025, 3, 1), digitalisierung=True)
    projects.save_steckbrief(db, projekt_id=a, daten=detail)
    [befund] = [b for b in rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000).befunde if b.regel == 5]
    assert befund.text == "Nicht berücksichtigt und nicht begründet: Internationalität, Partizipation."
    assert befund.schwere is Schwere.HINWEIS


def test_rule_6_planned_end_and_milestones(db) -> None:
    korridor = corridors.korridorthema_id(db, "Mobilität")
    projects.set_up_leitprojekt(db, titel="Radschnellweg", korridorthema_id=korridor)
    keys = {k for k in _keys(rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000))}
    assert {("6.ende", "Radschnellweg"), ("6.etappenziele", "Radschnellweg")} <= keys


def test_rule_7_stale_as_of_the_reference_date(db) -> None:
    org = make_org(db)
    original = db.clock
    db.clock = lambda: dt.datetime(2026, 9, 1, 10, 0)
    try:
        compliant_project(db, org, "Digital Booster")
    finally:
        db.clock = original
    assert _keys(rules.check_rules(db, stichtag=dt.date(2026, 10, 1), berichtszyklus_tage=30)) == []
    [befund] = rules.check_rules(db, stichtag=dt.date(2026, 10, 2), berichtszyklus_tage=30).offen
    assert befund.pruefung == "7" and "01.09.2026" in befund.text and "30 Tage" in befund.text
    assert rules.check_rules(db, stichtag=dt.date(2026, 10, 2), berichtszyklus_tage=45).befunde == ()


def test_override_keeps_the_finding_listed_but_not_counted(db) -> None:
    org = make_org(db)
    korridor = corridors.korridorthema_id(db, "Mobilität")
    projekt = projects.set_up_leitprojekt(db, titel="Radschnellweg", korridorthema_id=korridor,
                                          geplantes_ende=dt.date(2027, 1, 1))
    del org
    before = rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000)
    ziel = next(b for b in before.offen if b.pruefung == "6.etappenziele")
    with pytest.raises(DomainError, match="ganzen Satz"):
        rules.override_finding(db, pruefung="6.etappenziele", objekt_typ=ziel.objekt_typ,
                               objekt_id=ziel.objekt_id, begruendung="ok")
    rules.override_finding(db, pruefung="6.etappenziele", objekt_typ=ziel.objekt_typ, objekt_id=projekt,
                           begruendung="Etappenziele werden nach der Ausschreibung im Januar festgelegt.")
    after = rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000)
    assert len(after.befunde) == len(before.befunde)
    assert len(after.offen) == len(before.offen) - 1
    [overridden] = after.uebergangen
    assert overridden.ausnahme.erfasst_von == db.actor.login
    assert overridden.ausnahme.begruendung.startswith("Etappenziele werden")


def test_rule_titles_follow_the_organisations_terms(db) -> None:
    from sqlalchemy import text

    with db.transaction() as session:
        session.execute(text(
            "UPDATE begriff SET singular='Zukunftsprojekt', plural='Zukunftsprojekte' WHERE schluessel='leitprojekt'"
        ))
        session.execute(text("UPDATE begriff SET singular='Zukunftsthema' WHERE schluessel='korridorthema'"))
    korridor = corridors.korridorthema_id(db, "Mobilität")
    projects.set_up_leitprojekt(db, titel="Radschnellweg", korridorthema_id=korridor)
    bericht = rules.check_rules(db, stichtag=TODAY, berichtszyklus_tage=10_000)
    titles = {b.regel: b.regel_titel for b in bericht.befunde}
    assert titles[4] == "Projektleitung und Kick-off"
    assert rules.rule_title(1, load_terms(db)) == (
        "Höchstens fünf Zukunftsprojekte je Zukunftsthema"
    )
    pl = next(b for b in bericht.befunde if b.pruefung == "4.projektleitung")
    assert pl.text == "Das Zukunftsprojekt hat keine Projektleitung."
