"""A walk over the program's screens that collects every text a user reads there.

``screens(window, db)`` puts the real main window into each state (every
navigation page, a project in the editor with each tab) and opens the dialogs
as ordinary windows, so nothing waits for a click; it yields a name and the
widget on screen. ``texts_of(widget)`` gathers what a user reads: window
titles, labels, buttons, group boxes, tabs, menus and toolbars, table and tree
headers with the first rows, combo box entries, tooltips, placeholders and
accessible names. ``LookupRecorder`` notes every translation lookup Qt makes
while the walk runs (tests/gui/test_translations.py).

More screens join by adding a function to ``DIALOGS`` (or a step to
``screens``): it gets the walk's context and yields (name, widget).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.ui.main_window import MainWindow

#: rows of a table or tree whose cells are read (the first ones say enough about the columns)
ROWS = 6


@dataclass(frozen=True)
class Seen:
    """One text on one screen: where, what kind of thing showed it, the text (mnemonic & removed)."""

    screen: str
    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.screen} / {self.kind}: {self.text!r}"


def plain(text: str) -> str:
    """The text as read: rich text as plain text, mnemonics (&) removed, && as &."""
    if re.search(r"<[a-zA-Z/][^>]*>", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return re.sub(r"&(\S)", r"\1", text)


# --- what a widget shows ---------------------------------------------------------------------------
def texts_of(root: QWidget, screen: str) -> list[Seen]:
    """Every visible text of ``root`` and its visible descendants."""
    found: list[Seen] = []

    def add(kind: str, text: Any) -> None:
        if isinstance(text, str) and text.strip():
            found.append(Seen(screen, kind, plain(text).strip()))

    add("window title", root.windowTitle())
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root))]
    for widget in widgets:
        add("tooltip", widget.toolTip())
        add("accessible name", widget.accessibleName())
        add("accessible description", widget.accessibleDescription())
        add("status tip", widget.statusTip())
        add("what's this", widget.whatsThis())
        if isinstance(widget, QLabel):
            add("label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add("button", widget.text())
        elif isinstance(widget, QGroupBox):
            add("group box", widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add("tab", widget.tabText(i))
                add("tab tooltip", widget.tabToolTip(i))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add("combo box entry", widget.itemText(i))
                add("combo box tooltip", widget.itemData(i, Qt.ItemDataRole.ToolTipRole))
        elif isinstance(widget, QLineEdit):
            add("placeholder", widget.placeholderText())
            if widget.isReadOnly():
                add("read-only field", widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            add("placeholder", widget.placeholderText())
            if widget.isReadOnly():
                add("read-only text", widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            add("special value", widget.specialValueText())
            for name in ("prefix", "suffix"):
                add(name, getattr(widget, name, lambda: "")())
        elif isinstance(widget, QAbstractItemView):
            found.extend(_view_texts(widget, screen))
        elif isinstance(widget, QToolBar):
            add("toolbar title", widget.windowTitle())
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                found.extend(_action_texts(action, screen, "menu"))
        for action in widget.actions():  # toolbars, context menus of widgets, shortcuts with names
            found.extend(_action_texts(action, screen, "action"))
    return found


def _action_texts(action: Any, screen: str, kind: str) -> list[Seen]:
    found = []
    for what, text in (("", action.text()), (" tooltip", action.toolTip()), (" status tip", action.statusTip())):
        if text and text.strip():
            found.append(Seen(screen, kind + what, plain(text).strip()))
    menu = action.menu()
    if isinstance(menu, QMenu):
        for sub in menu.actions():
            found.extend(_action_texts(sub, screen, kind))
    return found


def _view_texts(view: QAbstractItemView, screen: str) -> list[Seen]:
    model = view.model()
    if model is None:
        return []
    found = []

    def add(kind: str, value: Any) -> None:
        if isinstance(value, str) and value.strip():
            found.append(Seen(screen, kind, plain(value).strip()))

    header = getattr(view, "horizontalHeader", getattr(view, "header", lambda: None))()
    try:
        count = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column (its columnCount is private in Qt)
        count = 1
    columns = [c for c in range(count) if header is None or not header.isSectionHidden(c)]
    if header is not None and header.isVisible():
        for column in columns:
            for role, kind in ((Qt.ItemDataRole.DisplayRole, "header"), (Qt.ItemDataRole.ToolTipRole,
                                                                           "header tooltip")):
                add(kind, model.headerData(column, Qt.Orientation.Horizontal, role))

    def rows(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), ROWS)):  # with the parent: some models require it
            for column in columns:
                index = model.index(row, column, parent)
                add("cell", model.data(index, Qt.ItemDataRole.DisplayRole))
                add("cell tooltip", model.data(index, Qt.ItemDataRole.ToolTipRole))
                add("cell accessible text", model.data(index, Qt.ItemDataRole.AccessibleTextRole))
            first = model.index(row, 0, parent)
            if depth < 3 and count > 1 and model.rowCount(first):  # a tree (list models have no children)
                rows(first, depth + 1)

    rows(QModelIndex(), 0)
    return found


# --- the screens -----------------------------------------------------------------------------------
@dataclass
class Walk:
    """What a screen function needs: the window, its database and the application."""

    window: MainWindow
    db: Database
    app: QApplication

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()


def _select_first_rows(widget: QWidget) -> None:
    """A page with a selection shows its detail pane too (as screenshot_views does)."""
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if (view.isVisibleTo(widget) and model is not None and model.rowCount(QModelIndex())
                and not view.currentIndex().isValid()):
            view.setCurrentIndex(model.index(0, 0))


def main_screens(walk: Walk) -> Iterator[tuple[str, QWidget]]:
    """The navigation pages, the project lists and a project in the editor with every tab."""
    from iq_desktop.ui.nav_selection import ALLE, PAGES, NavSelection, NodeKind

    window = walk.window
    window.complete()
    stand = window._stand
    assert stand is not None, "the walk needs the window on a database"
    for kind in PAGES:
        assert window.show_page(kind), kind
        walk.settle()
        _select_first_rows(window.pages.pages[kind])
        walk.settle()
        yield f"Seite {kind.value}", window
    window.navigation.select(ALLE)
    walk.settle()
    yield "alle Leitprojekte", window
    busiest = max(stand.corridors, key=lambda c: len(c.projekte))
    window.navigation.select(NavSelection(NodeKind.KORRIDOR, korridor_id=busiest.id))
    walk.settle()
    yield "ein Korridorthema", window
    first = busiest.projekte[0].id
    window.navigation.select(NavSelection(NodeKind.PROJEKT, korridor_id=busiest.id, projekt_id=first))
    walk.settle()
    yield "ein Leitprojekt in der Liste", window
    assert window.open_project(first)
    editor = window.editor
    assert editor is not None
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        walk.settle()
        _select_first_rows(editor.tabs.currentWidget())
        walk.settle()
        yield f"Editor {plain(editor.tabs.tabText(index))}", window
    editor.tabs.setCurrentIndex(0)
    window.close_editor()
    walk.settle()


def _dialog(walk: Walk, dialog: QDialog) -> QDialog:
    dialog.setModal(False)
    dialog.show()
    walk.settle()
    return dialog


def _close(dialog: QDialog) -> None:
    dialog.done(QDialog.DialogCode.Rejected)
    dialog.deleteLater()


def report_dialogs(walk: Walk) -> Iterator[tuple[str, QWidget]]:
    from iq_desktop.ui.reports.dialog import Art, ReportDialog

    for art in Art:
        dialog = _dialog(walk, ReportDialog(walk.db, walk.window._stand.terms, walk.window, art=art))
        try:
            yield f"Berichte ({art.name})", dialog
        finally:
            _close(dialog)


def person_dialogs(walk: Walk) -> Iterator[tuple[str, QWidget]]:
    from iq_desktop.services.people_rows import list_personen
    from iq_desktop.ui.people.person_dialog import PersonDialog

    someone = list_personen(walk.db)[0].id
    for name, ident in (("Person neu", None), ("Person bearbeiten", someone)):
        dialog = _dialog(walk, PersonDialog(walk.db, ident, walk.window))
        try:
            yield name, dialog
        finally:
            _close(dialog)


def audit_dialog(walk: Walk) -> Iterator[tuple[str, QWidget]]:
    from iq_desktop.ui.audit.dialog import AuditDialog

    dialog = _dialog(walk, AuditDialog(walk.db, walk.window._stand.terms, walk.window))
    try:
        _select_first_rows(dialog)
        walk.settle()
        yield "Änderungsprotokoll", dialog
    finally:
        _close(dialog)


def editor_dialogs(walk: Walk) -> Iterator[tuple[str, QWidget]]:
    """The forms of the editor's tabs, for the project with the most risks."""
    from iq_desktop.services.portfolio import get_leitprojekt
    from iq_desktop.ui.editor.new_project_dialog import NewProjectDialog
    from iq_desktop.ui.editor.phase_dialogs import EtappenzielDialog, PhaseNameDialog
    from iq_desktop.ui.editor.risk_dialogs import EntscheidungDialog, RisikoDialog
    from iq_desktop.ui.meetings.sitzung_dialog import SitzungDialog

    stand = walk.window._stand
    details = [get_leitprojekt(walk.db, p.id) for c in stand.corridors for p in c.projekte]
    detail = max(details, key=lambda d: (len(d.risiken), len(d.entscheidungen), len(d.etappenziele)))
    built: list[tuple[str, Callable[[], QDialog]]] = [
        ("Neues Leitprojekt", lambda: NewProjectDialog(walk.db, stand.terms, None, walk.window)),
        ("Risiko neu", lambda: RisikoDialog(walk.db, detail, parent=walk.window)),
        ("Phase neu", lambda: PhaseNameDialog(walk.db, detail.id, parent=walk.window)),
        ("Sitzung neu", lambda: SitzungDialog(walk.db, walk.window)),
    ]
    if detail.risiken:
        built.append(("Risiko bearbeiten", lambda: RisikoDialog(walk.db, detail, detail.risiken[0],
                                                                 parent=walk.window)))
    if detail.entscheidungen:
        built.append(("Entscheidung bearbeiten", lambda: EntscheidungDialog(walk.db, detail,
                                                                            detail.entscheidungen[0],
                                                                            parent=walk.window)))
    if detail.etappenziele:
        built.append(("Etappenziel bearbeiten", lambda: EtappenzielDialog(walk.db, detail, detail.etappenziele[0],
                                                                          parent=walk.window)))
    for name, make in built:
        dialog = _dialog(walk, make())
        try:
            yield name, dialog
        finally:
            _close(dialog)


def qt_own(walk: Walk) -> Iterator[tuple[str, QWidget]]:
    """Qt's own texts: standard buttons, a text field's context menu, the calendar, the file dialog."""
    box = QMessageBox(QMessageBox.Icon.Question, "IQ Desktop", "…", QMessageBox.StandardButton.NoButton,
                      walk.window)
    for button in (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes,
                   QMessageBox.StandardButton.No, QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                   QMessageBox.StandardButton.Close, QMessageBox.StandardButton.Retry,
                   QMessageBox.StandardButton.Apply, QMessageBox.StandardButton.Help):
        box.addButton(button)
    box.setModal(False)
    box.show()
    walk.settle()
    try:
        yield "Qt: Standardknöpfe", box
    finally:
        box.done(0)
        box.deleteLater()

    field, text = QLineEdit(walk.window), QPlainTextEdit(walk.window)
    for name, menu in (("Qt: Kontextmenü eines Felds", field.createStandardContextMenu()),
                       ("Qt: Kontextmenü eines Textes", text.createStandardContextMenu())):
        try:
            yield name, menu
        finally:
            menu.deleteLater()
    field.deleteLater()
    text.deleteLater()

    calendar = QCalendarWidget()
    calendar.show()
    walk.settle()
    try:
        yield "Qt: Kalender", calendar
    finally:
        calendar.close()
        calendar.deleteLater()

    files = QFileDialog(walk.window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.setModal(False)
    files.show()
    walk.settle()
    try:
        yield "Qt: Dateiauswahl", files
    finally:
        files.done(0)
        files.deleteLater()


def settings_and_welcome(walk: Walk) -> Iterator[tuple[str, QWidget]]:
    """Extras → Einstellungen, each of its pages; the first start's welcome."""
    from iq_desktop.settings import Settings
    from iq_desktop.ui.settings.dialog import EinstellungenDialog
    from iq_desktop.ui.welcome import WelcomeDialog

    stand = walk.window._stand
    assert stand is not None
    settings = _dialog(walk, EinstellungenDialog(Settings(), stand.terms, walk.window,
                                                 berichtszyklus_tage=stand.berichtszyklus_tage))
    try:
        for index in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(index)
            walk.settle()
            yield f"Einstellungen: {settings.tabs.tabText(index)}", settings
    finally:
        _close(settings)
    welcome = _dialog(walk, WelcomeDialog(Settings(), walk.window))
    try:
        yield "Willkommen", welcome
    finally:
        _close(welcome)


#: the dialogs of the walk, in order
DIALOGS: list[Callable[[Walk], Iterable[tuple[str, QWidget]]]] = [
    report_dialogs, person_dialogs, audit_dialog, editor_dialogs, settings_and_welcome, qt_own,
]


def screens(window: MainWindow, db: Database) -> Iterator[tuple[str, QWidget]]:
    """Every screen of the walk: the main window's states, then the dialogs."""
    walk = Walk(window, db, QApplication.instance())
    yield from main_screens(walk)
    for dialogs in DIALOGS:
        yield from dialogs(walk)


def collect(window: MainWindow, db: Database,
            on_screen: Callable[[str, QWidget], None] | None = None) -> list[Seen]:
    """Every text of every screen of the walk; ``on_screen`` looks at each screen while it is shown."""
    found: list[Seen] = []
    for name, widget in screens(window, db):
        if on_screen is not None:
            on_screen(name, widget)
        found.extend(texts_of(widget, name))
    return found


# --- which lookups Qt made -------------------------------------------------------------------------
class LookupRecorder(QTranslator):
    """Installed last (so asked first), it notes every lookup and answers none (None: "not here").

    PySide's ``self.tr()`` asks the object's class, then each base class in turn until a
    catalogue answers; a lookup therefore shows up as a run of records with the same text.
    """

    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[int, str, str]] = []

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> None:
        self.records.append((threading.get_ident(), context, source))
        return None

    def isEmpty(self) -> bool:
        return False

    def lookups(self) -> list[list[tuple[str, str]]]:
        """The records grouped into lookups: consecutive records of one thread with the same text."""
        chains: dict[int, list[list[tuple[str, str]]]] = {}
        for thread, context, source in self.records:
            runs = chains.setdefault(thread, [])
            if runs and runs[-1][-1][1] == source:
                runs[-1].append((context, source))
            else:
                runs.append([(context, source)])
        return [run for runs in chains.values() for run in runs]
