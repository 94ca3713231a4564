"""The Personen page on the fixture portfolio: the list, the filter, a person's Mitwirkungen, the person form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.enums import Rolle
from iq_desktop.services import people, staffing
from iq_desktop.services.people_rows import get_person, list_personen
from iq_desktop.ui import conflict_dialog
from iq_desktop.ui.conflict_dialog import Entscheidung
from iq_desktop.ui.people.people_models import mitwirkungen_model, people_model
from iq_desktop.ui.people.people_page import PeoplePage
from iq_desktop.ui.people.person_dialog import PersonDialog
from iq_desktop.ui.record_table import WordFilterProxy

from .conftest import Portfolio
from .keys import replace_text, send_keys
from .mnemonics import MAIN_WINDOW_LETTERS, alt_letters, used_twice
from .modal import discard, in_modal

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")

MITWIRKUNGEN = 4  # the column


@pytest.fixture
def org(db: Database) -> dict[str, int]:
    dezernat = people.add_dezernat(db, kuerzel="Dez. 2", bezeichnung="Dezernat 2")
    return {
        "dezernat": dezernat,
        "amt": people.add_amt(db, kuerzel="OA", bezeichnung="Ordnungs- und Bürgeramt", dezernat_id=dezernat),
        "it": people.add_amt(db, kuerzel="IT", bezeichnung="Amt für Informationstechnik", dezernat_id=dezernat),
        "extern": people.add_externe_organisation(db, name="Hochschule Karlsruhe", art="Hochschule"),
    }


@pytest.fixture
def page(qtbot, db: Database, portfolio: Portfolio, org: dict[str, int]) -> PeoplePage:
    widget = PeoplePage()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.show_database(db)
    return widget


def _cell(page: PeoplePage, person_id: int, column: int) -> str:
    row = page.model.row_where(lambda r: r.id == person_id)
    assert row is not None
    return page.model.index(row, column).data()


def _visible_names(page: PeoplePage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def _in_dialog(page: PeoplePage, work: Callable[[PersonDialog], None]) -> list[BaseException]:
    return in_modal(lambda: page.person_dialog, work)


def test_the_table_models_pass_the_model_tester(qtmodeltester, db: Database, portfolio: Portfolio) -> None:
    staffing.staff_person(db, projekt_id=portfolio.projekte["E-Akte für alle Ämter"],
                          person_id=portfolio.personen["Weber"], rolle=Rolle.MITGLIED)
    rows = list_personen(db)
    model = people_model()
    model.set_rows(rows)
    proxy = WordFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.set_text("weber")
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    detail = mitwirkungen_model()
    detail.set_rows(get_person(db, portfolio.personen["Weber"]).mitwirkungen)
    detail.sort(3)
    qtmodeltester.check(detail)


def test_everyone_is_listed_with_their_current_leitprojekte(page: PeoplePage, db: Database,
                                                            portfolio: Portfolio, org: dict[str, int]) -> None:
    weber = portfolio.personen["Weber"]
    assert page.heading.text() == "Pe&rsonen"
    assert page.proxy.rowCount() == len(portfolio.personen)
    assert page.count_label.text() == f"Angezeigt: {len(portfolio.personen)} von {len(portfolio.personen)}"
    assert _cell(page, weber, MITWIRKUNGEN) == "Digital Booster (Projektleitung)"
    assert _cell(page, portfolio.personen["Käppele"], MITWIRKUNGEN) == ""
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Name", "Amt / Organisation", "Funktion", "DCA", "Mitwirkungen"]

    people.update_person(db, person_id=weber, expected_version=None, vorname="Jonas", nachname="Weber",
                         amt_id=org["it"], funktion="E-Government", ist_dca=True)
    staffing.staff_person(db, projekt_id=portfolio.projekte["E-Akte für alle Ämter"], person_id=weber,
                          rolle=Rolle.MITGLIED)
    assert page.select_person(weber)
    page.show_database(db)  # a reload keeps the selection
    assert page.current_person_id() == weber
    assert _cell(page, weber, 1) == "IT · Dez. 2"
    assert (_cell(page, weber, 2), _cell(page, weber, 3)) == ("E-Government", "ja")
    text = _cell(page, weber, MITWIRKUNGEN)
    # more than one current Leitprojekt is said in words (and in bold), not by colour alone
    assert text == ("2 Leitprojekte: Digital Booster (Projektleitung); "
                    "E-Akte für alle Ämter (Mitglied der Projektgruppe)")
    row = page.model.row_where(lambda r: r.id == weber)
    assert page.model.index(row, MITWIRKUNGEN).data(Qt.ItemDataRole.FontRole).bold()

    # a Bürgermeister/in as Auftraggeber/in of two projects is no case for the one-project rule: not bold
    engelhardt = portfolio.personen["Engelhardt"]
    for titel in ("Digital Booster", "E-Akte für alle Ämter"):
        staffing.staff_person(db, projekt_id=portfolio.projekte[titel], person_id=engelhardt,
                              rolle=Rolle.AUFTRAGGEBER)
    page.show_database(db)
    assert _cell(page, engelhardt, MITWIRKUNGEN).startswith("2 Leitprojekte: ")
    row = page.model.row_where(lambda r: r.id == engelhardt)
    assert page.model.index(row, MITWIRKUNGEN).data(Qt.ItemDataRole.FontRole) is None


def test_the_filter_narrows_the_list_as_you_type(page: PeoplePage, db: Database, portfolio: Portfolio,
                                                 org: dict[str, int]) -> None:
    people.add_person(db, vorname="Eva", nachname="Gast", externe_organisation_id=org["extern"])
    page.show_database(db)
    page.filter_edit.setFocus()
    send_keys(page.filter_edit, "Boo")  # a project title
    assert _visible_names(page) == ["Jonas Weber"]
    replace_text(page.filter_edit, "öztü")  # a name, umlauts and case as typed
    assert _visible_names(page) == ["Sabine Öztürk"]
    replace_text(page.filter_edit, "hochschule")  # an organisation
    assert _visible_names(page) == ["Eva Gast"]
    replace_text(page.filter_edit, "niemand hier")
    assert page.proxy.rowCount() == 0 and page.message.text() == "Keine Person passt zum Filter."
    page.filter_edit.clear()
    assert page.proxy.rowCount() == len(portfolio.personen) + 1 and page.message.isHidden()


def test_a_selected_person_shows_every_mitwirkung_and_enter_opens_its_project(
        page: PeoplePage, db: Database, portfolio: Portfolio, qtbot) -> None:
    weber = portfolio.personen["Weber"]
    alt = staffing.staff_person(db, projekt_id=portfolio.projekte["Agiles Arbeiten"], person_id=weber,
                                rolle=Rolle.MITGLIED, von=dt.date(2024, 1, 1))
    staffing.end_mitwirkung(db, mitwirkung_id=alt, bis=db.today() - dt.timedelta(days=10))
    page.show_database(db)
    assert _cell(page, weber, MITWIRKUNGEN) == "Digital Booster (Projektleitung)"  # the ended one is not current
    assert page.select_person(weber)
    panel = page.panel
    assert panel.name.text() == "Jonas Weber"
    rows = [[panel.proxy.index(r, c).data() for c in (0, 2, 5)] for r in range(panel.proxy.rowCount())]
    assert rows == [["Digital Booster", "Projektleitung", "aktuell"],
                    ["Agiles Arbeiten", "Mitglied der Projektgruppe", "beendet"]]
    assert panel.proxy.index(1, 3).data() == "01.01.2024"  # TT.MM.JJJJ

    assert not panel.open_button.isEnabled()
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(1, 0))
    assert panel.open_button.isEnabled()
    with qtbot.waitSignal(page.project_requested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [portfolio.projekte["Agiles Arbeiten"]]


def test_a_new_person_is_recorded_through_the_form(page: PeoplePage, db: Database, org: dict[str, int],
                                                   qtbot) -> None:
    def fill(dialog: PersonDialog) -> None:
        assert dialog.windowTitle() == "Neue Person"
        replace_text(dialog.anrede.lineEdit(), "Frau")
        replace_text(dialog.vorname, "Jülide")
        replace_text(dialog.nachname, "Öğüt-Straßer")
        replace_text(dialog.funktion, "Bürgerbüro")
        dialog.amt.setCurrentIndex(dialog.amt.findData(org["amt"]))
        assert dialog.dezernat.currentData() == org["dezernat"]  # the Amt's Dezernat follows
        replace_text(dialog.email, "j.oeguet@karlsruhe.de")
        dialog.dca.setChecked(True)
        dialog.save_button.click()

    failures = _in_dialog(page, fill)
    with qtbot.waitSignal(page.data_changed):
        page.new_button.click()
    assert not failures, failures
    saved = next(r for r in list_personen(db) if r.nachname == "Öğüt-Straßer")
    assert (saved.name, saved.amt, saved.dezernat, saved.ist_dca, saved.email) == (
        "Jülide Öğüt-Straßer", "OA", "Dez. 2", True, "j.oeguet@karlsruhe.de")
    assert get_person(db, saved.id).anrede == "Frau"
    assert page.current_person_id() == saved.id and page.panel.name.text() == "Jülide Öğüt-Straßer"


def test_a_missing_surname_is_said_in_german_and_nothing_is_written(page: PeoplePage, db: Database) -> None:
    before = list_personen(db)
    seen: dict[str, object] = {}

    def fill(dialog: PersonDialog) -> None:
        replace_text(dialog.vorname, "Nur Vorname")
        dialog.save_button.click()
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        seen["kept"] = dialog.vorname.text()
        seen["focus"] = dialog.focusWidget() is dialog.nachname
        discard(dialog)

    failures = _in_dialog(page, fill)
    page.new_button.click()
    assert not failures, failures
    assert seen == {"error": "⚠ Bitte „Nachname“ ausfüllen.", "open": True, "kept": "Nur Vorname", "focus": True}
    assert list_personen(db) == before


def test_a_person_is_changed_through_the_form(page: PeoplePage, db: Database, portfolio: Portfolio,
                                              org: dict[str, int], qtbot) -> None:
    weber = portfolio.personen["Weber"]
    page.select_person(weber)

    def fill(dialog: PersonDialog) -> None:
        assert dialog.windowTitle() == "Person bearbeiten – Jonas Weber"
        assert dialog.nachname.text() == "Weber"
        replace_text(dialog.funktion, "Projektleitung Digitalisierung")
        dialog.extern.setChecked(True)
        assert not dialog.amt.isEnabled()
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(org["extern"]))
        dialog.save_button.click()

    failures = _in_dialog(page, fill)
    with qtbot.waitSignal(page.data_changed):
        page.edit_button.click()
    assert not failures, failures
    stored = get_person(db, weber)
    assert (stored.funktion, stored.externe_organisation, stored.amt_id) == (
        "Projektleitung Digitalisierung", "Hochschule Karlsruhe", None)
    assert _cell(page, weber, 1) == "Hochschule Karlsruhe (extern)"


def _other_desk_changes(db: Database, person_id: int, **changes: object) -> None:
    """Another PC saves the person meanwhile (its own connection, its own user)."""
    other = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                     actor=Actor(login="mueller", rechner="KA-PC-0815"))
    try:
        stored = get_person(other, person_id)
        values = {key: getattr(stored, key) for key in (
            "anrede", "titel", "vorname", "nachname", "funktion", "dezernat_id", "amt_id", "abteilung_id",
            "externe_organisation_id", "email", "telefon", "ist_dca")}
        people.update_person(other, person_id=person_id, expected_version=stored.version, **{**values, **changes})
    finally:
        other.close()


def test_a_change_saved_elsewhere_meanwhile_is_never_overwritten_silently(
        page: PeoplePage, db: Database, portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch) -> None:
    weber = portfolio.personen["Weber"]
    page.select_person(weber)
    asked: list[tuple[list[tuple[str, str, str, bool]], str]] = []
    answers = [Entscheidung.ABBRECHEN, Entscheidung.MEINE_DARUEBER]

    def decide(konflikt, rows, parent=None, *, message=None) -> Entscheidung:
        asked.append(([(r.bezeichnung, r.meins, r.gespeichert, r.abweichend) for r in rows], message))
        return answers.pop(0)

    monkeypatch.setattr(conflict_dialog, "decide", decide)
    seen: dict[str, object] = {}

    def fill(dialog: PersonDialog) -> None:
        replace_text(dialog.nachname, "Weber-Ott")
        _other_desk_changes(db, weber, funktion="Vom anderen PC")
        dialog.save_button.click()  # refused: the dialog asks, the user cancels
        seen["after_cancel"] = (dialog.isVisible(), dialog.nachname.text(), get_person(db, weber).nachname)
        seen["error"] = dialog.error.text()
        dialog.save_button.click()  # asks again; now "mine on top"

    failures = _in_dialog(page, fill)
    page.edit_button.click()
    assert not failures, failures
    assert seen["after_cancel"] == (True, "Weber-Ott", "Weber")
    assert seen["error"] == "⚠ Nichts gespeichert. Ihre Eingaben stehen weiter im Formular."
    rows, message = asked[0]
    assert rows == [("Nachname", "Weber-Ott", "Weber", True)]  # only what I changed is asked about
    assert "mueller am PC KA-PC-0815" in message
    stored = get_person(db, weber)
    # mine where I changed something, theirs where only they did
    assert (stored.nachname, stored.funktion) == ("Weber-Ott", "Vom anderen PC")


def test_taking_the_stored_state_shows_it_in_the_form(page: PeoplePage, db: Database, portfolio: Portfolio,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    weber = portfolio.personen["Weber"]
    page.select_person(weber)
    monkeypatch.setattr(conflict_dialog, "decide",
                        lambda *args, **kwargs: Entscheidung.GESPEICHERTEN_UEBERNEHMEN)
    seen: dict[str, object] = {}

    def fill(dialog: PersonDialog) -> None:
        replace_text(dialog.vorname, "Jonathan")
        _other_desk_changes(db, weber, vorname="Johannes")
        dialog.save_button.click()
        seen["form"] = (dialog.isVisible(), dialog.vorname.text(), dialog.note.text())
        discard(dialog)

    failures = _in_dialog(page, fill)
    page.edit_button.click()
    assert not failures, failures
    assert seen["form"] == (True, "Johannes",
                            "Der gespeicherte Stand ist geladen; Ihre Eingaben wurden verworfen.")
    assert get_person(db, weber).vorname == "Johannes"
    assert _cell(page, weber, 0) == "Johannes Weber"  # the page shows what is stored now


def test_alt_letters_are_unique_on_the_page_and_in_the_form(page: PeoplePage, db: Database) -> None:
    found = alt_letters(page)
    assert {letter for letter, _ in found} == set("rfpemg")
    assert not used_twice(found) and not {letter for letter, _ in found} & MAIN_WINDOW_LETTERS
    dialog = PersonDialog(db, None, page)
    try:
        assert not used_twice(alt_letters(dialog))
        assert len(alt_letters(dialog)) == 16  # eleven fields, the two choices, the check box, two buttons
    finally:
        dialog.deleteLater()
