"""The project editor's Steckbrief, driven as a Sekretariatsleitung would: open, edit, undo, save, conflicts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.services import portfolio as portfolio_service
from iq_desktop.services import projects
from iq_desktop.ui import dialogs
from iq_desktop.ui.main_window import MainWindow

from .conftest import Portfolio
from .keys import replace_text, send_keys
from .mnemonics import alt_letters, used_twice

BOOSTER = "Digital Booster"


pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def editor(window: MainWindow, portfolio: Portfolio, qtbot):
    """The editor on Digital Booster, opened from the list with the Enter key."""
    window.projects.select_project(portfolio.projekte[BOOSTER])
    window.projects.table.setFocus()
    qtbot.keyClick(window.projects.table, Qt.Key.Key_Return)
    assert window.right.currentWidget() is window.editor
    yield window.editor
    # what a test left unsaved must not ask (a modal question) when the fixture closes the window
    window.editor.undo_stack.setClean()
    window.editor.reports.clear_draft()


def _stored(db: Database, portfolio: Portfolio):
    return portfolio_service.get_leitprojekt(db, portfolio.projekte[BOOSTER])


def _type(_qtbot, widget, text: str) -> None:
    replace_text(widget, text)


def test_opening_shows_the_stored_profile(editor, portfolio: Portfolio, db: Database) -> None:
    detail = _stored(db, portfolio)
    tab = editor.steckbrief
    assert editor.heading.text() == BOOSTER
    assert tab.titel.text() == BOOSTER
    assert tab.korridor.currentText() == "Moderne Verwaltung"
    assert tab.beginn.value() == detail.beginn
    assert tab.beginn.text() == detail.beginn.strftime("%d.%m.%Y")  # TT.MM.JJJJ
    assert tab.beginn.calendarPopup()
    assert not editor.is_dirty() and not editor.discard_button.isEnabled()
    assert "Ampel: " in editor.subheading.text()
    selected = editor.window().navigation.current_selection()
    assert selected is not None and selected.projekt_id == portfolio.projekte[BOOSTER]  # the tree shows where


def test_edits_in_two_fields_undo_and_redo_in_order_then_save(window: MainWindow, editor, portfolio: Portfolio,
                                                              db: Database, qtbot) -> None:
    tab = editor.steckbrief
    _type(qtbot, tab.titel, "Digital Booster 2.0")
    _type(qtbot, tab.zielgruppe, "Alle Ämter")
    assert editor.is_dirty() and window.action_save.isEnabled() and editor.discard_button.isEnabled()
    assert editor.undo_stack.count() == 2  # one step per field, not per keystroke

    tab.zielgruppe.setFocus()
    qtbot.keyClick(tab.zielgruppe, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the form's undo
    assert tab.zielgruppe.toPlainText() != "Alle Ämter" and tab.titel.text() == "Digital Booster 2.0"
    tab.titel.setFocus()
    qtbot.keyClick(tab.titel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # across fields
    assert tab.titel.text() == BOOSTER and not editor.is_dirty()
    window.action_redo.trigger()
    window.action_redo.trigger()
    assert tab.titel.text() == "Digital Booster 2.0" and tab.zielgruppe.toPlainText() == "Alle Ämter"

    assert window.action_save.shortcut() == QKeySequence("Ctrl+S")
    window.action_save.trigger()
    assert not editor.is_dirty()
    stored = _stored(db, portfolio)
    assert (stored.titel, stored.zielgruppe) == ("Digital Booster 2.0", "Alle Ämter")
    assert window._stand.row(portfolio.projekte[BOOSTER]).titel == "Digital Booster 2.0"  # the list too


def test_goals_are_numbered_reordered_and_saved(editor, portfolio: Portfolio, db: Database, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    goals = editor.steckbrief.ziele

    def add(text: str) -> None:
        goals.add_button.click()
        line = goals.view.indexWidget(goals.view.currentIndex())  # the in-place editor of the new row
        assert isinstance(line, QLineEdit)
        send_keys(line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits through a queued call
        qtbot.waitUntil(lambda: goals.value()[-1:] == (text,))

    add("Amt hat eigene Digitalstrategie")
    add("Blaupause für weitere Ämter")
    assert goals.model.index(1).data() == "2. Blaupause für weitere Ämter"  # numbered, as published
    goals.view.setCurrentIndex(goals.model.index(1))
    goals.up_button.click()
    assert goals.value() == ("Blaupause für weitere Ämter", "Amt hat eigene Digitalstrategie")
    assert editor.undo_stack.count() == 3
    assert editor.save()
    assert [z.text for z in _stored(db, portfolio).ziele] == list(goals.value())


@pytest.mark.parametrize("change, field, message", [
    (lambda tab: tab.titel.clear() or tab.bindings["titel"].changed(), "titel", "Bitte „Titel“ ausfüllen."),
    (lambda tab: tab.geplantes_ende.set_value(dt.date(2020, 1, 1)) or tab.bindings["geplantes_ende"].changed(),
     "geplantes_ende", "Geplantes Ende"),
])
def test_invalid_input_is_shown_next_to_the_field_and_nothing_is_written(editor, portfolio: Portfolio, db: Database,
                                                                         change, field: str, message: str) -> None:
    before = _stored(db, portfolio)
    change(editor.steckbrief)
    assert editor.is_dirty()
    assert not editor.save()
    error = editor.steckbrief.errors[field]
    assert error.isVisibleTo(editor) and error.text().startswith("⚠ ") and message in error.text()
    after = _stored(db, portfolio)
    assert after.version == before.version and after.titel == before.titel
    assert editor.is_dirty()  # the input stays for correcting


def test_a_save_that_meets_a_newer_version_shows_the_compare_dialog(editor, portfolio: Portfolio, db: Database,
                                                                     qtbot) -> None:
    tab = editor.steckbrief
    _type(qtbot, tab.titel, "Digital Booster (Ott)")
    other = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                     actor=Actor(login="mueller", rechner="KA-PC-0815"))
    projekt = portfolio.projekte[BOOSTER]
    stored = _stored(db, portfolio)
    daten = projects.Steckbrief.from_detail(stored, stored.strategie_ids)
    projects.save_steckbrief(other, projekt_id=projekt, daten=dataclasses.replace(daten, zielgruppe="Bürgerbüros"),
                             expected_version=stored.version)
    other.close()

    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = editor.conflict_dialog
        seen["rows"] = [(dialog.model.index(r, 0).data(), dialog.model.index(r, 3).data())
                        for r in range(dialog.model.rowCount())]
        seen["message"] = dialog.message.text()
        dialog.apply_mine.click()

    QTimer.singleShot(0, answer)
    assert editor.save()
    assert ("Titel", "abweichend") in seen["rows"]
    assert "mueller am PC KA-PC-0815" in seen["message"]
    final = _stored(db, portfolio)
    # three-way: what I changed is mine, what only the other desk changed stays theirs
    assert [name for name, _ in seen["rows"]] == ["Titel"]
    assert final.titel == "Digital Booster (Ott)"
    assert final.zielgruppe == "Bürgerbüros"
    assert final.version == stored.version + 2


def test_taking_the_stored_version_shows_it_in_the_form(editor, portfolio: Portfolio, db: Database, qtbot) -> None:
    tab = editor.steckbrief
    _type(qtbot, tab.titel, "Mein Titel")
    other = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                     actor=Actor(login="mueller", rechner="KA-PC-0815"))
    stored = _stored(db, portfolio)
    projects.save_steckbrief(other, projekt_id=stored.id, daten=dataclasses.replace(
        projects.Steckbrief.from_detail(stored, stored.strategie_ids), titel="Titel von Müller"),
        expected_version=stored.version)
    other.close()
    QTimer.singleShot(0, lambda: editor.conflict_dialog.take_stored.click())
    assert not editor.save()
    assert tab.titel.text() == "Titel von Müller" and not editor.is_dirty()


def test_an_unreachable_database_keeps_what_was_typed(editor, portfolio: Portfolio, db: Database, qtbot,
                                                      monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    tab = editor.steckbrief
    _type(qtbot, tab.titel, "Getippt, nicht verloren")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_retry", lambda parent, message: asked.append(message) or False)
    path = db.location.sqlite_path
    path.rename(tmp_path / "weg.sqlite")
    db.engine.dispose()
    try:
        assert not editor.save()
    finally:
        (tmp_path / "weg.sqlite").rename(path)
    assert asked and "Ihre Eingaben bleiben im Formular erhalten." in asked[0]
    assert tab.titel.text() == "Getippt, nicht verloren" and editor.is_dirty()
    assert editor.save()  # the share is back: the same input saves
    assert _stored(db, portfolio).titel == "Getippt, nicht verloren"


def test_leaving_with_unsaved_changes_asks_first(window: MainWindow, editor, qtbot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _type(qtbot, editor.steckbrief.titel, "Halb fertig")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, title: answers.pop(0))
    editor.back_button.click()
    assert window.right.currentWidget() is editor  # cancelled: still editing, input kept
    assert editor.steckbrief.titel.text() == "Halb fertig"
    editor.back_button.click()
    assert window.right.currentWidget() is window.work_splitter  # discarded


def test_closing_the_window_with_unsaved_changes_can_be_cancelled(window: MainWindow, editor, qtbot,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _type(qtbot, editor.steckbrief.titel, "Nicht gespeichert")
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, title: QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, title: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()


def test_every_field_has_a_label_and_an_accessible_name(editor) -> None:
    from PySide6.QtWidgets import QLabel

    tab = editor.steckbrief
    buddies = {label.buddy() for label in tab.findChildren(QLabel) if label.buddy() is not None}
    for key, binding in tab.bindings.items():
        assert binding.widget.accessibleName(), key
        if not key.startswith("kanal:") and key not in ("nicht_oeffentlich", "internationalitaet",
                                                            "digitalisierung", "partizipation"):
            assert binding.widget in buddies, key  # check boxes carry their own visible text


def test_ctrl_n_creates_a_project_in_the_chosen_corridor_and_opens_it(window: MainWindow, portfolio: Portfolio,
                                                                      db: Database, qtbot) -> None:
    """A secretariat creates a Leitprojekt: title refused when empty, then created, then its Steckbrief."""
    from iq_desktop.ui.navigation import NavSelection, NodeKind

    corridor = window._stand.row(portfolio.projekte[BOOSTER]).korridorthema_id
    window.navigation.select(NavSelection(NodeKind.KORRIDOR, korridor_id=corridor))
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = window.new_project_dialog
        seen["korridor"] = dialog.korridor.currentText()
        dialog.create()  # no title yet
        seen["error"] = dialog.error.text()
        _type(qtbot, dialog.titel, "Grüne Höfe digital")
        dialog.beginn.set_value(dt.date(2027, 1, 4))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["korridor"] == "Moderne Verwaltung"
    assert seen["error"] == "⚠ Bitte „Titel“ ausfüllen."
    assert window.right.currentWidget() is window.editor
    assert window.editor.steckbrief.titel.text() == "Grüne Höfe digital"
    assert window.editor.steckbrief.beginn.value() == dt.date(2027, 1, 4)
    created = window.editor.projekt_id
    assert window._stand.row(created).titel == "Grüne Höfe digital"  # in the list too
    assert portfolio_service.get_leitprojekt(db, created).status.value == "geplant"


def test_ctrl_f_goes_to_the_search_and_keeps_the_form_as_it_is(window: MainWindow, editor, qtbot) -> None:
    _type(qtbot, editor.steckbrief.titel, "Noch nicht gespeichert")
    qtbot.keyClick(editor.steckbrief.titel, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.search.field
    assert window.right.currentWidget() is editor
    assert editor.steckbrief.titel.text() == "Noch nicht gespeichert"


@pytest.fixture
def phasen(editor):
    editor.tabs.setCurrentWidget(editor.phases)
    return editor.phases


def test_a_phase_moves_to_laufend_and_the_timeline_says_so(phasen, portfolio: Portfolio, db: Database) -> None:
    from iq_desktop.enums import PhasenStatus

    first = _stored(db, portfolio).phasen[0]
    phasen.phase_table.selectRow(0)
    phasen.phase_status.setCurrentIndex(phasen.phase_status.findData(PhasenStatus.LAUFEND))
    phasen.phase_am.set_value(dt.date(2026, 1, 5))
    phasen.phase_status_button.click()
    stored = _stored(db, portfolio).phasen[0]
    assert (stored.status, stored.ist_von) == (PhasenStatus.LAUFEND, dt.date(2026, 1, 5))
    assert stored.version == first.version + 1
    assert phasen.phases.index(0, 2).data() == "laufend"
    assert f"{stored.name}: {stored.status.label}" in phasen.timeline.accessibleDescription()


def test_a_milestone_is_added_and_marked_reached(phasen, portfolio: Portfolio, db: Database, qtbot) -> None:
    _type(qtbot, phasen.new_title, "Blaupause für weitere Ämter")
    phasen.new_due.set_value(dt.date(2027, 3, 1))
    phasen.new_button.click()
    ziele = _stored(db, portfolio).etappenziele
    neu = next(z for z in ziele if z.titel == "Blaupause für weitere Ämter")
    assert neu.faellig_am == dt.date(2027, 3, 1) and phasen.new_title.text() == ""
    row = [phasen.milestones.row_at(r).id for r in range(phasen.milestones.rowCount())].index(neu.id)
    phasen.milestone_table.selectRow(row)
    phasen.reached_am.set_value(dt.date(2027, 2, 20))
    phasen.reached_button.click()
    reached = next(z for z in _stored(db, portfolio).etappenziele if z.id == neu.id)
    assert (reached.status.value, reached.erreicht_am) == ("erreicht", dt.date(2027, 2, 20))
    assert not phasen.reached_button.isEnabled()  # reached once is reached


def test_a_milestone_without_due_date_is_refused_in_german(phasen, portfolio: Portfolio, db: Database, qtbot) -> None:
    before = len(_stored(db, portfolio).etappenziele)
    _type(qtbot, phasen.new_title, "Ohne Termin")
    phasen.new_button.click()
    shown = phasen.new_row.errors["faellig_am"]  # under the date field
    assert shown.isVisibleTo(phasen) and "Fälligkeitsdatum" in shown.text()
    assert shown.text().startswith("⚠ ")
    assert len(_stored(db, portfolio).etappenziele) == before
    assert phasen.new_title.text() == "Ohne Termin"  # the input stays


def test_a_phase_changed_elsewhere_is_refused_and_shown_as_stored(phasen, portfolio: Portfolio, db: Database,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from iq_desktop.enums import PhasenStatus
    from iq_desktop.services import phases as phase_service

    phasen.phase_table.selectRow(0)
    other = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                     actor=Actor(login="mueller", rechner="KA-PC-0815"))
    first = _stored(db, portfolio).phasen[0]
    phase_service.plan_phase(other, phase_id=first.id, geplant_von=dt.date(2026, 2, 1), geplant_bis=None,
                             expected_version=first.version)
    other.close()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    phasen.phase_status.setCurrentIndex(phasen.phase_status.findData(PhasenStatus.LAUFEND))
    assert not phasen.set_phase_status()
    assert shown and "mueller am PC KA-PC-0815" in shown[0]
    assert phasen.phases.row_at(0).geplant_von == dt.date(2026, 2, 1)  # the stored state is on screen
    assert _stored(db, portfolio).phasen[0].status is first.status



def test_saving_mine_on_top_keeps_what_only_the_other_desk_changed(editor, portfolio: Portfolio, db: Database,
                                                                   qtbot) -> None:
    """The other desk changed the corridor and a budget; I changed the title: nothing of theirs is undone."""
    from iq_desktop.services import corridors
    from iq_desktop.services.read_models import BudgetZeile

    _type(qtbot, editor.steckbrief.titel, "Mein Titel")
    stored = _stored(db, portfolio)
    other = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                     actor=Actor(login="mueller", rechner="KA-PC-0815"))
    theirs = dataclasses.replace(projects.Steckbrief.from_detail(stored, stored.strategie_ids),
                                 korridorthema_id=corridors.korridorthema_id(db, "Mobilität"),
                                 budgets=[BudgetZeile("2025/2026", 420000, 999999, None)])
    projects.save_steckbrief(other, projekt_id=stored.id, daten=theirs, expected_version=stored.version)
    other.close()
    seen: list[str] = []

    def answer() -> None:
        dialog = editor.conflict_dialog
        seen.extend(dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount()))
        dialog.apply_mine.click()

    QTimer.singleShot(0, answer)
    assert editor.save()
    final = _stored(db, portfolio)
    assert final.titel == "Mein Titel"
    assert final.korridorthema == "Mobilität"
    assert [b.bewilligt for b in final.budgets] == [999999]


def test_a_goal_still_being_typed_is_saved_with_ctrl_s(window: MainWindow, editor, portfolio: Portfolio,
                                                       db: Database, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    goals = editor.steckbrief.ziele
    goals.add_button.click()
    line = goals.view.indexWidget(goals.view.currentIndex())
    assert isinstance(line, QLineEdit)
    send_keys(line, "Noch nicht bestätigt")
    assert window.action_save.isEnabled()
    qtbot.keyClick(line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # still typing the goal
    assert [z.text for z in _stored(db, portfolio).ziele][-1:] == ["Noch nicht bestätigt"]


def test_ctrl_o_on_the_open_project_keeps_what_was_typed(window: MainWindow, editor, qtbot) -> None:
    _type(qtbot, editor.steckbrief.beschreibung, "Wichtiger Text")
    window.open_selected_project()
    assert editor.steckbrief.beschreibung.toPlainText() == "Wichtiger Text" and editor.is_dirty()


def test_a_goal_keeps_its_level_when_its_text_is_edited(editor, portfolio: Portfolio, db: Database) -> None:
    stored = _stored(db, portfolio)
    daten = projects.Steckbrief.from_detail(stored, stored.strategie_ids)
    from iq_desktop.services.read_models import ZielZeile

    projects.save_steckbrief(db, projekt_id=stored.id, expected_version=stored.version, daten=dataclasses.replace(
        daten, ziele=[ZielZeile(1, 0, "Hauptziel"), ZielZeile(2, 1, "Unterziel")]))
    editor.reload()
    goals = editor.steckbrief.ziele
    goals.model.setData(goals.model.index(1), "Unterziel, genauer gefasst")
    assert editor.save()
    assert [(z.ebene, z.text) for z in _stored(db, portfolio).ziele] == [
        (0, "Hauptziel"), (1, "Unterziel, genauer gefasst")]


def test_channels_left_alone_are_saved_exactly_as_stored(editor, portfolio: Portfolio, db: Database, qtbot) -> None:
    stored = _stored(db, portfolio)
    projects.save_steckbrief(db, projekt_id=stored.id, expected_version=stored.version, daten=dataclasses.replace(
        projects.Steckbrief.from_detail(stored, stored.strategie_ids),
        kanaele=["Presse; Funk und Fernsehen", "co-kreative Formate"]))
    editor.reload()
    assert editor.steckbrief.kanal_boxes[0].isChecked()  # "co-kreative Formate" is the standard one
    _type(qtbot, editor.steckbrief.titel, "Anderer Titel")
    assert editor.save()
    assert list(_stored(db, portfolio).kanaele) == ["Presse; Funk und Fernsehen", "co-kreative Formate"]


@pytest.mark.parametrize("tab", ["steckbrief", "staffing", "phases", "risks", "reports"])
def test_every_alt_letter_on_an_editor_tab_is_unique(window: MainWindow, editor, tab: str) -> None:
    editor.tabs.setCurrentWidget(getattr(editor, tab))
    assert not used_twice(alt_letters(window))


def test_f5_shows_another_desks_change_in_a_form_without_own_changes(window: MainWindow, editor,
                                                                      portfolio: Portfolio, db: Database) -> None:
    stored = _stored(db, portfolio)
    other = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                     actor=Actor(login="mueller", rechner="KA-PC-0815"))
    projects.save_steckbrief(other, projekt_id=stored.id, expected_version=stored.version, daten=dataclasses.replace(
        projects.Steckbrief.from_detail(stored, stored.strategie_ids), titel="Umbenannt von Müller"))
    other.close()
    window.refresh()
    assert editor.steckbrief.titel.text() == "Umbenannt von Müller" and editor.heading.text() == "Umbenannt von Müller"


def test_typing_and_deleting_again_leaves_the_form_clean(editor, qtbot) -> None:
    field = editor.steckbrief.personal
    field.setFocus()
    field.end(False)
    send_keys(field, "x")
    assert editor.is_dirty()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert not editor.is_dirty()


def test_dates_are_cleared_with_entf_and_the_first_row_tabs_in_reading_order(editor, qtbot) -> None:
    tab = editor.steckbrief
    assert tab.beginn.value() is not None
    tab.beginn.setFocus()
    qtbot.keyClick(tab.beginn, Qt.Key.Key_Delete)
    assert tab.beginn.value() is None and tab.beginn.text() == "–" and editor.is_dirty()
    fields = {tab.titel, tab.korridor, tab.beginn, tab.geplantes_ende, tab.kickoff_am, tab.status}
    order, widget = [tab.titel], tab.titel
    for _ in range(40):  # the focus chain also holds a date field's inner line edit: map it to its field
        widget = widget.nextInFocusChain()
        field = widget
        while field is not None and field not in fields:
            field = field.parentWidget()
        if field is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and field is not order[-1]:
            order.append(field)
        if len(order) == len(fields):
            break
    assert order == [tab.titel, tab.korridor, tab.beginn, tab.geplantes_ende, tab.kickoff_am, tab.status]


@pytest.fixture
def risiken(editor):
    editor.tabs.setCurrentWidget(editor.risks)
    return editor.risks


def test_a_risk_is_logged_shows_in_the_matrix_and_is_reassessed(risiken, portfolio: Portfolio, db: Database,
                                                                 qtbot) -> None:
    from iq_desktop.enums import RisikoStatus

    _type(qtbot, risiken.new_risk, "Fachkräfte fehlen")
    risiken.new_w.setValue(4)
    risiken.new_a.setValue(5)
    risiken.new_risk_button.click()
    logged = next(r for r in _stored(db, portfolio).risiken if r.titel == "Fachkräfte fehlen")
    assert (logged.wahrscheinlichkeit, logged.auswirkung) == (4, 5)
    cell = risiken.matrix.index(5 - 4, 5 - 1)  # row: probability 5 at the top; column: impact 1 first
    assert cell.data() == "1\nhoch" and "Risikowert 20 (hoch)" in cell.data(Qt.ItemDataRole.ToolTipRole)
    risiken.select_cell(cell)  # a click on the cell
    assert risiken._chosen(risiken.risk_table).id == logged.id
    risiken.w.setValue(2)
    risiken.risk_status.setCurrentIndex(risiken.risk_status.findData(RisikoStatus.IN_BEARBEITUNG))
    risiken.assess_button.click()
    again = next(r for r in _stored(db, portfolio).risiken if r.id == logged.id)
    assert (again.wahrscheinlichkeit, again.score, again.status) == (2, 10, RisikoStatus.IN_BEARBEITUNG)
    assert risiken.matrix.index(5 - 2, 5 - 1).data() == "1\nmittel" and risiken.matrix.index(5 - 4, 4).data() == "hoch"


def test_the_risk_scale_stops_at_five_and_an_empty_title_is_refused(risiken, portfolio: Portfolio, db: Database,
                                                                    qtbot) -> None:
    before = len(_stored(db, portfolio).risiken)
    risiken.new_w.setFocus()
    risiken.new_w.selectAll()
    send_keys(risiken.new_w, "7")  # probability 7 cannot be typed: the field keeps to the scale 1 to 5
    assert 1 <= risiken.new_w.value() <= 5
    risiken.new_risk_button.click()
    shown = risiken.new_risk_row.errors["titel"]  # under the title field
    assert shown.isVisibleTo(risiken) and "Titel" in shown.text()
    assert len(_stored(db, portfolio).risiken) == before


def test_a_decision_need_goes_to_the_clearingstelle(risiken, portfolio: Portfolio, db: Database, qtbot) -> None:
    from iq_desktop.enums import EntscheidungsArt

    risiken.new_art.setCurrentIndex(risiken.new_art.findData(EntscheidungsArt.ENTSCHEIDUNGSBEDARF))
    _type(qtbot, risiken.new_decision, "Finanzierung ab 2027")
    risiken.new_decision_button.click()
    entry = next(e for e in _stored(db, portfolio).entscheidungen if e.titel == "Finanzierung ab 2027")
    row = [risiken.decisions.row_at(r).id for r in range(risiken.decisions.rowCount())].index(entry.id)
    risiken.decision_table.selectRow(row)
    assert risiken.clearing_button.isEnabled()
    risiken.clearing_button.click()
    sent = next(e for e in _stored(db, portfolio).entscheidungen if e.id == entry.id)
    assert sent.art is EntscheidungsArt.DISSENS and sent.an_clearingstelle_am is not None
    assert not risiken.clearing_button.isEnabled()


def test_staffing_five_people_warns_about_one_project_per_person_and_records_the_override(
    editor, portfolio: Portfolio, db: Database, qtbot
) -> None:
    """Five people join Digital Booster; Sabine Öztürk already leads another project: warned, then overridden."""
    from iq_desktop.enums import Rolle
    from iq_desktop.services import people

    staffing_tab = editor.staffing
    editor.tabs.setCurrentWidget(staffing_tab)
    newcomers = [people.add_person(db, vorname=v, nachname=n) for v, n in
                 (("Jonas", "Weber"), ("Mara", "Klein"), ("Till", "Brandt"), ("Ida", "Fuchs"))]
    editor.reload()
    names = ["Jonas Weber", "Mara Klein", "Till Brandt", "Ida Fuchs", "Sabine Öztürk"]
    for name in names:
        index = next(i for i in range(staffing_tab.person.count())
                     if staffing_tab.person.itemText(i).startswith(name))
        _type(qtbot, staffing_tab.person.lineEdit(), staffing_tab.person.itemText(index))
        staffing_tab.rolle.setCurrentIndex(staffing_tab.rolle.findData(Rolle.MITGLIED))
        assert staffing_tab.add_button.isEnabled()
        staffing_tab.add_button.click()
        assert not staffing_tab.error.isVisibleTo(staffing_tab), staffing_tab.error.text()
    stored = _stored(db, portfolio)
    assert {m.person for m in stored.mitwirkungen} >= set(names)
    assert len(newcomers) == 4

    hint_column = staffing_tab.staffing.columnCount() - 1
    row = next(r for r in range(staffing_tab.staffing.rowCount())
               if staffing_tab.staffing.row_at(r).person == "Sabine Öztürk")
    hint = staffing_tab.staffing.index(row, hint_column).data(Qt.ItemDataRole.ToolTipRole)  # the cell: ⚠ Regel 2
    assert hint.startswith("⚠ ") and "E-Akte für alle Ämter" in hint
    staffing_tab.table.selectRow(row)
    assert staffing_tab.override_button.isEnabled()
    assert "E-Akte für alle Ämter" in staffing_tab.hint.text()  # the whole warning, beside the row's actions
    _type(qtbot, staffing_tab.begruendung, "Frau Öztürk bringt die E-Akte-Erfahrung für ein halbes Jahr ein.")
    staffing_tab.override_button.click()
    row = next(r for r in range(staffing_tab.staffing.rowCount())
               if staffing_tab.staffing.row_at(r).person == "Sabine Öztürk")
    hint = staffing_tab.staffing.index(row, hint_column).data(Qt.ItemDataRole.ToolTipRole)
    assert hint.startswith(f"Ausnahme ({db.actor.login})")
    others = [staffing_tab.staffing.index(r, hint_column).data(Qt.ItemDataRole.ToolTipRole) or ""
              for r in range(staffing_tab.staffing.rowCount())
              if staffing_tab.staffing.row_at(r).person in names[:4]]
    assert all("Projekt" not in h or "E-Akte" not in h for h in others)


def test_a_name_not_in_the_list_is_refused_in_german(editor, qtbot) -> None:
    staffing_tab = editor.staffing
    editor.tabs.setCurrentWidget(staffing_tab)
    _type(qtbot, staffing_tab.person.lineEdit(), "Niemand Bekanntes")
    assert not staffing_tab.add_person()
    assert "Bitte eine Person aus der Liste wählen" in staffing_tab.field_error("person")  # beside the picker



def test_a_sachstand_is_written_for_a_meeting_and_shows_what_changed(editor, portfolio: Portfolio, db: Database,
                                                                      qtbot) -> None:
    from iq_desktop.enums import Ampel

    tab = editor.reports
    editor.tabs.setCurrentWidget(tab)
    before = len(_stored(db, portfolio).sachstaende)
    tab.gremium.setCurrentIndex(tab.gremium.findText("IQ-Lenkungsgruppe", Qt.MatchFlag.MatchStartsWith))
    _type(qtbot, tab.texts["erreicht"], "Drei Ämter arbeiten mit der Blaupause.")
    assert tab.has_draft()
    tab.save_button.click()
    reports = _stored(db, portfolio).sachstaende
    assert len(reports) == before + 1 and not tab.has_draft()
    newest = max(reports, key=lambda s: (s.stichtag, s.id))
    assert newest.erreicht == "Drei Ämter arbeiten mit der Blaupause." and newest.gremium
    # the project changes; the next Sachstand starts from what changed since
    projects.set_ampel(db, projekt_id=portfolio.projekte[BOOSTER], ampel=Ampel.ROT, notiz="Budget fehlt")
    editor.reload()
    assert "Ampel" in tab.since.toPlainText() and "rot" in tab.since.toPlainText()


def test_a_sachstand_without_any_text_is_refused_and_a_draft_is_asked_about(window: MainWindow, editor, qtbot,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    tab = editor.reports
    editor.tabs.setCurrentWidget(tab)
    for box in tab.texts.values():
        box.clear()
    tab._prefilled = {}
    assert not tab.record()
    assert "mindestens einen Text" in tab.error.text()
    _type(qtbot, tab.texts["naechste_schritte"], "Rollout in zwei weiteren Ämtern")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_unsaved",
                        lambda parent, title: asked.append(title) or QMessageBox.StandardButton.Cancel)
    editor.back_button.click()
    assert asked and window.right.currentWidget() is editor  # the draft is not lost silently
