"""The Ampel on the Steckbrief tab: set by keyboard, undone, saved with the profile, merged with another desk."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.enums import Ampel
from iq_desktop.services import portfolio as portfolio_service
from iq_desktop.services import projects, status_reports
from iq_desktop.services.read_models import LeitprojektDetail
from iq_desktop.ui import dialogs
from iq_desktop.ui.main_window import MainWindow
from iq_desktop.ui.nav_selection import NodeKind
from iq_desktop.ui.widgets.ampel import AmpelAuswahl

from .conftest import Portfolio
from .keys import replace_text

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")

BOOSTER = "Digital Booster"
#: the fixture's Digital Booster: gelb, "Personalengpass im Sommer", no dimensions
NOTIZ = "Personalengpass im Sommer"


@pytest.fixture
def editor(window: MainWindow, portfolio: Portfolio):
    """The editor on Digital Booster."""
    assert window.open_project(portfolio.projekte[BOOSTER])
    yield window.editor
    window.editor.undo_stack.setClean()  # nothing left to ask about when the fixture closes the window


def _stored(db: Database, portfolio: Portfolio) -> LeitprojektDetail:
    return portfolio_service.get_leitprojekt(db, portfolio.projekte[BOOSTER])


def _other_desk(db: Database) -> Database:
    return Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                    actor=Actor(login="mueller", rechner="KA-PC-0815"))


def _ampeln(tab) -> tuple[Ampel | None, ...]:
    return tab.ampel.value(), tab.ampel_zeit.value(), tab.ampel_budget.value(), tab.ampel_personal.value()


def test_the_section_shows_the_stored_ampel_with_dot_and_word(editor, portfolio: Portfolio, db: Database) -> None:
    tab = editor.steckbrief
    assert _ampeln(tab) == (Ampel.GELB, None, None, None)
    assert tab.ampel_notiz.toPlainText() == NOTIZ
    assert tab.ampel.currentText() == "gelb" and tab.ampel_zeit.currentText() == "keine Angabe"
    choice = tab.ampel
    assert [choice.itemText(i) for i in range(choice.count())] == ["keine Angabe", "grün", "gelb", "rot"]
    assert all(not choice.itemIcon(i).isNull() for i in range(choice.count()))  # the dot beside every word
    assert choice.itemData(3, Qt.ItemDataRole.AccessibleTextRole) == "Ampel rot"
    # every input has a visible German label pointing at it and an accessible name
    for widget, name in ((tab.ampel, "Ampel gesamt"), (tab.ampel_zeit, "Ampel Zeit"),
                         (tab.ampel_budget, "Ampel Budget"), (tab.ampel_personal, "Ampel Personal"),
                         (tab.ampel_notiz, "Notiz zur Ampel")):
        assert widget.accessibleName() == name
        assert any(label.buddy() is widget and label.isVisibleTo(tab) for label in tab.findChildren(QLabel))


def test_ampel_and_dimensions_set_by_keyboard_undo_redo_save_and_reopen(
        window: MainWindow, editor, portfolio: Portfolio, db: Database, qtbot) -> None:
    tab = editor.steckbrief
    tab.titel.setFocus()
    qtbot.keyClick(tab.titel, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Alt+P: "Ampel gesamt"
    assert tab.ampel.hasFocus()
    qtbot.keyClick(tab.ampel, Qt.Key.Key_Down)  # gelb → rot
    qtbot.keyClick(tab.ampel, Qt.Key.Key_Tab)
    assert tab.ampel_zeit.hasFocus()
    qtbot.keyClick(tab.ampel_zeit, Qt.Key.Key_R)  # typing the word's first letter picks it
    qtbot.keyClick(tab.ampel_zeit, Qt.Key.Key_Tab)
    assert tab.ampel_budget.hasFocus()
    qtbot.keyClick(tab.ampel_budget, Qt.Key.Key_Down)  # keine Angabe → grün
    qtbot.keyClick(tab.ampel_budget, Qt.Key.Key_Tab)
    assert tab.ampel_personal.hasFocus()
    for _ in range(2):
        qtbot.keyClick(tab.ampel_personal, Qt.Key.Key_Down)  # → grün → gelb
    qtbot.keyClick(tab.ampel_personal, Qt.Key.Key_Tab)
    assert tab.ampel_notiz.hasFocus()
    replace_text(tab.ampel_notiz, "Zwei Stellen unbesetzt; Förderbescheid fehlt")
    qtbot.keyClick(tab.ampel_notiz, Qt.Key.Key_Tab)
    assert tab.beschreibung.hasFocus()  # on to the next section

    assert _ampeln(tab) == (Ampel.ROT, Ampel.ROT, Ampel.GRUEN, Ampel.GELB)
    assert editor.is_dirty() and editor.discard_button.isEnabled()
    # one step per pick and one for the note (the personal dimension's two picks are two steps)
    assert editor.undo_stack.count() == 6

    window.action_undo.trigger()  # the note
    assert tab.ampel_notiz.toPlainText() == NOTIZ
    window.action_undo.trigger()  # personal: gelb → grün
    assert tab.ampel_personal.value() is Ampel.GRUEN
    window.action_redo.trigger()
    window.action_redo.trigger()
    assert tab.ampel_personal.value() is Ampel.GELB
    assert tab.ampel_notiz.toPlainText() == "Zwei Stellen unbesetzt; Förderbescheid fehlt"
    assert "Ampel: gelb" in editor.subheading.text()  # nothing saved yet

    before = _stored(db, portfolio)
    window.action_save.trigger()
    assert not editor.is_dirty()
    stored = _stored(db, portfolio)
    assert (stored.ampel, stored.ampel_zeit, stored.ampel_budget, stored.ampel_personal) == (
        Ampel.ROT, Ampel.ROT, Ampel.GRUEN, Ampel.GELB)
    assert stored.ampel_notiz == "Zwei Stellen unbesetzt; Förderbescheid fehlt"
    assert stored.version == before.version + 1  # one save, one version
    assert "Ampel: rot" in editor.subheading.text()  # the header line follows

    # the list and the navigation show the new Ampel as well
    assert window._stand.row(stored.id).ampel is Ampel.ROT
    model = window.projects.model
    cell = model.index(model.row_of_project(stored.id), model.column_of("ampel"))
    assert cell.data() == "rot" and cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Ampel rot"
    node = window.navigation.model.find(NodeKind.PROJEKT, stored.id)
    assert "Ampel rot" in node.data(Qt.ItemDataRole.AccessibleTextRole)

    # reopened: the form shows what was saved, nothing to save
    window.close_editor()
    assert window.open_project(portfolio.projekte["E-Akte für alle Ämter"])
    assert editor.steckbrief.ampel.value() is Ampel.GRUEN and editor.steckbrief.ampel_notiz.toPlainText() == ""
    assert window.open_project(stored.id)
    assert _ampeln(editor.steckbrief) == (Ampel.ROT, Ampel.ROT, Ampel.GRUEN, Ampel.GELB)
    assert editor.steckbrief.ampel_notiz.toPlainText() == "Zwei Stellen unbesetzt; Förderbescheid fehlt"
    assert not editor.is_dirty()

    # a Sachstand recorded now freezes the Ampel the secretariat has just set
    sachstand = status_reports.record_sachstand(db, projekt_id=stored.id, stichtag=db.today(), erreicht="Pilot")
    [frozen] = [s for s in _stored(db, portfolio).sachstaende if s.id == sachstand]
    assert frozen.ampel is Ampel.ROT


def test_back_to_keine_angabe_clears_the_ampel(editor, portfolio: Portfolio, db: Database, qtbot) -> None:
    tab = editor.steckbrief
    tab.ampel.setFocus()
    qtbot.keyClick(tab.ampel, Qt.Key.Key_Home)
    tab.ampel_notiz.setFocus()
    tab.ampel_notiz.selectAll()
    qtbot.keyClick(tab.ampel_notiz, Qt.Key.Key_Delete)
    assert editor.undo_stack.count() == 2
    assert editor.save()
    stored = _stored(db, portfolio)
    assert (stored.ampel, stored.ampel_notiz) == (None, None)
    assert "Ampel: keine Ampel" in editor.subheading.text()


def test_verwerfen_and_leaving_ask_about_a_changed_ampel(window: MainWindow, editor, portfolio: Portfolio,
                                                         db: Database, qtbot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    tab = editor.steckbrief
    before = _stored(db, portfolio)
    tab.ampel_budget.setFocus()
    qtbot.keyClick(tab.ampel_budget, Qt.Key.Key_R)
    assert tab.ampel_budget.value() is Ampel.ROT and editor.is_dirty()

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, name: asked.append(name)
                        or QMessageBox.StandardButton.Cancel)
    assert not editor.ask_to_leave()  # cancelled: the pick stays
    assert asked == [BOOSTER] and tab.ampel_budget.value() is Ampel.ROT

    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, name: True)
    editor.discard_button.click()
    assert tab.ampel_budget.value() is None and not editor.is_dirty()
    after = _stored(db, portfolio)
    assert (after.version, after.ampel_budget) == (before.version, None)  # nothing written


def test_another_desks_ampel_stays_when_i_changed_only_the_note(editor, portfolio: Portfolio, db: Database,
                                                                qtbot) -> None:
    """Three-way merge: the other desk's Ampel is kept, my note goes on top; the dialog lists only my field."""
    tab = editor.steckbrief
    replace_text(tab.ampel_notiz, "Stelle seit 1. Mai besetzt")
    stored = _stored(db, portfolio)
    other = _other_desk(db)
    projects.set_ampel(other, projekt_id=stored.id, ampel=Ampel.ROT, notiz=NOTIZ, zeit=Ampel.GELB,
                       expected_version=stored.version)  # e.g. from the command line
    other.close()

    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = editor.conflict_dialog
        seen["rows"] = [tuple(dialog.model.index(r, c).data() for c in range(3))
                        for r in range(dialog.model.rowCount())]
        dialog.apply_mine.click()

    QTimer.singleShot(0, answer)
    assert editor.save()
    assert seen["rows"] == [("Notiz zur Ampel", "Stelle seit 1. Mai besetzt", NOTIZ)]
    final = _stored(db, portfolio)
    assert (final.ampel, final.ampel_zeit, final.ampel_notiz) == (Ampel.ROT, Ampel.GELB, "Stelle seit 1. Mai besetzt")
    assert _ampeln(tab) == (Ampel.ROT, Ampel.GELB, None, None) and "Ampel: rot" in editor.subheading.text()


def test_both_desks_set_the_ampel_the_compare_dialog_shows_words(editor, portfolio: Portfolio, db: Database,
                                                                 qtbot) -> None:
    tab = editor.steckbrief
    tab.ampel.setFocus()
    qtbot.keyClick(tab.ampel, Qt.Key.Key_R)  # mine: rot
    tab.ampel_zeit.setFocus()
    qtbot.keyClick(tab.ampel_zeit, Qt.Key.Key_R)
    stored = _stored(db, portfolio)
    other = _other_desk(db)
    theirs = dataclasses.replace(projects.Steckbrief.from_detail(stored, stored.strategie_ids),
                                 ampel=Ampel.GRUEN, ampel_notiz="Engpass behoben")
    projects.save_steckbrief(other, projekt_id=stored.id, daten=theirs, expected_version=stored.version)
    other.close()

    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = editor.conflict_dialog
        seen["rows"] = [tuple(dialog.model.index(r, c).data() for c in range(4))
                        for r in range(dialog.model.rowCount())]
        dialog.take_stored.click()

    QTimer.singleShot(0, answer)
    assert not editor.save()
    assert seen["rows"] == [("Ampel gesamt", "rot", "grün", "abweichend"),
                            ("Ampel Zeit", "rot", "keine Angabe", "abweichend")]
    # the stored state is taken: the form shows the other desk's Ampel and is clean
    assert _ampeln(tab) == (Ampel.GRUEN, None, None, None)
    assert tab.ampel_notiz.toPlainText() == "Engpass behoben" and not editor.is_dirty()
    assert "Ampel: grün" in editor.subheading.text()
    assert _stored(db, portfolio).version == stored.version + 1  # only the other desk's save


def test_a_clean_form_shows_another_desks_ampel_on_refresh(window: MainWindow, editor, portfolio: Portfolio,
                                                            db: Database) -> None:
    stored = _stored(db, portfolio)
    other = _other_desk(db)
    projects.set_ampel(other, projekt_id=stored.id, ampel=Ampel.GRUEN, personal=Ampel.GELB)
    other.close()
    window.refresh()
    assert _ampeln(editor.steckbrief) == (Ampel.GRUEN, None, None, Ampel.GELB)
    assert "Ampel: grün" in editor.subheading.text()


def test_the_profile_and_the_ampel_are_one_save(db: Database, portfolio: Portfolio) -> None:
    """save_steckbrief carries the Ampel; set_ampel (command line, demo) writes the same fields."""
    stored = _stored(db, portfolio)
    daten = projects.Steckbrief.from_detail(stored, stored.strategie_ids)
    assert (daten.ampel, daten.ampel_notiz) == (Ampel.GELB, NOTIZ)
    version = projects.save_steckbrief(db, projekt_id=stored.id, expected_version=stored.version,
                                       daten=dataclasses.replace(daten, zielgruppe="Alle Ämter"))
    kept = _stored(db, portfolio)
    assert (kept.ampel, kept.ampel_notiz, kept.zielgruppe) == (Ampel.GELB, NOTIZ, "Alle Ämter")  # untouched

    projects.save_steckbrief(db, projekt_id=stored.id, expected_version=version, daten=dataclasses.replace(
        daten, ampel=Ampel.ROT, ampel_notiz="  Budget fehlt  ", ampel_budget=Ampel.ROT))
    saved = _stored(db, portfolio)
    assert (saved.ampel, saved.ampel_notiz, saved.ampel_budget, saved.zielgruppe) == (
        Ampel.ROT, "Budget fehlt", Ampel.ROT, None)  # the whole profile: the form sends every field
    projects.set_ampel(db, projekt_id=stored.id, ampel=Ampel.GRUEN, notiz=" ")
    again = _stored(db, portfolio)
    assert (again.ampel, again.ampel_notiz, again.ampel_budget) == (Ampel.GRUEN, None, None)


def test_the_choice_widget_gives_the_ampel_itself(qtbot) -> None:
    choice = AmpelAuswahl()
    qtbot.addWidget(choice)
    choice.set_value(Ampel.GRUEN)
    assert choice.value() is Ampel.GRUEN and choice.currentText() == "grün"
    choice.set_value("rot")  # a stored code works too
    assert choice.value() is Ampel.ROT
    choice.set_value(None)
    assert choice.value() is None and choice.currentText() == "keine Angabe"
