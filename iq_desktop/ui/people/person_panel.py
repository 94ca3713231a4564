"""The selected person's details: organisation, contact, and every Mitwirkung (current and past) as a table.

Enter or a double click on a Mitwirkung asks to open its Leitprojekt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.people_rows import PersonDetail, PersonMitwirkung
from iq_desktop.ui.people.people_models import mitwirkungen_model, organisation_text
from iq_desktop.ui.record_table import ROW_ROLE, WordFilterProxy
from iq_desktop.ui.widgets.labels import style_hint, style_section

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
_EMPTY = "–"


class PersonPanel(QWidget):
    #: the user asks to open a Leitprojekt (its id)
    project_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms = Begriffe.original()
        self.detail: PersonDetail | None = None

        self.name = style_section(QLabel(self))
        self.name.setObjectName("personenname")
        self.name.setTextInteractionFlags(_SELECTABLE)
        self.placeholder = style_hint(QLabel(self.tr("Bitte oben eine Person wählen."), self))

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for key, text in (("organisation", self.tr("Amt / Organisation:")), ("funktion", self.tr("Funktion:")),
                          ("email", self.tr("E-Mail:")), ("telefon", self.tr("Telefon:")),
                          ("dca", self.tr("Digital Change Advisor:"))):
            value = QLabel(_EMPTY, self)
            value.setTextInteractionFlags(_SELECTABLE)
            value.setWordWrap(True)
            value.setAccessibleName(text.rstrip(":"))
            self.fields[key] = value
            form.addRow(QLabel(text, self), value)

        self.model = mitwirkungen_model(self)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("mitwirkungen")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # the project's title takes what is left (elided, with a tooltip); the short columns fit their contents
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # current ones first
        self.table_label = QLabel(self)
        self.table_label.setBuddy(self.table)
        self.open_button = QPushButton(self)

        left = QVBoxLayout()
        left.addWidget(self.name)
        left.addWidget(self.placeholder)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.table_label)
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)

        self.table.activated.connect(self._activated)  # Enter, and a double click
        self.open_button.clicked.connect(self.open_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.set_terms(self._terms)
        self.show_person(None)

    def set_terms(self, terms: Begriffe) -> None:
        self._terms = terms
        args = terms.format_args()
        self.table_label.setText(self.tr("&Mitwirkungen (aktuelle und frühere)"))
        self.table.setAccessibleName(self.tr("Mitwirkungen der gewählten Person, aktuelle und frühere"))
        self.open_button.setText(self.tr("&Gewähltes {Leitprojekt} öffnen").format(**args))
        self.open_button.setToolTip(self.tr("Öffnet das {Leitprojekt} der gewählten Mitwirkung (Eingabetaste oder "
                                            "Doppelklick in der Tabelle)").format(**args))

    def show_person(self, detail: PersonDetail | None) -> None:
        self.detail = detail
        self.placeholder.setVisible(detail is None)
        self.name.setText(detail.name if detail is not None else "")
        if detail is None:
            for value in self.fields.values():
                value.setText(_EMPTY)
            self.model.set_rows([], self._terms)
            self._update_buttons()
            return
        organisation = organisation_text(detail.amt, detail.dezernat, detail.externe_organisation)
        if detail.abteilung:
            organisation = f"{organisation} · {detail.abteilung}" if organisation else detail.abteilung
        texts = {
            "organisation": organisation,
            "funktion": detail.funktion,
            "email": detail.email,
            "telefon": detail.telefon,
            "dca": self.tr("ja") if detail.ist_dca else self.tr("nein"),
        }
        for key, value in texts.items():
            self.fields[key].setText(value or _EMPTY)
        self.model.set_rows(detail.mitwirkungen, self._terms)
        current = sum(1 for m in detail.mitwirkungen if m.aktuell)
        self.table.setAccessibleDescription(self.tr("{n} aktuelle, {m} frühere").format(
            n=current, m=len(detail.mitwirkungen) - current))
        self._update_buttons()

    def chosen(self) -> PersonMitwirkung | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def open_selected(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.project_requested.emit(chosen.projekt_id)

    def _activated(self, index: object) -> None:
        self.open_selected()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.chosen() is not None)
