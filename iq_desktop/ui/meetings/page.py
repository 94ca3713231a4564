"""The Gremien & Sitzungen page: every meeting by date, its details, and the Sachstände reported in it.

The table starts at the next coming meeting (bold, "in 12 Tagen"); past ones
are grey. A meeting is planned, changed or deleted in a dialog form, each
saved at once through the services; a meeting in which Sachstände were
reported is not deleted. Enter on a reported Sachstand opens its project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.errors import IQError, VersionKonflikt
from iq_desktop.formatting import format_date
from iq_desktop.services import meetings
from iq_desktop.services.errors import DomainError
from iq_desktop.services.terminology import load_terms
from iq_desktop.ui import dialogs
from iq_desktop.ui.editor.action_tab import data_table
from iq_desktop.ui.editor.phase_models import ROW_ROLE
from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN
from iq_desktop.ui.meetings.sitzung_dialog import SitzungDialog
from iq_desktop.ui.meetings.table_model import DATUM, ERGEBNIS, BerichteModel, SitzungenModel, SitzungenProxy
from iq_desktop.ui.meetings.texts import how_soon, oeffentlich_word
from iq_desktop.ui.projects.detail_panel import _value_label
from iq_desktop.ui.widgets.labels import style_hint, style_section

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import SitzungDetail, SitzungZeile

_EMPTY = "–"


class MeetingsPage(QWidget):
    #: open this Leitprojekt (id) in the editor
    project_requested = Signal(int)
    #: a meeting or a link was written: other views are stale
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._detail: SitzungDetail | None = None
        #: the dialog while it is open (tests fill it in)
        self.dialog: SitzungDialog | None = None

        self.heading = style_section(QLabel(self.tr("Gremien & Sitzungen"), self))
        self.heading.setObjectName("seitentitel")
        self.gremium_filter = QComboBox(self)
        self.zeitraum = QComboBox(self)
        self.zeitraum.addItem(self.tr("alle"), False)
        self.zeitraum.addItem(self.tr("nur kommende"), True)
        self.new_button = QPushButton(self.tr("Neue Sitz&ung …"), self)
        self.edit_button = QPushButton(self.tr("Sitzung bearbei&ten …"), self)
        self.delete_button = QPushButton(self.tr("Sitzung lösch&en"), self)
        filters = QHBoxLayout()
        for text, combo, name in ((self.tr("&Gremium:"), self.gremium_filter, self.tr("Nach Gremium filtern")),
                                  (self.tr("Zeit&raum:"), self.zeitraum, self.tr("Zeitraum"))):
            label = QLabel(text, self)
            label.setBuddy(combo)
            combo.setAccessibleName(name)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            filters.addWidget(button)

        self.model = SitzungenModel(self)
        self.proxy = SitzungenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = data_table(self, self.proxy, self.tr("Sitzungen"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATUM, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ERGEBNIS, QHeaderView.ResizeMode.Stretch)
        self.table_label = QLabel(self.tr("S&itzungen:"), self)
        self.table_label.setBuddy(self.table)
        self.empty = style_hint(QLabel(self))
        self.empty.setWordWrap(True)
        self.empty.hide()

        # --- the chosen meeting ------------------------------------------------------------------------
        self.detail_heading = style_section(QLabel(self.tr("Gewählte Sitzung"), self))
        self.fields: dict[str, QLabel] = {}
        details = QFormLayout()
        for key, text in (("gremium", self.tr("Gremium:")), ("datum", self.tr("Datum:")), ("top", self.tr("TOP:")),
                          ("oeffentlich", self.tr("Beratung:")), ("vorlage_nr", self.tr("Vorlage Nr.:")),
                          ("ergebnis", self.tr("Ergebnis:")), ("bemerkung", self.tr("Bemerkung:"))):
            value = _value_label(self, text.rstrip(":"))
            self.fields[key] = value
            details.addRow(QLabel(text, self), value)
        self.reports = BerichteModel(self)
        self.reports_table = data_table(self, self.reports, self.tr("Sachstände, die in der Sitzung berichtet "
                                                                    "wurden"))
        self.reports_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reports_table.horizontalHeader().setStretchLastSection(False)
        self.reports_label = QLabel(self.tr("Sachstände aus dieser Sit&zung:"), self)
        self.reports_label.setBuddy(self.reports_table)
        self.reports_hint = style_hint(QLabel(self.tr("Enter oder Doppelklick öffnet das Leitprojekt."), self))
        reports = QVBoxLayout()
        reports.addWidget(self.reports_label)
        reports.addWidget(self.reports_table, 1)
        reports.addWidget(self.reports_hint)
        below = QGridLayout()
        below.addWidget(self.detail_heading, 0, 0, 1, 2)
        below.addLayout(details, 1, 0)
        below.addLayout(reports, 1, 1)
        below.setColumnStretch(0, 2)
        below.setColumnStretch(1, 3)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty)
        layout.addLayout(below, 2)

        self.setTabOrder(self.gremium_filter, self.zeitraum)
        self.setTabOrder(self.zeitraum, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.table)
        previous: QWidget = self.table
        for value in self.fields.values():
            self.setTabOrder(previous, value)
            previous = value
        self.setTabOrder(previous, self.reports_table)

        self.gremium_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.zeitraum.currentIndexChanged.connect(lambda _i: self._filter())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.table.activated.connect(lambda _index: self.edit_sitzung())
        self.reports_table.activated.connect(self._open_project)
        self.new_button.clicked.connect(self.new_sitzung)
        self.edit_button.clicked.connect(self.edit_sitzung)
        self.delete_button.clicked.connect(self.delete_sitzung)
        self._show_chosen()

    # --- loading --------------------------------------------------------------------------------------
    def show_database(self, db: Database) -> None:
        """(Re)load everything; the chosen meeting stays chosen while it exists and the filters show it."""
        self._db = db
        chosen = self.chosen()
        self._load(chosen.id if chosen is not None else None)

    def _load(self, keep: int | None) -> None:
        assert self._db is not None
        db = self._db
        try:
            rows = meetings.list_sitzungen(db)
            gremien = meetings.list_gremien(db)
            self.reports.leitprojekt = load_terms(db).leitprojekt
        except IQError as exc:
            dialogs.show_error(self, exc.message)
            return
        wanted = self.gremium_filter.currentData()
        self.gremium_filter.blockSignals(True)
        self.gremium_filter.clear()
        self.gremium_filter.addItem(self.tr("alle Gremien"), None)
        for ident, name in gremien:
            self.gremium_filter.addItem(name, ident)
        self.gremium_filter.setCurrentIndex(max(self.gremium_filter.findData(wanted), 0))
        self.gremium_filter.blockSignals(False)
        self.proxy.set_gremium(self.gremium_filter.currentData())
        self.proxy.set_only_coming(bool(self.zeitraum.currentData()))
        self.model.set_rows(rows, db.today())
        self._select(keep if keep is not None and self._visible_row(keep) is not None else self.model.next_id())
        self._update_empty()

    def _filter(self) -> None:
        chosen = self.chosen()
        self.proxy.set_gremium(self.gremium_filter.currentData())
        self.proxy.set_only_coming(bool(self.zeitraum.currentData()))
        if chosen is not None and self._visible_row(chosen.id) is not None:
            self._select(chosen.id)
        else:
            self._select(self.model.next_id())
        self._update_empty()

    def _update_empty(self) -> None:
        if self.proxy.rowCount():
            self.empty.hide()
            return
        if self.model.rowCount() == 0:
            self.empty.setText(self.tr("Noch keine Sitzung eingetragen – „Neue Sitzung …“ legt die erste an."))
        else:
            self.empty.setText(self.tr("Keine Sitzung passt zu den Filtern; „alle“ zeigt auch vergangene."))
        self.empty.show()

    def _visible_row(self, sitzung_id: int) -> int | None:
        source = self.model.row_of(sitzung_id)
        if source is None:
            return None
        row = self.proxy.mapFromSource(self.model.index(source, 0)).row()
        return row if row >= 0 else None

    def _select(self, sitzung_id: int | None) -> None:
        """Choose that meeting (when shown), else the next coming one, else the last one shown."""
        row = self._visible_row(sitzung_id) if sitzung_id is not None else None
        if row is None:
            next_id = self.model.next_id()
            row = self._visible_row(next_id) if next_id is not None else None
        if row is None and self.proxy.rowCount():
            row = self.proxy.rowCount() - 1
        if row is None:
            self.table.setCurrentIndex(QModelIndex())
            self.table.clearSelection()
        else:
            index = self.proxy.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show_chosen()

    def select_sitzung(self, sitzung_id: int) -> bool:
        """Choose a meeting, clearing the filters when they hide it; False when there is no such meeting."""
        if self.model.row_of(sitzung_id) is None:
            return False
        if self._visible_row(sitzung_id) is None:
            self.gremium_filter.setCurrentIndex(0)
            self.zeitraum.setCurrentIndex(0)
        self._select(sitzung_id)
        return True

    def chosen(self) -> SitzungZeile | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _show_chosen(self) -> None:
        row = self.chosen()
        self._detail = None
        self.error.hide()  # a refusal concerned the meeting chosen before
        if row is not None and self._db is not None:
            try:
                self._detail = meetings.get_sitzung(self._db, row.id)
            except IQError as exc:  # deleted meanwhile: the next reload drops it
                self.show_refusal(exc.message)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(row is not None)
        self.new_button.setEnabled(self._db is not None)
        if self._detail is None:
            for label in self.fields.values():
                label.setText(_EMPTY)
            self.reports.set_rows([])
            return
        s = self._detail.sitzung
        soon = how_soon(s.datum, self.model.today)
        values = {
            "gremium": s.gremium,
            "datum": f"{format_date(s.datum)} ({soon})" if soon else format_date(s.datum),
            "top": s.top, "oeffentlich": oeffentlich_word(s.oeffentlich), "vorlage_nr": s.vorlage_nr,
            "ergebnis": s.ergebnis, "bemerkung": s.bemerkung,
        }
        for key, label in self.fields.items():
            label.setText(values[key] or _EMPTY)
        self.reports.set_rows(self._detail.sachstaende)
        if self.reports.rowCount():
            self.reports_table.selectRow(0)
            self.reports_hint.setText(self.tr("Enter oder Doppelklick öffnet das Leitprojekt."))
        else:
            self.reports_hint.setText(self.tr("In dieser Sitzung wurde noch kein Sachstand berichtet."))

    def _open_project(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.project_requested.emit(row.leitprojekt_id)

    # --- actions ----------------------------------------------------------------------------------------
    def show_refusal(self, message: str) -> None:
        self.error.setText(f"{WARN} {message}")
        self.error.show()

    def _after_write(self, sitzung_id: int | None) -> None:
        self._load(sitzung_id)
        self.data_changed.emit()

    def _run_dialog(self, dialog: SitzungDialog) -> bool:
        self.dialog = dialog
        try:
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()
        if dialog.sitzung_id is None:
            chosen = self.chosen()  # cancelled, perhaps after taking a stored state: show what is stored
            self._load(chosen.id if chosen is not None else None)
            return False
        self._after_write(dialog.sitzung_id)
        return True

    def new_sitzung(self) -> bool:
        """Plan a meeting (for the Gremium the filter shows); True when one was saved."""
        if self._db is None:
            return False
        self.error.hide()
        return self._run_dialog(SitzungDialog(self._db, self, gremium_id=self.gremium_filter.currentData()))

    def edit_sitzung(self) -> bool:
        if self._db is None or self._detail is None:
            return False
        self.error.hide()
        return self._run_dialog(SitzungDialog(self._db, self, sitzung=self._detail.sitzung))

    def delete_sitzung(self) -> bool:
        """Delete the chosen meeting after asking; refused (in German, below the filters) while it has Sachstände."""
        if self._db is None or self._detail is None:
            return False
        self.error.hide()
        s = self._detail.sitzung
        if not dialogs.confirm_delete(self, self.tr("Die Sitzung von {g} am {d} löschen?").format(
                g=s.gremium, d=format_date(s.datum))):
            return False
        try:
            meetings.delete_sitzung(self._db, sitzung_id=s.id, expected_version=s.version)
        except VersionKonflikt as exc:
            dialogs.show_error(self, exc.message)
            self._load(s.id)  # show what is stored now
            return False
        except DomainError as exc:
            self.show_refusal(exc.message)
            return False
        except IQError as exc:
            dialogs.show_error(self, exc.message)
            return False
        self._after_write(None)
        return True
