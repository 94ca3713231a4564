"""The Gremien & Sitzungen page, driven as the secretariat would: find the next meeting, plan, change, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.services import meetings, status_reports
from iq_desktop.ui import dialogs
from iq_desktop.ui.meetings.page import MeetingsPage
from iq_desktop.ui.meetings.sitzung_dialog import SitzungDialog

from .conftest import Portfolio
from .keys import replace_text
from .mnemonics import MAIN_WINDOW_LETTERS, alt_letters

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")

LG, GR = "IQ-Lenkungsgruppe", "Gemeinderat"


class Plan:
    """The meetings the fixture planned, by name."""

    def __init__(self, db: Database, portfolio: Portfolio) -> None:
        today = db.today()
        lg, gr = meetings.gremium_id(db, LG), meetings.gremium_id(db, GR)
        self.vergangen = meetings.plan_sitzung(db, gremium_id=lg, datum=today - dt.timedelta(days=30), top="2",
                                               ergebnis="zur Kenntnis genommen")
        self.naechste = meetings.plan_sitzung(db, gremium_id=lg, datum=today + dt.timedelta(days=12), top="3")
        self.rat = meetings.plan_sitzung(db, gremium_id=gr, datum=today + dt.timedelta(days=40), top="14",
                                         oeffentlich=True, vorlage_nr="2026/1528")
        self.projekt = portfolio.projekte["Digital Booster"]
        self.sachstand = status_reports.record_sachstand(
            db, projekt_id=self.projekt, stichtag=today - dt.timedelta(days=33), sitzung_id=self.vergangen,
            erreicht="Drei Ämter arbeiten mit der Blaupause.")


@pytest.fixture
def plan(db: Database, portfolio: Portfolio) -> Plan:
    return Plan(db, portfolio)


@pytest.fixture
def page(qtbot, db: Database, plan: Plan) -> MeetingsPage:
    from iq_desktop.app import make_application

    make_application()
    widget = MeetingsPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show_database(db)
    widget.show()
    return widget


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    andere = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                      actor=Actor(login="mueller", rechner="KA-PC-0815"))
    yield andere
    andere.close()


def _column(page: MeetingsPage, column: int) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def _answer(work) -> None:
    """Fill in the dialog the page is about to open (it is modal)."""
    QTimer.singleShot(0, work)


# --- models -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("force_py", [False, True])
@pytest.mark.parametrize("name", ["model", "proxy", "reports"])
def test_the_models_pass_the_model_tester(qtmodeltester, page: MeetingsPage, plan: Plan, db: Database, name: str,
                                          force_py: bool) -> None:
    """One model per test: the tester follows only the model it last checked."""
    qtmodeltester.check(getattr(page, name), force_py=force_py)
    # what the page does to them: filters, sorting, another meeting, another choice
    page.zeitraum.setCurrentIndex(page.zeitraum.findData(True))
    page.gremium_filter.setCurrentIndex(page.gremium_filter.findText(GR))
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.gremium_filter.setCurrentIndex(0)
    page.zeitraum.setCurrentIndex(0)
    meetings.plan_sitzung(db, gremium_id=meetings.gremium_id(db, "BMK"), datum=db.today())
    page.show_database(db)
    page.select_sitzung(plan.vergangen)
    page.select_sitzung(plan.rat)


def test_the_table_sorts_topics_and_gremien_like_a_german_reader(page: MeetingsPage, db: Database) -> None:
    lg = meetings.gremium_id(db, LG)
    meetings.plan_sitzung(db, gremium_id=lg, datum=db.today() + dt.timedelta(days=90), top="10")
    page.show_database(db)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert _column(page, 2) == ["2", "3", "10", "14"]  # TOP 10 after TOP 3
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    dates = [page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).datum
             for r in range(page.proxy.rowCount())]
    assert dates == sorted(dates)


# --- finding meetings ---------------------------------------------------------------------------------------


def test_the_next_meeting_is_chosen_and_marked_past_ones_are_only_shown_on_request(page: MeetingsPage,
                                                                                  plan: Plan) -> None:
    assert page.heading.text() == "Gremien & Sitzungen"
    assert page.chosen().id == plan.naechste
    row = page.table.currentIndex()
    assert row.data().endswith(" · in 12 Tagen") and row.data(Qt.ItemDataRole.FontRole).bold()
    assert _column(page, 3) == ["nicht öffentlich", "nicht öffentlich", "öffentlich"]
    assert page.fields["gremium"].text() == LG and "(in 12 Tagen)" in page.fields["datum"].text()

    page.zeitraum.setCurrentIndex(page.zeitraum.findText("nur kommende"))
    assert page.proxy.rowCount() == 2 and page.chosen().id == plan.naechste
    page.gremium_filter.setCurrentIndex(page.gremium_filter.findText(GR))
    assert _column(page, 1) == [GR] and page.chosen().id == plan.rat
    # a meeting the filters hide is found all the same
    assert page.select_sitzung(plan.vergangen)
    assert page.chosen().id == plan.vergangen and page.gremium_filter.currentText() == "alle Gremien"
    assert not page.select_sitzung(9999)


def test_a_reload_keeps_the_chosen_meeting_and_shows_another_desks_meeting(page: MeetingsPage, plan: Plan,
                                                                          other: Database, db: Database) -> None:
    assert page.select_sitzung(plan.rat)
    meetings.plan_sitzung(other, gremium_id=meetings.gremium_id(other, "BMK"), datum=db.today())
    page.show_database(db)
    assert page.chosen().id == plan.rat and page.model.rowCount() == 4
    assert "BMK" in _column(page, 1)


def test_the_sachstaende_of_a_meeting_open_their_project_with_enter(page: MeetingsPage, plan: Plan, qtbot) -> None:
    page.select_sitzung(plan.naechste)
    assert page.reports.rowCount() == 0 and "noch kein Sachstand" in page.reports_hint.text()
    page.select_sitzung(plan.vergangen)
    assert [page.reports.index(0, c).data() for c in (0, 2)] == ["Digital Booster", "gelb"]
    page.reports_table.setFocus()
    with qtbot.waitSignal(page.project_requested) as opened:
        qtbot.keyClick(page.reports_table, Qt.Key.Key_Return)
    assert opened.args == [plan.projekt]
    where = page.reports_table.visualRect(page.reports_table.model().index(0, 0)).center()
    with qtbot.waitSignal(page.project_requested) as opened:
        qtbot.mouseClick(page.reports_table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(page.reports_table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [plan.projekt]


# --- writing -------------------------------------------------------------------------------------------------


def test_a_new_meeting_is_planned_in_the_form_and_chosen(page: MeetingsPage, db: Database, qtbot) -> None:
    datum = db.today() + dt.timedelta(days=70)

    def fill() -> None:
        form = page.dialog
        assert form.windowTitle() == "Neue Sitzung"
        form.gremium.setCurrentIndex(form.gremium.findText("Hauptausschuss"))
        form.datum.set_value(datum)
        replace_text(form.top, "8")
        form.oeffentlich.setChecked(True)
        replace_text(form.vorlage_nr, "2026/2001")
        replace_text(form.ergebnis.lineEdit(), "vorberaten")
        replace_text(form.bemerkung, "Beratungsfolge mit Änderungsantrag")
        form.save_button.click()

    _answer(fill)
    with qtbot.waitSignal(page.data_changed):
        assert page.new_sitzung()
    [neu] = [r for r in meetings.list_sitzungen(db) if r.datum == datum]
    assert (neu.gremium, neu.top, neu.oeffentlich, neu.vorlage_nr, neu.ergebnis, neu.bemerkung) == (
        "Hauptausschuss", "8", True, "2026/2001", "vorberaten", "Beratungsfolge mit Änderungsantrag")
    assert page.chosen().id == neu.id and page.fields["ergebnis"].text() == "vorberaten"


def test_invalid_input_is_said_next_to_the_field_and_writes_nothing(page: MeetingsPage, plan: Plan,
                                                                     db: Database) -> None:
    before = meetings.list_sitzungen(db)
    seen: dict[str, object] = {}

    def fill() -> None:
        form = page.dialog
        form.gremium.setCurrentIndex(form.gremium.findText(LG))
        form.datum.set_value(db.today() + dt.timedelta(days=12))  # the day of the next meeting
        replace_text(form.top, "5")
        form.save_button.click()
        error = form.errors["datum"]
        seen["datum"] = (error.isVisibleTo(form), error.text(), form.isVisible(), form.top.text())
        replace_text(form.top, "x" * 21)
        form.datum.set_value(db.today() + dt.timedelta(days=13))
        form.save_button.click()
        seen["top"] = (form.errors["top"].text(), form.errors["datum"].isVisibleTo(form))
        form.done(QDialog.DialogCode.Rejected)  # Abbrechen, the dropping confirmed

    _answer(fill)
    assert not page.new_sitzung()
    visible, text, still_open, kept = seen["datum"]
    assert visible and still_open and kept == "5"
    assert text.startswith("⚠ ") and "Für IQ-Lenkungsgruppe ist am" in text and "schon eine Sitzung" in text
    assert seen["top"] == ("⚠ „TOP“ ist zu lang (höchstens 20 Zeichen).", False)
    assert meetings.list_sitzungen(db) == before


def test_a_meeting_is_changed_in_the_form(page: MeetingsPage, plan: Plan, db: Database, qtbot) -> None:
    page.select_sitzung(plan.naechste)

    def fill() -> None:
        form = page.dialog
        assert form.windowTitle() == "Sitzung bearbeiten" and form.top.text() == "3"
        form.ergebnis.setCurrentIndex(form.ergebnis.findText("beschlossen"))
        form.save_button.click()

    _answer(fill)
    with qtbot.waitSignal(page.data_changed):
        assert page.edit_sitzung()
    stored = meetings.get_sitzung(db, plan.naechste).sitzung
    assert stored.ergebnis == "beschlossen" and stored.top == "3" and stored.version == 2
    assert page.chosen().id == plan.naechste and page.fields["ergebnis"].text() == "beschlossen"


def test_a_change_that_meets_another_desks_save_asks_and_keeps_both(page: MeetingsPage, plan: Plan, db: Database,
                                                                    other: Database) -> None:
    page.select_sitzung(plan.naechste)
    loaded = page.chosen()
    meetings.update_sitzung(other, sitzung_id=plan.naechste, expected_version=loaded.version,
                            gremium_id=loaded.gremium_id, datum=loaded.datum, top="3", oeffentlich=False,
                            vorlage_nr=None, ergebnis=None, bemerkung="vom Sekretariat ergänzt")
    seen: dict[str, object] = {}

    def answer_conflict() -> None:
        dialog = page.dialog.conflict_dialog
        seen["rows"] = [tuple(dialog.model.index(r, c).data() for c in range(4))
                        for r in range(dialog.model.rowCount())]
        seen["message"] = dialog.message.text()
        dialog.apply_mine.click()

    def fill() -> None:
        form = page.dialog
        replace_text(form.top, "3.1")
        QTimer.singleShot(0, answer_conflict)
        form.save_button.click()

    _answer(fill)
    assert page.edit_sitzung()
    assert seen["rows"] == [("TOP", "3.1", "3", "abweichend")]
    assert "mueller am PC KA-PC-0815" in seen["message"] and "überschrieben wurde nichts" in seen["message"]
    stored = meetings.get_sitzung(db, plan.naechste).sitzung
    assert stored.top == "3.1" and stored.bemerkung == "vom Sekretariat ergänzt"  # mine and theirs
    assert stored.version == loaded.version + 2


def test_taking_the_stored_meeting_overwrites_nothing(page: MeetingsPage, plan: Plan, db: Database,
                                                      other: Database) -> None:
    page.select_sitzung(plan.naechste)
    loaded = page.chosen()
    meetings.update_sitzung(other, sitzung_id=plan.naechste, expected_version=loaded.version,
                            gremium_id=loaded.gremium_id, datum=loaded.datum, top="4", oeffentlich=False,
                            vorlage_nr=None, ergebnis=None, bemerkung=None)
    seen: dict[str, str] = {}

    def fill() -> None:
        form = page.dialog
        replace_text(form.top, "9")
        QTimer.singleShot(0, lambda: form.conflict_dialog.take_stored.click())
        form.save_button.click()
        seen["top"] = form.top.text()
        form.done(QDialog.DialogCode.Rejected)  # Abbrechen, the dropping confirmed

    _answer(fill)
    assert not page.edit_sitzung()
    assert seen["top"] == "4"  # the form shows what is stored
    assert meetings.get_sitzung(db, plan.naechste).sitzung.top == "4"
    assert page.fields["top"].text() == "4"


def test_a_meeting_with_a_sachstand_is_not_deleted(page: MeetingsPage, plan: Plan, db: Database,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, question: asked.append(question) or True)
    page.select_sitzung(plan.vergangen)
    before = meetings.list_sitzungen(db)
    assert not page.delete_sitzung()
    assert asked and "Die Sitzung von IQ-Lenkungsgruppe am" in asked[0]
    assert page.error.isVisibleTo(page) and "wird nicht gelöscht: ein Sachstand wurde in ihr berichtet" in \
        page.error.text()
    assert meetings.list_sitzungen(db) == before


def test_a_meeting_is_deleted_after_asking(page: MeetingsPage, plan: Plan, db: Database, qtbot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [False, True]
    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, question: answers.pop(0))
    page.select_sitzung(plan.rat)
    assert not page.delete_sitzung()
    assert len(meetings.list_sitzungen(db)) == 3
    with qtbot.waitSignal(page.data_changed):
        assert page.delete_sitzung()
    assert plan.rat not in [r.id for r in meetings.list_sitzungen(db)]
    assert page.model.rowCount() == 2 and page.chosen().id == plan.naechste


def test_a_meeting_changed_elsewhere_is_not_deleted_unseen(page: MeetingsPage, plan: Plan, db: Database,
                                                       other: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, question: True)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    page.select_sitzung(plan.rat)
    loaded = page.chosen()
    meetings.update_sitzung(other, sitzung_id=plan.rat, expected_version=loaded.version,
                            gremium_id=loaded.gremium_id, datum=loaded.datum, top="15", oeffentlich=True,
                            vorlage_nr=loaded.vorlage_nr, ergebnis=None, bemerkung=None)
    assert not page.delete_sitzung()
    assert shown and "wurde inzwischen von mueller" in shown[0]
    assert page.fields["top"].text() == "15"  # the stored state is shown


# --- keyboard and screen readers ----------------------------------------------------------------------------


def _mnemonics(widget: QWidget) -> list[str]:
    return [letter for letter, _text in alt_letters(widget)]


def test_alt_letters_are_unique_and_leave_the_main_windows_own_alone(page: MeetingsPage, db: Database) -> None:
    letters = _mnemonics(page)
    assert len(letters) == len(set(letters)) and len(letters) >= 6
    assert not set(letters) & MAIN_WINDOW_LETTERS
    dialog = SitzungDialog(db, page)
    letters = _mnemonics(dialog)
    assert len(letters) == len(set(letters))
    dialog.deleteLater()


def test_every_input_has_a_label_and_an_accessible_name(page: MeetingsPage, db: Database) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QTableView

    def inputs(container: QWidget) -> list[QWidget]:
        found = []
        for widget in container.findChildren(QWidget):
            if not widget.isVisibleTo(container) or isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
                continue  # a combo box's or date field's own line edit
            if isinstance(widget, QComboBox | QAbstractSpinBox | QPlainTextEdit | QCheckBox | QLineEdit | QTableView):
                found.append(widget)
        return found

    dialog = SitzungDialog(db, page)
    dialog.show()
    for container in (page, dialog):
        buddies = {label.buddy() for label in container.findChildren(QLabel) if label.buddy() is not None}
        found = inputs(container)
        assert len(found) >= 4
        for widget in found:
            assert widget.accessibleName(), widget
            assert widget in buddies, widget.accessibleName()
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
