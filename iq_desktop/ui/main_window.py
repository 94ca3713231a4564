"""The main window: assembles menus, navigation, project list, details and status bar.

At program start the window first shows a light skeleton (menus, headings,
empty panes saying "Wird geladen …", the status line) and builds the real
panes in the next turn of the event loop, together with the first data: the
panes pull in Qt's large enum namespace and the item models, which would
otherwise delay the first frame by a tenth of a second (bench/README.md).
Tests and tools build the complete window at once.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.context import AppContext
from iq_desktop.errors import IQError
from iq_desktop.ui import dialogs
from iq_desktop.ui.background import run_in_background
from iq_desktop.ui.nav_selection import ALLE, PAGES, NavSelection, NodeKind
from iq_desktop.ui.portfolio_loader import (
    PortfolioStand,
    latest_change,
    load_detail,
    load_portfolio,
    load_quick,
    load_rule_report,
)
from iq_desktop.ui.widgets.labels import style_hint, style_section

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from iq_desktop.db.database import Database
    from iq_desktop.db.location import DatabaseLocation
    from iq_desktop.services.read_models import Regelbericht
    from iq_desktop.ui.editor.project_editor import ProjectEditor
    from iq_desktop.ui.presence import PresenceKeeper

log = logging.getLogger(__name__)

#: how often an idle window looks for other desks' changes (one indexed query each time)
CHANGE_CHECK_MS = 5000


class MainWindow(QMainWindow):
    """Read-only overview of the portfolio: tree → list → details."""

    #: the lists and the status line are complete, rule findings counted
    ready = Signal()
    #: the real panes replaced the skeleton (``complete``)
    panes_built = Signal()
    #: the user asks to open the database again after an error (the application decides how)
    retry_requested = Signal()
    #: the settings now name another database: close the open one and open that (app.py)
    reopen_requested = Signal()

    def __init__(self, context: AppContext, *, skeleton_first: bool = False) -> None:
        super().__init__()
        self._context = context
        self._db: Database | None = None
        #: the Änderungsprotokoll while it is open (tests drive it)
        self.audit_dialog: QDialog | None = None
        #: the heartbeat; built with the first database (it imports the database layer)
        self.presence: PresenceKeeper | None = None
        #: the project editor page; built when a project is first opened
        self.editor: ProjectEditor | None = None
        #: the page a project was opened from, which closing the editor returns to (None: the lists)
        self._return_to: NodeKind | None = None
        #: the Berichte dialog while it is open (tests drive it)
        self.report_dialog: QDialog | None = None
        #: "Neues Leitprojekt" while it is open (tests drive it)
        self.new_project_dialog: QDialog | None = None
        self._stand: PortfolioStand | None = None
        #: the rule report of the current ``_stand``; None while the check is still to run
        self._regelbericht: Regelbericht | None = None
        self._skeleton: list[QWidget] = []
        self._completed = False
        #: counts rule checks started; a result for an older one is dropped
        self._rules_generation = 0
        self._rules_running = False
        self._rules_again = False
        #: why the last rule check failed (shown in the status line); None when it did not
        self._regelpruefung_fehler: str | None = None
        # other desks' changes: a cheap look at the newest audit row while the window is idle
        self._change_timer = QTimer(self)
        self._change_timer.setInterval(CHANGE_CHECK_MS)
        self._change_timer.timeout.connect(self.check_for_changes)

        self.setWindowTitle(self.tr("IQ Desktop"))
        self.resize(1280, 800)

        # QSplitter() without arguments: resolving the (orientation, parent) overload would
        # build Qt's whole enum namespace (30 ms) before the first frame; horizontal is the default
        self.main_splitter = QSplitter()
        self.main_splitter.setObjectName("navigation_inhalt")
        self.main_splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.main_splitter)
        self.setCentralWidget(central)

        self._build_menus()
        self.action_refresh.setEnabled(False)
        self.action_archive.setEnabled(False)
        self.action_audit.setEnabled(False)
        for action in (self.action_new_project, self.action_open_project, self.action_save, self.action_find,
                       self.action_undo, self.action_redo, self.action_back):
            action.setEnabled(False)
        if skeleton_first:
            self._build_skeleton()
        else:
            self.complete()

    @property
    def completed(self) -> bool:
        """Whether the real panes are built (``complete``)."""
        return self._completed

    def complete(self) -> None:
        """Build the real panes (once); they replace the skeleton where there is one."""
        if self.completed:
            return
        from PySide6.QtCore import Qt

        from iq_desktop.ui.navigation import NavigationPanel
        from iq_desktop.ui.projects.detail_panel import DetailPanel
        from iq_desktop.ui.projects.list_panel import ProjectListPanel

        self.navigation = NavigationPanel(self)
        self.projects = ProjectListPanel(self)
        self.details = DetailPanel(self)

        self.work_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.work_splitter.setObjectName("liste_details")
        self.work_splitter.setChildrenCollapsible(False)
        self.work_splitter.addWidget(self.projects)
        self.work_splitter.addWidget(self.details)
        self.work_splitter.setStretchFactor(0, 3)
        self.work_splitter.setStretchFactor(1, 2)
        self.work_splitter.setSizes([470, 330])

        # the status bar (with its size grip) costs the first frame some 6 ms: it comes with the panes
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statuszeile")
        self.statusBar().addWidget(self.status_label, 1)
        self.presence_label = QLabel(self)
        self.presence_label.setObjectName("anwesenheit")
        self.presence_label.setAccessibleName(self.tr("Außerdem geöffnet von"))
        self.presence_label.hide()
        self.statusBar().addPermanentWidget(self.presence_label)

        self.error_page = self._build_error_page()
        self.right = QStackedWidget(self)
        self.right.addWidget(self.work_splitter)
        self.right.addWidget(self.error_page)
        from iq_desktop.ui.pages import PageHost

        #: Start, Personen, Organisation, Gremien & Sitzungen, Regelprüfung (built on first visit)
        self.pages = PageHost(self.right)
        self.pages.project_requested.connect(self.open_project)
        self.pages.page_requested.connect(self.show_page)
        self.pages.sitzung_requested.connect(self.show_sitzung)
        self.pages.data_changed.connect(self._after_page_write)

        if self._skeleton:
            self.main_splitter.replaceWidget(0, self.navigation)
            self.main_splitter.replaceWidget(1, self.right)
            for widget in self._skeleton:
                widget.deleteLater()
            self._skeleton = []
        else:
            self.main_splitter.addWidget(self.navigation)
            self.main_splitter.addWidget(self.right)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([260, 1020])

        for label in (self.navigation.label, self.projects.heading, self.details.section_label):
            style_section(label)
        for label in (self.projects.message, self.details.placeholder):
            style_hint(label)

        self._build_toolbar()
        self._set_tab_order()
        self._attach_shortcuts()
        from iq_desktop.ui import window_state

        window_state.restore_panes(self)
        self.navigation.selection_changed.connect(self._on_navigation)
        self.projects.current_project_changed.connect(self._on_project_changed)
        self.projects.table.activated.connect(lambda _index: self.open_selected_project())
        self._show_loading()
        self._completed = True
        self.panes_built.emit()

    def _build_skeleton(self) -> None:
        """Headings and empty panes where the real ones will be: the first frame after start."""
        from iq_desktop.services.begriffe import Begriffe

        terms = Begriffe.original().format_args()
        left, right = QWidget(self), QWidget(self)
        left_layout, right_layout = QVBoxLayout(left), QVBoxLayout(right)
        for pane_layout in (left_layout, right_layout):
            pane_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(style_section(QLabel(self.tr("Navigation"), left)))
        left_layout.addWidget(QListView(left), 1)
        right_layout.addWidget(style_section(QLabel(
            self.tr("{Leitprojekte} – alle {Korridorthemen}").format(**terms), right)))
        right_layout.addWidget(style_hint(QLabel(self.tr("Wird geladen …"), right)))
        right_layout.addWidget(QListView(right), 3)
        right_layout.addWidget(style_section(QLabel(self.tr("Details"), right)))
        right_layout.addStretch(2)
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(right)
        self.main_splitter.setSizes([260, 1020])
        self._skeleton = [left, right]

    # --- construction ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        datei = self.menuBar().addMenu(self.tr("&Datei"))
        self.action_quit = QAction(self.tr("&Beenden"), self)
        self.action_quit.setStatusTip(self.tr("IQ Desktop beenden"))
        self.action_quit.triggered.connect(self.close)
        datei.addAction(self.action_quit)

        bearbeiten = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        self.action_new_project = QAction(self.tr("&Neues Leitprojekt …"), self)
        self.action_new_project.triggered.connect(self.new_project)
        self.action_find = QAction(self.tr("Su&chen"), self)
        self.action_find.setStatusTip(self.tr("In die Suche springen: findet Projekte und Personen beim Tippen"))
        self.action_find.triggered.connect(self.focus_search)
        self.action_open_project = QAction(self.tr("Leitprojekt &öffnen"), self)
        self.action_open_project.setStatusTip(self.tr("Das gewählte Leitprojekt im Editor öffnen (auch mit "
                                                      "Doppelklick oder Eingabetaste in der Liste)"))
        self.action_open_project.triggered.connect(self.open_selected_project)
        self.action_save = QAction(self.tr("&Speichern"), self)
        self.action_save.triggered.connect(self.save_editor)
        self.action_undo = QAction(self.tr("&Rückgängig"), self)
        self.action_redo = QAction(self.tr("&Wiederherstellen"), self)
        for action in (self.action_new_project, self.action_open_project, self.action_save, self.action_find):
            bearbeiten.addAction(action)
        bearbeiten.addSeparator()
        bearbeiten.addAction(self.action_undo)
        bearbeiten.addAction(self.action_redo)

        ansicht = self.menuBar().addMenu(self.tr("&Ansicht"))
        self.action_refresh = QAction(self.tr("&Aktualisieren"), self)
        self.action_refresh.setStatusTip(self.tr("Alle Angaben neu aus der Datenbank laden"))
        self.action_refresh.triggered.connect(self.refresh)
        ansicht.addAction(self.action_refresh)
        self.action_back = QAction(self.tr("Zu&rück"), self)
        self.action_back.setStatusTip(self.tr("Den Editor schließen und dorthin zurück, wo das Projekt geöffnet wurde"))
        self.action_back.triggered.connect(lambda: self.close_editor())
        ansicht.addAction(self.action_back)
        ansicht.addSeparator()
        self.action_archive = QAction(self.tr("Abgeschlossene und abgebrochene an&zeigen"), self)
        self.action_archive.setCheckable(True)
        self.action_archive.toggled.connect(self._on_archive_toggled)
        ansicht.addAction(self.action_archive)

        # no Alt+letter: every letter is taken on some editor tab; F10 or Alt, then the arrow keys reach it
        berichte = self.menuBar().addMenu(self.tr("Berichte"))
        self.action_excel = QAction(self.tr("&Excel-Übersicht …"), self)
        self.action_excel.setStatusTip(self.tr("Die Excel-Übersicht für die IQ-Lenkungsgruppe schreiben"))
        self.action_word = QAction(self.tr("&Sachstandsbericht …"), self)
        self.action_word.setStatusTip(self.tr("Den Sachstandsbericht (Word) für eine Sitzung schreiben"))
        self.action_calendar = QAction(self.tr("&Kalender exportieren …"), self)
        self.action_calendar.setStatusTip(self.tr("Etappenziele und Sitzungen als Kalenderdatei für Outlook"))
        for action, art in ((self.action_excel, "EXCEL"), (self.action_word, "WORD"),
                            (self.action_calendar, "KALENDER")):
            action.triggered.connect(lambda _checked=False, a=art: self.open_reports(a))
            action.setEnabled(False)
            berichte.addAction(action)

        extras = self.menuBar().addMenu(self.tr("E&xtras"))
        self.action_audit = QAction(self.tr("Änderungs&protokoll …"), self)
        self.action_audit.setStatusTip(self.tr("Wer hat wann was geändert – mit Filtern nach Projekt, Person, "
                                               "Benutzer und Zeitraum"))
        self.action_audit.triggered.connect(self.open_audit_trail)
        extras.addAction(self.action_audit)
        self.action_settings = QAction(self.tr("&Einstellungen …"), self)
        self.action_settings.setStatusTip(self.tr("Datenbank, Sicherung, Berichte, Sprache und Begriffe"))
        self.action_settings.triggered.connect(self.open_settings)
        extras.addAction(self.action_settings)

        hilfe = self.menuBar().addMenu(self.tr("&Hilfe"))
        self.action_guide = QAction(self.tr("&Benutzerhandbuch"), self)
        self.action_guide.setStatusTip(self.tr("Das Benutzerhandbuch von IQ Desktop lesen"))
        self.action_guide.triggered.connect(self.open_user_guide)
        self.action_log = QAction(self.tr("&Protokoll öffnen"), self)
        self.action_log.setStatusTip(self.tr("Die Protokolldatei öffnen, etwa um sie der IT zu schicken"))
        self.action_log.triggered.connect(self.open_log)
        self.action_about = QAction(self.tr("Ü&ber IQ Desktop"), self)
        self.action_about.triggered.connect(self.show_about)
        for action in (self.action_guide, self.action_log):
            hilfe.addAction(action)
        hilfe.addSeparator()
        hilfe.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        """New, save, reload and the search over projects and people (built with the real panes)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolBar

        from iq_desktop.ui.search import GlobalSearch

        self.toolbar = QToolBar(self.tr("Werkzeugleiste"), self)
        self.toolbar.setObjectName("werkzeugleiste")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.action_new_project, self.action_save, self.action_refresh):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_excel)
        self.toolbar.addAction(self.action_word)
        self.toolbar.addSeparator()
        self.search = GlobalSearch(self.toolbar)
        self.toolbar.addWidget(self.search)
        self.addToolBar(self.toolbar)
        self.search.wants_people.connect(self._load_people_for_search)
        self.search.chosen.connect(self._open_search_result)
        self._people_for_search_loaded = False

    def _attach_shortcuts(self) -> None:
        """Keyboard shortcuts, attached with the real panes: resolving ``setShortcut``'s
        overloads builds Qt's enum namespace, which the first frame need not wait for."""
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_refresh.setShortcut(QKeySequence("F5"))
        self.action_back.setShortcut(QKeySequence("Alt+Left"))
        self.action_open_project.setShortcut(QKeySequence("Ctrl+O"))
        self.action_new_project.setShortcut(QKeySequence("Ctrl+N"))
        self.action_find.setShortcut(QKeySequence("Ctrl+F"))
        self.action_save.setShortcut(QKeySequence("Ctrl+S"))
        self.action_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.action_guide.setShortcut(QKeySequence("F1"))

    def _build_error_page(self) -> QWidget:
        page = QWidget(self)
        self.error_title = style_section(QLabel(self.tr("Keine Datenbank geöffnet"), page))
        self.error_message = QLabel(page)
        self.error_message.setObjectName("datenbankfehler")
        self.error_message.setWordWrap(True)
        from PySide6.QtCore import Qt

        self.error_message.setTextFormat(Qt.TextFormat.PlainText)
        self.error_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.error_message.setAccessibleName(self.tr("Grund"))
        self.error_hint = hint = style_hint(QLabel(page))
        hint.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Erneut versuchen"), page)
        self.retry_button.setAccessibleName(self.tr("Die Datenbank erneut öffnen"))
        self.retry_button.clicked.connect(self.retry_requested)
        button_row = QHBoxLayout()
        button_row.addWidget(self.retry_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.error_title)
        layout.addWidget(self.error_message)
        layout.addWidget(hint)
        layout.addLayout(button_row)
        layout.addStretch(1)
        return page

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.search.field,
            self.navigation.tree,
            self.projects.filter_edit,
            self.projects.table,
            self.details.title,
            self.details.subtitle,
            self.details.ampel_text,
            *self.details.fields.values(),
            self.details.description,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None and not self.editor.ask_to_leave():
            event.ignore()  # the user chose to stay with unsaved changes (or the save failed)
            return
        self._rules_generation += 1  # a rule count still running is no longer wanted
        self._rules_again = False
        self._change_timer.stop()
        if self.presence is not None:
            self.presence.stop()
        from iq_desktop.ui import window_state

        window_state.save(self)
        super().closeEvent(event)

    # --- the contract with app.py ----------------------------------------------------------------
    def show_quick(self, location: DatabaseLocation) -> bool:
        """Before the database is open for work: show its lists read without SQLAlchemy, where possible.

        Returns False when the quick read does not apply (see ``services.quick_start``);
        the window then keeps saying it is loading.
        """
        self.complete()
        stand = load_quick(
            location, stichtag=self._context.stichtag, berichtszyklus_tage=self._context.settings.berichtszyklus_tage
        )
        if stand is None:
            return False
        self._show_stand(stand)
        return True

    def set_database(self, db: Database, *, lists_current: bool = False) -> None:
        """Load and show everything from ``db``; an IQError propagates to the caller.

        ``lists_current``: the lists on screen were just read from this database
        (``show_quick``) and need not be read again.
        """
        self.complete()
        self._db = db
        self.setWindowTitle(self.tr("IQ Desktop – {name}").format(name=db.location.display))
        self.right.setCurrentWidget(self.work_splitter)
        self.action_refresh.setEnabled(True)
        self.action_archive.setEnabled(True)
        self.action_audit.setEnabled(True)
        for action in (self.action_new_project, self.action_open_project, self.action_find, self.action_excel,
                       self.action_word, self.action_calendar):
            action.setEnabled(True)
        if self.presence is None:
            from iq_desktop.ui.presence import PresenceKeeper

            self.presence = PresenceKeeper(self)
            self.presence.others_changed.connect(self.show_presence)
        self.presence.start(db)
        if lists_current and self._stand is not None:
            self._after_lists_shown()
            projekt_id = self.projects.current_project_id()
            if projekt_id is not None:  # chosen while the database was still opening
                self._on_project_changed(projekt_id)
        else:
            self._reload()

    def show_database_error(self, message: str, *, others_present: bool = False) -> None:
        """Say in the window itself that no database is open, and why.

        ``others_present``: maintenance waits for others to close the program; retrying
        then helps, checking the settings does not.
        """
        self.complete()
        if others_present:
            self.error_hint.setText(self.tr("„Erneut versuchen“ öffnet die Datenbank, sobald die Genannten "
                                            "IQ Desktop geschlossen haben."))
        else:
            self.error_hint.setText(self.tr("Bitte die Angabe zur Datenbank prüfen (Einstellungen oder Aufruf mit "
                                            "--db). War das Netzlaufwerk oder der Server nur kurz nicht erreichbar, "
                                            "hilft „Erneut versuchen“; sonst kann die IT helfen."))
        self._db = None
        self._stand = None
        self._change_timer.stop()
        if self.presence is not None:
            self.presence.stop()
        self.show_presence([])
        self.setWindowTitle(self.tr("IQ Desktop – keine Datenbank geöffnet"))
        self.error_message.setText(message)
        self.right.setCurrentWidget(self.error_page)
        self.retry_button.setFocus()  # Enter tries again
        self.navigation.show_unavailable()
        self.projects.set_unavailable()
        self.details.show_message(self.tr("Keine Datenbank geöffnet."))
        self.status_label.setText(self.tr("Keine Datenbank geöffnet"))
        self.action_refresh.setEnabled(False)
        self.action_archive.setEnabled(False)
        self.action_audit.setEnabled(False)
        for action in (self.action_excel, self.action_word, self.action_calendar):
            action.setEnabled(False)

    def project_count(self) -> int:
        """Rows currently loaded in the project list (before corridor and text filters)."""
        self.complete()
        return self.projects.model.rowCount()

    def screenshot_views(self) -> Iterator[tuple[str, QWidget]]:
        """Put the window into representative states; yield (file stem, widget to grab)."""
        self.complete()
        before = self.navigation.current_selection() or ALLE
        before_project = self.projects.current_project_id()
        before_filter = self.projects.filter_edit.text()
        busiest = None
        try:
            stand = self._stand
            if stand is not None:
                self.projects.filter_edit.clear()
                busiest = max(stand.corridors, key=lambda c: len(c.projekte), default=None)
                if busiest is not None and busiest.projekte:
                    self.navigation.select(
                        NavSelection(NodeKind.PROJEKT, korridor_id=busiest.id, projekt_id=busiest.projekte[0].id)
                    )
            yield "hauptfenster", self
            if stand is not None:
                self.navigation.select(ALLE)
                self.projects.clear_selection()
                yield "alle-leitprojekte", self
                for kind in PAGES:
                    if self.show_page(kind):
                        table = getattr(self.pages.pages[kind], "table", None)
                        if table is not None and table.model().rowCount() and not table.currentIndex().isValid():
                            table.selectRow(0)  # a page with a selection shows its detail pane too
                        yield f"seite-{kind.value}", self
                self.navigation.select(ALLE)
            first = busiest.projekte[0].id if busiest is not None and busiest.projekte else None
            if first is not None and self.open_project(first):
                yield "leitprojekt-steckbrief", self
                self.editor.steckbrief.ensureWidgetVisible(self.editor.steckbrief.zielvereinbarungen, 0, 0)
                yield "leitprojekt-ressourcen", self
                self.editor.steckbrief.verticalScrollBar().setValue(0)
                self.editor.tabs.setCurrentWidget(self.editor.staffing)
                yield "leitprojekt-mitwirkung", self
                self.editor.tabs.setCurrentWidget(self.editor.phases)
                yield "leitprojekt-phasen", self
                self.editor.tabs.setCurrentWidget(self.editor.risks)
                yield "leitprojekt-risiken", self
                self.editor.tabs.setCurrentWidget(self.editor.reports)
                yield "leitprojekt-sachstaende", self
                self.editor.tabs.setCurrentWidget(self.editor.steckbrief)
                self.close_editor()
            if stand is not None and self._db is not None:
                from iq_desktop.ui.reports.dialog import Art, ReportDialog

                reports = ReportDialog(self._db, stand.terms, self, art=Art.WORD, settings=self._context.settings)
                try:
                    yield "berichte", reports
                finally:
                    reports.deleteLater()
                from iq_desktop.ui.audit.dialog import AuditDialog

                dialog = AuditDialog(self._db, stand.terms, self)
                try:
                    yield "aenderungsprotokoll", dialog
                finally:
                    dialog.deleteLater()
                from iq_desktop.ui.settings.dialog import EinstellungenDialog

                einstellungen = EinstellungenDialog(self._context.settings, stand.terms, self,
                                                    berichtszyklus_tage=stand.berichtszyklus_tage)
                try:
                    for index, name in enumerate(("einstellungen", "einstellungen-berichte",
                                                  "einstellungen-sprache")):
                        einstellungen.tabs.setCurrentIndex(index)
                        yield name, einstellungen
                finally:
                    einstellungen.deleteLater()
            from iq_desktop.ui.welcome import WelcomeDialog

            welcome = WelcomeDialog(self._context.settings, self)
            try:
                yield "willkommen", welcome
            finally:
                welcome.deleteLater()
        finally:
            if self._stand is not None:
                self.projects.filter_edit.setText(before_filter)
                self._restore(before, before_project)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """F5: reload everything; errors become German messages."""
        if self._db is not None:
            self._guarded(self.tr("Das Aktualisieren"), self._reload)

    def _on_archive_toggled(self, _checked: bool) -> None:
        if self._db is not None:
            self._guarded(self.tr("Das Umschalten der Ansicht"), self._reload)

    def check_for_changes(self) -> bool:
        """Reload the lists when another desk changed something since they were read; True if so.

        One indexed query (the newest audit id) every few seconds; the lists are read
        again only after a change. A failure here is logged, never shown: the next
        look, or F5, will tell.
        """
        stand, db = self._stand, self._db
        if stand is None or db is None:
            return False
        try:
            newest = latest_change(db)
            if newest <= stand.latest_change:
                return False
            self._reload()
        except Exception:
            log.warning("looking for other desks' changes failed", exc_info=True)
            return False
        self.statusBar().showMessage(self.tr("Änderungen von anderen Arbeitsplätzen übernommen"), 5000)
        return True

    def open_reports(self, art: str = "EXCEL") -> None:
        """Berichte: Excel overview, Word report or calendar, written in a worker thread."""
        if self._db is None:
            return
        db, terms = self._db, self._stand.terms if self._stand is not None else None

        def show() -> None:
            from iq_desktop.services.begriffe import Begriffe
            from iq_desktop.ui.reports.dialog import Art, ReportDialog

            self.report_dialog = ReportDialog(db, terms or Begriffe.original(), self, art=Art[art],
                                              settings=self._context.settings)
            try:
                self.report_dialog.exec()
            finally:
                self.report_dialog.deleteLater()
                self.report_dialog = None
            self._guarded(self.tr("Das Aktualisieren"), self._reload)  # a report may have linked Sachstände

        self._guarded(self.tr("Das Öffnen der Berichte"), show)

    def open_audit_trail(self) -> None:
        """The Änderungsprotokoll, modal: filtered by project, person, user and period."""
        if self._db is None:
            return
        db, terms = self._db, self._stand.terms if self._stand is not None else None

        def show() -> None:
            from iq_desktop.services.begriffe import Begriffe
            from iq_desktop.ui.audit.dialog import AuditDialog

            self.audit_dialog = AuditDialog(db, terms or Begriffe.original(), self)
            self.audit_dialog.exec()
            self.audit_dialog.deleteLater()
            self.audit_dialog = None

        self._guarded(self.tr("Das Öffnen des Änderungsprotokolls"), show)

    # --- settings and help --------------------------------------------------------------------------
    def open_settings(self) -> None:
        """Extras → Einstellungen; what changed is applied at once, the language at the next start."""
        from iq_desktop.ui.settings.dialog import EinstellungenDialog

        with_db = self._stand is not None and self._db is not None
        self.settings_dialog = EinstellungenDialog(
            self._context.settings, self._stand.terms if with_db else None, self,
            berichtszyklus_tage=self._stand.berichtszyklus_tage if with_db else None)
        try:
            if self.settings_dialog.exec() != EinstellungenDialog.DialogCode.Accepted:
                return
            aenderung = self.settings_dialog.aenderung()
        finally:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None
        self._guarded(self.tr("Das Übernehmen der Einstellungen"), lambda: self._apply_settings(aenderung))

    def _apply_settings(self, aenderung) -> None:
        """Save the file, store terms and cycle, switch the database or reread the lists (cycle, terms)."""
        if aenderung.datenbank_gewechselt and not self.close_editor(go_back=False):
            return  # the user stayed with unsaved changes: nothing is applied
        aenderung.settings.save()
        self._context.settings = aenderung.settings
        if aenderung.begriffe is not None and self._db is not None:
            from iq_desktop.services.terminology import set_terms

            set_terms(self._db, aenderung.begriffe)
        if aenderung.berichtszyklus_tage is not None and self._db is not None:
            from iq_desktop.services.reporting_cycle import set_reporting_cycle

            set_reporting_cycle(self._db, aenderung.berichtszyklus_tage)
        if aenderung.sprache_gewechselt:
            dialogs.show_info(self, self.tr("Die Sprache wechselt beim nächsten Start von IQ Desktop."))
        if aenderung.datenbank_gewechselt:
            if self.editor is not None and self.right.currentWidget() is self.editor:
                self.close_editor(go_back=False)
            self.reopen_requested.emit()
        elif self._db is not None and (aenderung.begriffe is not None or aenderung.berichtszyklus_tage is not None):
            self._reload()
        self.statusBar().showMessage(self.tr("Einstellungen gespeichert."), 5000)

    # the help module loads Qt's enum namespace (30 ms): not before the first frame
    def open_user_guide(self) -> None:
        from iq_desktop.ui import help_menu

        help_menu.open_user_guide(self)

    def open_log(self) -> None:
        from iq_desktop.ui import help_menu

        help_menu.open_log(self)

    def show_about(self) -> None:
        from iq_desktop.ui import help_menu

        help_menu.show_about(self, self._db.location.display if self._db is not None else None,
                             self._stand.terms if self._stand is not None else None)

    def show_presence(self, anwesende: list) -> None:
        """Who else has the database open (``services.presence.Anwesend``), in the status bar."""
        from iq_desktop.services.presence import describe

        if not anwesende:
            self.presence_label.hide()
            self.presence_label.clear()
            return
        names = [a.benutzer for a in anwesende[:2]]
        text = self.tr("Außerdem geöffnet: {namen}").format(namen=", ".join(names))
        if len(anwesende) == 3:
            text += " " + self.tr("und eine weitere Person")
        elif len(anwesende) > 3:
            text += " " + self.tr("und {n} weitere Personen").format(n=len(anwesende) - 2)
        self.presence_label.setText(text)
        self.presence_label.setToolTip(self.tr("Die Datenbank ist außerdem geöffnet von: {wer}").format(
            wer=describe(anwesende)))
        self.presence_label.setAccessibleDescription(self.presence_label.toolTip())
        self.presence_label.show()

    def show_loading(self) -> None:
        """The panes say they are loading again (a retry after an error)."""
        self.complete()
        self.right.setCurrentWidget(self.work_splitter)
        self._show_loading()

    def _show_loading(self) -> None:
        self.navigation.show_loading()
        self.projects.set_loading()
        self.details.show_message(self.tr("Wird geladen …"))
        self.status_label.setText(self.tr("Datenbank wird geöffnet …"))
        self.action_refresh.setEnabled(False)
        self.action_archive.setEnabled(False)
        self.action_audit.setEnabled(False)

    def _reload(self) -> None:
        assert self._db is not None
        selection = self.navigation.current_selection() or ALLE
        projekt_id = self.projects.current_project_id()
        stand = load_portfolio(
            self._db,
            stichtag=self._context.stichtag,
            berichtszyklus_tage=self._context.settings.berichtszyklus_tage,
            mit_archiv=self.action_archive.isChecked(),
        )
        self._show_stand(stand, selection, projekt_id)
        self._after_lists_shown()
        if self.editor is not None and self.right.currentWidget() is self.editor and not self.editor.is_dirty():
            self.editor.reload()  # F5 or another desk's change: a form without own changes shows the new state
        self.pages.refresh(self._db)

    def _show_stand(
        self, stand: PortfolioStand, selection: NavSelection = ALLE, projekt_id: int | None = None
    ) -> None:
        self._stand = stand
        args = stand.terms.format_args()
        self.action_new_project.setText(self.tr("&Neues {Leitprojekt} …").format(**args))
        self.action_open_project.setText(self.tr("{Leitprojekt} &öffnen").format(**args))
        self.action_open_project.setStatusTip(self.tr("Das gewählte {Leitprojekt} im Editor öffnen (auch mit "
                                                      "Doppelklick oder Eingabetaste in der Liste)").format(**args))
        self.action_archive.setStatusTip(
            self.tr("Auch abgeschlossene und abgebrochene {Leitprojekte} in Navigation und Liste zeigen")
            .format(**stand.terms.format_args())
        )
        self.details.set_terms(stand.terms)
        self.pages.set_portfolio(stand)
        self.search.set_terms(stand.terms.leitprojekte)
        self.search.model.set_projects([(r.id, r.titel, r.korridorthema) for r in stand.rows], stand.terms.leitprojekt)
        self._people_for_search_loaded = False
        self.navigation.populate(stand.corridors, stand.terms)
        self.projects.set_rows(stand.rows, berichtszyklus_tage=stand.berichtszyklus_tage, terms=stand.terms)
        self._restore(selection, projekt_id)

    def _after_lists_shown(self) -> None:
        if not self._change_timer.isActive():
            self._change_timer.start()
        self._set_report(None)
        self._regelpruefung_fehler = None
        self._update_status()
        self._count_rules_in_background()

    def _count_rules_in_background(self) -> None:
        """The rule check reads all staffing of the portfolio: off the GUI thread, into the status line.

        One count runs at a time. A reload while it runs asks for one more count when
        it ends (its result would describe the older lists); results of a count that
        was overtaken, or that ends after the window closed, are dropped.
        """
        stand, db = self._stand, self._db
        if stand is None or db is None:
            return
        if db.location.in_memory:  # one shared connection: no second thread on it
            QTimer.singleShot(0, self, self._check_rules_now)
            return
        if self._rules_running:
            self._rules_again = True
            return
        self._rules_running, self._rules_again = True, False
        self._rules_generation += 1
        generation = self._rules_generation

        def count() -> Regelbericht:
            return load_rule_report(db, stichtag=stand.stichtag, berichtszyklus_tage=stand.berichtszyklus_tage)

        def finished() -> bool:
            """Whether this count's result still belongs on screen; starts the next count if one is due."""
            current = generation == self._rules_generation and self._db is db and not self._rules_again
            self._rules_running = False
            if self._rules_again and self._db is not None:
                self._count_rules_in_background()
            return current

        def done(report: Regelbericht) -> None:
            if finished():
                self._set_findings(report)

        def failed(exc: BaseException) -> None:
            if finished():
                self._rules_failed(exc)

        run_in_background(count, done, failed)

    def _check_rules_now(self) -> None:
        """Count on the GUI thread (the in-memory database has one shared connection)."""
        stand, db = self._stand, self._db
        if stand is None or db is None or self._regelbericht is not None:
            return
        try:
            report = load_rule_report(db, stichtag=stand.stichtag, berichtszyklus_tage=stand.berichtszyklus_tage)
        except Exception as exc:
            self._rules_failed(exc)
        else:
            self._set_findings(report)

    def _set_report(self, report: Regelbericht | None) -> None:
        self._regelbericht = report
        self.navigation.set_findings(len(report.offen) if report is not None else None)
        self.pages.set_report(report)

    @property
    def offene_befunde(self) -> int | None:
        """Open rule findings of the lists on screen; None while they are being counted (or failed)."""
        return len(self._regelbericht.offen) if self._regelbericht is not None else None

    def _set_findings(self, report: Regelbericht) -> None:
        self._set_report(report)
        self._regelpruefung_fehler = None
        self._update_status()
        self.ready.emit()

    def _rules_failed(self, exc: BaseException) -> None:
        """The lists stay usable: the status line says the check failed and why; F5 tries again."""
        if isinstance(exc, IQError):
            log.warning("rule check failed: %s", exc.message)
            self._regelpruefung_fehler = exc.message
        else:
            log.error("rule check failed", exc_info=exc)
            self._regelpruefung_fehler = self.tr("unerwarteter Fehler, Einzelheiten im Protokoll")
        self._update_status()
        self.ready.emit()

    def wait_for_rules(self, timeout_s: float = 60.0) -> None:
        """Process events until the rule findings are counted (self-test, screenshots, benchmarks)."""
        deadline = time.monotonic() + timeout_s
        while self.rules_pending and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)

    @property
    def rules_pending(self) -> bool:
        """True between showing a load and counting its rule findings (or failing to)."""
        return self._stand is not None and self._regelbericht is None and self._regelpruefung_fehler is None

    def _restore(self, selection: NavSelection, projekt_id: int | None) -> None:
        """Select the same node and project as before, where they still exist."""
        if not self.navigation.select(selection, notify=False):
            selection = ALLE
            self.navigation.select(selection, notify=False)
        self._apply_scope(selection)
        wanted = selection.projekt_id if selection.kind is NodeKind.PROJEKT else projekt_id
        if wanted is None or not self.projects.select_project(wanted):
            self.projects.clear_selection()
            self.details.show_nothing_selected()

    def _update_status(self) -> None:
        stand = self._stand
        if stand is None or self._db is None:
            return
        count = len(stand.rows)
        projects = stand.terms.leitprojekt if count == 1 else stand.terms.leitprojekte
        if self._regelpruefung_fehler is not None:
            findings = self.tr("nicht möglich ({grund}); F5 versucht es erneut").format(
                grund=self._regelpruefung_fehler)
        elif self.offene_befunde is None:
            findings = self.tr("wird geprüft …")
        elif self.offene_befunde == 0:
            findings = self.tr("keine offenen Befunde")
        elif self.offene_befunde == 1:
            findings = self.tr("1 offener Befund")
        else:
            findings = self.tr("{k} offene Befunde").format(k=self.offene_befunde)
        self.status_label.setText(
            self.tr("Datenbank: {name} · {n} {Leitprojekte} · Regelprüfung: {befunde} · Stand {uhrzeit}").format(
                name=self._db.location.display,
                n=count,
                Leitprojekte=projects,
                befunde=findings,
                uhrzeit=stand.geladen_um.strftime("%H:%M"),
            )
        )
        self.status_label.setToolTip(
            self.tr("Berichtszyklus: {n} Tage · Stichtag {datum}").format(
                n=stand.berichtszyklus_tage, datum=stand.stichtag.strftime("%d.%m.%Y")
            )
        )

    # --- selection -------------------------------------------------------------------------------
    def _apply_scope(self, selection: NavSelection) -> None:
        if selection.kind is NodeKind.ROOT or self._stand is None:
            self.projects.set_scope(None, None)
            return
        corridor = self._stand.corridor(selection.korridor_id)
        self.projects.set_scope(selection.korridor_id, corridor.name if corridor else None)

    def _on_navigation(self, selection: NavSelection) -> None:
        if self.editor is not None and self.right.currentWidget() is self.editor:
            if selection.kind is NodeKind.PROJEKT and selection.projekt_id == self.editor.projekt_id:
                return
            if not self.close_editor(go_back=False):  # the user chose where to go
                self._mark_in_navigation(self.editor.projekt_id)  # …but stays: the tree shows the project again
                return
        if selection.kind.is_page:
            self._show_page(selection.kind)
            return
        if self.right.currentWidget() is not self.work_splitter and self._db is not None:
            self.right.setCurrentWidget(self.work_splitter)
        self._apply_scope(selection)
        if selection.kind is NodeKind.PROJEKT and selection.projekt_id is not None:
            self.projects.select_project(selection.projekt_id)

    def _on_project_changed(self, projekt_id: int | None) -> None:
        if projekt_id is None or self._db is None or self._stand is None:
            if self._stand is not None:
                self.details.show_nothing_selected()
            return
        action = self.tr("Das Laden des {Leitprojekts}").format(**self._stand.terms.format_args())
        if not self._guarded(action, lambda: self._show_detail(projekt_id)):
            self.details.show_nothing_selected()

    def _show_detail(self, projekt_id: int) -> None:
        assert self._db is not None and self._stand is not None
        detail = load_detail(self._db, projekt_id)
        row = self._stand.row(projekt_id)
        self.details.show_project(
            detail,
            veraltet=row.veraltet if row is not None else False,
            berichtszyklus_tage=self._stand.berichtszyklus_tage,
            stichtag=self._stand.stichtag,
        )

    # --- the pages --------------------------------------------------------------------------------
    def show_page(self, kind: NodeKind) -> bool:
        """Go to a page (Start, Personen, …) through the navigation, as a click there does."""
        if self.navigation.current_selection() == NavSelection(kind):
            return self._show_page(kind)
        return self.navigation.select(NavSelection(kind)) and self.pages.current_kind() is kind

    def _back_label(self, kind: NodeKind | None) -> str:
        """The editor's way back, named after where it leads."""
        from iq_desktop.ui.navigation import page_title

        if kind is None:
            return self.tr("← Zur &Liste")
        return self.tr("← Zurück: {seite}").format(seite=page_title(kind).replace("&", "&&"))

    def show_sitzung(self, sitzung_id: int) -> bool:
        """The meetings page with ``sitzung_id`` selected."""
        if not self.show_page(NodeKind.SITZUNGEN):
            return False
        return self.pages.pages[NodeKind.SITZUNGEN].select_sitzung(sitzung_id)

    def _show_page(self, kind: NodeKind) -> bool:
        if self._db is None:
            return False
        db = self._db
        return self._guarded(self.tr("Das Laden der Seite"), lambda: self.pages.show(kind, db))

    def _after_page_write(self) -> None:
        self._guarded(self.tr("Das Aktualisieren"), self._reload)

    # --- the project editor -----------------------------------------------------------------------
    def open_selected_project(self) -> None:
        projekt_id = self.projects.current_project_id()
        if projekt_id is not None:
            self.open_project(projekt_id)

    def open_project(self, projekt_id: int) -> bool:
        """Show the project editor for ``projekt_id`` in place of list and details."""
        if self._db is None or self._stand is None:
            return False
        if self.editor is not None and self.editor.projekt_id == projekt_id and (
                self.right.currentWidget() is self.editor or self.editor.is_dirty()):
            self.right.setCurrentWidget(self.editor)  # already open: keep what is being typed
            self.editor.setFocus()
            self._update_edit_actions()
            return True
        if self.editor is not None and not self.editor.ask_to_leave():
            return False
        if self.editor is None:
            from iq_desktop.ui.editor.project_editor import ProjectEditor

            self.editor = ProjectEditor(self._stand.terms, self)
            self.right.addWidget(self.editor)
            self.editor.saved.connect(self._after_editor_saved)
            self.editor.close_requested.connect(self.close_editor)
            stack = self.editor.undo_stack
            self.action_undo.triggered.connect(stack.undo)
            self.action_redo.triggered.connect(stack.redo)
            stack.canUndoChanged.connect(self._update_edit_actions)
            stack.canRedoChanged.connect(self._update_edit_actions)
            stack.cleanChanged.connect(self._update_edit_actions)
        db, editor = self._db, self.editor
        action = self.tr("Das Öffnen des {Leitprojekts}").format(**self._stand.terms.format_args())
        if not self._guarded(action, lambda: editor.open_project(db, projekt_id)):
            return False
        if self.right.currentWidget() is not editor:
            self._return_to = self.pages.current_kind()  # a project opened from a page goes back there
            editor.set_back_label(self._back_label(self._return_to))
        self.right.setCurrentWidget(editor)
        self._mark_in_navigation(projekt_id)
        editor.steckbrief.titel.setFocus()
        self._update_edit_actions()
        return True

    def _mark_in_navigation(self, projekt_id: int | None) -> None:
        """The tree shows where the project being edited sits (without acting on the selection)."""
        row = self._stand.row(projekt_id) if self._stand is not None and projekt_id is not None else None
        if row is not None:
            self.navigation.select(NavSelection(NodeKind.PROJEKT, korridor_id=row.korridorthema_id,
                                                projekt_id=projekt_id), notify=False)

    def new_project(self) -> None:
        """Ctrl+N: a new Leitprojekt in the chosen corridor; the editor opens on it."""
        if self._db is None or self._stand is None:
            return
        if self.editor is not None and not self.close_editor():
            return
        from iq_desktop.ui.editor.new_project_dialog import NewProjectDialog

        selection = self.navigation.current_selection() or ALLE
        self.new_project_dialog = NewProjectDialog(self._db, self._stand.terms, selection.korridor_id, self)
        try:
            self.new_project_dialog.exec()
            projekt_id = self.new_project_dialog.projekt_id
        finally:
            self.new_project_dialog.deleteLater()
            self.new_project_dialog = None
        if projekt_id is not None and self._guarded(self.tr("Das Aktualisieren"), self._reload):
            self.open_project(projekt_id)

    def focus_search(self) -> None:
        """Ctrl+F: into the toolbar's search over projects and people, its text selected.

        An open form stays as it is: choosing a project elsewhere asks about unsaved changes then.
        """
        self.search.field.setFocus()
        self.search.field.selectAll()

    def _load_people_for_search(self) -> None:
        """People for the search, read when the search is entered, once per reload."""
        if self._db is None or self._people_for_search_loaded:
            return
        db = self._db

        def load() -> None:
            from iq_desktop.services.people import list_people

            self.search.model.set_people(list_people(db))
            self._people_for_search_loaded = True

        self._guarded(self.tr("Das Laden der Personen"), load)

    def _open_search_result(self, treffer: object) -> None:
        from iq_desktop.ui.search import Art

        if treffer.art is Art.PROJEKT:
            self.open_project(treffer.id)
        else:
            self.show_person(treffer.id)

    def show_person(self, person_id: int) -> bool:
        """The Personen page with ``person_id`` selected."""
        if not self.show_page(NodeKind.PERSONEN):
            return False
        return self.pages.pages[NodeKind.PERSONEN].select_person(person_id)

    def close_editor(self, *, go_back: bool = True) -> bool:
        """Back to the page the project was opened from, or to list and details; False when the
        user chose to stay (unsaved changes). ``go_back=False``: the caller shows what comes next."""
        if self.editor is None or self.right.currentWidget() is not self.editor:
            return True
        if not self.editor.ask_to_leave():
            return False
        projekt_id = self.editor.projekt_id
        back, self._return_to = self._return_to, None
        if back is not None and go_back:
            page = self.pages.pages[back]
            self.right.setCurrentWidget(page)
            self.navigation.select(NavSelection(back), notify=False)
            page.setFocus()
            self._update_edit_actions()
            return True
        self.right.setCurrentWidget(self.work_splitter)
        if projekt_id is not None:
            self.projects.select_project(projekt_id)
        self.projects.table.setFocus()
        self._update_edit_actions()
        return True

    def save_editor(self) -> None:
        if self.editor is not None and self.right.currentWidget() is self.editor:
            self._guarded(self.tr("Das Speichern"), self.editor.save)

    def _after_editor_saved(self, _projekt_id: int) -> None:
        self._guarded(self.tr("Das Aktualisieren"), self._reload)

    def _update_edit_actions(self, *_args: object) -> None:
        editing = self.editor is not None and self.right.currentWidget() is self.editor
        stack = self.editor.undo_stack if self.editor is not None else None
        self.action_save.setEnabled(editing)
        self.action_back.setEnabled(editing)
        self.action_undo.setEnabled(editing and stack is not None and stack.canUndo())
        self.action_redo.setEnabled(editing and stack is not None and stack.canRedo())
        self.action_open_project.setEnabled(self._db is not None)

    # --- errors ---------------------------------------------------------------------------------
    def _guarded(self, action: str, work: Callable[[], None]) -> bool:
        """Run ``work``; show IQError as its German message, anything else as a logged bug."""
        try:
            work()
        except IQError as exc:
            log.warning("%s: %s", action, exc.message)
            dialogs.show_error(self, exc.message)
            return False
        except Exception:
            log.exception("unexpected error: %s", action)
            dialogs.show_unexpected_error(self, action)
            return False
        return True
