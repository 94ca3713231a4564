"""The Mitwirkung tab: who works in the project, in which role, named and consented; and the rule warnings.

A person is added through a picker that finds names as you type. The
process's rules on staffing (one person, one Leitprojekt; naming and the
three consents) are shown in the row they concern; proceeding despite one
records who decided it and why (an override), as the rule report shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.enums import Rolle
from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.services import people, rules, staffing
from iq_desktop.services.read_models import Befund, MitwirkungZeile
from iq_desktop.services.staffing import Zustimmung
from iq_desktop.ui.editor.action_tab import ActionTab, action_row, data_table
from iq_desktop.ui.editor.phase_models import _RowsModel
from iq_desktop.ui.editor.steckbrief_tab import WARN
from iq_desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import LeitprojektDetail

_CONTEXT = "Mitwirkung"


def _hint(befunde: dict[int, list[Befund]], row: MitwirkungZeile) -> str:
    parts = []
    for befund in befunde.get(row.id, []):
        if befund.ausnahme is not None:
            parts.append(QCoreApplication.translate(_CONTEXT, "Ausnahme ({wer}): {text}").format(
                wer=befund.ausnahme.erfasst_von, text=befund.text))
        else:
            parts.append(f"{WARN} {befund.text}")
    return " · ".join(parts)


_BASE_COLUMNS = (
    (QT_TRANSLATE_NOOP(_CONTEXT, "Person"), lambda m: m.person),
    (QT_TRANSLATE_NOOP(_CONTEXT, "Amt/Organisation"), lambda m: m.organisation or ""),
    (QT_TRANSLATE_NOOP(_CONTEXT, "Rolle"), lambda m: m.rolle.label),
    (QT_TRANSLATE_NOOP(_CONTEXT, "von"), lambda m: format_date(m.von)),
    (QT_TRANSLATE_NOOP(_CONTEXT, "bis"), lambda m: format_date(m.bis)),
    (QT_TRANSLATE_NOOP(_CONTEXT, "Anteil"), lambda m: f"{m.anteil_prozent} %" if m.anteil_prozent else ""),
    (QT_TRANSLATE_NOOP(_CONTEXT, "Benannt am"), lambda m: format_date(m.benannt_am)),
    (QT_TRANSLATE_NOOP(_CONTEXT, "Zust. Dezernat"), lambda m: format_date(m.zustimmung_dezernat_am)),
    (QT_TRANSLATE_NOOP(_CONTEXT, "Zust. Amtsleitung"), lambda m: format_date(m.zustimmung_amtsleitung_am)),
    (QT_TRANSLATE_NOOP(_CONTEXT, "Zust. Person"), lambda m: format_date(m.zustimmung_person_am)),
)


class StaffingModel(_RowsModel[MitwirkungZeile]):
    """The staffing rows, with a last column "Hinweis" for the rule findings on each row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.befunde: dict[int, list[Befund]] = {}
        self.columns = (*_BASE_COLUMNS, (QT_TRANSLATE_NOOP(_CONTEXT, "Hinweis"), lambda m: _hint(self.befunde, m)))

    def set_staffing(self, rows: list[MitwirkungZeile], befunde: dict[int, list[Befund]]) -> None:
        self.befunde = befunde
        self.set_rows(rows)


class StaffingTab(ActionTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staffing = StaffingModel(self)
        self.table = data_table(self, self.staffing, self.tr("Mitwirkende"))
        self._people: list[tuple[int, str, str | None]] = []

        add_box = QGroupBox(self.tr("Person hinzufügen"), self)
        self.person = QComboBox(add_box)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.lineEdit().setPlaceholderText(self.tr("Name oder Amt eintippen …"))
        self.rolle = QComboBox(add_box)
        for rolle in Rolle:
            self.rolle.addItem(rolle.label, rolle)
        self.rolle.setCurrentIndex(self.rolle.findData(Rolle.MITGLIED))  # what most additions are
        self.von = DateField(add_box)
        self.anteil = QSpinBox(add_box)
        self.anteil.setRange(0, 100)
        self.anteil.setSuffix(" %")
        self.anteil.setSpecialValueText("–")
        self.add_button = QPushButton(self.tr("Hin&zufügen"), add_box)
        grid = QGridLayout(add_box)
        action_row(grid, 0, ((self.tr("&Person:"), self.person, self.tr("Person suchen")),
                             (self.tr("R&olle:"), self.rolle, self.tr("Rolle")),
                             (self.tr("von:"), self.von, self.tr("Mitwirkung von"))), self.add_button)
        action_row(grid, 1, ((self.tr("An&teil:"), self.anteil, self.tr("Anteil der Arbeitszeit")),), None)

        row_box = QGroupBox(self.tr("Gewählte Mitwirkung"), self)
        self.am = DateField(row_box)
        self.benannt_button = QPushButton(self.tr("Benennung durch Bürgermeister/in"), row_box)
        self.consent_buttons = {
            Zustimmung.DEZERNAT: QPushButton(self.tr("Zustimmung Dezernat"), row_box),
            Zustimmung.AMTSLEITUNG: QPushButton(self.tr("Zustimmung Amtsleitung"), row_box),
            Zustimmung.PERSON: QPushButton(self.tr("Zustimmung Person"), row_box),
        }
        self.end_button = QPushButton(self.tr("Mitwirkung beend&en"), row_box)
        self.hint = QLabel(row_box)
        self.hint.setObjectName("mitwirkung_hinweis")
        self.hint.setWordWrap(True)
        self.begruendung = QLineEdit(row_box)
        self.begruendung.setPlaceholderText(self.tr("Warum trotz des Hinweises? (ein ganzer Satz)"))
        self.override_button = QPushButton(self.tr("Ausnahme er&fassen"), row_box)
        grid = QGridLayout(row_box)
        action_row(grid, 0, ((self.tr("a&m:"), self.am, self.tr("Datum für Benennung, Zustimmung oder Ende")),),
                   None)
        buttons = QHBoxLayout()
        for button in (self.benannt_button, *self.consent_buttons.values(), self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 0, 1, 7)
        grid.addWidget(self.hint, 3, 0, 1, 7)
        action_row(grid, 2, ((self.tr("Be&gründung der Ausnahme:"), self.begruendung,
                              self.tr("Begründung der Ausnahme")),), self.override_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(add_box)
        layout.addWidget(row_box)
        layout.addWidget(self.error)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self.add_person)
        self.benannt_button.clicked.connect(self.record_naming)
        for zustimmung, button in self.consent_buttons.items():
            button.clicked.connect(lambda _checked=False, z=zustimmung: self.record_consent(z))
        self.end_button.clicked.connect(self.end)
        self.override_button.clicked.connect(self.override)
        self._update_buttons()

    def load(self, db: Database, detail: LeitprojektDetail) -> None:
        row = self.table.currentIndex().row()
        self._db, self._detail = db, detail
        befunde: dict[int, list[Befund]] = {}
        ids = {m.id for m in detail.mitwirkungen}
        for befund in rules.check_rules(db, projekt_id=detail.id).befunde:
            if befund.objekt_typ == rules.OBJEKT_MITWIRKUNG and befund.objekt_id in ids:
                befunde.setdefault(befund.objekt_id, []).append(befund)
        self.staffing.set_staffing(list(detail.mitwirkungen), befunde)
        self._people = people.list_people(db)
        chosen = self.person.currentData()
        self.person.clear()
        for ident, name, organisation in self._people:
            self.person.addItem(f"{name} ({organisation})" if organisation else name, ident)
        self.person.setCurrentIndex(self.person.findData(chosen) if chosen is not None else -1)
        self.am.set_value(db.today())
        if 0 <= row < self.staffing.rowCount():
            self.table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._chosen(self.table)
        for button in (self.benannt_button, *self.consent_buttons.values(), self.end_button, self.am):
            button.setEnabled(row is not None)
        open_findings = row is not None and any(b.ausnahme is None for b in self.staffing.befunde.get(row.id, []))
        self.hint.setText(_hint(self.staffing.befunde, row).replace(" · ", "\n") if row is not None else "")
        self.begruendung.setEnabled(open_findings)
        self.override_button.setEnabled(open_findings)
        self.add_button.setEnabled(self._detail is not None)

    # --- actions ----------------------------------------------------------------------------------------
    def _person_id(self) -> int | None:
        """The person chosen in the picker; a typed text must match one name exactly."""
        index = self.person.findText(self.person.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.person.itemData(index) if index >= 0 else None

    def add_person(self) -> bool:
        assert self._detail is not None
        person_id = self._person_id()
        if person_id is None:
            self.show_refusal(self.tr("Bitte eine Person aus der Liste wählen (Name eintippen und aus den "
                                      "Vorschlägen übernehmen)."))
            return False
        projekt_id, rolle, von = self._detail.id, self.rolle.currentData(), self.von.value()
        anteil = self.anteil.value() or None
        return self._act(lambda db: staffing.staff_person(db, projekt_id=projekt_id, person_id=person_id,
                                                          rolle=rolle, von=von, anteil_prozent=anteil))

    def record_naming(self) -> bool:
        row, am = self._chosen(self.table), self.am.value()
        if row is None or am is None:
            return False
        return self._act(lambda db: staffing.name_by_buergermeister(db, mitwirkung_id=row.id, benannt_am=am,
                                                                     expected_version=row.version))

    def record_consent(self, zustimmung: Zustimmung) -> bool:
        row, am = self._chosen(self.table), self.am.value()
        if row is None:
            return False
        return self._act(lambda db: staffing.record_consent(db, mitwirkung_id=row.id, zustimmung=zustimmung, am=am,
                                                             expected_version=row.version))

    def end(self) -> bool:
        row, am = self._chosen(self.table), self.am.value()
        if row is None or am is None:
            return False
        return self._act(lambda db: staffing.end_mitwirkung(db, mitwirkung_id=row.id, bis=am,
                                                             expected_version=row.version))

    def override(self) -> bool:
        row = self._chosen(self.table)
        if row is None:
            return False
        open_findings = [b for b in self.staffing.befunde.get(row.id, []) if b.ausnahme is None]
        text = self.begruendung.text()

        def work(db: Database) -> None:
            for befund in open_findings:
                rules.override_finding(db, pruefung=befund.pruefung, objekt_typ=befund.objekt_typ,
                                       objekt_id=befund.objekt_id, begruendung=text)

        done = self._act(work)
        if done:
            self.begruendung.clear()
        return done
