"""The Personen page: everyone with their Amt or organisation and current Mitwirkungen, filtered as you type.

A secretariat sees at once who already works in a Leitprojekt: the list
names each person's current projects and roles, and a person in more than one
says so in words ("2 Leitprojekte"). Below, the selected person's details with
every Mitwirkung, current and past; Enter on one asks to open its project.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.errors import IQError
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.people_rows import PersonZeile, get_person, list_personen
from iq_desktop.services.terminology import load_terms
from iq_desktop.ui import dialogs
from iq_desktop.ui.people.people_models import people_model
from iq_desktop.ui.people.person_dialog import PersonDialog
from iq_desktop.ui.people.person_panel import PersonPanel
from iq_desktop.ui.record_table import ROW_ROLE, WordFilterProxy
from iq_desktop.ui.widgets.labels import style_hint, style_section

if TYPE_CHECKING:
    from iq_desktop.db.database import Database

log = logging.getLogger(__name__)

#: widest the first columns grow when fitted (pixels); Mitwirkungen takes the rest
_MAX_WIDTH = (240, 200, 220, 60)
#: rows beyond the visible ones that column fitting looks at
_FIT_SAMPLE_ROWS = 50


class PeoplePage(QWidget):
    #: a Leitprojekt the user wants to open (its id)
    project_requested = Signal(int)
    #: a person was saved (new or changed): other views may be stale
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._terms = Begriffe.original()
        self._shown_id: int | None = None
        #: the open dialog while it runs (tests fill it in)
        self.person_dialog: PersonDialog | None = None

        self.heading = style_section(QLabel(self.tr("Pe&rsonen"), self))
        self.heading.setObjectName("bereichstitel")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Personen filtern"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Zeigt nur Personen, bei denen alle eingegebenen Wörter in Name, Amt, Organisation, Funktion "
                    "oder Mitwirkungen vorkommen."))
        self.filter_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.filter_label = QLabel(self.tr("&Filtern:"), self)
        self.filter_label.setBuddy(self.filter_edit)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self.tr("Neue &Person …"), self)
        self.edit_button = QPushButton(self.tr("Person b&earbeiten …"), self)
        self.message = style_hint(QLabel(self))
        self.message.setObjectName("hinweis")
        self.message.setWordWrap(True)
        self.message.hide()

        self.model = people_model(self)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("personenliste")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Liste der Personen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(_FIT_SAMPLE_ROWS)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.heading.setBuddy(self.table)

        self.panel = PersonPanel(self)
        self.panel.project_requested.connect(self.project_requested)

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_edit)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.message)
        upper_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        for before, after in ((self.filter_edit, self.new_button), (self.new_button, self.edit_button),
                              (self.edit_button, self.table), (self.table, self.panel.table),
                              (self.panel.table, self.panel.open_button)):
            self.setTabOrder(before, after)

        self.filter_edit.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.table.activated.connect(lambda *_: self.edit_person())
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_person)
        self._update()

    # --- loading ---------------------------------------------------------------------------------
    def show_database(self, db: Database) -> None:
        """(Re)load everyone; the selected person stays selected where they still are."""
        keep = self.current_person_id()
        self._db = db
        try:
            terms = load_terms(db)
            rows = list_personen(db)
        except IQError as exc:
            self.model.set_rows([])
            self.panel.show_person(None)
            self._update(self.tr("Die Personen konnten nicht geladen werden: {grund}").format(grund=exc.message))
            return
        self._terms = terms
        self.filter_edit.setPlaceholderText(self.tr("Name, Amt, Organisation, {Leitprojekt} …").format(
            **terms.format_args()))
        self.panel.set_terms(terms)
        self._shown_id = None
        self.model.set_rows(rows, terms)
        self._fit_columns()
        if keep is None or not self.select_person(keep):
            self.panel.show_person(None)
        self._update()

    def current_person_id(self) -> int | None:
        row = self._current_row()
        return row.id if row is not None else None

    def select_person(self, person_id: int) -> bool:
        """Select (and scroll to) the person; a filter that hides them is cleared. False when they are not there."""
        source_row = self.model.row_where(lambda r: r.id == person_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show_current()
        return True

    def _current_row(self) -> PersonZeile | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _show_current(self) -> None:
        row = self._current_row()
        if row is None or self._db is None:
            self._shown_id = None
            self.panel.show_person(None)
        elif row.id != self._shown_id:
            try:
                self.panel.show_person(get_person(self._db, row.id))
                self._shown_id = row.id
            except IQError as exc:
                self.panel.show_person(None)
                self._update(exc.message)
                return
        self._update()

    # --- writing ---------------------------------------------------------------------------------
    def new_person(self) -> None:
        self._run_dialog(None)

    def edit_person(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self._run_dialog(person_id)

    def _run_dialog(self, person_id: int | None) -> None:
        if self._db is None:
            return
        try:
            dialog = PersonDialog(self._db, person_id, self)
        except IQError as exc:  # gone meanwhile, or the database is away
            dialogs.show_error(self, exc.message)
            self.show_database(self._db)
            return
        self.person_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.person_dialog = None
            dialog.deleteLater()
        if dialog.saved_id is None and not dialog.conflict_seen:
            return
        self.show_database(self._db)
        if dialog.saved_id is not None:
            self.select_person(dialog.saved_id)
            self.data_changed.emit()

    # --- display ---------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self._current_row() is None:
            self._show_current()
        self._update()

    def _update(self, problem: str | None = None) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("Angezeigt: {n} von {gesamt}").format(n=shown, gesamt=total)
                                 if total else "")
        if problem:
            text = problem
        elif self._db is None:
            text = self.tr("Keine Datenbank geöffnet.")
        elif total == 0:
            text = self.tr("Noch keine Personen erfasst. „Neue Person …“ legt die erste an.")
        elif shown == 0:
            text = self.tr("Keine Person passt zum Filter.")
        else:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.new_button.setEnabled(self._db is not None)
        self.edit_button.setEnabled(self._db is not None and self._current_row() is not None)

    def _fit_columns(self) -> None:
        for column, widest in enumerate(_MAX_WIDTH):
            self.table.resizeColumnToContents(column)
            header_width = self.table.horizontalHeader().sectionSizeFromContents(column).width() + 8
            self.table.setColumnWidth(column, max(header_width, min(self.table.columnWidth(column), widest)))
