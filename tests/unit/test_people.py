"""People and organisation services: the lists the pages read, and edits with validation and version checks."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import event

from iq_desktop.enums import ProjektStatus, Rolle
from iq_desktop.errors import VersionKonflikt
from iq_desktop.services import corridors, organisation, people, projects, staffing
from iq_desktop.services.errors import DomainError
from iq_desktop.services.people_rows import get_person, list_personen

from .builders import make_org, person


def _projekt(db, titel: str, status: ProjektStatus = ProjektStatus.LAUFEND) -> int:
    return projects.set_up_leitprojekt(db, titel=titel, korridorthema_id=corridors.korridorthema_id(
        db, "Moderne Verwaltung"), status=status)


@pytest.fixture
def staffed(db):
    """Eva Ärmel works in two current projects, once in the past, once in an archived project."""
    org = make_org(db)
    today = db.today()
    eva = person(db, org, "Ärmel")
    booster, akte, alt = _projekt(db, "Digital Booster"), _projekt(db, "E-Akte"), _projekt(db, "Altprojekt")
    archiv = _projekt(db, "Archiviert", ProjektStatus.ABGESCHLOSSEN)
    staffing.staff_person(db, projekt_id=booster, person_id=eva, rolle=Rolle.PROJEKTLEITUNG,
                          von=today - dt.timedelta(days=100))
    staffing.staff_person(db, projekt_id=akte, person_id=eva, rolle=Rolle.MITGLIED, bis=today)  # ends today
    staffing.staff_person(db, projekt_id=alt, person_id=eva, rolle=Rolle.MITGLIED,
                          von=today - dt.timedelta(days=400), bis=today - dt.timedelta(days=1))
    staffing.staff_person(db, projekt_id=archiv, person_id=eva, rolle=Rolle.MITGLIED)
    return org, eva, booster, akte


def test_the_list_shows_each_person_with_organisation_and_current_mitwirkungen(db, staffed) -> None:
    org, eva, _booster, _akte = staffed
    extern = person(db, org, "Zorn", extern=True)
    people.update_person(db, person_id=extern, expected_version=None, vorname="Eva", nachname="Zorn",
                         externe_organisation_id=org.extern, ist_dca=True, email="zorn@example.org")
    rows = {r.id: r for r in list_personen(db)}

    row = rows[eva]
    assert (row.name, row.amt, row.amt_bezeichnung, row.dezernat) == (
        "Eva Ärmel", "OA", "Ordnungs- und Bürgeramt", "Dez. 2")
    assert [(m.projekt, m.rolle) for m in row.mitwirkungen] == [
        ("Digital Booster", Rolle.PROJEKTLEITUNG), ("E-Akte", Rolle.MITGLIED)]
    assert all(m.aktuell for m in row.mitwirkungen) and row.leitprojekte == 2
    assert row.mitwirkungen[0].korridorthema == "Moderne Verwaltung"
    assert (rows[extern].externe_organisation, rows[extern].extern, rows[extern].ist_dca,
            rows[extern].email) == ("Hochschule Beispielstadt", True, True, "zorn@example.org")
    assert rows[org.bm].mitwirkungen == () and rows[org.bm].dezernat == "Dez. 2"


def test_the_list_sorts_like_a_german_reader_and_reads_in_a_few_queries(db, staffed) -> None:
    org, *_ = staffed
    for nachname in ("Zahn", "Özdemir", "Oberle", "Ast"):
        person(db, org, nachname)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        rows = list_personen(db)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert [r.nachname for r in rows] == ["Ärmel", "Ast", "Engelhardt", "Oberle", "Özdemir", "Zahn"]
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 3


def test_one_person_in_full_with_past_mitwirkungen_flagged(db, staffed) -> None:
    org, eva, booster, _akte = staffed
    detail = get_person(db, eva)
    assert (detail.name, detail.anrede, detail.amt_id, detail.dezernat_id, detail.amt, detail.dezernat) == (
        "Eva Ärmel", "Frau", org.amt, org.dezernat, "OA", "Dez. 2")
    assert [(m.projekt, m.aktuell) for m in detail.mitwirkungen] == [
        ("Digital Booster", True), ("E-Akte", True), ("Archiviert", False), ("Altprojekt", False)]
    assert detail.mitwirkungen[0].projekt_id == booster
    tomorrow = db.today() + dt.timedelta(days=1)
    assert [m.projekt for m in get_person(db, eva, stichtag=tomorrow).mitwirkungen if m.aktuell] == [
        "Digital Booster"]


def test_update_person_saves_every_field_and_bumps_the_version(db) -> None:
    org = make_org(db)
    abteilung = people.add_abteilung(db, amt_id=org.amt, bezeichnung="Bürgerdienste", kuerzel="OA 1")
    eva = person(db, org, "Ärmel")
    before = get_person(db, eva)
    people.update_person(db, person_id=eva, expected_version=before.version, anrede="Frau", titel="Dr.",
                         vorname=" Eva ", nachname="Ärmel-Groß", funktion="Sachgebietsleitung",
                         abteilung_id=abteilung, email="eva@karlsruhe.de", telefon="0721 133-0", ist_dca=True)
    after = get_person(db, eva)
    assert (after.name, after.vorname, after.funktion, after.telefon, after.ist_dca) == (
        "Dr. Eva Ärmel-Groß", "Eva", "Sachgebietsleitung", "0721 133-0", True)
    # the Abteilung implies its Amt, the Amt its Dezernat
    assert (after.abteilung_id, after.amt_id, after.dezernat_id, after.abteilung) == (
        abteilung, org.amt, org.dezernat, "Bürgerdienste")
    assert after.version == before.version + 1
    people.update_person(db, person_id=eva, expected_version=after.version, anrede="Frau", titel="Dr.",
                         vorname="Eva", nachname="Ärmel-Groß", funktion="Sachgebietsleitung",
                         abteilung_id=abteilung, amt_id=org.amt, email="eva@karlsruhe.de",
                         telefon="0721 133-0", ist_dca=True)
    assert get_person(db, eva).version == after.version  # nothing changed, nothing written


def test_update_person_refuses_a_stale_version_and_writes_nothing(db) -> None:
    org = make_org(db)
    eva = person(db, org, "Ärmel")
    loaded = get_person(db, eva)
    people.update_person(db, person_id=eva, expected_version=loaded.version, vorname="Eva", nachname="Anders",
                         amt_id=org.amt)
    with pytest.raises(VersionKonflikt, match=r"Die Person wurde inzwischen .*geändert"):
        people.update_person(db, person_id=eva, expected_version=loaded.version, vorname="Eva",
                             nachname="Meine", amt_id=org.amt)
    assert get_person(db, eva).nachname == "Anders"


@pytest.mark.parametrize(("change", "feld", "message"), [
    ({"nachname": "  "}, "nachname", "Bitte „Nachname“ ausfüllen."),
    ({"vorname": ""}, "vorname", "Bitte „Vorname“ ausfüllen."),
    ({"telefon": "0" * 51}, "telefon", r"„Telefon“ ist zu lang \(höchstens 50 Zeichen\)\."),
    ({"externe_organisation_id": "extern"}, "externe_organisation_id", "entweder zur Stadtverwaltung"),
    ({"abteilung_id": "fremde_abteilung"}, "abteilung_id", "Die Abteilung gehört nicht zum gewählten Amt."),
    ({"dezernat_id": "anderes_dezernat"}, "amt_id", "Das Amt gehört nicht zum gewählten Dezernat."),
])
def test_add_and_update_person_share_their_checks(db, change, feld, message) -> None:
    org = make_org(db)
    anderes = people.add_dezernat(db, kuerzel="Dez. 3", bezeichnung="Dezernat 3")
    amt2 = people.add_amt(db, kuerzel="AfSta", bezeichnung="Amt für Stadtentwicklung", dezernat_id=anderes)
    ids = {"extern": org.extern, "fremde_abteilung": people.add_abteilung(db, amt_id=amt2, bezeichnung="Statistik"),
           "anderes_dezernat": anderes}
    change = {key: ids.get(value, value) if isinstance(value, str) else value for key, value in change.items()}
    eva = person(db, org, "Ärmel")
    loaded = get_person(db, eva)
    values = {"vorname": "Eva", "nachname": "Ärmel", "amt_id": org.amt, **change}
    with pytest.raises(DomainError, match=message) as refused:
        people.add_person(db, **values)
    assert refused.value.feld == feld
    with pytest.raises(DomainError, match=message):
        people.update_person(db, person_id=eva, expected_version=loaded.version, **values)
    assert get_person(db, eva) == loaded
    assert len(list_personen(db)) == 2  # the mayor and Eva; nothing was added


def test_the_organisation_tree_nests_and_counts(db) -> None:
    org = make_org(db)
    abteilung = people.add_abteilung(db, amt_id=org.amt, bezeichnung="Bürgerdienste")
    people.set_dezernat_buergermeister(db, dezernat_id=org.dezernat, person_id=org.bm)
    lose = people.add_amt(db, kuerzel="RPA", bezeichnung="Rechnungsprüfungsamt", dezernat_id=None)
    person(db, org, "Ärmel")
    people.add_person(db, vorname="Max", nachname="Teil", abteilung_id=abteilung)
    person(db, org, "Zorn", extern=True)
    people.add_person(db, vorname="Rita", nachname="Prüfer", amt_id=lose)

    tree = organisation.organisation_tree(db)
    (dezernat,) = tree.dezernate
    assert (dezernat.kuerzel, dezernat.bezeichnung, dezernat.buergermeister, dezernat.personen_ohne_amt) == (
        "Dez. 2", "Dezernat 2", "Dr. Clara Engelhardt", 1)
    (amt,) = dezernat.aemter
    assert (amt.kuerzel, amt.personen) == ("OA", 2)
    assert [(a.bezeichnung, a.personen) for a in amt.abteilungen] == [("Bürgerdienste", 1)]
    assert [(a.kuerzel, a.personen) for a in tree.aemter_ohne_dezernat] == [("RPA", 1)]
    assert [(o.name, o.personen) for o in tree.externe] == [("Hochschule Beispielstadt", 1)]


def test_update_dezernat_renames_and_sets_the_mayor_against_its_version(db) -> None:
    org = make_org(db)
    people.add_dezernat(db, kuerzel="Dez. 3", bezeichnung="Dezernat 3")
    dezernat = next(d for d in organisation.organisation_tree(db).dezernate if d.id == org.dezernat)
    organisation.update_dezernat(db, dezernat_id=dezernat.id, expected_version=dezernat.version,
                                 kuerzel="Dez. II", bezeichnung="Dezernat II", buergermeister_id=org.bm)
    renamed = next(d for d in organisation.organisation_tree(db).dezernate if d.id == org.dezernat)
    assert (renamed.kuerzel, renamed.buergermeister_id, renamed.version) == ("Dez. II", org.bm, dezernat.version + 1)
    with pytest.raises(VersionKonflikt):
        organisation.update_dezernat(db, dezernat_id=dezernat.id, expected_version=dezernat.version,
                                     kuerzel="Dez. 2", bezeichnung="Dezernat 2", buergermeister_id=None)
    with pytest.raises(DomainError, match=re.escape("Ein Dezernat mit dem Kürzel „Dez. 3“ gibt es schon.")):
        organisation.update_dezernat(db, dezernat_id=dezernat.id, expected_version=renamed.version,
                                     kuerzel="Dez. 3", bezeichnung="Dezernat II", buergermeister_id=org.bm)
    assert organisation.organisation_tree(db).dezernate[-1] == renamed  # "Dez. II" after "Dez. 3"


def test_moving_an_amt_to_another_dezernat_moves_its_people(db) -> None:
    org = make_org(db)
    neu = people.add_dezernat(db, kuerzel="Dez. 3", bezeichnung="Dezernat 3")
    eva = person(db, org, "Ärmel")
    amt = organisation.organisation_tree(db).dezernate[0].aemter[0]
    organisation.update_amt(db, amt_id=amt.id, expected_version=amt.version, kuerzel="OA",
                            bezeichnung="Ordnungs- und Bürgeramt", dezernat_id=neu)
    assert get_person(db, eva).dezernat_id == neu
    tree = organisation.organisation_tree(db)
    assert [d.kuerzel for d in tree.dezernate if d.aemter] == ["Dez. 3"]
    with pytest.raises(VersionKonflikt):
        organisation.update_amt(db, amt_id=amt.id, expected_version=amt.version, kuerzel="OA",
                                bezeichnung="Ordnungsamt", dezernat_id=org.dezernat)
    people.add_amt(db, kuerzel="IT", bezeichnung="Amt für IT", dezernat_id=None)
    moved = next(d for d in tree.dezernate if d.aemter).aemter[0]
    with pytest.raises(DomainError, match=re.escape("Ein Amt „Amt für IT“ (OA) gibt es schon.")):
        organisation.update_amt(db, amt_id=amt.id, expected_version=moved.version, kuerzel="OA",
                                bezeichnung="Amt für IT", dezernat_id=neu)


def test_rename_abteilung_and_external_organisation(db) -> None:
    org = make_org(db)
    abteilung = people.add_abteilung(db, amt_id=org.amt, bezeichnung="Bürgerdienste")
    people.add_externe_organisation(db, name="KIT", art="Hochschule")
    tree = organisation.organisation_tree(db)
    teil = tree.dezernate[0].aemter[0].abteilungen[0]
    organisation.update_abteilung(db, abteilung_id=abteilung, expected_version=teil.version,
                                  bezeichnung="Bürgerbüros", kuerzel="OA 2")
    with pytest.raises(DomainError, match=re.escape("Bitte „Bezeichnung“ ausfüllen.")):
        organisation.update_abteilung(db, abteilung_id=abteilung, expected_version=None, bezeichnung=" ",
                                      kuerzel=None)
    hochschule = next(o for o in tree.externe if o.id == org.extern)
    organisation.update_externe_organisation(db, organisation_id=org.extern, expected_version=hochschule.version,
                                             name="Hochschule Karlsruhe", art="Hochschule", ort="Karlsruhe")
    with pytest.raises(DomainError, match=re.escape("Die Organisation „KIT“ gibt es schon.")):
        organisation.update_externe_organisation(db, organisation_id=org.extern, expected_version=None,
                                                 name="KIT", art=None, ort=None)
    with pytest.raises(VersionKonflikt):
        organisation.update_externe_organisation(db, organisation_id=org.extern,
                                                 expected_version=hochschule.version, name="HKA", art=None, ort=None)
    after = organisation.organisation_tree(db)
    assert [(a.bezeichnung, a.kuerzel) for a in after.dezernate[0].aemter[0].abteilungen] == [
        ("Bürgerbüros", "OA 2")]
    assert [(o.name, o.ort) for o in after.externe] == [("Hochschule Karlsruhe", "Karlsruhe"), ("KIT", None)]
