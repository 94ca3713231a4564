"""The Risiken & Entscheidungen tab: the risk log beside its 5×5 matrix, and the decisions needed.

A click on a matrix cell selects the first open risk in it. Every action is
saved at once with the row's own version (see ``action_tab``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.enums import EntscheidungsArt, EntscheidungsStatus, RisikoStatus
from iq_desktop.services import decisions, risks
from iq_desktop.ui.editor.action_tab import ActionTab, action_row, data_table
from iq_desktop.ui.editor.risk_models import RISK_IDS_ROLE, DecisionsModel, RiskMatrixModel, RisksModel
from iq_desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import LeitprojektDetail


def _scale(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1, 5)  # the process's scale: 1 (gering) to 5 (sehr hoch)
    return box


class RisksTab(ActionTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.risks = RisksModel(self)
        self.matrix = RiskMatrixModel(self)
        self.decisions = DecisionsModel(self)
        self.risk_table = data_table(self, self.risks, self.tr("Risiken"))
        self.decision_table = data_table(self, self.decisions, self.tr("Entscheidungen und Dissens"))
        self.matrix_view = QTableView(self)
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.setAccessibleName(self.tr("Risikomatrix: offene Risiken nach Wahrscheinlichkeit und "
                                                   "Auswirkung"))
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for header in (self.matrix_view.horizontalHeader(), self.matrix_view.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(38)
        self.matrix_view.setFixedSize(38 * 5 + 34, 38 * 5 + 34)
        matrix_box = QVBoxLayout()
        matrix_box.addWidget(QLabel(self.tr("Risikomatrix (offene Risiken)"), self))
        matrix_box.addWidget(self.matrix_view)
        matrix_box.addWidget(QLabel(self.tr("↑ Wahrscheinlichkeit · → Auswirkung\nFarben: gering, mittel, hoch – "
                                            "der Tooltip nennt Wert und Stufe"), self))
        matrix_box.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.risk_table, 1)
        top.addLayout(matrix_box)

        # --- risks --------------------------------------------------------------------------------------
        risk_box = QGroupBox(self.tr("Risiken"), self)
        self.new_risk = QLineEdit(risk_box)
        self.new_w = _scale(risk_box)
        self.new_a = _scale(risk_box)
        self.new_risk_button = QPushButton(self.tr("Risiko er&fassen"), risk_box)
        self.w = _scale(risk_box)
        self.a = _scale(risk_box)
        self.risk_status = QComboBox(risk_box)
        for status in RisikoStatus:
            self.risk_status.addItem(status.label, status)
        self.assess_button = QPushButton(self.tr("Neu be&werten"), risk_box)
        grid = QGridLayout(risk_box)
        action_row(grid, 0, ((self.tr("Neues &Risiko:"), self.new_risk, self.tr("Titel des neuen Risikos")),
                             (self.tr("Wahrscheinlichkeit (1–5):"), self.new_w,
                              self.tr("Wahrscheinlichkeit des neuen Risikos")),
                             (self.tr("Auswirkung (1–5):"), self.new_a, self.tr("Auswirkung des neuen Risikos"))),
                   self.new_risk_button)
        action_row(grid, 1, ((self.tr("Gewähltes Risiko: Status:"), self.risk_status,
                              self.tr("Status des gewählten Risikos")),
                             (self.tr("Wahrscheinlichkeit:"), self.w,
                              self.tr("Wahrscheinlichkeit des gewählten Risikos")),
                             (self.tr("Auswirkung:"), self.a, self.tr("Auswirkung des gewählten Risikos"))),
                   self.assess_button)

        # --- decisions -------------------------------------------------------------------------------
        decision_box = QGroupBox(self.tr("Entscheidungsbedarf und Dissens"), self)
        self.new_art = QComboBox(decision_box)
        for art in EntscheidungsArt:
            self.new_art.addItem(art.label, art)
        self.new_decision = QLineEdit(decision_box)
        self.new_due = DateField(decision_box)
        self.new_decision_button = QPushButton(self.tr("Eintra&g erfassen"), decision_box)
        self.clearing_button = QPushButton(self.tr("Gewählten Eintrag an die &Clearingstelle"), decision_box)
        grid = QGridLayout(decision_box)
        action_row(grid, 0, ((self.tr("Ar&t:"), self.new_art, self.tr("Art des neuen Eintrags")),
                             (self.tr("Titel des &Eintrags:"), self.new_decision, self.tr("Titel des neuen Eintrags")),
                             (self.tr("fällig b&is:"), self.new_due, self.tr("Fällig bis"))),
                   self.new_decision_button)
        grid.addWidget(self.clearing_button, 1, 6)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(risk_box)
        layout.addWidget(self.decision_table, 2)
        layout.addWidget(decision_box)
        layout.addWidget(self.error)

        self.risk_table.selectionModel().currentRowChanged.connect(self._risk_chosen)
        self.decision_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.matrix_view.clicked.connect(self.select_cell)
        self.matrix_view.activated.connect(self.select_cell)
        self.new_risk_button.clicked.connect(self.log_risk)
        self.assess_button.clicked.connect(self.assess_risk)
        self.new_decision_button.clicked.connect(self.log_decision)
        self.clearing_button.clicked.connect(self.send_to_clearing)
        self._update_buttons()

    def load(self, db: Database, detail: LeitprojektDetail) -> None:
        risk_row = self.risk_table.currentIndex().row()
        self._db, self._detail = db, detail
        self.risks.set_rows(detail.risiken)
        self.matrix.set_risks(detail.risiken)
        self.decisions.set_rows(detail.entscheidungen)
        if 0 <= risk_row < self.risks.rowCount():
            self.risk_table.selectRow(risk_row)
        self._update_buttons()

    def select_cell(self, index: QModelIndex) -> None:
        """A matrix cell: select the first open risk that sits in it."""
        ids = index.data(RISK_IDS_ROLE) or []
        for row in range(self.risks.rowCount()):
            if self.risks.row_at(row).id in ids:
                self.risk_table.selectRow(row)
                self.risk_table.setFocus()
                return

    def _risk_chosen(self, *_args: object) -> None:
        risk = self._chosen(self.risk_table)
        if risk is not None:
            self.w.setValue(risk.wahrscheinlichkeit)
            self.a.setValue(risk.auswirkung)
            self.risk_status.setCurrentIndex(self.risk_status.findData(risk.status))
        self._update_buttons()

    def _update_buttons(self) -> None:
        risk = self._chosen(self.risk_table)
        for widget in (self.w, self.a, self.risk_status, self.assess_button):
            widget.setEnabled(risk is not None)
        entry = self._chosen(self.decision_table)
        self.clearing_button.setEnabled(entry is not None and entry.status is EntscheidungsStatus.OFFEN
                                        and entry.an_clearingstelle_am is None)
        for widget in (self.new_risk_button, self.new_decision_button):
            widget.setEnabled(self._detail is not None)

    # --- actions -------------------------------------------------------------------------------------
    def log_risk(self) -> bool:
        assert self._detail is not None
        projekt_id, titel, w, a = self._detail.id, self.new_risk.text(), self.new_w.value(), self.new_a.value()
        done = self._act(lambda db: risks.log_risiko(db, projekt_id=projekt_id, titel=titel, wahrscheinlichkeit=w,
                                                     auswirkung=a))
        if done:
            self.new_risk.clear()
        return done

    def assess_risk(self) -> bool:
        risk = self._chosen(self.risk_table)
        if risk is None:
            return False
        w, a, status = self.w.value(), self.a.value(), self.risk_status.currentData()
        if status is RisikoStatus.GESCHLOSSEN:
            return self._act(lambda db: risks.close_risiko(db, risiko_id=risk.id, expected_version=risk.version))
        return self._act(lambda db: risks.assess_risiko(
            db, risiko_id=risk.id, wahrscheinlichkeit=w, auswirkung=a, massnahmen=risk.massnahmen, status=status,
            naechste_pruefung=risk.naechste_pruefung, expected_version=risk.version))

    def log_decision(self) -> bool:
        assert self._detail is not None
        projekt_id, art, titel, due = (self._detail.id, self.new_art.currentData(), self.new_decision.text(),
                                       self.new_due.value())
        done = self._act(lambda db: decisions.log_entscheidung(db, projekt_id=projekt_id, art=art, titel=titel,
                                                               faellig_bis=due))
        if done:
            self.new_decision.clear()
        return done

    def send_to_clearing(self) -> bool:
        entry = self._chosen(self.decision_table)
        if entry is None:
            return False
        return self._act(lambda db: decisions.send_to_clearingstelle(db, entscheidung_id=entry.id,
                                                                     expected_version=entry.version))
