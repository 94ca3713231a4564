"""The Änderungsprotokoll dialog: who changed what, when, from which PC; and how long that is kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.errors import IQError
from iq_desktop.i18n import translate
from iq_desktop.services import audit_trail
from iq_desktop.services.audit_trail import VIEWER_LIMIT, AuditFilter
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.ui import dialogs
from iq_desktop.ui.audit.table_model import ROW_ROLE, AuditProxyModel, AuditTableModel
from iq_desktop.ui.widgets.date_field import DateField
from iq_desktop.ui.widgets.labels import style_hint

if TYPE_CHECKING:
    from iq_desktop.db.database import Database

def _date_field(parent: QWidget, name: str) -> DateField:
    field = DateField(parent, empty_text=translate("AuditDialog", "beliebig"))
    field.setAccessibleName(name)
    return field


class AuditDialog(QDialog):
    def __init__(self, db: Database, terms: Begriffe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Änderungsprotokoll"))
        self.resize(1100, 680)
        self._loading = True

        self.projekt = QComboBox(self)
        self.person = QComboBox(self)
        self.benutzer = QComboBox(self)
        for combo in (self.projekt, self.person, self.benutzer):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.von = _date_field(self, self.tr("Zeitraum von"))
        self.bis = _date_field(self, self.tr("Zeitraum bis"))
        self.reset_button = QPushButton(self.tr("Filter &zurücksetzen"), self)

        filters = QGridLayout()
        for column, (text, field, accessible) in enumerate((
            (self.tr("&{Leitprojekt}:").format(Leitprojekt=terms.leitprojekt), self.projekt, terms.leitprojekt),
            (self.tr("&Person:"), self.person, self.tr("Person")),
            (self.tr("&Benutzer:"), self.benutzer, self.tr("Benutzer")),
        )):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(accessible)
            filters.addWidget(label, 0, column)
            filters.addWidget(field, 1, column)
        for column, (text, field) in enumerate(((self.tr("Zeitraum &von:"), self.von),
                                                 (self.tr("b&is:"), self.bis)), start=3):
            label = QLabel(text, self)
            label.setBuddy(field)
            filters.addWidget(label, 0, column)
            filters.addWidget(field, 1, column)
        filters.addWidget(self.reset_button, 1, 5)
        filters.setColumnStretch(6, 1)

        self.model = AuditTableModel(terms.leitprojekt, self)
        self.proxy = AuditProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Einträge des Änderungsprotokolls"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((135, 90, 100, 80, 135, 45, 170)):
            self.table.setColumnWidth(column, width)

        self.count_label = style_hint(QLabel(self))
        self.count_label.setObjectName("protokoll_anzahl")
        details_label = QLabel(self.tr("&Änderungen des gewählten Eintrags:"), self)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.setAccessibleName(self.tr("Änderungen des gewählten Eintrags"))
        details_label.setBuddy(self.details)

        self.retention = QSpinBox(self)
        self.retention.setRange(0, 30)
        self.retention.setSpecialValueText(self.tr("unbegrenzt"))
        self.retention.setSuffix(self.tr(" Jahre"))
        self.retention.setAccessibleName(self.tr("Aufbewahrung des Protokolls in Jahren"))
        retention_label = QLabel(self.tr("&Aufbewahrung für alle Arbeitsplätze:"), self)
        retention_label.setBuddy(self.retention)
        self.retention_button = QPushButton(self.tr("Aufbewahrung über&nehmen"), self)
        retention_row = QHBoxLayout()
        retention_row.addWidget(retention_label)
        retention_row.addWidget(self.retention)
        retention_row.addWidget(self.retention_button)
        retention_row.addWidget(style_hint(QLabel(
            self.tr("Ältere Einträge werden beim Programmstart entfernt; das Entfernen selbst wird protokolliert."),
            self)), 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Schließen"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(details_label)
        layout.addWidget(self.details)
        layout.addLayout(retention_row)
        layout.addWidget(buttons)

        self._fill_choices()
        for combo in (self.projekt, self.person, self.benutzer):
            combo.currentIndexChanged.connect(self.reload)
        self.von.dateChanged.connect(self.reload)
        self.bis.dateChanged.connect(self.reload)
        self.reset_button.clicked.connect(self.reset_filters)
        self.retention_button.clicked.connect(self.apply_retention)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self._loading = False
        self.reload()

    def _fill_choices(self) -> None:
        choices = audit_trail.filter_choices(self._db)
        alle = self.tr("alle")
        self.projekt.addItem(alle, None)
        for ident, titel in choices.projekte:
            self.projekt.addItem(titel, ident)
        self.person.addItem(alle, None)
        for ident, name in choices.personen:
            self.person.addItem(name, ident)
        self.benutzer.addItem(alle, None)
        for login in choices.benutzer:
            self.benutzer.addItem(login, login)
        self.retention.setValue(audit_trail.retention_years(self._db) or 0)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            projekt_id=self.projekt.currentData(), person_id=self.person.currentData(),
            benutzer=self.benutzer.currentData(), von=self.von.value(), bis=self.bis.value(),
        )

    def reload(self) -> None:
        if self._loading:
            return
        try:
            rows, more = audit_trail.read_trail(self._db, self.current_filter())
        except IQError as exc:
            dialogs.show_error(self, exc.message)
            return
        self.model.set_rows(rows)
        self.details.clear()
        if more:
            self.count_label.setText(self.tr("Die neuesten {n} Einträge; bitte die Filter eingrenzen, um ältere "
                                             "zu sehen.").format(n=f"{VIEWER_LIMIT:,}".replace(",", ".")))
        elif len(rows) == 1:
            self.count_label.setText(self.tr("1 Eintrag"))
        else:
            self.count_label.setText(self.tr("{n} Einträge").format(n=len(rows)))

    def reset_filters(self) -> None:
        self._loading = True
        for combo in (self.projekt, self.person, self.benutzer):
            combo.setCurrentIndex(0)
        self.von.set_value(None)
        self.bis.set_value(None)
        self._loading = False
        self.reload()

    def apply_retention(self) -> None:
        years = self.retention.value() or None
        try:
            audit_trail.set_retention_years(self._db, years)
        except IQError as exc:
            dialogs.show_error(self, exc.message)
            return
        self.reload()

    def _show_details(self, current, _previous) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self.details.setPlainText(row.changes_text("\n") if row is not None else "")
