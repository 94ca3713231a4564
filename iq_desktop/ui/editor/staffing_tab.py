"""The Mitwirkung tab: who works in the project, in which role, named and consented; and the rule warnings.

A person is added through a picker that finds names as you type; the new
row is chosen at once, so a rule warning on it and the way to record an
exception are in sight. The chosen row's role, period and share can be
changed; its naming, consents and end are recorded with a date. The process's
rules on staffing (one person, one Leitprojekt; naming and the three
consents) are marked in the table ("⚠ Regel 2") and said in full in a framed
line below it, with the exception (who decided it and why) beside it.

The table fits 1280 × 800 without scrolling sideways: the three consents
share one column, the organisation takes what width is left (the tooltip
shows it whole).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
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
from iq_desktop.errors import IQError, VersionKonflikt
from iq_desktop.formatting import format_date
from iq_desktop.i18n import translate
from iq_desktop.services import people, rules, staffing
from iq_desktop.services.errors import DomainError
from iq_desktop.services.read_models import Befund, MitwirkungZeile
from iq_desktop.services.staffing import Zustimmung
from iq_desktop.ui.editor.action_tab import ActionTab, data_table
from iq_desktop.ui.editor.column_fit import ColumnFit
from iq_desktop.ui.editor.sorted_rows import SortProxy, enable_sorting
from iq_desktop.ui.editor.staffing_model import CONSENTS, CONTEXT, StaffingModel
from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN
from iq_desktop.ui.widgets.date_field import DateField
from iq_desktop.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    import datetime as dt

    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import LeitprojektDetail

#: the frame around the chosen row's warning: amber, and grey once every finding has an exception
_WARN_FRAME = "QFrame#mitwirkung_warnung {{ border: 1px solid {border}; border-radius: 3px; background: {fill}; }}"
_OPEN_COLOURS = {"border": "#b26a00", "fill": "#fff8e1"}
_EXCEPTED_COLOURS = {"border": "#9e9e9e", "fill": "#f5f5f5"}
_PERSON, _ORGANISATION, _ROLLE = 0, 1, 2


class StaffingTab(ActionTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staffing = StaffingModel(self)
        #: sorts the table; every view row → record goes through it
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.staffing)
        self.table = data_table(self, self.proxy, self.tr("Mitwirkende"))
        enable_sorting(self.table)
        #: the organisation takes the width left; it, then the person, then the role give up width first
        self.column_fit = ColumnFit(self.table, grow=_ORGANISATION,
                                    shrink=((_ORGANISATION, 70), (_PERSON, 120), (_ROLLE, 130)))
        self._people: list[tuple[int, str, str | None]] = []
        #: field key → (the message under the field, the field)
        self._errors: dict[str, tuple[QLabel, QWidget]] = {}
        self._shown_id: int | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_add_box())
        layout.addWidget(self._build_row_box())
        layout.addWidget(self.error)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_chosen())
        self.add_button.clicked.connect(self.add_person)
        self.change_button.clicked.connect(self.change)
        self.benannt_button.clicked.connect(self.record_naming)
        for zustimmung, button in self.consent_buttons.items():
            button.clicked.connect(lambda _checked=False, z=zustimmung: self.record_consent(z))
        self.end_button.clicked.connect(self.end)
        self.override_button.clicked.connect(self.override)
        self.sel_rolle.currentIndexChanged.connect(lambda _i: self._update_buttons())
        for field in (self.sel_von, self.sel_bis):
            field.dateChanged.connect(lambda _d: self._update_buttons())
        self.sel_anteil.valueChanged.connect(lambda _v: self._update_buttons())
        self._row_chosen()

    # --- building -----------------------------------------------------------------------------------------
    def _build_add_box(self) -> QGroupBox:
        """Person, role, start and share of a new Mitwirkung in one row."""
        add_box = QGroupBox(self.tr("Person hinzufügen"), self)
        self.person = QComboBox(add_box)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.lineEdit().setPlaceholderText(self.tr("Name oder Amt eintippen …"))
        self.person.setMinimumContentsLength(24)
        self.rolle = self._role_choice(add_box)
        self.rolle.setCurrentIndex(self.rolle.findData(Rolle.MITGLIED))  # what most additions are
        self.von = DateField(add_box)
        self.anteil = self._share_field(add_box)
        self.add_button = QPushButton(self.tr("Hin&zufügen"), add_box)
        grid = QGridLayout(add_box)
        self._field_row(grid, (("person", self.tr("&Person:"), self.person, self.tr("Person suchen")),
                               ("rolle", self.tr("R&olle:"), self.rolle, self.tr("Rolle")),
                               ("von", self.tr("von:"), self.von, self.tr("Mitwirkung von")),
                               ("anteil", self.tr("An&teil:"), self.anteil, self.tr("Anteil der Arbeitszeit"))),
                        self.add_button)
        grid.setColumnStretch(1, 1)
        return add_box

    def _build_row_box(self) -> QGroupBox:
        """The chosen row: its own fields, the dated actions, and its findings with the exception beside them."""
        self.row_box = QGroupBox(self)
        box = self.row_box
        self.sel_rolle = self._role_choice(box)
        self.sel_von = DateField(box)
        self.sel_bis = DateField(box)
        self.sel_anteil = self._share_field(box)
        self.change_button = QPushButton(self.tr("Änder&ungen übernehmen"), box)
        self.change_button.setToolTip(self.tr("Rolle, Zeitraum und Anteil der gewählten Mitwirkung speichern"))
        edit_grid = QGridLayout()
        self._field_row(edit_grid, (("sel_rolle", self.tr("&Rolle:"), self.sel_rolle,
                                     self.tr("Rolle der gewählten Mitwirkung")),
                                    ("sel_von", self.tr("von:"), self.sel_von, self.tr("Mitwirkung von")),
                                    ("sel_bis", self.tr("b&is:"), self.sel_bis, self.tr("Mitwirkung bis")),
                                    ("sel_anteil", self.tr("Anteil:"), self.sel_anteil,
                                     self.tr("Anteil der Arbeitszeit der gewählten Mitwirkung"))),
                        self.change_button)
        edit_grid.setColumnStretch(9, 1)

        self.am = DateField(box)
        self.benannt_button = QPushButton(self.tr("Benennung durch Bürgermeister/in"), box)
        self.benannt_button.setToolTip(self.tr("Die Benennung mit dem Datum „am“ erfassen"))
        consent_label = QLabel(self.tr("Zustimmung:"), box)
        self.consent_buttons: dict[Zustimmung, QPushButton] = {}
        for zustimmung, short, name in CONSENTS:
            text = self.tr("Amtsleitung") if zustimmung is Zustimmung.AMTSLEITUNG else translate(CONTEXT, short)
            button = QPushButton(text, box)
            button.setAccessibleName(translate(CONTEXT, name))
            button.setToolTip(self.tr("Die {zustimmung} mit dem Datum „am“ erfassen (leeres Datum: zurücknehmen)")
                              .format(zustimmung=translate(CONTEXT, name)))
            self.consent_buttons[zustimmung] = button
        self.end_button = QPushButton(self.tr("Mitwirkung beend&en"), box)
        self.end_button.setToolTip(self.tr("Die Mitwirkung zum Datum „am“ beenden; sie bleibt in der Liste"))
        date_grid = QGridLayout()
        self._field_row(date_grid, (("am", self.tr("a&m:"), self.am,
                                     self.tr("Datum für Benennung, Zustimmung oder Ende")),), None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.benannt_button)
        buttons.addSpacing(12)
        buttons.addWidget(consent_label)
        for button in self.consent_buttons.values():
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        date_grid.addLayout(buttons, 0, 2)
        date_grid.setColumnStretch(2, 1)

        #: the chosen row's findings in full, the exception right beside them
        self.warning = QFrame(box)
        self.warning.setObjectName("mitwirkung_warnung")
        self.hint = WrappedLabel(self.warning)
        self.hint.setObjectName("mitwirkung_hinweis")
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.begruendung = QLineEdit(self.warning)
        self.begruendung.setPlaceholderText(self.tr("Warum trotz des Hinweises? (ein ganzer Satz)"))
        self.override_button = QPushButton(self.tr("Ausnahme er&fassen"), self.warning)
        self.override_button.setToolTip(self.tr("Mit der Begründung fortfahren; der Regelbericht zeigt, wer die "
                                                "Ausnahme wann und warum erfasst hat"))
        self._override_row = QWidget(self.warning)
        override_grid = QGridLayout(self._override_row)
        override_grid.setContentsMargins(0, 0, 0, 0)
        self._field_row(override_grid, (("begruendung", self.tr("Be&gründung der Ausnahme:"), self.begruendung,
                                         self.tr("Begründung der Ausnahme")),), self.override_button)
        override_grid.setColumnStretch(1, 1)
        warning_layout = QVBoxLayout(self.warning)
        warning_layout.addWidget(self.hint)
        warning_layout.addWidget(self._override_row)

        row_layout = QVBoxLayout(box)
        row_layout.addLayout(edit_grid)
        row_layout.addLayout(date_grid)
        row_layout.addWidget(self.warning)
        return box

    def _role_choice(self, parent: QWidget) -> QComboBox:
        choice = QComboBox(parent)
        for rolle in Rolle:
            choice.addItem(rolle.label, rolle)
        return choice

    @staticmethod
    def _share_field(parent: QWidget) -> QSpinBox:
        field = QSpinBox(parent)
        field.setRange(0, 100)
        field.setSuffix(" %")
        field.setSpecialValueText("–")
        return field

    def _field_row(self, grid: QGridLayout, fields: Sequence[tuple[str, str, QWidget, str]],
                   button: QPushButton | None) -> None:
        """Label–field pairs side by side, the action's button at the end; a refusal shows under its field."""
        for number, (key, text, widget, accessible) in enumerate(fields):
            label = QLabel(text, widget.parentWidget())
            label.setBuddy(widget)
            widget.setAccessibleName(accessible)
            grid.addWidget(label, 0, 2 * number)
            grid.addWidget(widget, 0, 2 * number + 1)
            error = QLabel(widget.parentWidget())
            error.setObjectName(f"fehler_{key}")
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {ERROR_COLOUR};")
            error.hide()
            grid.addWidget(error, 1, 2 * number + 1, 1, -1)
            self._errors[key] = (error, widget)
        if button is not None:
            grid.addWidget(button, 0, 2 * len(fields))

    # --- loading ------------------------------------------------------------------------------------------
    def load(self, db: Database, detail: LeitprojektDetail) -> None:
        same_project = self._detail is not None and self._detail.id == detail.id
        before = self._chosen(self.table) if same_project else None
        keep_edits = before is not None and self._edits_pending(before)
        if not same_project:
            self.clear_inputs()
        typed = self.person.currentText()
        self._db, self._detail = db, detail
        befunde: dict[int, list[Befund]] = {}
        ids = {m.id for m in detail.mitwirkungen}
        for befund in rules.check_rules(db, projekt_id=detail.id).befunde:
            if befund.objekt_typ == rules.OBJEKT_MITWIRKUNG and befund.objekt_id in ids:
                befunde.setdefault(befund.objekt_id, []).append(befund)
        self.staffing.set_staffing(list(detail.mitwirkungen), befunde)
        self._people = people.list_people(db)
        self.person.clear()
        for ident, name, organisation in self._people:
            self.person.addItem(f"{name} ({organisation})" if organisation else name, ident)
        self.person.setCurrentIndex(-1)
        self.person.setEditText(typed)  # a name being typed stays
        self.am.set_value(db.today())
        self._select(before.id if before is not None else None, keep_edits=keep_edits)

    def _select(self, mitwirkung_id: int | None, *, keep_edits: bool = False) -> None:
        """Choose the row of that Mitwirkung (wherever the sorting put it) and show it."""
        view_row = self.proxy.view_row(lambda m: m.id == mitwirkung_id) if mitwirkung_id is not None else None
        if view_row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.proxy.index(-1, -1))
            self._row_chosen()
            return
        edits = self._edit_values()
        self.table.selectRow(view_row)
        self.table.scrollTo(self.proxy.index(view_row, 0))
        self._row_chosen()
        if keep_edits:  # a consent saved meanwhile must not drop a role being changed
            self._set_edit_values(*edits)

    def _row_chosen(self) -> None:
        row = self._chosen(self.table)
        self._hide_field_errors()
        if row is None:
            self.row_box.setTitle(self.tr("Gewählte Mitwirkung (bitte in der Tabelle wählen)"))
            self._set_edit_values(Rolle.MITGLIED, None, None, 0)
        else:
            self.row_box.setTitle(self.tr("Gewählte Mitwirkung: {person} ({rolle})").format(
                person=row.person, rolle=row.rolle.label))
            self._set_edit_values(row.rolle, row.von, row.bis, row.anteil_prozent or 0)
        if row is None or row.id != self._shown_id:  # the same row read again keeps a reason being typed
            self.begruendung.clear()
        self._shown_id = row.id if row is not None else None
        self._show_findings(row)
        self._update_buttons()

    def _show_findings(self, row: MitwirkungZeile | None) -> None:
        found = self.staffing.befunde.get(row.id, []) if row is not None else []
        self.warning.setVisible(bool(found))
        if not found:
            self.hint.clear()
            return
        lines = []
        for befund in found:
            if befund.ausnahme is None:
                lines.append(f"{WARN} {befund.text}")
            else:
                lines.append(self.tr("Ausnahme von {wer} am {datum}: {text} Begründung: „{grund}“").format(
                    wer=befund.ausnahme.erfasst_von, datum=format_date(befund.ausnahme.erfasst_am.date()),
                    text=befund.text, grund=befund.ausnahme.begruendung))
        self.hint.setText("\n".join(lines))
        open_findings = any(b.ausnahme is None for b in found)
        self._override_row.setVisible(open_findings)
        self.warning.setStyleSheet(_WARN_FRAME.format(**(_OPEN_COLOURS if open_findings else _EXCEPTED_COLOURS)))

    def _update_buttons(self) -> None:
        row = self._chosen(self.table)
        for widget in (self.sel_rolle, self.sel_von, self.sel_bis, self.sel_anteil, self.am, self.benannt_button,
                       *self.consent_buttons.values(), self.end_button):
            widget.setEnabled(row is not None)
        self.change_button.setEnabled(row is not None and self._edits_pending(row))
        open_findings = row is not None and any(b.ausnahme is None for b in self.staffing.befunde.get(row.id, []))
        self.begruendung.setEnabled(open_findings)
        self.override_button.setEnabled(open_findings)
        self.add_button.setEnabled(self._detail is not None)

    # --- the chosen row's own fields -------------------------------------------------------------------------
    def _edit_values(self) -> tuple[Rolle, dt.date | None, dt.date | None, int]:
        return self.sel_rolle.currentData(), self.sel_von.value(), self.sel_bis.value(), self.sel_anteil.value()

    def _set_edit_values(self, rolle: Rolle, von: dt.date | None, bis: dt.date | None, anteil: int) -> None:
        self.sel_rolle.setCurrentIndex(self.sel_rolle.findData(rolle))
        self.sel_von.set_value(von)
        self.sel_bis.set_value(bis)
        self.sel_anteil.setValue(anteil)

    def _edits_pending(self, row: MitwirkungZeile) -> bool:
        return self._edit_values() != (row.rolle, row.von, row.bis, row.anteil_prozent or 0)

    # --- unsaved input --------------------------------------------------------------------------------------
    def pending_input(self) -> str | None:
        """What was typed here but not saved yet, in German; None when nothing was."""
        parts = []
        if typed := self.person.currentText().strip():
            parts.append(self.tr("eine neue Mitwirkung „{person}“").format(person=_shorten(typed)))
        row = self._chosen(self.table)
        if row is not None and self._edits_pending(row):
            parts.append(self.tr("geänderte Angaben zur Mitwirkung von {person}").format(person=row.person))
        if reason := self.begruendung.text().strip():
            parts.append(self.tr("eine Begründung der Ausnahme „{text}“").format(text=_shorten(reason)))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else self.tr("{erste} und {letzte}").format(
            erste=", ".join(parts[:-1]), letzte=parts[-1])

    def clear_inputs(self) -> None:
        """Empty what was typed (another project is loaded, or the user drops it)."""
        self.person.setCurrentIndex(-1)
        self.person.clearEditText()
        self.rolle.setCurrentIndex(self.rolle.findData(Rolle.MITGLIED))
        self.von.set_value(None)
        self.anteil.setValue(0)
        self.begruendung.clear()
        row = self._chosen(self.table)
        if row is not None:
            self._set_edit_values(row.rolle, row.von, row.bis, row.anteil_prozent or 0)
        self._hide_field_errors()
        self.error.hide()
        self._update_buttons()

    # --- refusals next to their field ---------------------------------------------------------------------
    def _hide_field_errors(self) -> None:
        for label, _widget in self._errors.values():
            label.hide()
            label.clear()

    def field_error(self, key: str) -> str:
        """The refusal shown under a field ("" when none), for tests and screen readers."""
        label = self._errors[key][0]
        return label.text() if label.isVisibleTo(self) else ""

    def _show_field_error(self, key: str, message: str) -> None:
        label, widget = self._errors[key]
        label.setText(f"{WARN} {message}")
        label.show()
        widget.setFocus()

    def _act(self, work: Callable[[Database], None], fields: Mapping[str, str] | None = None) -> bool:
        """Like ActionTab._act; a refusal that names a field (``feld`` → the key of a field here) shows under it,
        and after a conflict the chosen row's fields show what is stored now.

        A local wrapper: ActionTab (action_tab.py) shows every refusal below the tables.
        """
        self._hide_field_errors()
        refused: list[IQError] = []

        def guarded(db: Database) -> None:
            try:
                work(db)
            except (DomainError, VersionKonflikt) as exc:
                refused.append(exc)
                raise

        done = super()._act(guarded)
        if refused and isinstance(refused[0], VersionKonflikt):
            self._row_chosen()  # the stored row, not the edits made against an older one
        elif refused and (key := (fields or {}).get(getattr(refused[0], "feld", None) or "")) is not None:
            self.error.hide()
            self._show_field_error(key, refused[0].message)
        return done

    # --- actions ----------------------------------------------------------------------------------------
    def _person_id(self) -> int | None:
        """The person chosen in the picker; a typed text must match one name exactly."""
        index = self.person.findText(self.person.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.person.itemData(index) if index >= 0 else None

    def add_person(self) -> bool:
        """Add the chosen person; the new row is chosen, so its warnings show at once."""
        assert self._detail is not None
        person_id = self._person_id()
        if person_id is None:
            self._hide_field_errors()
            self.error.hide()
            self._show_field_error("person", self.tr("Bitte eine Person aus der Liste wählen (Name eintippen und "
                                                     "aus den Vorschlägen übernehmen)."))
            return False
        projekt_id, rolle, von = self._detail.id, self.rolle.currentData(), self.von.value()
        anteil = self.anteil.value() or None
        added: list[int] = []

        def work(db: Database) -> None:
            added.append(staffing.staff_person(db, projekt_id=projekt_id, person_id=person_id, rolle=rolle,
                                               von=von, anteil_prozent=anteil))

        done = self._act(work, {"rolle": "rolle", "von": "von", "bis": "von", "anteil_prozent": "anteil"})
        if done:
            self.person.setCurrentIndex(-1)
            self.person.clearEditText()
            self.anteil.setValue(0)
            self._select(added[0])
        return done

    def change(self) -> bool:
        """Save the chosen row's role, period and share."""
        row = self._chosen(self.table)
        if row is None:
            return False
        rolle, von, bis, anteil = self._edit_values()
        done = self._act(lambda db: staffing.update_mitwirkung(db, mitwirkung_id=row.id, rolle=rolle, von=von,
                                                               bis=bis, anteil_prozent=anteil or None,
                                                               expected_version=row.version),
                         {"rolle": "sel_rolle", "von": "sel_von", "bis": "sel_bis", "anteil_prozent": "sel_anteil"})
        if done:
            self._select(row.id)
        return done

    def record_naming(self) -> bool:
        row, am = self._chosen(self.table), self.am.value()
        if row is None or am is None:
            if row is not None:
                self._show_field_error("am", self.tr("Bitte das Datum der Benennung angeben."))
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
            if row is not None:
                self._show_field_error("am", self.tr("Bitte das Datum angeben, zu dem die Mitwirkung endet."))
            return False
        return self._act(lambda db: staffing.end_mitwirkung(db, mitwirkung_id=row.id, bis=am,
                                                             expected_version=row.version), {"bis": "am"})

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

        done = self._act(work, {"begruendung": "begruendung"})
        if done:
            self.begruendung.clear()
        return done


def _shorten(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + " …"
