"""The real main window, offscreen, on real SQLite files built through the services."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from iq_desktop.ui import dialogs
from iq_desktop.ui.main_window import MainWindow
from iq_desktop.ui.navigation import ALLE, NavSelection, NodeKind
from iq_desktop.ui.projects.table_model import PROJEKT_ID_ROLE

from .conftest import ARCHIVED_TITLE, STALE_TITLE, Portfolio, build_portfolio

CORRIDORS = (
    "Zukunft Innenstadt",
    "Moderne Verwaltung",
    "Soziale Stadt",
    "Wirtschafts- und Wissenschaftsstadt",
    "Grüne Stadt",
    "Mobilität",
)


# --- helpers -------------------------------------------------------------------------------------
def table_titles(window: MainWindow) -> list[str]:
    proxy = window.projects.proxy
    column = window.projects.model.column_of("leitprojekt")
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def cell(window: MainWindow, title: str, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    model = window.projects.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).titel == title)
    return model.index(row, model.column_of(key)).data(role)


def tree_rows(window: MainWindow, parent: QModelIndex) -> list[str]:
    model = window.navigation.model
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def select_corridor(window: MainWindow, portfolio: Portfolio, name: str) -> None:
    assert window.navigation.select(NavSelection(NodeKind.KORRIDOR, korridor_id=portfolio.korridore[name]))


def select_project(window: MainWindow, portfolio: Portfolio, corridor: str, title: str) -> None:
    assert window.navigation.select(
        NavSelection(NodeKind.PROJEKT, korridor_id=portfolio.korridore[corridor],
                     projekt_id=portfolio.projekte[title])
    )


def detail(window: MainWindow, key: str) -> str:
    return window.details.fields[key].text()


# --- the window on the portfolio --------------------------------------------------------------------
def test_title_and_status_bar_name_the_database(window: MainWindow, db: object) -> None:
    assert window.windowTitle() == f"IQ Desktop – {db.location.display}"
    status = window.status_label.text()
    assert status.startswith(f"Datenbank: {db.location.display} · 7 Leitprojekte · Regelprüfung: ")
    assert "offene Befunde" in status or "offener Befund" in status
    assert " · Stand " in status
    assert window.project_count() == 7


def test_tree_lists_the_six_corridors_with_their_projects(window: MainWindow) -> None:
    model = window.navigation.model
    root = model.root_index()
    assert root.data() == "Korridorthemen"
    assert tree_rows(window, root) == [
        "Zukunft Innenstadt (2)",
        "Moderne Verwaltung (4)",
        "Soziale Stadt (1)",
        "Wirtschafts- und Wissenschaftsstadt (0)",
        "Grüne Stadt (0)",
        "Mobilität (0)",
    ]
    moderne = model.index(1, 0, root)
    assert tree_rows(window, moderne) == [
        "Agiles Arbeiten", "Digital Booster", "E-Akte für alle Ämter", "Übergreifendes Wissensmanagement"
    ]
    booster = model.index(1, 0, moderne)
    assert "Ampel gelb" in booster.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "gelb" in booster.data(Qt.ItemDataRole.ToolTipRole)
    assert not booster.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert window.navigation.tree.isExpanded(moderne)


def test_at_start_all_projects_show_and_the_details_say_what_to_do(window: MainWindow) -> None:
    assert window.navigation.current_selection() == ALLE
    assert len(table_titles(window)) == 7
    assert window.details.stack.currentWidget() is window.details.placeholder
    assert window.details.placeholder.text() == "Bitte links oder in der Liste ein Leitprojekt wählen."
    assert window.details.placeholder.isVisible()


def test_selecting_a_corridor_filters_the_table(window: MainWindow, portfolio: Portfolio) -> None:
    select_corridor(window, portfolio, "Moderne Verwaltung")
    assert table_titles(window) == [
        "Agiles Arbeiten", "Digital Booster", "E-Akte für alle Ämter", "Übergreifendes Wissensmanagement"
    ]
    assert "Moderne Verwaltung" in window.projects.heading.text()
    assert window.projects.count_label.text() == "Angezeigt: 4 von 7"
    korridor_column = window.projects.model.column_of("korridorthema")
    assert window.projects.table.isColumnHidden(korridor_column)

    select_corridor(window, portfolio, "Mobilität")
    assert table_titles(window) == []
    assert window.projects.message.isVisible()
    assert "Keine Leitprojekte" in window.projects.message.text()

    window.navigation.select(ALLE)
    assert len(table_titles(window)) == 7
    assert not window.projects.table.isColumnHidden(korridor_column)


def test_selecting_a_project_in_the_tree_shows_its_details(
    window: MainWindow, portfolio: Portfolio, db: object
) -> None:
    select_project(window, portfolio, "Moderne Verwaltung", "Digital Booster")
    assert len(table_titles(window)) == 4  # filtered to its corridor
    assert window.projects.current_project_id() == portfolio.projekte["Digital Booster"]
    assert window.details.stack.currentWidget() is window.details.scroll
    assert window.details.title.text() == "Digital Booster"
    assert window.details.subtitle.text() == "Moderne Verwaltung · laufend ·"
    assert window.details.ampel_text.text() == "gelb – Personalengpass im Sommer"
    assert detail(window, "beginn") == "01.02.2024"
    assert detail(window, "geplantes_ende") == "31.12.2027"
    assert detail(window, "kickoff") == "23.02.2024"
    assert detail(window, "projektleitung") == "Jonas Weber"
    assert detail(window, "auftraggeber") == "Dr. Clara Engelhardt"
    assert detail(window, "aktuelle_phase") == "Umsetzungsphase"
    due = (db.today() + dt.timedelta(days=40)).strftime("%d.%m.%Y")
    assert detail(window, "naechstes_etappenziel") == f"Pilot im Bürgerbüro, fällig am {due}"
    assert detail(window, "top_risiko") == "Datenschutzprüfung verzögert sich (Risikowert 12)"
    assert "veraltet" not in detail(window, "aktualisiert_am")
    assert window.details.description.text().startswith("Jedes Amt erhält")

    select_project(window, portfolio, "Moderne Verwaltung", "Übergreifendes Wissensmanagement")
    assert window.details.ampel_text.text() == "keine Angabe"
    assert detail(window, "projektleitung") == "–"
    assert window.details.description.text() == "Keine Beschreibung erfasst."


def test_clicking_a_row_shows_that_project(window: MainWindow, portfolio: Portfolio, qtbot: object) -> None:
    table = window.projects.table
    row = table_titles(window).index("Innenstadt-Management")
    rect = table.visualRect(window.projects.proxy.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.projects.current_project_id() == portfolio.projekte["Innenstadt-Management"]
    assert window.details.title.text() == "Innenstadt-Management"
    assert window.details.ampel_text.text() == "rot – Leerstand steigt"
    # the tree keeps its scope: the click does not narrow the list
    assert len(table_titles(window)) == 7


def test_ampel_column_shows_the_german_word(window: MainWindow) -> None:
    assert cell(window, "Digital Booster", "ampel") == "gelb"
    assert cell(window, "Innenstadt-Management", "ampel") == "rot"
    assert cell(window, "E-Akte für alle Ämter", "ampel") == "grün"
    assert cell(window, "Übergreifendes Wissensmanagement", "ampel") == "keine Angabe"
    assert not cell(window, "Digital Booster", "ampel", Qt.ItemDataRole.DecorationRole).isNull()


def test_a_stale_project_says_veraltet(window: MainWindow, portfolio: Portfolio) -> None:
    text = cell(window, STALE_TITLE, "aktualisiert_am")
    assert text.endswith(" · veraltet")
    assert "Berichtszyklus von 30 Tagen" in cell(window, STALE_TITLE, "aktualisiert_am", Qt.ItemDataRole.ToolTipRole)
    assert "veraltet" not in cell(window, "Digital Booster", "aktualisiert_am")

    select_project(window, portfolio, "Zukunft Innenstadt", STALE_TITLE)
    assert detail(window, "aktualisiert_am") == text
    assert "30 Tagen" in window.details.fields["aktualisiert_am"].toolTip()


def test_filter_field_filters_as_you_type(window: MainWindow, portfolio: Portfolio) -> None:
    edit = window.projects.filter_edit
    assert window.projects.filter_label.buddy() is edit
    assert window.projects.filter_label.text() == "&Filtern:"
    assert edit.placeholderText() == "Titel, Phase, Projektleitung …"
    edit.setText("Öztürk")
    assert table_titles(window) == ["E-Akte für alle Ämter"]
    edit.setText("umsetzungsphase")
    assert table_titles(window) == ["Digital Booster"]
    edit.setText("veraltet")
    assert table_titles(window) == [STALE_TITLE]
    edit.setText("gibt es nicht")
    assert table_titles(window) == []
    assert window.projects.message.isVisible()
    edit.clear()
    assert len(table_titles(window)) == 7

    select_corridor(window, portfolio, "Zukunft Innenstadt")  # both filters at once
    edit.setText("gelb")
    assert table_titles(window) == [STALE_TITLE]


def test_archived_projects_show_only_after_the_menu_toggle(window: MainWindow, portfolio: Portfolio) -> None:
    assert ARCHIVED_TITLE not in table_titles(window)
    root = window.navigation.model.root_index()
    assert "Grüne Stadt (0)" in tree_rows(window, root)

    window.action_archive.setChecked(True)
    assert ARCHIVED_TITLE in table_titles(window)
    assert window.project_count() == 8
    assert "Grüne Stadt (1)" in tree_rows(window, root := window.navigation.model.root_index())
    gruen = window.navigation.model.find(NodeKind.KORRIDOR, portfolio.korridore["Grüne Stadt"])
    assert tree_rows(window, gruen) == ["Grüne Höfe (abgeschlossen)"]
    assert "veraltet" not in cell(window, ARCHIVED_TITLE, "aktualisiert_am")

    window.action_archive.setChecked(False)
    assert ARCHIVED_TITLE not in table_titles(window)


def test_f5_reload_picks_up_a_project_added_after_opening(
    window: MainWindow, portfolio: Portfolio, db: object
) -> None:
    from iq_desktop.services.projects import set_up_leitprojekt

    select_project(window, portfolio, "Moderne Verwaltung", "Digital Booster")
    set_up_leitprojekt(db, titel="Open Data Portal", korridorthema_id=portfolio.korridore["Moderne Verwaltung"])
    assert "Open Data Portal" not in table_titles(window)

    assert window.action_refresh.shortcut() == QKeySequence("F5")
    window.action_refresh.trigger()
    assert "Open Data Portal" in table_titles(window)
    assert window.project_count() == 8
    assert "8 Leitprojekte" in window.status_label.text()
    # the selection survives the reload
    assert window.navigation.current_selection().projekt_id == portfolio.projekte["Digital Booster"]
    assert window.details.title.text() == "Digital Booster"
    moderne = window.navigation.model.find(NodeKind.KORRIDOR, portfolio.korridore["Moderne Verwaltung"])
    assert moderne.data() == "Moderne Verwaltung (5)"


def test_a_project_deleted_elsewhere_gives_a_german_message(
    window: MainWindow, portfolio: Portfolio, db: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iq_desktop.models import Leitprojekt

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    with db.transaction() as session:  # another office PC removes the project
        session.delete(session.get(Leitprojekt, portfolio.projekte["Agiles Arbeiten"]))

    assert window.projects.select_project(portfolio.projekte["Agiles Arbeiten"])
    assert len(shown) == 1
    assert "nicht gefunden" in shown[0] and "F5" in shown[0]
    assert window.details.stack.currentWidget() is window.details.placeholder

    window.action_refresh.trigger()
    assert "Agiles Arbeiten" not in table_titles(window)


def test_an_unexpected_error_is_logged_and_named_without_a_traceback(
    window: MainWindow, db: object, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy import text

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_unexpected_error", lambda parent, action: shown.append(action))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: pytest.fail(message))
    with db.transaction() as session:  # a damaged database: a table is missing
        session.execute(text("DROP TABLE begriff"))

    with caplog.at_level(logging.ERROR):
        window.refresh()
    assert shown == ["Das Aktualisieren"]
    assert any(record.exc_info for record in caplog.records)
    assert window.project_count() == 7  # the last good state stays on screen


def test_unexpected_error_message_names_the_log_file(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    from PySide6.QtWidgets import QMessageBox

    from iq_desktop import paths

    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: seen.append(f"{title}\n{text}"))
    dialogs.show_unexpected_error(None, "Das Aktualisieren")
    assert str(paths.log_file()) in seen[0]
    assert "Traceback" not in seen[0]
    assert seen[0].startswith("IQ Desktop – Fehler\nDas Aktualisieren ist an einem unerwarteten Fehler")


# --- before and without a database --------------------------------------------------------------------
def test_before_the_database_is_open_the_window_says_it_is_loading(make_window: Callable) -> None:
    window = make_window()
    model = window.navigation.model
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Wird geladen …"
    assert window.project_count() == 0
    assert window.projects.message.isVisible()
    assert window.projects.message.text() == "Wird geladen …"
    assert window.details.placeholder.text() == "Wird geladen …"
    assert not window.action_refresh.isEnabled()
    headers = [
        window.projects.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(window.projects.model.columnCount())
    ]
    assert headers[0] == "Korridorthema" and headers[-1] == "Aktualisiert am"


def test_show_database_error_says_so_in_the_window(make_window: Callable) -> None:
    window = make_window()
    message = "Die Datenbank „/srv/iq/iq.sqlite“ wurde nicht gefunden."
    window.show_database_error(message)
    assert window.right.currentWidget() is window.error_page
    assert window.error_page.isVisible()
    assert window.error_title.text() == "Keine Datenbank geöffnet"
    assert window.error_message.text() == message
    assert window.error_message.isVisible()
    assert window.navigation.model.index(0, 0).data() == "Keine Datenbank geöffnet"
    assert window.status_label.text() == "Keine Datenbank geöffnet"
    assert window.project_count() == 0
    assert not window.action_refresh.isEnabled()
    window.refresh()  # F5 without a database does nothing, and does not fail
    assert window.action_quit.isEnabled()


def test_a_database_after_an_error_shows_the_portfolio(make_window: Callable, db: object,
                                                        portfolio: Portfolio) -> None:
    window = make_window()
    window.show_database_error("vorher nicht erreichbar")
    window.set_database(db)
    assert window.right.currentWidget() is window.work_splitter
    assert window.project_count() == 7


# --- menus, keyboard, accessibility --------------------------------------------------------------------
def test_every_menu_entry_is_german_and_works(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                texts.append(action.text())
    assert texts == [
        "&Datei", "&Beenden",
        "&Bearbeiten", "&Neues Leitprojekt …", "Leitprojekt &öffnen", "&Speichern", "Su&chen", "&Rückgängig",
        "&Wiederherstellen",
        "&Ansicht", "&Aktualisieren", "Zu&rück", "Abgeschlossene und abgebrochene an&zeigen",
        "Berichte", "&Excel-Übersicht …", "&Sachstandsbericht …", "&Kalender exportieren …",
        "E&xtras", "Änderungs&protokoll …", "&Einstellungen …",
        "&Hilfe", "&Benutzerhandbuch", "&Protokoll öffnen", "Ü&ber IQ Desktop",
    ]
    assert window.action_quit.shortcut() == QKeySequence("Ctrl+Q")
    assert [a.shortcut() for a in (window.action_new_project, window.action_save, window.action_find,
                                   window.action_undo, window.action_redo)] == [
        QKeySequence("Ctrl+N"), QKeySequence("Ctrl+S"), QKeySequence("Ctrl+F"), QKeySequence("Ctrl+Z"),
        QKeySequence("Ctrl+Y")]
    assert window.action_back.shortcut() == QKeySequence("Alt+Left")
    assert window.action_open_project.isEnabled() and not window.action_save.isEnabled()
    assert not window.action_back.isEnabled()  # only while a project is open
    assert window.action_archive.isCheckable() and not window.action_archive.isChecked()

    from PySide6.QtWidgets import QMessageBox

    opened: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: opened.append(f"{title}|{text}"))
    window.action_about.trigger()
    assert len(opened) == 1 and opened[0].startswith("Über IQ Desktop|")


def test_every_view_and_input_has_an_accessible_name(window: MainWindow) -> None:
    widgets = window.findChildren(QAbstractItemView) + window.findChildren(QLineEdit)
    assert len(widgets) >= 3
    unnamed = [w for w in widgets if not w.accessibleName().strip()]
    assert not unnamed, unnamed
    assert window.navigation.label.buddy() is window.navigation.tree
    assert window.projects.heading.buddy() is window.projects.table


def test_tab_order_runs_tree_filter_table_details(window: MainWindow, portfolio: Portfolio,
                                                  qtbot: object) -> None:
    select_project(window, portfolio, "Moderne Verwaltung", "Digital Booster")
    window.activateWindow()
    window.navigation.tree.setFocus()
    qtbot.waitUntil(lambda: window.navigation.tree.hasFocus())
    order = []
    for _ in range(4):
        window.focusNextChild()
        order.append(QApplication.focusWidget())
    assert order[:3] == [window.projects.filter_edit, window.projects.table, window.details.title]
    assert order[3] is window.details.subtitle
    assert window.details.title.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_table_is_read_only_whole_row_and_sortable(window: MainWindow) -> None:
    table = window.projects.table
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.alternatingRowColors() and table.isSortingEnabled()
    index = window.projects.proxy.index(0, 1)
    assert not (index.flags() & Qt.ItemFlag.ItemIsEditable)
    assert isinstance(index.data(PROJEKT_ID_ROLE), int)

    column = window.projects.model.column_of("leitprojekt")
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert table_titles(window)[0] == "Übergreifendes Wissensmanagement"
    assert table_titles(window)[-1] == "Agiles Arbeiten"


def test_headers_are_not_clipped_at_1440_by_880(window: MainWindow, portfolio: Portfolio) -> None:
    header = window.projects.table.horizontalHeader()
    for state in (ALLE, NavSelection(NodeKind.KORRIDOR, korridor_id=portfolio.korridore["Moderne Verwaltung"])):
        window.navigation.select(state)
        QApplication.processEvents()
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width(), column


# --- screenshots and cleanup --------------------------------------------------------------------------------
def test_screenshot_views_show_a_selected_project(window: MainWindow) -> None:
    before = window.navigation.current_selection()
    names = []
    for name, widget in window.screenshot_views():
        names.append(name)
        if name == "hauptfenster":
            assert widget is window
            assert window.navigation.current_selection().kind is NodeKind.PROJEKT
            assert window.details.stack.currentWidget() is window.details.scroll
            assert window.details.title.text()
            assert len(table_titles(window)) == 4  # the busiest corridor
            image = widget.grab()
            assert not image.isNull() and image.width() == 1440
    assert names[0] == "hauptfenster"
    assert window.navigation.current_selection() == before


def test_closing_the_window_leaves_no_top_level_widgets(make_window: Callable, db: object,
                                                       portfolio: Portfolio) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window = make_window(db)
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_organisations_own_terms_name_tree_headers_and_status(make_window: Callable, db: object,
                                                                  portfolio: Portfolio) -> None:
    from iq_desktop.models import Begriff
    from iq_desktop.reference import BEGRIFFE_ZUKUNFT

    with db.transaction() as session:  # as IT would set up an organisation that says "Zukunftsthema"
        for begriff in BEGRIFFE_ZUKUNFT:
            row = session.get(Begriff, begriff.schluessel)
            row.singular, row.plural, row.genitiv = begriff.singular, begriff.plural, begriff.genitiv

    window = make_window(db)
    assert window.navigation.model.root_index().data() == "Zukunftsthemen"
    model = window.projects.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Zukunftsthema"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Zukunftsprojekt"
    assert "7 Zukunftsprojekte" in window.status_label.text()
    assert window.projects.heading.text() == "&Zukunftsprojekte – alle Zukunftsthemen"
    assert window.details.placeholder.text() == "Bitte links oder in der Liste ein Zukunftsprojekt wählen."


def test_rows_are_shown_before_the_rule_check_runs(make_window, db: object, portfolio: object, qtbot) -> None:
    """The rule check reads all staffing: the list is on screen first, the count follows in the status line."""
    window = make_window()
    window.set_database(db)
    assert window.project_count() == 7
    assert window.rules_pending
    assert "Regelprüfung: wird geprüft …" in window.status_label.text()
    qtbot.waitUntil(lambda: not window.rules_pending)
    status = window.status_label.text()
    assert "wird geprüft" not in status
    assert "offene Befunde" in status or "offener Befund" in status


def test_a_failed_rule_check_says_so_and_leaves_the_lists_usable(make_window, db: object, portfolio: object,
                                                                  qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    import iq_desktop.ui.main_window as main_window
    from iq_desktop.errors import DatenbankFehler

    def unreachable(*_args, **_kwargs) -> object:
        raise DatenbankFehler("Die Datenbank ist gesperrt.")

    monkeypatch.setattr(main_window, "load_rule_report", unreachable)
    window = make_window()
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.set_database(db)
    assert not window.rules_pending
    assert "Regelprüfung: nicht möglich (Die Datenbank ist gesperrt.); F5 versucht es erneut" in (
        window.status_label.text())
    assert window.project_count() == 7

    monkeypatch.undo()  # reachable again: F5 counts anew
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.refresh()
    assert "nicht möglich" not in window.status_label.text()
    assert "Befund" in window.status_label.text()


def test_reloads_during_a_rule_check_start_one_more_count_not_one_each(
        make_window, db: object, portfolio: object, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    import iq_desktop.ui.main_window as main_window

    real = main_window.load_rule_report
    calls: list[int] = []
    release = threading.Event()

    def slow(*args, **kwargs) -> object:
        calls.append(1)
        release.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(main_window, "load_rule_report", slow)
    window = make_window()
    window.set_database(db)
    for _ in range(3):  # F5, F5, F5 while the first count still reads
        window.refresh()
    time.sleep(0.1)
    assert len(calls) == 1
    release.set()
    qtbot.waitUntil(lambda: not window.rules_pending, timeout=10_000)
    assert len(calls) == 2  # the first (for older lists, dropped) and one for the lists on screen
    assert "Befund" in window.status_label.text()


def test_an_idle_window_takes_in_another_desks_change(make_window, db: object, portfolio: Portfolio) -> None:
    """Every few seconds one cheap query (the newest audit id); the lists are read again only after a change."""
    from iq_desktop.db.audit import Actor
    from iq_desktop.db.database import Database
    from iq_desktop.db.engine import create_engine_for
    from iq_desktop.enums import Ampel
    from iq_desktop.services import projects
    from iq_desktop.ui.main_window import CHANGE_CHECK_MS

    window = make_window(db)
    assert window._change_timer.isActive() and window._change_timer.interval() == CHANGE_CHECK_MS
    stand = window._stand
    assert window.check_for_changes() is False and window._stand is stand  # nothing changed: nothing read

    andere = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                      actor=Actor(login="mueller", rechner="KA-PC-0815"))
    try:
        projekt = portfolio.projekte["Digital Booster"]
        projects.set_ampel(andere, projekt_id=projekt, ampel=Ampel.ROT)
    finally:
        andere.close()
    assert window.check_for_changes() is True
    assert window._stand.row(projekt).ampel is Ampel.ROT
    assert window.check_for_changes() is False


def test_the_status_bar_names_who_else_has_the_database_open(make_window, db: object, qtbot) -> None:
    """A heartbeat keeps each program's row; the window names the others and leaves on close."""
    import datetime as dt

    from sqlalchemy import func, select

    from iq_desktop.db import presence
    from iq_desktop.db.audit import Actor
    from iq_desktop.models import Anwesenheit

    now = db.clock()
    mueller = presence.register(db.engine, Actor(login="mueller", rechner="KA-PC-0815"), now)
    # a PC that crashed ten minutes ago counts as gone
    presence.register(db.engine, Actor(login="abgestuerzt", rechner="KA-PC-0001"), now - dt.timedelta(minutes=10))

    window = make_window(db)
    qtbot.waitUntil(lambda: window.presence_label.isVisible())
    assert window.presence_label.text() == "Außerdem geöffnet: mueller"
    assert "PC KA-PC-0815" in window.presence_label.toolTip()
    assert window.presence_label.accessibleName() == "Außerdem geöffnet von"

    presence.leave(db.engine, mueller)
    window.presence.beat()
    qtbot.waitUntil(lambda: not window.presence_label.isVisible())

    def rows() -> int:
        with db.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(Anwesenheit)).scalar()

    assert rows() == 2  # this window and the crashed PC's stale row
    qtbot.waitUntil(lambda: not window.presence._busy)
    window.close()
    assert rows() == 1


def test_the_audit_trail_viewer_filters_and_sets_the_retention(window: MainWindow, portfolio: Portfolio,
                                                                 qtbot, tmp_path) -> None:
    """Extras → Änderungsprotokoll: every row of the trail, narrowed by project and user; retention for all."""
    from PySide6.QtCore import QTimer

    from iq_desktop.services import audit_trail

    seen: dict[str, object] = {}

    def inspect() -> None:
        dialog = window.audit_dialog
        seen["all"] = dialog.model.rowCount()
        assert dialog.windowTitle() == "Änderungsprotokoll"
        index = dialog.projekt.findText("Digital Booster")
        dialog.projekt.setCurrentIndex(index)
        seen["project"] = {dialog.model.index(r, 6).data() for r in range(dialog.model.rowCount())}
        seen["count"] = dialog.count_label.text()
        dialog.table.selectRow(0)
        seen["details"] = dialog.details.toPlainText()
        dialog.retention.setValue(5)
        dialog.retention_button.click()
        dialog.grab().save(str(tmp_path / "protokoll.png"))
        seen["accessible"] = [w.accessibleName() for w in (dialog.projekt, dialog.person, dialog.benutzer,
                                                            dialog.von, dialog.bis, dialog.table, dialog.retention)]
        dialog.reject()

    QTimer.singleShot(0, inspect)
    window.action_audit.trigger()
    assert seen["all"] > 10
    assert seen["project"] == {"Digital Booster"}
    assert seen["count"].endswith("Einträge") and seen["details"]
    assert all(seen["accessible"])
    assert audit_trail.retention_years(window._db) == 5
    assert window.audit_dialog is None


def test_a_share_that_went_away_gives_a_german_message_and_f5_recovers(
    make_window, tmp_path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    """The network drive disappears while the window is open: no crash, no traceback, F5 tries again."""
    from iq_desktop.db.location import resolve_location
    from iq_desktop.db.open import Zugriff, open_database

    share = tmp_path / "laufwerk-k"
    share.mkdir()
    database, _ = open_database(resolve_location(str(share / "iq.sqlite")), Zugriff.ZUM_ARBEITEN)
    build_portfolio(database)
    window = make_window(database)
    rows = window.project_count()
    assert rows > 0

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    monkeypatch.setattr(dialogs, "show_unexpected_error", lambda parent, action: shown.append(f"BUG {action}"))
    qtbot.waitUntil(lambda: window.presence is not None and not window.presence._busy)
    share.rename(tmp_path / "weg")
    database.engine.dispose()  # the pooled connections went with the share
    try:
        window.refresh()
        assert len(shown) == 1 and not shown[0].startswith("BUG")
        assert "kann nicht geöffnet werden" in shown[0] and "Laufwerk erreichbar" in shown[0]
        assert window.project_count() == rows  # the lists stay as they were
        assert window.check_for_changes() is False  # the idle look logs, never shows
        assert len(shown) == 1
    finally:
        (tmp_path / "weg").rename(share)
    window.refresh()
    assert len(shown) == 1 and window.project_count() == rows
    database.close()


def test_the_window_layout_is_remembered_for_the_next_start(make_window, db: object, portfolio: Portfolio) -> None:
    from iq_desktop.ui import window_state

    first = make_window(db)
    first.resize(1300, 820)
    first.main_splitter.setSizes([400, 900])
    first.work_splitter.setSizes([300, 450])
    splits = (first.main_splitter.sizes(), first.work_splitter.sizes())
    first.close()
    assert window_state.state_file().exists()

    second = make_window(db)  # (the fixture then sizes every window to 1440×880)
    assert second.main_splitter.sizes()[0] == splits[0][0]  # the navigation keeps its width
    top, bottom = second.work_splitter.sizes()
    assert abs(top / (top + bottom) - splits[1][0] / sum(splits[1])) < 0.05  # list and details keep their split
    assert window_state.restore_geometry(second)  # (its size is then fitted to the screen: offscreen 800×600)


def test_an_unreadable_layout_file_means_the_default_layout(make_window, db: object, portfolio: Portfolio) -> None:
    from iq_desktop.ui import window_state

    window_state.state_file().parent.mkdir(parents=True, exist_ok=True)
    window_state.state_file().write_text("{kaputt", encoding="utf-8")
    window = make_window(db)
    assert not window_state.restore_geometry(window)
    assert window.main_splitter.sizes()[0] > 0
