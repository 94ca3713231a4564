"""The Phasen & Etappenziele tab: the timeline, the phases and milestones, and what a secretariat does with them.

Each action (a phase begins or ends, its plan changes, a phase is added or
renamed, a milestone is added, changed, reached or dropped) is saved at once
through the services with the row's own version; a row someone else changed
meanwhile is refused with a German message and the tab shows the stored state.
Less frequent edits (a phase's name, a milestone's details and communication)
open a small form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from iq_desktop.enums import EtappenzielStatus, PhasenStatus
from iq_desktop.services import milestones, phases
from iq_desktop.services.read_models import PhaseZeile
from iq_desktop.ui import dialogs
from iq_desktop.ui.editor.action_tab import (
    ActionTab,
    and_list,
    select_record,
    shortened,
    side_buttons,
    sorted_table,
    tab_chain,
)
from iq_desktop.ui.editor.phase_dialogs import EtappenzielDialog, PhaseNameDialog
from iq_desktop.ui.editor.phase_models import MilestonesModel, PhasesModel
from iq_desktop.ui.editor.timeline import Timeline
from iq_desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import LeitprojektDetail


def _plan_of(phase: PhaseZeile) -> tuple[Any, ...]:
    """What the "Gewählte Phase" fields show of a stored phase."""
    return phase.status, phase.geplant_von, phase.geplant_bis


class PhasesTab(ActionTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: the stored phase the "Gewählte Phase" fields were filled from
        self._shown_phase: PhaseZeile | None = None
        self.timeline = Timeline(self)
        self.phases = PhasesModel(self)
        self.milestones = MilestonesModel(self)
        self.phase_table = sorted_table(self, self.phases, self.tr("Phasen"), stretch=1)
        self.milestone_table = sorted_table(self, self.milestones, self.tr("Etappenziele"), stretch=0)
        self.new_phase_button = QPushButton(self.tr("Neue Phase einfü&gen …"), self)
        self.new_phase_button.setToolTip(self.tr("Nach der gewählten Phase einfügen, ohne Wahl als letzte Phase"))
        self.rename_button = QPushButton(self.tr("Phase &umbenennen …"), self)
        self.edit_milestone_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.edit_milestone_button.setAccessibleName(self.tr("Gewähltes Etappenziel bearbeiten, auch seine "
                                                             "Kommunikation"))
        self.edit_milestone_button.setToolTip(self.tr("Titel, Fälligkeit und Phase ändern; festhalten, ob, wie und "
                                                      "wann das Erreichen kommuniziert wird"))
        self.drop_button = QPushButton(self.tr("Entfällt …"), self)
        self.drop_button.setAccessibleName(self.tr("Gewähltes Etappenziel entfällt"))
        self.drop_button.setToolTip(self.tr("Das gewählte Etappenziel entfällt; es bleibt als „entfallen“ in der "
                                            "Liste"))

        # --- the selected phase -------------------------------------------------------------------
        phase_box = QGroupBox(self.tr("Gewählte Phase"), self)
        self.phase_status = QComboBox(phase_box)
        for status in PhasenStatus:
            self.phase_status.addItem(status.label, status)
        self.phase_am = DateField(phase_box)
        self.phase_status_button = QPushButton(self.tr("Status s&etzen"), phase_box)
        self.plan_von = DateField(phase_box)
        self.plan_bis = DateField(phase_box)
        self.plan_button = QPushButton(self.tr("&Planung speichern"), phase_box)
        grid = QGridLayout(phase_box)
        self.status_row = self.entry_row(
            grid, 0, (("status", self.tr("S&tatus:"), self.phase_status, self.tr("Status der Phase")),
                      ("am", self.tr("a&m:"), self.phase_am, self.tr("Datum des Statuswechsels"))),
            self.phase_status_button, aliases={"ist_von": "am", "ist_bis": "am"})
        self.plan_row = self.entry_row(
            grid, 2, (("geplant_von", self.tr("Geplant v&on:"), self.plan_von, self.tr("Geplanter Beginn der Phase")),
                      ("geplant_bis", self.tr("geplant b&is:"), self.plan_bis, self.tr("Geplantes Ende der Phase"))),
            self.plan_button)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        # --- milestones ---------------------------------------------------------------------------
        milestone_box = QGroupBox(self.tr("Etappenziele"), self)
        self.new_title = QLineEdit(milestone_box)
        self.new_due = DateField(milestone_box)
        self.new_phase = QComboBox(milestone_box)
        self.new_button = QPushButton(self.tr("Etappenziel hinzufügen"), milestone_box)
        self.new_button.setToolTip(self.tr("Auch mit der Eingabetaste im Titel"))
        self.reached_am = DateField(milestone_box)
        self.reached_button = QPushButton(self.tr("Als erreicht mar&kieren"), milestone_box)
        grid = QGridLayout(milestone_box)
        self.new_row = self.entry_row(
            grid, 0, (("titel", self.tr("Neues Etappen&ziel:"), self.new_title,
                       self.tr("Titel des neuen Etappenziels")),
                      ("faellig_am", self.tr("&fällig am:"), self.new_due,
                       self.tr("Fälligkeitsdatum des neuen Etappenziels")),
                      ("phase_id", self.tr("in Phase:"), self.new_phase, self.tr("Phase des neuen Etappenziels"))),
            self.new_button)
        self.reached_row = self.entry_row(
            grid, 2, (("erreicht_am", self.tr("Gewähltes Etappenziel e&rreicht am:"), self.reached_am,
                       self.tr("Datum, an dem das gewählte Etappenziel erreicht wurde")),), self.reached_button)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline)
        layout.addLayout(side_buttons(self.phase_table, self.new_phase_button, self.rename_button), 2)
        layout.addWidget(phase_box)
        layout.addLayout(side_buttons(self.milestone_table, self.edit_milestone_button, self.drop_button), 3)
        layout.addWidget(milestone_box)
        layout.addWidget(self.error)
        tab_chain(self.phase_table, self.new_phase_button, self.rename_button,
                  self.phase_status, self.phase_am, self.phase_status_button,
                  self.plan_von, self.plan_bis, self.plan_button,
                  self.milestone_table, self.edit_milestone_button, self.drop_button,
                  self.new_title, self.new_due, self.new_phase, self.new_button,
                  self.reached_am, self.reached_button)

        self.phase_table.selectionModel().currentRowChanged.connect(self._phase_chosen)
        self.milestone_table.selectionModel().currentRowChanged.connect(self._milestone_chosen)
        self.phase_status_button.clicked.connect(self.set_phase_status)
        self.plan_button.clicked.connect(self.save_plan)
        self.new_phase_button.clicked.connect(self.add_phase)
        self.rename_button.clicked.connect(self.rename_phase)
        self.new_button.clicked.connect(self.add_milestone)
        self.new_title.returnPressed.connect(self.add_milestone)
        self.reached_button.clicked.connect(self.mark_reached)
        self.edit_milestone_button.clicked.connect(self.edit_milestone)
        self.drop_button.clicked.connect(self.drop_milestone)
        self._update_buttons()

    # --- data ---------------------------------------------------------------------------------------
    def load(self, db: Database, detail: LeitprojektDetail) -> None:
        """Show ``detail``'s phases and milestones, keeping the chosen rows (another project starts empty)."""
        switching = self._switching_to(detail)
        phase, ziel = self._chosen(self.phase_table), self._chosen(self.milestone_table)
        self._db, self._detail = db, detail
        today = db.today()
        self.phases.set_rows(detail.phasen)
        chosen_phase = self.new_phase.currentData()
        self.new_phase.clear()
        self.new_phase.addItem(self.tr("keine"), None)
        for row in detail.phasen:
            self.new_phase.addItem(row.name, row.id)
        self.new_phase.setCurrentIndex(max(self.new_phase.findData(chosen_phase), 0))
        self.milestones.set_rows(detail.etappenziele)
        self.timeline.set_data(detail.phasen, detail.etappenziele, today)
        for field in (self.phase_am, self.reached_am):
            if switching or field.value() is None:
                field.set_value(today)
        if switching:
            self.clear_inputs()
        else:
            select_record(self.phase_table, phase.id if phase is not None else None)
            select_record(self.milestone_table, ziel.id if ziel is not None else None)
        self._update_buttons()

    def _phase_chosen(self, *_args: object) -> None:
        phase = self._chosen(self.phase_table)
        if phase is not None:
            same = self._shown_phase is not None and self._shown_phase.id == phase.id
            self._show_phase(phase, keep_typed=same)
        self._update_buttons()

    def _show_phase(self, phase: PhaseZeile, *, keep_typed: bool) -> None:
        """Fill the fields from ``phase``; with ``keep_typed``, a field changed since it was filled keeps the input."""
        stored = _plan_of(phase)
        before = _plan_of(self._shown_phase) if keep_typed and self._shown_phase is not None else stored
        typed = self._typed_plan()
        status, von, bis = (mine if keep_typed and mine != old else new
                            for mine, old, new in zip(typed, before, stored, strict=True))
        self.phase_status.setCurrentIndex(self.phase_status.findData(status))
        self.plan_von.set_value(von)
        self.plan_bis.set_value(bis)
        self._shown_phase = phase

    def _typed_plan(self) -> tuple[Any, ...]:
        return PhasenStatus(self.phase_status.currentData()), self.plan_von.value(), self.plan_bis.value()

    def _milestone_chosen(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        phase = self._chosen(self.phase_table)
        ziel = self._chosen(self.milestone_table)
        for widget in (self.phase_status, self.phase_am, self.phase_status_button, self.plan_von, self.plan_bis,
                       self.plan_button, self.rename_button):
            widget.setEnabled(phase is not None)
        open_ziel = ziel is not None and ziel.status is EtappenzielStatus.OFFEN
        for widget in (self.reached_am, self.reached_button, self.drop_button):
            widget.setEnabled(open_ziel)
        self.edit_milestone_button.setEnabled(ziel is not None)
        for widget in (self.new_button, self.new_phase_button):
            widget.setEnabled(self._detail is not None)

    # --- unsaved input -------------------------------------------------------------------------------
    def pending_input(self) -> str | None:
        parts = []
        title = self.new_title.text().strip()
        if title:
            parts.append(self.tr("ein neues Etappenziel „{titel}“").format(titel=shortened(title)))
        elif self.new_due.value() is not None:
            parts.append(self.tr("ein neues Etappenziel (nur das Fälligkeitsdatum)"))
        phase = self._chosen(self.phase_table)
        if phase is not None and self._shown_phase is not None and phase.id == self._shown_phase.id:
            status, von, bis = self._typed_plan()
            if (von, bis) != (phase.geplant_von, phase.geplant_bis):
                parts.append(self.tr("eine geänderte Planung der Phase „{name}“").format(name=phase.name))
            if status is not phase.status:
                parts.append(self.tr("ein neuer Status der Phase „{name}“").format(name=phase.name))
        return and_list(parts, self.tr("und")) if parts else None

    def clear_inputs(self) -> None:
        super().clear_inputs()
        self.new_title.clear()
        self.new_due.set_value(None)
        self.new_phase.setCurrentIndex(0)
        phase = self._chosen(self.phase_table)
        self._shown_phase = None
        if phase is not None:
            self._show_phase(phase, keep_typed=False)
        else:
            self.phase_status.setCurrentIndex(0)
            self.plan_von.set_value(None)
            self.plan_bis.set_value(None)

    # --- actions -------------------------------------------------------------------------------------
    def set_phase_status(self) -> bool:
        phase = self._chosen(self.phase_table)
        if phase is None:
            return False
        status, am = PhasenStatus(self.phase_status.currentData()), self.phase_am.value()
        return self._act(lambda db: phases.move_phase(db, phase_id=phase.id, status=status, am=am,
                                                      expected_version=phase.version), self.status_row)

    def save_plan(self) -> bool:
        phase = self._chosen(self.phase_table)
        if phase is None:
            return False
        von, bis = self.plan_von.value(), self.plan_bis.value()
        return self._act(lambda db: phases.plan_phase(db, phase_id=phase.id, geplant_von=von, geplant_bis=bis,
                                                      geplante_schritte=phase.geplante_schritte,
                                                      expected_version=phase.version), self.plan_row)

    def add_phase(self) -> bool:
        """A new phase after the chosen one (or at the end); it is chosen afterwards."""
        if self._db is None or self._detail is None:
            return False
        dialog = PhaseNameDialog(self._db, self._detail.id, nach=self._chosen(self.phase_table), parent=self)
        done = self.run_dialog(dialog)
        if done:
            select_record(self.phase_table, dialog.saved_id)
        return done

    def rename_phase(self) -> bool:
        phase = self._chosen(self.phase_table)
        if self._db is None or self._detail is None or phase is None:
            return False
        return self.run_dialog(PhaseNameDialog(self._db, self._detail.id, phase=phase, parent=self))

    def add_milestone(self) -> bool:
        if self._detail is None:
            return False
        projekt_id, titel, due = self._detail.id, self.new_title.text(), self.new_due.value()
        phase_id = self.new_phase.currentData()
        done = self._act(lambda db: milestones.plan_etappenziel(
            db, projekt_id=projekt_id, titel=titel, faellig_am=due, phase_id=phase_id), self.new_row)
        if done:
            self.new_title.clear()
            self.new_due.set_value(None)
        return done

    def mark_reached(self) -> bool:
        ziel = self._chosen(self.milestone_table)
        if ziel is None:
            return False
        am = self.reached_am.value()
        if am is None:
            return self.refuse(self.reached_row, "erreicht_am",
                               self.tr("Bitte das Datum angeben, an dem das Etappenziel erreicht wurde."))
        return self._act(lambda db: milestones.reach_etappenziel(db, etappenziel_id=ziel.id, erreicht_am=am,
                                                                  expected_version=ziel.version), self.reached_row)

    def edit_milestone(self) -> bool:
        """Title, due date, phase and communication of the chosen milestone, in a small form."""
        ziel = self._chosen(self.milestone_table)
        if self._db is None or self._detail is None or ziel is None:
            return False
        return self.run_dialog(EtappenzielDialog(self._db, self._detail, ziel, self))

    def drop_milestone(self) -> bool:
        """The chosen milestone no longer applies (after asking); it stays in the list as entfallen."""
        ziel = self._chosen(self.milestone_table)
        if ziel is None or not dialogs.confirm(
                self, self.tr("Das Etappenziel „{titel}“ entfällt? Es bleibt als „entfallen“ in der Liste und "
                              "zählt nicht mehr als offen.").format(titel=ziel.titel),
                self.tr("&Entfällt")):
            return False
        return self._act(lambda db: milestones.drop_etappenziel(db, etappenziel_id=ziel.id,
                                                                 expected_version=ziel.version), self.reached_row)
