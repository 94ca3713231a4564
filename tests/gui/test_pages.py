"""The Start and Regelprüfung pages, driven through the real main window's navigation."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from iq_desktop.services import meetings, milestones, rules
from iq_desktop.ui.nav_selection import ALLE, NavSelection, NodeKind
from iq_desktop.ui.rows_model import ROW_ROLE
from iq_desktop.ui.rules.model import Anzeige, FindingsModel
from iq_desktop.ui.start.models import PROJEKT_ROLE, DueMilestonesModel, NextMeetingsModel, PortfolioTreeModel

from .conftest import ARCHIVED_TITLE, STALE_TITLE, Portfolio
from .keys import replace_text
from .mnemonics import alt_letters, used_twice

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def _tree_rows(page) -> dict[str, list[list[str]]]:
    """Corridor text → its project rows as cell texts."""
    model = page.portfolio
    result = {}
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        result[parent.data()] = [
            [model.index(child, column, parent).data() for column in range(model.columnCount())]
            for child in range(model.rowCount(parent))
        ]
    return result


def _start(window: MainWindow):
    assert window.show_page(NodeKind.START)
    page = window.pages.pages[NodeKind.START]
    assert window.right.currentWidget() is page
    return page


def test_start_page_shows_each_corridor_with_its_projects_ampel_in_words_and_stale_flags(
        window: MainWindow, portfolio: Portfolio) -> None:
    page = _start(window)
    rows = _tree_rows(page)
    verwaltung = next(text for text in rows if text.startswith("Moderne Verwaltung"))
    assert "Bürgermeister/in: Dr. Clara Engelhardt" in verwaltung
    assert "4 Leitprojekte" in verwaltung
    booster = next(cells for cells in rows[verwaltung] if cells[0] == "Digital Booster")
    assert booster[1] == "gelb"  # the word, beside the dot
    assert booster[2] == "Umsetzungsphase"
    assert "Pilot im Bürgerbüro" in booster[3]
    innenstadt = next(text for text in rows if text.startswith("Zukunft Innenstadt"))
    stale = next(cells for cells in rows[innenstadt] if cells[0] == STALE_TITLE)
    assert stale[4].endswith("veraltet")
    assert all(cells[0] != ARCHIVED_TITLE for group in rows.values() for cells in group)  # archive stays out
    assert page.heading.text().startswith("Start – Überblick zum")
    assert not used_twice(alt_letters(window))


def test_start_page_lists_milestones_due_in_30_days_and_overdue_ones(
        window: MainWindow, portfolio: Portfolio, db: Database) -> None:
    today = db.today()
    booster = portfolio.projekte["Digital Booster"]
    milestones.plan_etappenziel(db, projekt_id=booster, titel="Lenkungsgruppe informiert",
                                faellig_am=today + dt.timedelta(days=12))
    milestones.plan_etappenziel(db, projekt_id=booster, titel="Konzept abgestimmt",
                                faellig_am=today - dt.timedelta(days=3))
    milestones.plan_etappenziel(db, projekt_id=portfolio.projekte["E-Akte für alle Ämter"],
                                titel="Zu spät für die Liste", faellig_am=today + dt.timedelta(days=31))
    window.refresh()
    page = _start(window)
    rows = [[page.due.index(r, c).data() for c in range(3)] for r in range(page.due.rowCount())]
    assert [r[1] for r in rows] == ["Konzept abgestimmt", "Lenkungsgruppe informiert"]  # overdue first, 40 days out
    assert rows[0][0].endswith("überfällig")
    assert rows[1][2] == "Digital Booster"
    assert page.due.headerData(2, Qt.Orientation.Horizontal) == "Leitprojekt"
    assert page.due.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    page.due_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by date, not by the text TT.MM.JJJJ
    assert page.due_sorted.index(0, 1).data() == "Lenkungsgruppe informiert"
    page.due_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert page.due_sorted.index(0, 2).data() == "Digital Booster"


def test_a_click_on_start_opens_the_project_and_the_findings_link_leads_to_the_rule_report(
        window: MainWindow, portfolio: Portfolio, qtbot) -> None:
    page = _start(window)
    assert page.select_project(portfolio.projekte["E-Akte für alle Ämter"])
    page.tree.activated.emit(page.tree.currentIndex())
    assert window.right.currentWidget() is window.editor
    assert window.editor.projekt_id == portfolio.projekte["E-Akte für alle Ämter"]
    assert window.close_editor()

    page = _start(window)
    assert page.due.rowCount() == 0  # nothing due within 30 days in the fixture
    corridor = page.portfolio.index(0, 0)
    assert page.portfolio.rowCount(corridor) > 0
    first = page.portfolio.index(0, 2, corridor)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualRect(first).center())
    assert window.right.currentWidget() is window.editor  # one click, as on a page of links
    assert window.editor.projekt_id == first.data(PROJEKT_ROLE)
    assert window.close_editor()
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.tree.visualRect(corridor).center())
    assert window.right.currentWidget() is page  # a corridor row opens nothing

    page = _start(window)
    assert str(window.offene_befunde) in page.rules_button.text()
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    assert window.right.currentWidget() is window.pages.pages[NodeKind.REGELN]
    assert window.navigation.current_selection() == NavSelection(NodeKind.REGELN)


def test_the_next_meetings_are_on_the_start_page(window: MainWindow, db: Database) -> None:
    today = db.today()
    lenkungsgruppe = meetings.gremium_id(db, "IQ-Lenkungsgruppe")
    meetings.plan_sitzung(db, gremium_id=lenkungsgruppe, datum=today + dt.timedelta(days=11), top="3")
    meetings.plan_sitzung(db, gremium_id=meetings.gremium_id(db, "Hauptausschuss"),
                          datum=today - dt.timedelta(days=20), top="8", oeffentlich=True)
    page = _start(window)
    assert page.meetings.rowCount() == 1
    assert [page.meetings.index(0, c).data() for c in range(1, 4)] == ["IQ-Lenkungsgruppe", "3", "nicht öffentlich"]


def test_navigation_holds_the_pages_and_counts_findings(window: MainWindow) -> None:
    model = window.navigation.model
    top = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert top[0] == "Start"
    assert top[1] == "Korridorthemen"
    assert top[-1] == f"Regelprüfung ({window.offene_befunde})"
    # back to the lists from a page
    assert window.show_page(NodeKind.REGELN)
    window.navigation.select(ALLE)
    assert window.right.currentWidget() is window.work_splitter


def _rules_page(window: MainWindow):
    assert window.show_page(NodeKind.REGELN)
    return window.pages.pages[NodeKind.REGELN]


def _select_finding(page, text: str) -> None:
    for row in range(page.proxy.rowCount()):
        if text in page.proxy.index(row, 4).data():
            page.table.setCurrentIndex(page.proxy.index(row, 0))
            return
    raise AssertionError(f"no finding with {text!r}")


def test_rule_page_lists_open_findings_filters_and_records_an_override(
        window: MainWindow, portfolio: Portfolio, db: Database, qtbot) -> None:
    page = _rules_page(window)
    assert page.proxy.rowCount() == window.offene_befunde > 0
    assert "Stichtag" in page.summary.text()
    before = window.offene_befunde
    replace_text(page.filter_edit, "Übergreifendes Wissensmanagement")
    assert page.proxy.rowCount() >= 1
    _select_finding(page, "keine Projektleitung")
    assert page.override_button.isEnabled() and not page.withdraw_button.isEnabled()

    replace_text(page.begruendung, "kurz")  # too short: said on the page, nothing written
    assert not page.override()
    assert page.error.isVisible() and "ganzen Satz" in page.error.text()
    assert not rules.check_rules(db).uebergangen

    replace_text(page.begruendung, "Die Projektleitung wird im Januar aus dem Personalamt benannt.")
    with qtbot.waitSignal(window.ready, timeout=10_000):
        assert page.override()
    assert window.offene_befunde == before - 1
    [ausnahme] = rules.check_rules(db).uebergangen
    assert ausnahme.ausnahme.begruendung.startswith("Die Projektleitung wird im Januar")

    page.anzeige.setCurrentIndex(page.anzeige.findData(Anzeige.AUSNAHMEN))
    assert page.proxy.rowCount() == 1
    assert not page.table.isColumnHidden(5)
    assert "Personalamt" in page.proxy.index(0, 5).data()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    assert page.withdraw_button.isEnabled()
    with qtbot.waitSignal(window.ready, timeout=10_000):
        assert page.withdraw()
    assert window.offene_befunde == before
    assert not rules.check_rules(db).uebergangen
    assert not used_twice(alt_letters(window))


def test_rule_page_opens_the_project_of_a_finding(window: MainWindow, portfolio: Portfolio) -> None:
    page = _rules_page(window)
    _select_finding(page, "keine Projektleitung")
    befund = page.chosen()
    page.table.activated.emit(page.table.currentIndex())
    assert window.right.currentWidget() is window.editor
    assert window.editor.projekt_id == befund.leitprojekt_id


def test_page_models_pass_the_model_tester(window: MainWindow, qtmodeltester, db: Database,
                                           portfolio: Portfolio) -> None:
    start = _start(window)
    milestones.plan_etappenziel(db, projekt_id=portfolio.projekte["Digital Booster"], titel="Bald",
                                faellig_am=db.today() + dt.timedelta(days=2))
    start.show_database(db)
    for model in (start.portfolio, start.due, start.meetings, start.due_sorted, start.meetings_sorted):
        qtmodeltester.check(model)
    rules_page = _rules_page(window)
    qtmodeltester.check(rules_page.model)
    qtmodeltester.check(rules_page.proxy)
    assert isinstance(start.portfolio, PortfolioTreeModel)
    assert isinstance(start.due, DueMilestonesModel) and isinstance(start.meetings, NextMeetingsModel)
    assert isinstance(rules_page.model, FindingsModel)
    assert start.portfolio.index(0, 0).data(PROJEKT_ROLE) is None  # a corridor row opens nothing
    assert rules_page.proxy.index(0, 0).data(ROW_ROLE) is not None


def test_meetings_page_from_the_navigation_and_from_the_start_page(window: MainWindow, db: Database,
                                                                    portfolio: Portfolio, qtbot) -> None:
    from iq_desktop.services import status_reports

    lenkungsgruppe = meetings.gremium_id(db, "IQ-Lenkungsgruppe")
    sitzung = meetings.plan_sitzung(db, gremium_id=lenkungsgruppe, datum=db.today() + dt.timedelta(days=5), top="4")
    page = _start(window)
    qtbot.mouseClick(page.meetings_button, Qt.MouseButton.LeftButton)
    meetings_page = window.pages.pages[NodeKind.SITZUNGEN]
    assert window.right.currentWidget() is meetings_page
    window.navigation.select(NavSelection(NodeKind.START))
    page.meetings_table.setCurrentIndex(page.meetings_sorted.index(0, 0))
    QTest.keyClick(page.meetings_table, Qt.Key.Key_Return)  # the next meeting itself
    assert window.right.currentWidget() is meetings_page
    assert meetings_page.chosen().id == sitzung
    # a Sachstand reported in that Sitzung opens its project from the page
    booster = portfolio.projekte["Digital Booster"]
    status_reports.record_sachstand(db, projekt_id=booster, stichtag=db.today(), sitzung_id=sitzung,
                                    erreicht="Pilot vorbereitet")
    window.refresh()  # F5: the page on screen reads again and keeps its selection
    assert meetings_page.chosen().id == sitzung
    assert meetings_page.reports.rowCount() == 1
    meetings_page.reports_table.setCurrentIndex(meetings_page.reports.index(0, 0))
    QTest.keyClick(meetings_page.reports_table, Qt.Key.Key_Return)
    assert window.right.currentWidget() is window.editor
    assert window.editor.projekt_id == booster
    assert not used_twice(alt_letters(window))


def test_every_page_is_in_the_navigation_and_its_alt_letters_leave_the_windows_alone(window: MainWindow) -> None:
    from iq_desktop.ui.nav_selection import PAGES

    model = window.navigation.model
    top = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert top[:2] == ["Start", "Korridorthemen"]
    assert top[2:5] == ["Personen", "Organisation", "Gremien & Sitzungen"]
    for kind in PAGES:
        assert window.show_page(kind), kind
        assert window.right.currentWidget() is window.pages.pages[kind]
        assert not used_twice(alt_letters(window)), kind


def test_a_project_opened_from_a_page_goes_back_there_and_the_button_says_so(
        window: MainWindow, portfolio: Portfolio, qtbot) -> None:
    page = _rules_page(window)
    _select_finding(page, "keine Projektleitung")
    page.open_project()
    editor = window.editor
    assert editor.back_button.text() == "← Zurück: Regelprüfung"
    assert window.action_back.isEnabled()
    assert editor.back_button.accessibleName().startswith("Zurück: Regelprüfung")
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Ansicht → Zurück
    assert window.right.currentWidget() is page
    assert window.navigation.current_selection() == NavSelection(NodeKind.REGELN)
    assert not window.action_back.isEnabled()
    # from the list the editor goes back to the list, with Alt+L
    window.navigation.select(ALLE)
    window.projects.select_project(portfolio.projekte["Digital Booster"])
    window.open_selected_project()
    assert editor.back_button.text() == "← Zur &Liste"
    assert window.close_editor()
    assert window.right.currentWidget() is window.work_splitter
    # choosing another node while editing goes there, not back to the page the project came from
    _start(window).select_project(portfolio.projekte["Digital Booster"])
    window.pages.pages[NodeKind.START].project_requested.emit(portfolio.projekte["Digital Booster"])
    assert window.right.currentWidget() is editor
    window.navigation.select(NavSelection(NodeKind.PERSONEN))
    assert window.right.currentWidget() is window.pages.pages[NodeKind.PERSONEN]
    assert window.navigation.current_selection() == NavSelection(NodeKind.PERSONEN)


def test_staying_with_unsaved_changes_keeps_the_tree_on_the_project(
        window: MainWindow, portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from iq_desktop.ui import dialogs

    booster = portfolio.projekte["Digital Booster"]
    assert window.open_project(booster)
    replace_text(window.editor.steckbrief.titel, "Noch nicht gespeichert")
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, title: QMessageBox.StandardButton.Cancel)
    window.navigation.select(NavSelection(NodeKind.PERSONEN))
    assert window.right.currentWidget() is window.editor
    selection = window.navigation.current_selection()
    assert selection.kind is NodeKind.PROJEKT and selection.projekt_id == booster
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, title: QMessageBox.StandardButton.Discard)
    window.navigation.select(NavSelection(NodeKind.PERSONEN))  # a second try works
    assert window.right.currentWidget() is window.pages.pages[NodeKind.PERSONEN]


def test_a_form_dialog_asks_before_abbrechen_drops_typed_input(window: MainWindow,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from iq_desktop.ui import dialogs
    from iq_desktop.ui.meetings.sitzung_dialog import SitzungDialog

    dialog = SitzungDialog(window._db, window)
    dialog.show()
    asked: list[str] = []
    answers = [False, True]
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, title: asked.append(title) or answers.pop(0))
    dialog.reject()  # nothing typed: closes without a question
    assert not dialog.isVisible() and asked == []
    dialog = SitzungDialog(window._db, window)
    dialog.show()
    replace_text(dialog.top, "7")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # the user stays
    assert dialog.isVisible() and dialog.top.text() == "7"
    assert asked == ["Neue Sitzung"]
    dialog.reject()  # now confirmed
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_input_typed_into_an_entry_row_is_not_dropped_without_a_question(
        window: MainWindow, portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch) -> None:
    from iq_desktop.ui import dialogs

    booster, eakte = portfolio.projekte["Digital Booster"], portfolio.projekte["E-Akte für alle Ämter"]
    assert window.open_project(booster)
    risks = window.editor.risks
    window.editor.tabs.setCurrentWidget(risks)
    replace_text(risks.new_risk, "Lieferverzug bei Scannern")
    asked: list[str] = []
    answers = [False, True]
    monkeypatch.setattr(dialogs, "confirm_drop_inputs", lambda parent, was: asked.append(was) or answers.pop(0))
    assert not window.open_project(eakte)  # the user goes back to the input
    assert window.editor.projekt_id == booster and risks.new_risk.text() == "Lieferverzug bei Scannern"
    assert "Lieferverzug bei Scannern" in asked[0]
    assert window.open_project(eakte)  # dropped, after the question
    assert window.editor.projekt_id == eakte and risks.new_risk.text() == ""
    assert len(asked) == 2
