"""The start page: the Leitprojekte per Korridorthema at a glance, what falls due, findings, next meetings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.formatting import format_date
from iq_desktop.services import overview
from iq_desktop.ui.editor.action_tab import data_table
from iq_desktop.ui.nav_selection import NodeKind
from iq_desktop.ui.rows_model import ROW_ROLE, SortProxy, enable_sorting
from iq_desktop.ui.start.models import PROJEKT_ROLE, DueMilestonesModel, NextMeetingsModel, PortfolioTreeModel
from iq_desktop.ui.widgets.labels import style_hint, style_section

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import Regelbericht
    from iq_desktop.ui.portfolio_loader import PortfolioStand


class StartPage(QWidget):
    """Reads the portfolio lists the window already holds; adds two small queries of its own."""

    project_requested = Signal(int)
    page_requested = Signal(object)  # NodeKind
    sitzung_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stand: PortfolioStand | None = None
        self._report: Regelbericht | None = None

        self.heading = style_section(QLabel(self))
        self.portfolio_label = QLabel(self)
        self.portfolio = PortfolioTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("start_portfolio")
        self.tree.setModel(self.portfolio)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setIndentation(12)
        self.portfolio_label.setBuddy(self.tree)

        self.rules_button = QPushButton(self)
        self.rules_button.setObjectName("start_regelpruefung")
        self.rules_button.clicked.connect(lambda: self.page_requested.emit(NodeKind.REGELN))

        self.due_label = QLabel(self.tr("&Fällig in {n} Tagen").format(n=overview.FAELLIG_TAGE), self)
        self.due = DueMilestonesModel(self)
        self.due_sorted = SortProxy(self)
        self.due_sorted.setSourceModel(self.due)
        self.due_table = data_table(self, self.due_sorted, self.tr("Fällige Etappenziele"))
        enable_sorting(self.due_table)
        self.due_table.setObjectName("start_faellig")
        self.due_label.setBuddy(self.due_table)
        self.due_table.setWordWrap(False)  # a wrapped cell elides at a word: "20 …"
        due_header = self.due_table.horizontalHeader()
        for column in (1, 2):
            due_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.due_empty = style_hint(QLabel(self.tr("Keine offenen Etappenziele in diesem Zeitraum."), self))

        self.meetings_label = QLabel(self.tr("Nächste Si&tzungen"), self)
        self.meetings = NextMeetingsModel(self)
        self.meetings_sorted = SortProxy(self)
        self.meetings_sorted.setSourceModel(self.meetings)
        self.meetings_table = data_table(self, self.meetings_sorted, self.tr("Nächste Sitzungen"))
        enable_sorting(self.meetings_table)
        self.meetings_table.setObjectName("start_sitzungen")
        self.meetings_label.setBuddy(self.meetings_table)
        self.meetings_empty = style_hint(QLabel(self.tr("Keine Sitzung eingetragen."), self))
        self.meetings_button = QPushButton(self.tr("&Gremien && Sitzungen öffnen"), self)
        self.meetings_button.clicked.connect(lambda: self.page_requested.emit(NodeKind.SITZUNGEN))

        for label in (self.portfolio_label, self.due_label, self.meetings_label):
            style_section(label)

        left = QVBoxLayout()
        left.addWidget(self.portfolio_label)
        left.addWidget(self.tree, 1)
        right = QVBoxLayout()
        right.addWidget(self.rules_button)
        right.addSpacing(8)
        right.addWidget(self.due_label)
        right.addWidget(self.due_table, 3)
        right.addWidget(self.due_empty)
        right.addSpacing(8)
        right.addWidget(self.meetings_label)
        right.addWidget(self.meetings_table, 1)
        right.addWidget(self.meetings_empty)
        right.addWidget(self.meetings_button, 0, Qt.AlignmentFlag.AlignLeft)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)  # the portfolio needs the width: titles and milestones are long
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)

        # an overview reads like a page of links: one click opens (Enter and a double-click too)
        for signal in (self.tree.activated, self.tree.clicked):
            signal.connect(self._open_from_tree)
        for signal in (self.due_table.activated, self.due_table.clicked):
            signal.connect(self._open_from_due)
        self.meetings_table.activated.connect(
            lambda index: self.sitzung_requested.emit(index.data(ROW_ROLE).id) if index.isValid() else None)
        self.set_report(None)
        QWidget.setTabOrder(self.tree, self.rules_button)
        QWidget.setTabOrder(self.rules_button, self.due_table)
        QWidget.setTabOrder(self.due_table, self.meetings_table)
        QWidget.setTabOrder(self.meetings_table, self.meetings_button)

    # --- the page contract (ui/pages.py) ---------------------------------------------------------
    def set_portfolio(self, stand: PortfolioStand) -> None:
        self._stand = stand
        args = stand.terms.format_args()
        self.heading.setText(self.tr("Start – Überblick zum {datum}").format(datum=format_date(stand.stichtag)))
        self.portfolio_label.setText(self.tr("&Projekte je {Korridorthema}").format(**args))
        self.tree.setAccessibleName(self.tr("{Leitprojekte} je {Korridorthema}").format(**args))
        self.due.header_args = args
        selected = self.selected_project()
        self.portfolio.populate(stand.corridors, stand.rows, stand.terms, stand.berichtszyklus_tage)
        self.tree.expandAll()
        for row in range(self.portfolio.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # long titles and milestones share the room left; eliding cuts them, the tooltip has them whole
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if selected is not None:
            self.select_project(selected)

    def set_report(self, report: Regelbericht | None) -> None:
        self._report = report
        if report is None:
            text = self.tr("&Regelprüfung: wird geprüft …")
        elif not report.offen:
            text = self.tr("&Regelprüfung: keine offenen Befunde")
        elif len(report.offen) == 1:
            text = self.tr("&Regelprüfung: 1 offener Befund – anzeigen")
        else:
            text = self.tr("&Regelprüfung: {n} offene Befunde – anzeigen").format(n=len(report.offen))
        self.rules_button.setText(text)
        self.rules_button.setAccessibleName(text.replace("&", ""))

    def show_database(self, db: Database) -> None:
        stichtag = self._stand.stichtag if self._stand is not None else db.today()
        self.show_overview(overview.due_milestones(db, stichtag=stichtag),
                           overview.next_meetings(db, stichtag=stichtag))

    def show_overview(self, due: list[overview.FaelligesEtappenziel],
                      meetings: list[overview.AnstehendeSitzung]) -> None:
        self.due.set_rows(due)
        self.meetings.set_rows(meetings)
        for table, empty, rows in ((self.due_table, self.due_empty, due),
                                   (self.meetings_table, self.meetings_empty, meetings)):
            table.setVisible(bool(rows))
            empty.setVisible(not rows)

    # --- selection ------------------------------------------------------------------------------
    def selected_project(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(PROJEKT_ROLE) if index.isValid() else None

    def select_project(self, projekt_id: int) -> bool:
        for row in range(self.portfolio.rowCount()):
            parent = self.portfolio.index(row, 0)
            for child in range(self.portfolio.rowCount(parent)):
                index = self.portfolio.index(child, 0, parent)
                if index.data(PROJEKT_ROLE) == projekt_id:
                    self.tree.setCurrentIndex(index)
                    return True
        return False

    def _open_from_tree(self, index: QModelIndex) -> None:
        projekt_id = index.data(PROJEKT_ROLE)
        if projekt_id is not None:
            self.project_requested.emit(projekt_id)

    def _open_from_due(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.project_requested.emit(row.projekt_id)

