"""The Risiken & Entscheidungen tab: the risk log beside its 5×5 matrix, and the decisions needed.

A click on a matrix cell selects the first open risk in it. Every action is
saved at once with the row's own version (see ``action_tab``); a risk's full
details (description, owner, Maßnahmen, nicht öffentlich) and a decision
taken are written in a small form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
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
from iq_desktop.services.read_models import RisikoZeile
from iq_desktop.ui.editor.action_tab import (
    ActionTab,
    and_list,
    select_record,
    shortened,
    sorted_table,
    tab_chain,
)
from iq_desktop.ui.editor.phase_models import ROW_ROLE
from iq_desktop.ui.editor.risk_dialogs import EntscheidungDialog, RisikoDialog, scale
from iq_desktop.ui.editor.risk_models import RISK_IDS_ROLE, DecisionsModel, RiskMatrixModel, RisksModel
from iq_desktop.ui.widgets.date_field import DateField
from iq_desktop.ui.widgets.labels import style_hint

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import LeitprojektDetail

#: a matrix cell: wide enough for "mittel" under the count
CELL_WIDTH, CELL_HEIGHT = 52, 40


def _assessment_of(risk: RisikoZeile) -> tuple[Any, ...]:
    """What the "Gewähltes Risiko" fields show of a stored risk."""
    return risk.status, risk.wahrscheinlichkeit, risk.auswirkung, risk.naechste_pruefung


def _narrow(box: QSpinBox) -> QSpinBox:
    box.setMaximumWidth(box.sizeHint().width() + 8)
    return box


class RisksTab(ActionTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: the stored risk the "Gewähltes Risiko" fields were filled from
        self._shown_risk: RisikoZeile | None = None
        self.risks = RisksModel(self)
        self.matrix = RiskMatrixModel(self)
        self.decisions = DecisionsModel(self)
        self.risk_table = sorted_table(self, self.risks, self.tr("Risiken"), stretch=0)
        self.decision_table = sorted_table(self, self.decisions, self.tr("Entscheidungen und Dissens"), stretch=1)
        self.new_details_button = QPushButton(self.tr("Neues Risik&o mit allen Angaben …"), self)
        self.new_details_button.setToolTip(self.tr("Mit Beschreibung, Verantwortlichen, Maßnahmen, nächster Prüfung "
                                                   "und „nicht öffentlich“; übernimmt, was unten schon eingetragen "
                                                   "ist"))
        self.edit_risk_button = QPushButton(self.tr("Risi&ko bearbeiten …"), self)
        self.edit_risk_button.setAccessibleName(self.tr("Gewähltes Risiko bearbeiten (alle Angaben)"))
        self.edit_risk_button.setToolTip(self.tr("Alle Angaben des gewählten Risikos ändern"))

        # --- the matrix ---------------------------------------------------------------------------------
        self.matrix_view = QTableView(self)
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.setAccessibleName(self.tr("Risikomatrix: offene Risiken nach Wahrscheinlichkeit und "
                                                   "Auswirkung"))
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for policy in (self.matrix_view.setHorizontalScrollBarPolicy, self.matrix_view.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns, rows = self.matrix_view.horizontalHeader(), self.matrix_view.verticalHeader()
        for header, size in ((columns, CELL_WIDTH), (rows, CELL_HEIGHT)):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(size)
        columns.setFixedHeight(columns.fontMetrics().height() + 8)
        rows.setFixedWidth(rows.fontMetrics().horizontalAdvance("5") + 14)
        frame = 2 * self.matrix_view.frameWidth()
        self.matrix_view.setFixedSize(rows.width() + 5 * CELL_WIDTH + frame,
                                      columns.height() + 5 * CELL_HEIGHT + frame)
        matrix_title = QLabel(self.tr("Risikomatrix der offenen Risiken"), self)
        legend = style_hint(QLabel(self.tr("Zeilen: Wahrscheinlichkeit, 5 oben. Spalten: Auswirkung, 5 rechts. "
                                           "Jedes Feld nennt die Zahl der offenen Risiken darin und die Stufe: "
                                           "gering, mittel oder hoch."), self))
        legend.setWordWrap(True)
        legend.setFixedWidth(self.matrix_view.width())
        matrix_box = QVBoxLayout()
        matrix_box.addWidget(matrix_title)
        matrix_box.addWidget(self.matrix_view)
        matrix_box.addWidget(legend)
        matrix_box.addStretch(1)
        table_box = QVBoxLayout()
        table_box.addWidget(self.risk_table, 1)
        risk_buttons = QHBoxLayout()
        risk_buttons.addWidget(self.new_details_button)
        risk_buttons.addWidget(self.edit_risk_button)
        risk_buttons.addStretch(1)
        table_box.addLayout(risk_buttons)
        top = QHBoxLayout()
        top.addLayout(table_box, 1)
        top.addLayout(matrix_box)

        # --- risks --------------------------------------------------------------------------------------
        risk_box = QGroupBox(self.tr("Risiken"), self)
        self.new_risk = QLineEdit(risk_box)
        self.new_w = _narrow(scale(risk_box))
        self.new_a = _narrow(scale(risk_box))
        self.new_risk_button = QPushButton(self.tr("Risiko er&fassen"), risk_box)
        self.risk_status = QComboBox(risk_box)
        for status in RisikoStatus:
            self.risk_status.addItem(status.label, status)
        self.w = _narrow(scale(risk_box))
        self.a = _narrow(scale(risk_box))
        self.next_review = DateField(risk_box)
        self.assess_button = QPushButton(self.tr("Neu be&werten"), risk_box)
        grid = QGridLayout(risk_box)
        self.new_risk_row = self.entry_row(
            grid, 0, (("titel", self.tr("Neues &Risiko:"), self.new_risk, self.tr("Titel des neuen Risikos")),
                      ("wahrscheinlichkeit", self.tr("Wahrscheinlichkeit:"), self.new_w,
                       self.tr("Wahrscheinlichkeit des neuen Risikos (1 bis 5)")),
                      ("auswirkung", self.tr("Auswirkung:"), self.new_a,
                       self.tr("Auswirkung des neuen Risikos (1 bis 5)"))),
            self.new_risk_button, button_column=8)
        self.assess_row = self.entry_row(
            grid, 2, (("status", self.tr("Gewähltes Risiko, Stat&us:"), self.risk_status,
                       self.tr("Status des gewählten Risikos")),
                      ("wahrscheinlichkeit", self.tr("Wahrscheinlichkeit:"), self.w,
                       self.tr("Wahrscheinlichkeit des gewählten Risikos (1 bis 5)")),
                      ("auswirkung", self.tr("Auswirkung:"), self.a,
                       self.tr("Auswirkung des gewählten Risikos (1 bis 5)")),
                      ("naechste_pruefung", self.tr("nächste &Prüfung:"), self.next_review,
                       self.tr("Nächste Prüfung des gewählten Risikos"))),
            self.assess_button, button_column=8)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(7, 1)

        # --- decisions -------------------------------------------------------------------------------
        self.decide_button = QPushButton(self.tr("Entscheidung ver&merken …"), self)
        self.decide_button.setToolTip(self.tr("Ergebnis, Datum und wer entschieden hat, für den gewählten Eintrag"))
        self.clearing_button = QPushButton(self.tr("An die &Clearingstelle"), self)
        self.clearing_button.setAccessibleName(self.tr("Gewählten Eintrag an die Clearingstelle geben"))
        self.clearing_button.setToolTip(self.tr("Dissens im Projektteam geht an die Stabsstelle VME als "
                                                "Clearingstelle"))
        decision_box = QGroupBox(self.tr("Entscheidungsbedarf und Dissens"), self)
        self.new_art = QComboBox(decision_box)
        for art in EntscheidungsArt:
            self.new_art.addItem(art.label, art)
        self.new_decision = QLineEdit(decision_box)
        self.new_due = DateField(decision_box)
        self.new_decision_button = QPushButton(self.tr("Eintra&g erfassen"), decision_box)
        grid = QGridLayout(decision_box)
        self.decision_row = self.entry_row(
            grid, 0, (("art", self.tr("Ar&t:"), self.new_art, self.tr("Art des neuen Eintrags")),
                      ("titel", self.tr("Titel des &Eintrags:"), self.new_decision,
                       self.tr("Titel des neuen Eintrags")),
                      ("faellig_bis", self.tr("fällig b&is:"), self.new_due, self.tr("Fällig bis"))),
            self.new_decision_button)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        grid.setColumnStretch(3, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(risk_box)
        decision_buttons = QHBoxLayout()
        decision_buttons.addWidget(self.decide_button)
        decision_buttons.addWidget(self.clearing_button)
        decision_buttons.addStretch(1)
        layout.addWidget(self.decision_table, 2)
        layout.addLayout(decision_buttons)
        layout.addWidget(decision_box)
        layout.addWidget(self.error)
        tab_chain(self.risk_table, self.new_details_button, self.edit_risk_button, self.matrix_view,
                  self.new_risk, self.new_w, self.new_a, self.new_risk_button,
                  self.risk_status, self.w, self.a, self.next_review, self.assess_button,
                  self.decision_table, self.decide_button, self.clearing_button,
                  self.new_art, self.new_decision, self.new_due, self.new_decision_button)

        self.risk_table.selectionModel().currentRowChanged.connect(self._risk_chosen)
        self.decision_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.matrix_view.clicked.connect(self.select_cell)
        self.matrix_view.activated.connect(self.select_cell)
        self.new_risk_button.clicked.connect(self.log_risk)
        self.new_risk.returnPressed.connect(self.log_risk)
        self.new_details_button.clicked.connect(self.log_risk_with_details)
        self.edit_risk_button.clicked.connect(self.edit_risk)
        self.assess_button.clicked.connect(self.assess_risk)
        self.new_decision_button.clicked.connect(self.log_decision)
        self.new_decision.returnPressed.connect(self.log_decision)
        self.decide_button.clicked.connect(self.record_decision)
        self.clearing_button.clicked.connect(self.send_to_clearing)
        self._update_buttons()

    def load(self, db: Database, detail: LeitprojektDetail) -> None:
        """Show ``detail``'s risks and decisions, keeping the chosen rows (another project starts empty)."""
        switching = self._switching_to(detail)
        risk, entry = self._chosen(self.risk_table), self._chosen(self.decision_table)
        self._db, self._detail = db, detail
        self.risks.set_rows(detail.risiken)
        self.matrix.set_risks(detail.risiken)
        self.decisions.set_rows(detail.entscheidungen)
        if switching:
            self.clear_inputs()
        else:
            select_record(self.risk_table, risk.id if risk is not None else None)
            select_record(self.decision_table, entry.id if entry is not None else None)
        self._update_buttons()

    def select_cell(self, index: QModelIndex) -> None:
        """A matrix cell: select the first open risk that sits in it (in the order the table shows)."""
        ids = index.data(RISK_IDS_ROLE) or []
        view = self.risk_table.model()
        for row in range(view.rowCount()):
            if view.index(row, 0).data(ROW_ROLE).id in ids:
                self.risk_table.selectRow(row)
                self.risk_table.setFocus()
                return

    def _risk_chosen(self, *_args: object) -> None:
        risk = self._chosen(self.risk_table)
        if risk is not None:
            same = self._shown_risk is not None and self._shown_risk.id == risk.id
            self._show_risk(risk, keep_typed=same)
        self._update_buttons()

    def _typed_assessment(self) -> tuple[Any, ...]:
        return RisikoStatus(self.risk_status.currentData()), self.w.value(), self.a.value(), self.next_review.value()

    def _show_risk(self, risk: RisikoZeile, *, keep_typed: bool) -> None:
        """Fill the fields from ``risk``; with ``keep_typed``, a field changed since it was filled keeps the input."""
        stored = _assessment_of(risk)
        before = _assessment_of(self._shown_risk) if keep_typed and self._shown_risk is not None else stored
        status, w, a, review = (mine if keep_typed and mine != old else new
                                for mine, old, new in zip(self._typed_assessment(), before, stored, strict=True))
        self.risk_status.setCurrentIndex(self.risk_status.findData(status))
        self.w.setValue(w)
        self.a.setValue(a)
        self.next_review.set_value(review)
        self._shown_risk = risk

    def _update_buttons(self) -> None:
        risk = self._chosen(self.risk_table)
        for widget in (self.w, self.a, self.risk_status, self.next_review, self.assess_button,
                       self.edit_risk_button):
            widget.setEnabled(risk is not None)
        entry = self._chosen(self.decision_table)
        is_open = entry is not None and entry.status is EntscheidungsStatus.OFFEN
        self.clearing_button.setEnabled(is_open and entry.an_clearingstelle_am is None)
        self.decide_button.setEnabled(is_open)
        for widget in (self.new_risk_button, self.new_details_button, self.new_decision_button):
            widget.setEnabled(self._detail is not None)

    # --- unsaved input -------------------------------------------------------------------------------
    def pending_input(self) -> str | None:
        parts = []
        if title := self.new_risk.text().strip():
            parts.append(self.tr("ein neues Risiko „{titel}“").format(titel=shortened(title)))
        risk = self._chosen(self.risk_table)
        if (risk is not None and self._shown_risk is not None and risk.id == self._shown_risk.id
                and self._typed_assessment() != _assessment_of(risk)):
            parts.append(self.tr("eine neue Bewertung des Risikos „{titel}“").format(titel=shortened(risk.titel)))
        if title := self.new_decision.text().strip():
            parts.append(self.tr("ein neuer Eintrag „{titel}“").format(titel=shortened(title)))
        elif self.new_due.value() is not None:
            parts.append(self.tr("ein neuer Eintrag (nur das Datum „fällig bis“)"))
        return and_list(parts, self.tr("und")) if parts else None

    def clear_inputs(self) -> None:
        super().clear_inputs()
        self.new_risk.clear()
        self.new_w.setValue(1)
        self.new_a.setValue(1)
        self.new_art.setCurrentIndex(0)
        self.new_decision.clear()
        self.new_due.set_value(None)
        risk = self._chosen(self.risk_table)
        self._shown_risk = None
        if risk is not None:
            self._show_risk(risk, keep_typed=False)
        else:
            self.risk_status.setCurrentIndex(0)
            self.w.setValue(1)
            self.a.setValue(1)
            self.next_review.set_value(None)

    # --- actions -------------------------------------------------------------------------------------
    def log_risk(self) -> bool:
        if self._detail is None:
            return False
        projekt_id, titel, w, a = self._detail.id, self.new_risk.text(), self.new_w.value(), self.new_a.value()
        done = self._act(lambda db: risks.log_risiko(db, projekt_id=projekt_id, titel=titel, wahrscheinlichkeit=w,
                                                     auswirkung=a), self.new_risk_row)
        if done:
            self._clear_new_risk()
        return done

    def _clear_new_risk(self) -> None:
        self.new_risk.clear()
        self.new_w.setValue(1)
        self.new_a.setValue(1)

    def log_risk_with_details(self) -> bool:
        """A new risk in the full form, starting from what the row holds; chosen afterwards."""
        if self._db is None or self._detail is None:
            return False
        start = {"titel": self.new_risk.text().strip() or None, "wahrscheinlichkeit": self.new_w.value(),
                 "auswirkung": self.new_a.value()}
        dialog = RisikoDialog(self._db, self._detail, start=start, parent=self)
        done = self.run_dialog(dialog)
        if done:
            self._clear_new_risk()
            select_record(self.risk_table, dialog.saved_id)
        return done

    def edit_risk(self) -> bool:
        risk = self._chosen(self.risk_table)
        if self._db is None or self._detail is None or risk is None:
            return False
        return self.run_dialog(RisikoDialog(self._db, self._detail, risk, parent=self))

    def assess_risk(self) -> bool:
        """The chosen risk at a review: status, scores and the next review (none once it is closed)."""
        risk = self._chosen(self.risk_table)
        if risk is None:
            return False
        status, w, a, review = self._typed_assessment()
        if status is RisikoStatus.GESCHLOSSEN:
            review = None
        return self._act(lambda db: risks.assess_risiko(
            db, risiko_id=risk.id, wahrscheinlichkeit=w, auswirkung=a, massnahmen=risk.massnahmen, status=status,
            naechste_pruefung=review, expected_version=risk.version), self.assess_row)

    def log_decision(self) -> bool:
        if self._detail is None:
            return False
        projekt_id, art, titel, due = (self._detail.id, EntscheidungsArt(self.new_art.currentData()),
                                       self.new_decision.text(),
                                       self.new_due.value())
        done = self._act(lambda db: decisions.log_entscheidung(db, projekt_id=projekt_id, art=art, titel=titel,
                                                               faellig_bis=due), self.decision_row)
        if done:
            self.new_decision.clear()
            self.new_due.set_value(None)
        return done

    def record_decision(self) -> bool:
        entry = self._chosen(self.decision_table)
        if self._db is None or self._detail is None or entry is None:
            return False
        return self.run_dialog(EntscheidungDialog(self._db, self._detail, entry, self))

    def send_to_clearing(self) -> bool:
        entry = self._chosen(self.decision_table)
        if entry is None:
            return False
        return self._act(lambda db: decisions.send_to_clearingstelle(db, entscheidung_id=entry.id,
                                                                     expected_version=entry.version))
