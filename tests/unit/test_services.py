"""Use cases: validation with German messages, the audit trail, versions, derived "Aktualisiert am"."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, text

from iq_desktop.enums import Ampel, PhasenStatus, ProjektStatus, Rolle
from iq_desktop.errors import VersionKonflikt
from iq_desktop.models import AuditEintrag, Leitprojekt
from iq_desktop.services import (
    corridors,
    milestones,
    people,
    phases,
    portfolio,
    projects,
    risks,
    staffing,
    status_reports,
)
from iq_desktop.services.errors import DomainError, NichtGefunden
from iq_desktop.services.read_models import ZielZeile

from .builders import compliant_project, make_org, person


def _projekt(db, titel: str = "Digital Booster") -> int:
    return projects.set_up_leitprojekt(
        db, titel=titel, korridorthema_id=corridors.korridorthema_id(db, "Moderne Verwaltung"),
        beginn=dt.date(2024, 2, 23),
    )


def _version(db, projekt_id: int) -> tuple[int, dt.datetime]:
    with db.reading() as session:
        row = session.execute(
            select(Leitprojekt.version, Leitprojekt.aktualisiert_am).where(Leitprojekt.id == projekt_id)
        ).one()
    return row.version, row.aktualisiert_am


@pytest.mark.parametrize(
    ("kwargs", "feld", "message"),
    [
        ({"titel": "  "}, "titel", "Bitte „Titel“ ausfüllen."),
        ({"titel": "x" * 201}, "titel", "„Titel“ ist zu lang (höchstens 200 Zeichen)."),
        ({"beginn": dt.date(2026, 5, 1), "geplantes_ende": dt.date(2026, 4, 30)}, "geplantes_ende",
         "„Geplantes Ende“ (30.04.2026) liegt vor „Beginn“ (01.05.2026)."),
    ],
)
def test_set_up_leitprojekt_validates_in_german(db, kwargs, feld, message) -> None:
    args = {"titel": "Digital Booster", "korridorthema_id": corridors.korridorthema_id(db, "Mobilität")} | kwargs
    with pytest.raises(DomainError) as raised:
        projects.set_up_leitprojekt(db, **args)
    assert raised.value.message == message and raised.value.feld == feld
    assert portfolio.list_projects(db) == []


def test_new_project_gets_the_default_phase_plan_and_duplicate_titles_are_refused(db) -> None:
    projekt = _projekt(db)
    detail = portfolio.get_leitprojekt(db, projekt)
    assert [p.name for p in detail.phasen] == ["Initiierungsphase", "Umsetzungsphase", "Abschlussphase"]
    assert all(p.status is PhasenStatus.NICHT_BEGONNEN for p in detail.phasen)
    with pytest.raises(DomainError, match="schon ein Leitprojekt „digital booster“"):
        _projekt(db, "digital booster")


def test_risk_scales_and_staffing_rules(db) -> None:
    org = make_org(db)
    projekt = _projekt(db)
    with pytest.raises(DomainError, match=r"„Wahrscheinlichkeit“ muss zwischen 1 und 5 liegen\."):
        risks.log_risiko(db, projekt_id=projekt, titel="Personal", wahrscheinlichkeit=6, auswirkung=2)
    with pytest.raises(DomainError, match="„Auswirkung“ muss zwischen 1 und 5"):
        risks.log_risiko(db, projekt_id=projekt, titel="Personal", wahrscheinlichkeit=2, auswirkung=0)
    p = person(db, org, "Beispiel")
    with pytest.raises(DomainError, match=r"„Anteil“ muss zwischen 0 und 100 Prozent liegen\."):
        staffing.staff_person(db, projekt_id=projekt, person_id=p, rolle=Rolle.MITGLIED, anteil_prozent=120)
    with pytest.raises(DomainError, match=r"„bis“ .* liegt vor „von“"):
        staffing.staff_person(db, projekt_id=projekt, person_id=p, rolle=Rolle.MITGLIED,
                              von=dt.date(2026, 2, 1), bis=dt.date(2026, 1, 1))
    staffing.staff_person(db, projekt_id=projekt, person_id=p, rolle=Rolle.MITGLIED)
    with pytest.raises(DomainError, match="bereits als Mitglied der Projektgruppe mit"):
        staffing.staff_person(db, projekt_id=projekt, person_id=p, rolle=Rolle.MITGLIED)
    # another role in the same project is allowed
    staffing.staff_person(db, projekt_id=projekt, person_id=p, rolle=Rolle.ANSPRECHPERSON)


def test_person_belongs_to_the_city_or_an_external_organisation(db) -> None:
    org = make_org(db)
    with pytest.raises(DomainError, match="nicht zu beiden"):
        people.add_person(db, vorname="A", nachname="B", amt_id=org.amt, externe_organisation_id=org.extern)
    staff = people.add_person(db, vorname="A", nachname="B", amt_id=org.amt)
    with db.reading() as session:
        dezernat = session.execute(text("SELECT dezernat_id FROM person WHERE id=:i"), {"i": staff}).scalar()
    assert dezernat == org.dezernat  # taken over from the Amt


def test_unknown_ids_give_a_german_not_found(db) -> None:
    with pytest.raises(NichtGefunden, match=r"Das Leitprojekt \(Nr. 999\) wurde nicht gefunden"):
        projects.set_ampel(db, projekt_id=999, ampel=Ampel.ROT)


def test_every_change_is_audited_with_who_what_old_and_new(db) -> None:
    projekt = _projekt(db)
    projects.set_ampel(db, projekt_id=projekt, ampel=Ampel.GELB, notiz="Personal fehlt")
    projects.set_ampel(db, projekt_id=projekt, ampel=Ampel.ROT, notiz="Personal fehlt")
    with db.reading() as session:
        rows = session.scalars(
            select(AuditEintrag).where(AuditEintrag.entitaet == "leitprojekt").order_by(AuditEintrag.id)
        ).all()
    created, first, second = rows
    assert created.aktion == "angelegt" and created.aenderungen["titel"] == [None, "Digital Booster"]
    assert first.aenderungen == {"ampel": [None, "gelb"], "ampel_notiz": [None, "Personal fehlt"]}
    assert second.aenderungen == {"ampel": ["gelb", "rot"]}
    assert {r.benutzer for r in rows} == {db.actor.login}
    assert all(r.rechner and r.programmversion and r.leitprojekt_id == projekt for r in rows)


def test_one_use_case_writes_one_audit_row_per_object(db) -> None:
    projekt = _projekt(db)
    erste = portfolio.get_leitprojekt(db, projekt).phasen[0]
    phases.move_phase(db, phase_id=erste.id, status=PhasenStatus.LAUFEND, am=dt.date(2026, 1, 5))
    with db.reading() as session:
        rows = session.scalars(
            select(AuditEintrag).where(AuditEintrag.entitaet == "phase", AuditEintrag.aktion == "geaendert")
        ).all()
    [row] = rows
    assert row.aenderungen == {"status": ["nicht_begonnen", "laufend"], "ist_von": [None, "2026-01-05"]}


def test_changes_to_parts_update_aktualisiert_am_but_not_the_profile_version(db) -> None:
    projekt = _projekt(db)
    version, first = _version(db, projekt)
    later = first + dt.timedelta(days=3)
    db.clock = lambda: later
    milestones.plan_etappenziel(db, projekt_id=projekt, titel="Workshop", faellig_am=dt.date(2027, 1, 1))
    assert _version(db, projekt) == (version, later)


def test_the_profile_is_one_unit_with_one_version(db) -> None:
    projekt = _projekt(db)
    detail = portfolio.get_leitprojekt(db, projekt)
    daten = projects.Steckbrief.from_detail(detail, strategie_ids=())
    daten = dataclasses.replace(daten, ziele=[ZielZeile(1, 0, "Amt hat eine Digitalstrategie"),
                                              ZielZeile(2, 1, "Handlungsfelder mappen"),
                                              ZielZeile(3, 0, "  ")])
    new_version = projects.save_steckbrief(db, projekt_id=projekt, daten=daten, expected_version=detail.version)
    assert new_version == detail.version + 1
    stored = portfolio.get_leitprojekt(db, projekt)
    assert [(z.position, z.ebene, z.text) for z in stored.ziele] == [
        (1, 0, "Amt hat eine Digitalstrategie"), (2, 1, "Handlungsfelder mappen")
    ]
    # a form still holding the old version must not overwrite
    with pytest.raises(VersionKonflikt, match=r"wurde inzwischen von .+ am PC .+ geändert"):
        projects.save_steckbrief(db, projekt_id=projekt, daten=daten, expected_version=detail.version)


def test_steckbrief_validates_budget_lines(db) -> None:
    from iq_desktop.services.read_models import BudgetZeile

    projekt = _projekt(db)
    daten = projects.Steckbrief.from_detail(portfolio.get_leitprojekt(db, projekt), strategie_ids=())
    with pytest.raises(DomainError, match="„2025/2027“ bitte als „2025/2026“"):
        projects.save_steckbrief(db, projekt_id=projekt,
                                 daten=dataclasses.replace(daten, budgets=[BudgetZeile("2025/2027", 1, 1, 1)]))
    projects.save_steckbrief(db, projekt_id=projekt, daten=dataclasses.replace(
        daten, budgets=[BudgetZeile("2025/2026", 120_000, 100_000, 40_000)]))
    assert portfolio.get_leitprojekt(db, projekt).budgets == (BudgetZeile("2025/2026", 120_000, 100_000, 40_000),)


def test_phase_moves_keep_actual_dates_and_complete_earlier_phases(db) -> None:
    projekt = _projekt(db)
    erste, zweite, _ = portfolio.get_leitprojekt(db, projekt).phasen
    phases.move_phase(db, phase_id=erste.id, status=PhasenStatus.LAUFEND, am=dt.date(2026, 1, 5))
    phases.move_phase(db, phase_id=zweite.id, status=PhasenStatus.LAUFEND, am=dt.date(2026, 6, 1))
    erste, zweite, _ = portfolio.get_leitprojekt(db, projekt).phasen
    assert (erste.status, erste.ist_von, erste.ist_bis) == (
        PhasenStatus.ABGESCHLOSSEN, dt.date(2026, 1, 5), dt.date(2026, 6, 1))
    assert zweite.status is PhasenStatus.LAUFEND
    [row] = [r for r in portfolio.list_projects(db) if r.id == projekt]
    assert row.aktuelle_phase == "Umsetzungsphase"


def test_sachstand_freezes_the_state_and_compares_with_the_next(db) -> None:
    org = make_org(db)
    projekt = compliant_project(db, org, "Digital Booster")
    projects.set_ampel(db, projekt_id=projekt, ampel=Ampel.GELB)
    with pytest.raises(DomainError, match="mindestens einen Text"):
        status_reports.record_sachstand(db, projekt_id=projekt, stichtag=dt.date(2026, 10, 1))
    first = status_reports.record_sachstand(db, projekt_id=projekt, stichtag=dt.date(2026, 10, 1),
                                            erreicht="Workshops mit allen Abteilungen")
    [ziel] = portfolio.get_leitprojekt(db, projekt).etappenziele
    milestones.reach_etappenziel(db, etappenziel_id=ziel.id, erreicht_am=dt.date(2026, 10, 20))
    projects.set_ampel(db, projekt_id=projekt, ampel=Ampel.GRUEN)
    second = status_reports.record_sachstand(db, projekt_id=projekt, stichtag=dt.date(2026, 11, 1),
                                             erreicht="Roadmap abgestimmt")
    from iq_desktop.models import Sachstand

    with db.reading() as session:
        a, b = (session.get(Sachstand, i) for i in (first, second))
        assert a.ampel is Ampel.GELB and a.stand["ampel"] == "gelb"
        assert a.stand["etappenziele"][0]["status"] == "offen"
        changes = status_reports.compare_staende(a.stand, b.stand)
    assert ("Ampel", "gelb", "gruen") in {(c.was, c.vorher, c.nachher) for c in changes}
    assert ("Workshop: status", "offen", "erreicht") in {(c.was, c.vorher, c.nachher) for c in changes}
    detail = portfolio.get_leitprojekt(db, projekt)
    assert [s.stichtag for s in detail.sachstaende] == [dt.date(2026, 11, 1), dt.date(2026, 10, 1)]


def test_list_projects_derives_phase_milestone_risk_and_lead(db) -> None:
    org = make_org(db)
    projekt = compliant_project(db, org, "Digital Booster")
    risks.log_risiko(db, projekt_id=projekt, titel="OA kann keinen PM stellen", wahrscheinlichkeit=3,
                     auswirkung=4, erkannt_am=dt.date(2026, 1, 1))
    milestones.plan_etappenziel(db, projekt_id=projekt, titel="Amtsleiterworkshop", faellig_am=dt.date(2026, 12, 1))
    [row] = portfolio.list_projects(db)
    assert (row.naechstes_etappenziel, row.naechstes_etappenziel_am) == ("Amtsleiterworkshop", dt.date(2026, 12, 1))
    assert (row.top_risiko, row.top_risiko_score) == ("OA kann keinen PM stellen", 12)
    assert row.projektleitung == "Eva Leitung Digital Booster"
    assert row.aktuelle_phase == "Initiierungsphase"
    projects.change_status(db, projekt_id=projekt, status=ProjektStatus.ABGESCHLOSSEN)
    assert portfolio.list_projects(db) == []
    assert [r.id for r in portfolio.list_projects(db, mit_archiv=True)] == [projekt]
    tree = portfolio.corridor_tree(db, mit_archiv=True)
    assert [k.name for k in tree][1] == "Moderne Verwaltung" and tree[1].projekte[0].titel == "Digital Booster"


def test_find_projects_by_id_exact_title_or_part(db) -> None:
    a = _projekt(db, "Digital Booster")
    b = _projekt(db, "Digitale Schule")
    assert [r[0] for r in portfolio.find_projects(db, str(b))] == [b]
    assert [r[0] for r in portfolio.find_projects(db, "digital booster")] == [a]
    assert [r[0] for r in portfolio.find_projects(db, "Digital")] == [a, b]


def test_lists_sort_titles_in_german_dictionary_order(db) -> None:
    for titel in ("Zukunftsforum", "Übergreifendes Wissen", "Agiles Arbeiten", "öffentliche Räume"):
        _projekt(db, titel)
    expected = ["Agiles Arbeiten", "öffentliche Räume", "Übergreifendes Wissen", "Zukunftsforum"]
    assert [r.titel for r in portfolio.list_projects(db)] == expected
    tree = portfolio.corridor_tree(db)
    assert [p.titel for p in tree[1].projekte] == expected


def test_completing_a_later_phase_completes_the_running_earlier_one(db) -> None:
    projekt = _projekt(db)
    erste, _, dritte = portfolio.get_leitprojekt(db, projekt).phasen
    phases.move_phase(db, phase_id=erste.id, status=PhasenStatus.LAUFEND, am=dt.date(2026, 1, 5))
    phases.move_phase(db, phase_id=dritte.id, status=PhasenStatus.ABGESCHLOSSEN, am=dt.date(2026, 9, 1))
    erste, zweite, dritte = portfolio.get_leitprojekt(db, projekt).phasen
    assert (erste.status, erste.ist_bis) == (PhasenStatus.ABGESCHLOSSEN, dt.date(2026, 9, 1))
    assert zweite.status is PhasenStatus.NICHT_BEGONNEN
    assert (dritte.status, dritte.ist_von, dritte.ist_bis) == (
        PhasenStatus.ABGESCHLOSSEN, dt.date(2026, 9, 1), dt.date(2026, 9, 1))


def test_goals_dropped_from_a_profile_are_audited_as_deleted(db) -> None:
    """A list replaced in the Steckbrief: the rows that went are in the trail too (delete-orphan)."""
    projekt = _projekt(db)

    def save(*texts: str) -> None:
        detail = portfolio.get_leitprojekt(db, projekt)
        daten = projects.Steckbrief.from_detail(detail, [])
        daten = dataclasses.replace(daten, ziele=[ZielZeile(i, 0, t) for i, t in enumerate(texts, 1)])
        projects.save_steckbrief(db, projekt_id=projekt, daten=daten, expected_version=detail.version)

    save("Ziel A", "Ziel B")
    save("Ziel C")
    with db.reading() as session:
        rows = session.execute(
            select(AuditEintrag.aktion, AuditEintrag.aenderungen).where(AuditEintrag.entitaet == "projekt_ziel")
            .order_by(AuditEintrag.id)
        ).all()
        stored = session.execute(text("SELECT text FROM projekt_ziel")).scalars().all()
    assert stored == ["Ziel C"]
    deleted = sorted(a["text"][0] for aktion, a in rows if aktion == "geloescht")
    assert deleted == ["Ziel A", "Ziel B"]
    assert sum(aktion == "angelegt" for aktion, _ in rows) == 3
