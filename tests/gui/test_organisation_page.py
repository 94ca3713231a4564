"""The Organisation page: the tree of Dezernate, Ämter and Abteilungen, the external organisations, their forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.services import organisation, people
from iq_desktop.services.organisation import organisation_tree
from iq_desktop.services.people_rows import get_person
from iq_desktop.ui import conflict_dialog
from iq_desktop.ui.conflict_dialog import Entscheidung
from iq_desktop.ui.people.organisation_dialogs import (
    AbteilungDialog,
    AmtDialog,
    DezernatDialog,
    ExterneOrganisationDialog,
)
from iq_desktop.ui.people.organisation_page import OrganisationPage
from iq_desktop.ui.people.record_dialog import RecordDialog

from .conftest import Portfolio
from .keys import replace_text
from .mnemonics import MAIN_WINDOW_LETTERS, alt_letters, used_twice
from .modal import discard, in_modal

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def org(db: Database, portfolio: Portfolio) -> dict[str, int]:
    dezernat = people.add_dezernat(db, kuerzel="Dez. 2", bezeichnung="Dezernat 2",
                                   buergermeister_id=portfolio.personen["Engelhardt"])
    amt = people.add_amt(db, kuerzel="OA", bezeichnung="Ordnungs- und Bürgeramt", dezernat_id=dezernat)
    abteilung = people.add_abteilung(db, amt_id=amt, bezeichnung="Bürgerdienste")
    extern = people.add_externe_organisation(db, name="Hochschule Karlsruhe", art="Hochschule", ort="Karlsruhe")
    people.update_person(db, person_id=portfolio.personen["Weber"], expected_version=None, vorname="Jonas",
                         nachname="Weber", abteilung_id=abteilung)
    people.update_person(db, person_id=portfolio.personen["Öztürk"], expected_version=None, vorname="Sabine",
                         nachname="Öztürk", amt_id=amt)
    people.update_person(db, person_id=portfolio.personen["Engelhardt"], expected_version=None, vorname="Clara",
                         nachname="Engelhardt", titel="Dr.", dezernat_id=dezernat)
    people.update_person(db, person_id=portfolio.personen["Schulz"], expected_version=None, vorname="Maria",
                         nachname="Schulz", externe_organisation_id=extern)
    return {"dezernat": dezernat, "amt": amt, "abteilung": abteilung, "extern": extern}


@pytest.fixture
def page(qtbot, db: Database, org: dict[str, int]) -> OrganisationPage:
    widget = OrganisationPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.show_database(db)
    return widget


def _tree_rows(page: OrganisationPage, parent: QModelIndex | None = None, depth: int = 0) -> list[tuple]:
    model, parent = page.model, parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        cells = tuple(model.index(row, column, parent).data() for column in range(4))
        rows.append((depth, *cells))
        rows += _tree_rows(page, model.index(row, 0, parent), depth + 1)
    return rows


def _select(page: OrganisationPage, text: str) -> None:
    (index,) = page.model.match(page.model.index(0, 0), Qt.ItemDataRole.DisplayRole, text, 1,
                                Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    page.tree.setFocus()
    page.tree.setCurrentIndex(index)


def test_the_models_pass_the_model_tester(qtmodeltester, page: OrganisationPage) -> None:
    page.tree.expandAll()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.externe)
    qtmodeltester.check(page.externe_proxy)


def test_the_tree_shows_dezernate_aemter_and_abteilungen_with_their_people(page: OrganisationPage) -> None:
    assert _tree_rows(page) == [
        (0, "Dezernat 2", "Dez. 2", "3", "Dr. Clara Engelhardt"),  # the mayor, and two in the Amt
        (1, "Ordnungs- und Bürgeramt", "OA", "2", ""),
        (2, "Bürgerdienste", "", "1", ""),
    ]
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Bezeichnung", "Kürzel", "Personen", "Bürgermeister/in"]
    assert [[page.externe_proxy.index(0, c).data() for c in range(4)]] == [
        ["Hochschule Karlsruhe", "Hochschule", "Karlsruhe", "1"]]
    assert not page.edit_button.isEnabled()


def test_dezernat_amt_abteilung_and_organisation_are_added_through_their_forms(
        page: OrganisationPage, db: Database, org: dict[str, int], qtbot) -> None:
    def dezernat(dialog: RecordDialog) -> None:
        replace_text(dialog.kuerzel, "Dez. 3")
        replace_text(dialog.bezeichnung, "Soziales, Jugend, Schule und Sport")
        dialog.save_button.click()

    failures = in_modal(lambda: page.dialog, dezernat)
    with qtbot.waitSignal(page.data_changed):
        page.new_dezernat.click()
    assert not failures, failures
    assert page.selected_node().kuerzel == "Dez. 3"

    def amt(dialog: RecordDialog) -> None:
        assert dialog.dezernat.currentText() == "Dez. 3 – Soziales, Jugend, Schule und Sport"  # the selected one
        replace_text(dialog.kuerzel, "SJB")
        replace_text(dialog.bezeichnung, "Sozial- und Jugendbehörde")
        dialog.save_button.click()

    failures = in_modal(lambda: page.dialog, amt)
    page.new_amt.click()
    assert not failures, failures
    assert page.selected_node().kuerzel == "SJB"

    def abteilung(dialog: RecordDialog) -> None:
        assert dialog.amt.currentText() == "SJB – Sozial- und Jugendbehörde"
        replace_text(dialog.bezeichnung, "Kinder- und Jugendhilfe")
        dialog.save_button.click()

    failures = in_modal(lambda: page.dialog, abteilung)
    page.new_abteilung.click()
    assert not failures, failures

    def extern(dialog: RecordDialog) -> None:
        replace_text(dialog.name, "Karlsruher Institut für Technologie")
        replace_text(dialog.art, "Universität")
        dialog.save_button.click()

    failures = in_modal(lambda: page.dialog, extern)
    page.new_extern.click()
    assert not failures, failures
    assert page.selected_externe().name == "Karlsruher Institut für Technologie"

    tree = organisation_tree(db)
    neu = next(d for d in tree.dezernate if d.kuerzel == "Dez. 3")
    assert [(a.kuerzel, [t.bezeichnung for t in a.abteilungen]) for a in neu.aemter] == [
        ("SJB", ["Kinder- und Jugendhilfe"])]
    assert (2, "Kinder- und Jugendhilfe", "", "0", "") in _tree_rows(page)
    assert sorted(o.name for o in tree.externe) == ["Hochschule Karlsruhe", "Karlsruher Institut für Technologie"]


def test_an_amt_is_renamed_and_moved_to_another_dezernat(page: OrganisationPage, db: Database,
                                                          org: dict[str, int], portfolio: Portfolio, qtbot) -> None:
    people.add_dezernat(db, kuerzel="Dez. 1", bezeichnung="Dezernat 1")
    page.show_database(db)
    _select(page, "Ordnungs- und Bürgeramt")
    assert page.edit_button.isEnabled()

    def rename(dialog: RecordDialog) -> None:
        assert dialog.windowTitle() == "Amt bearbeiten"
        assert dialog.kuerzel.text() == "OA"
        replace_text(dialog.bezeichnung, "Ordnungsamt")
        dialog.dezernat.setCurrentIndex(dialog.dezernat.findText("Dez. 1 – Dezernat 1"))
        dialog.save_button.click()

    failures = in_modal(lambda: page.dialog, rename)
    with qtbot.waitSignal(page.data_changed):
        page.edit_button.click()
    assert not failures, failures
    rows = _tree_rows(page)
    assert (0, "Dezernat 1", "Dez. 1", "2", "") in rows and (1, "Ordnungsamt", "OA", "2", "") in rows
    assert page.selected_node().bezeichnung == "Ordnungsamt"
    assert get_person(db, portfolio.personen["Weber"]).dezernat == "Dez. 1"  # people move with their Amt


def test_an_empty_kuerzel_is_said_in_german_and_nothing_is_written(page: OrganisationPage, db: Database) -> None:
    before = organisation_tree(db)
    seen: dict[str, object] = {}

    def fill(dialog: RecordDialog) -> None:
        replace_text(dialog.bezeichnung, "Dezernat ohne Kürzel")
        dialog.save_button.click()
        seen["error"], seen["open"] = dialog.error.text(), dialog.isVisible()
        seen["focus"] = dialog.focusWidget() is dialog.kuerzel
        discard(dialog)

    failures = in_modal(lambda: page.dialog, fill)
    page.new_dezernat.click()
    assert not failures, failures
    assert seen == {"error": "⚠ Bitte „Kürzel“ ausfüllen.", "open": True, "focus": True}
    assert organisation_tree(db) == before


def test_an_external_organisation_renamed_elsewhere_meanwhile_is_not_overwritten(
        page: OrganisationPage, db: Database, org: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    asked: list[list[tuple[str, str, str]]] = []

    def decide(konflikt, rows, parent=None, *, message=None) -> Entscheidung:
        asked.append([(r.bezeichnung, r.meins, r.gespeichert) for r in rows])
        return Entscheidung.GESPEICHERTEN_UEBERNEHMEN

    monkeypatch.setattr(conflict_dialog, "decide", decide)
    seen: dict[str, object] = {}

    def fill(dialog: RecordDialog) -> None:
        replace_text(dialog.name, "HKA")
        other = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                         actor=Actor(login="mueller", rechner="KA-PC-0815"))
        try:
            stored = organisation_tree(other).externe[0]
            organisation.update_externe_organisation(other, organisation_id=stored.id, expected_version=stored.version,
                                                     name="Hochschule Karlsruhe (HKA)", art="Hochschule", ort=None)
        finally:
            other.close()
        dialog.save_button.click()
        seen["form"] = (dialog.isVisible(), dialog.name.text(), dialog.ort.text())
        discard(dialog)

    failures = in_modal(lambda: page.dialog, fill)
    page.edit_button.click()
    assert not failures, failures
    assert asked == [[("Name", "HKA", "Hochschule Karlsruhe (HKA)")]]
    assert seen["form"] == (True, "Hochschule Karlsruhe (HKA)", "")
    assert [o.name for o in organisation_tree(db).externe] == ["Hochschule Karlsruhe (HKA)"]
    assert page.externe_proxy.index(0, 0).data() == "Hochschule Karlsruhe (HKA)"  # the page shows the stored one


def test_alt_letters_are_unique_on_the_page_and_in_the_forms(page: OrganisationPage, db: Database) -> None:
    found = alt_letters(page)
    assert {letter for letter, _ in found} == set("iozmger")
    assert not used_twice(found) and not {letter for letter, _ in found} & MAIN_WINDOW_LETTERS
    tree = organisation_tree(db)
    for dialog in (DezernatDialog(db, tree, None, page), AmtDialog(db, tree, None, None, page),
                   AbteilungDialog(db, tree, None, None, page), ExterneOrganisationDialog(db, tree, None, page)):
        try:
            assert not used_twice(alt_letters(dialog)), dialog.windowTitle()
        finally:
            dialog.deleteLater()


def test_bearbeiten_edits_the_entry_selected_last(page: OrganisationPage, db: Database) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    _select(page, "Bürgerdienste")
    titles: list[str] = []

    def note(dialog: RecordDialog) -> None:
        titles.append(dialog.windowTitle())
        discard(dialog)

    first = in_modal(lambda: page.dialog, note)
    page.edit_button.click()
    page.table.clearSelection()
    page.table.selectRow(0)
    second = in_modal(lambda: page.dialog, note)
    page.edit_button.click()
    assert not first + second, first + second
    assert titles == ["Abteilung bearbeiten", "Externe Organisation bearbeiten"]
