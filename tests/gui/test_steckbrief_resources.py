"""The Steckbrief's resources, edited as a Sekretariatsleitung would: budget lines and Zielvereinbarungen."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox, QSpinBox, QWidget

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.formatting import format_euro, parse_amount
from iq_desktop.services import portfolio as portfolio_service
from iq_desktop.services import projects
from iq_desktop.services.read_models import BudgetZeile, LeitprojektDetail, ZielvereinbarungZeile
from iq_desktop.ui import dialogs
from iq_desktop.ui.editor.resource_models import BudgetModel, ZielvereinbarungModel, whole_euros
from iq_desktop.ui.editor.resource_table import ResourceTable
from iq_desktop.ui.main_window import MainWindow

from .conftest import Portfolio
from .keys import send_keys

BOOSTER = "Digital Booster"
EURO = "\u00a0€"  # a non-breaking space: the sign stays with its amount

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def editor(window: MainWindow, portfolio: Portfolio, qtbot):
    """The editor on Digital Booster (no budget lines, no Zielvereinbarungen yet), opened with Enter."""
    _open_booster(window, portfolio, qtbot)
    yield window.editor
    window.editor.undo_stack.setClean()  # nothing left to ask about when the fixture closes the window


def _open_booster(window: MainWindow, portfolio: Portfolio, qtbot) -> None:
    window.projects.select_project(portfolio.projekte[BOOSTER])
    window.projects.table.setFocus()
    qtbot.keyClick(window.projects.table, Qt.Key.Key_Return)
    assert window.right.currentWidget() is window.editor


def _stored(db: Database, portfolio: Portfolio) -> LeitprojektDetail:
    return portfolio_service.get_leitprojekt(db, portfolio.projekte[BOOSTER])


def _open_editor(qtbot, table: ResourceTable, row: int, column: int) -> QWidget:
    """Go to a cell with the keyboard and open its editor with Enter."""
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(row, column))
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    editor = table.view.indexWidget(table.view.currentIndex())
    assert editor is not None
    return editor


def _commit(qtbot, table: ResourceTable, editor: QWidget) -> None:
    """Enter in an open editor: the delegate commits through a queued call."""
    index = table.view.currentIndex()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.indexWidget(index) is None)


def _type_cell(qtbot, table: ResourceTable, row: int, column: int, text: str) -> None:
    editor = _open_editor(qtbot, table, row, column)
    assert isinstance(editor, QLineEdit | QSpinBox)
    editor.selectAll()
    send_keys(editor, text)
    _commit(qtbot, table, editor)


def _type_new_row(qtbot, table: ResourceTable, text: str) -> None:
    """Hinzufügen opens the editor of the new row's first cell to type."""
    table.add_button.click()
    editor = table.view.indexWidget(table.view.currentIndex())
    assert isinstance(editor, QLineEdit)
    send_keys(editor, text)
    _commit(qtbot, table, editor)


def _other_desk(db: Database) -> Database:
    return Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                    actor=Actor(login="mueller", rechner="KA-PC-0815"))


def _save_elsewhere(db: Database, portfolio: Portfolio, **changes: object) -> LeitprojektDetail:
    """A second desk saves the Steckbrief through the service; returns the state before."""
    stored = _stored(db, portfolio)
    other = _other_desk(db)
    try:
        daten = dataclasses.replace(projects.Steckbrief.from_detail(stored, stored.strategie_ids), **changes)
        projects.save_steckbrief(other, projekt_id=stored.id, daten=daten, expected_version=stored.version)
    finally:
        other.close()
    return stored


# --- adding, undoing, saving ---------------------------------------------------------------------------
def test_a_budget_line_and_a_zielvereinbarung_are_added_undone_redone_saved_and_found_again(
        window: MainWindow, editor, portfolio: Portfolio, db: Database, qtbot) -> None:
    tab = editor.steckbrief
    budgets, ziele = tab.budgets, tab.zielvereinbarungen
    assert budgets.value() == () and ziele.value() == ()

    _type_new_row(qtbot, budgets, "120.000")  # the planned amount first; the Doppelhaushalt is proposed
    _type_cell(qtbot, budgets, 0, 0, "2025/26")
    _type_cell(qtbot, budgets, 0, 2, "100000")
    assert budgets.model.index(0, 1).data() == "120.000,00" + EURO
    assert budgets.value() == (BudgetZeile("2025/2026", 120_000, 100_000, None),)

    _type_new_row(qtbot, ziele, "Pilot im Bürgerbüro eröffnet")
    jahr = ziele.value()[0].jahr
    _type_cell(qtbot, ziele, 0, 0, str(jahr + 1))  # the year in its spin box
    combo = _open_editor(qtbot, ziele, 0, 2)
    assert isinstance(combo, QComboBox) and combo.currentText() == "offen"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # offen → ja, with the keyboard
    _commit(qtbot, ziele, combo)
    assert ziele.value() == (ZielvereinbarungZeile(jahr + 1, "Pilot im Bürgerbüro eröffnet", True, None),)
    assert ziele.model.index(0, 2).data() == "ja"
    # one step per added row and per cell
    assert editor.undo_stack.count() == 8 and editor.is_dirty() and editor.discard_button.isEnabled()

    ziele.view.setFocus()
    qtbot.keyClick(ziele.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the form's undo
    assert ziele.value()[0].erreicht is None
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert ziele.value() == (ZielvereinbarungZeile(jahr, "", None, None),)
    window.action_undo.trigger()
    assert ziele.value() == ()
    window.action_undo.trigger()  # across the tables, in order
    assert budgets.value() == (BudgetZeile("2025/2026", 120_000, None, None),)
    for _ in range(5):
        window.action_redo.trigger()
    assert budgets.value() == (BudgetZeile("2025/2026", 120_000, 100_000, None),)
    assert ziele.value() == (ZielvereinbarungZeile(jahr + 1, "Pilot im Bürgerbüro eröffnet", True, None),)

    window.action_save.trigger()
    assert not editor.is_dirty()
    stored = _stored(db, portfolio)
    assert stored.budgets == (BudgetZeile("2025/2026", 120_000, 100_000, None),)
    assert stored.zielvereinbarungen == (ZielvereinbarungZeile(jahr + 1, "Pilot im Bürgerbüro eröffnet", True,
                                                                None),)

    editor.back_button.click()
    assert window.right.currentWidget() is window.work_splitter
    _open_booster(window, portfolio, qtbot)
    assert tab.budgets.value() == stored.budgets and tab.zielvereinbarungen.value() == stored.zielvereinbarungen
    assert tab.budgets.model.index(0, 2).data() == "100.000,00" + EURO


def test_an_amount_still_being_typed_is_saved_with_ctrl_s(window: MainWindow, editor, portfolio: Portfolio,
                                                          db: Database, qtbot) -> None:
    budgets = editor.steckbrief.budgets
    budgets.add_button.click()
    line = budgets.view.indexWidget(budgets.view.currentIndex())
    assert isinstance(line, QLineEdit)
    send_keys(line, "80.000")
    qtbot.keyClick(line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [b.geplant for b in _stored(db, portfolio).budgets] == [80_000]
    assert not editor.is_dirty()


@pytest.mark.parametrize("typed, euros, rounded", [
    ("12500", 12_500, False), ("12.500", 12_500, False), ("12.500,50", 12_501, True),
    ("12.500,00 €", 12_500, False), ("1.234.567,-", 1_234_567, False), ("", None, False),
])
def test_amounts_are_read_the_german_way(typed: str, euros: int | None, rounded: bool) -> None:
    value, note = whole_euros(typed)
    assert value == euros
    assert (note is not None) == rounded  # the database keeps whole euros: rounding is said, not hidden
    if rounded:
        assert note is not None and "12.500,50" + EURO in note and "12.501,00" + EURO in note


def test_german_number_formatting() -> None:
    assert format_euro(12_500) == "12.500,00" + EURO
    assert format_euro(None) == ""
    assert str(parse_amount("12.500,50")) == "12500.50"
    with pytest.raises(ValueError):
        parse_amount("12.5")  # neither grouping nor a decimal comma: unclear, so refused


# --- refused input -------------------------------------------------------------------------------------
def test_an_amount_that_is_no_number_is_refused_in_german_and_nothing_is_written(
        editor, portfolio: Portfolio, db: Database, qtbot) -> None:
    before = _stored(db, portfolio)
    budgets = editor.steckbrief.budgets
    _type_new_row(qtbot, budgets, "zwölftausend")
    error = editor.steckbrief.errors["budgets"]
    assert error.isVisibleTo(editor) and error.text().startswith("⚠ ")
    assert "„zwölftausend“ ist kein Betrag" in error.text()
    assert budgets.value()[0].geplant is None and budgets.model.index(0, 1).data() == ""
    assert editor.undo_stack.count() == 1  # only the added row
    after = _stored(db, portfolio)
    assert after.version == before.version and after.budgets == ()

    _type_cell(qtbot, budgets, 0, 1, "12.000")  # corrected: the reason goes
    assert not error.isVisibleTo(editor) and budgets.value()[0].geplant == 12_000


def test_a_rounded_amount_is_said_beside_the_table(editor, qtbot) -> None:
    budgets = editor.steckbrief.budgets
    _type_new_row(qtbot, budgets, "12.500,50")
    assert budgets.value()[0].geplant == 12_501
    assert budgets.note.isVisibleTo(editor) and "ganzen Euro" in budgets.note.text()


def _negative(qtbot, tab) -> None:
    _type_new_row(qtbot, tab.budgets, "-500")


def _twice(qtbot, tab) -> None:
    _type_new_row(qtbot, tab.budgets, "1000")
    _type_new_row(qtbot, tab.budgets, "2000")
    _type_cell(qtbot, tab.budgets, 1, 0, tab.budgets.value()[0].doppelhaushalt)


def _bad_year(qtbot, tab) -> None:
    _type_new_row(qtbot, tab.zielvereinbarungen, "Pilot")
    # the spin box keeps to 2000–2100; a value from outside (an import, a paste) still meets the service
    assert tab.zielvereinbarungen.model.setData(tab.zielvereinbarungen.model.index(0, 0), 1999)


def _empty_agreement(qtbot, tab) -> None:
    tab.zielvereinbarungen.add_button.click()
    editor = tab.zielvereinbarungen.view.indexWidget(tab.zielvereinbarungen.view.currentIndex())
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # added, but nothing typed


@pytest.mark.parametrize("change, field, message", [
    (_negative, "budgets", "Budgetbeträge dürfen nicht negativ sein."),
    (_twice, "budgets", "steht zweimal in der Budgettabelle"),
    (_bad_year, "zielvereinbarungen", "Das Jahr einer Zielvereinbarung (1999) ist ungültig."),
    (_empty_agreement, "zielvereinbarungen", "hat keinen Text"),
])
def test_invalid_resources_are_refused_next_to_the_table_and_nothing_is_written(
        editor, portfolio: Portfolio, db: Database, qtbot, change, field: str, message: str) -> None:
    before = _stored(db, portfolio)
    tab = editor.steckbrief
    change(qtbot, tab)
    assert editor.is_dirty()
    assert not editor.save()
    error = tab.errors[field]
    assert error.isVisibleTo(editor) and error.text().startswith("⚠ ") and message in error.text()
    after = _stored(db, portfolio)
    assert after.version == before.version
    assert (after.budgets, after.zielvereinbarungen) == ((), ())
    assert editor.is_dirty()  # the input stays for correcting


# --- dirty state -----------------------------------------------------------------------------------------
def test_a_table_edit_is_an_unsaved_change_asked_about_and_discarded(
        window: MainWindow, editor, portfolio: Portfolio, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = editor.steckbrief
    _type_new_row(qtbot, tab.zielvereinbarungen, "Blaupause")
    assert editor.is_dirty() and editor.discard_button.isEnabled()
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, title: True)
    editor.discard_button.click()
    assert tab.zielvereinbarungen.value() == () and not editor.is_dirty()

    _type_new_row(qtbot, tab.budgets, "5000")
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, title: asked.append(title) or answers.pop(0))
    editor.back_button.click()
    assert asked == [BOOSTER] and window.right.currentWidget() is editor
    assert tab.budgets.value()[0].geplant == 5000  # cancelled: the input stays
    editor.back_button.click()
    assert window.right.currentWidget() is window.work_splitter


# --- a second desk -----------------------------------------------------------------------------------
def _answer_conflict(editor, seen: dict[str, object], button: str) -> None:
    def answer() -> None:
        dialog = editor.conflict_dialog
        seen["rows"] = [tuple(dialog.model.index(r, c).data() for c in range(4))
                        for r in range(dialog.model.rowCount())]
        getattr(dialog, button).click()

    QTimer.singleShot(0, answer)


def test_budgets_changed_at_a_second_desk_are_kept_when_i_changed_only_the_agreements(
        editor, portfolio: Portfolio, db: Database, qtbot) -> None:
    tab = editor.steckbrief
    _type_new_row(qtbot, tab.zielvereinbarungen, "Rollout in drei Ämtern")
    theirs = (BudgetZeile("2026/2027", 400_000, 380_000, None),)
    before = _save_elsewhere(db, portfolio, budgets=theirs)
    seen: dict[str, object] = {}
    _answer_conflict(editor, seen, "apply_mine")
    assert editor.save()
    assert [row[0] for row in seen["rows"]] == ["Zielvereinbarungen"]  # only what I changed is asked about
    final = _stored(db, portfolio)
    assert final.budgets == theirs  # untouched by me: theirs stays
    assert [z.text for z in final.zielvereinbarungen] == ["Rollout in drei Ämtern"]
    assert final.version == before.version + 2
    assert tab.budgets.value() == theirs and not editor.is_dirty()


def test_budgets_changed_at_both_desks_go_to_the_compare_dialog(editor, portfolio: Portfolio, db: Database,
                                                                qtbot) -> None:
    tab = editor.steckbrief
    _type_new_row(qtbot, tab.budgets, "250.000")
    mine = tab.budgets.value()
    _save_elsewhere(db, portfolio, budgets=[BudgetZeile(mine[0].doppelhaushalt, 300_000, None, None)])
    seen: dict[str, object] = {}
    _answer_conflict(editor, seen, "apply_mine")
    assert editor.save()
    (label, meins, gespeichert, vergleich), = seen["rows"]
    assert label == "Haushaltsmittel je Doppelhaushalt" and vergleich == "abweichend"
    assert "geplant 250.000,00" + EURO in meins and "geplant 300.000,00" + EURO in gespeichert
    assert _stored(db, portfolio).budgets == mine  # "Meine Eingaben darüber speichern"


def test_taking_the_stored_budgets_shows_them_in_the_table(editor, portfolio: Portfolio, db: Database,
                                                          qtbot) -> None:
    tab = editor.steckbrief
    _type_new_row(qtbot, tab.budgets, "250.000")
    theirs = (BudgetZeile("2030/2031", 1_000, None, None),)
    _save_elsewhere(db, portfolio, budgets=theirs)
    seen: dict[str, object] = {}
    _answer_conflict(editor, seen, "take_stored")
    assert not editor.save()
    assert tab.budgets.value() == theirs and not editor.is_dirty()


# --- keyboard and screen reader ------------------------------------------------------------------------
def test_the_tables_are_labelled_named_and_reached_with_the_keyboard(window: MainWindow, editor, qtbot) -> None:
    tab = editor.steckbrief
    labels = {label.buddy(): label.text() for label in tab.findChildren(QLabel) if label.buddy() is not None}
    assert labels[tab.budgets] == "Haushalts&mittel je Doppelhaushalt:"
    assert labels[tab.zielvereinbarungen] == "Zielvereinbarungen je &Jahr:"
    assert labels[tab.personal] == "Personelle Ressourcen:"  # the staff summary, e.g. "1 PM IT, 1 PM OA"
    assert tab.personal.placeholderText() == "z. B. 1 PM IT, 1 PM OA"
    for table, item in ((tab.budgets, "Budgetzeile"), (tab.zielvereinbarungen, "Zielvereinbarung")):
        assert table.view.accessibleName() == table.accessibleName() != ""
        assert (table.add_button.text(), table.add_button.accessibleName()) == ("Hinzufügen", f"{item} hinzufügen")
        assert (table.remove_button.text(), table.remove_button.accessibleName()) == ("Entfernen",
                                                                                       f"{item} entfernen")
    # Alt+letters stay unique on the page, beside the window's own
    letters = [text.split("&")[1][0].lower() for text in labels.values() if "&" in text]
    header = (editor.back_button, editor.discard_button, editor.save_button)  # on screen with the tab
    letters += [b.text().split("&")[1][0].lower() for b in header if "&" in b.text()]
    assert len(letters) == len(set(letters))
    assert not set(letters) & set("dbaxhn")  # the menus and the navigation

    tab.titel.setFocus()
    qtbot.keyClick(tab.titel, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is tab.budgets.view
    _type_new_row(qtbot, tab.budgets, "1")
    tab.budgets.view.setFocus()
    qtbot.keyClick(tab.budgets.view, Qt.Key.Key_Tab)  # Tab leaves the table: on to its buttons
    assert QApplication.focusWidget() is tab.budgets.add_button
    qtbot.keyClick(tab.budgets.add_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.budgets.remove_button
    qtbot.keyClick(tab.budgets.remove_button, Qt.Key.Key_Space)
    assert tab.budgets.value() == ()
    qtbot.keyClick(tab.budgets.view, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is tab.zielvereinbarungen.view
    qtbot.keyClick(tab.zielvereinbarungen.view, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is tab.ziele.view  # the goals list's label reaches it as well


# --- the models -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("force_py", [False, True])
def test_the_budget_model_passes_the_model_tester(qtmodeltester, qapp, force_py: bool) -> None:
    model = BudgetModel()
    model.set_rows([BudgetZeile("2024/2025", 400_000, 400_000, 360_000), BudgetZeile("2026/2027", 1, None, None)])
    qtmodeltester.check(model, force_py=force_py)
    assert model.insertRows(2, 1) and model.row_at(2).doppelhaushalt == "2028/2029"
    assert model.setData(model.index(2, 3), "1.500")
    assert not model.setData(model.index(2, 3), "viel")
    assert model.removeRows(0, 1) and model.rowCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Geplant"
    assert model.index(1, 3).data() == "1.500,00" + EURO and model.index(1, 3).data(Qt.ItemDataRole.EditRole) == "1.500"


@pytest.mark.parametrize("force_py", [False, True])
def test_the_zielvereinbarung_model_passes_the_model_tester(qtmodeltester, qapp, force_py: bool) -> None:
    model = ZielvereinbarungModel()
    model.set_rows([ZielvereinbarungZeile(2025, "Pilot", True, None),
                    ZielvereinbarungZeile(2026, "Rollout", None, "verschoben")])
    qtmodeltester.check(model, force_py=force_py)
    assert model.insertRows(2, 1) and model.row_at(2).jahr == 2027
    assert model.setData(model.index(2, 2), "nein") and model.index(2, 2).data() == "nein"
    assert not model.setData(model.index(2, 2), "vielleicht")
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Jahr", "Vereinbarung", "Erreicht", "Bemerkung"]
