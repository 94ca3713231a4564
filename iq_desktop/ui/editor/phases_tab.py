"""The Phasen & Etappenziele tab: the timeline, the phases and milestones, and what a secretariat does with them.

Each action (a phase begins or ends, its plan changes, a milestone is added or
reached) is saved at once through the services with the row's own version; a
row someone else changed meanwhile is refused with a German message and the
tab shows the stored state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from iq_desktop.enums import EtappenzielStatus, PhasenStatus
from iq_desktop.services import milestones, phases
from iq_desktop.ui.editor.action_tab import ActionTab, action_row, data_table
from iq_desktop.ui.editor.phase_models import MilestonesModel, PhasesModel
from iq_desktop.ui.editor.timeline import Timeline
from iq_desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import LeitprojektDetail


class PhasesTab(ActionTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = Timeline(self)
        self.phases = PhasesModel(self)
        self.milestones = MilestonesModel(self)
        self.phase_table = data_table(self, self.phases, self.tr("Phasen"))
        self.milestone_table = data_table(self, self.milestones, self.tr("Etappenziele"))

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
        action_row(grid, 0, ((self.tr("S&tatus:"), self.phase_status, self.tr("Status der Phase")),
                            (self.tr("a&m:"), self.phase_am, self.tr("Datum des Statuswechsels"))),
                  self.phase_status_button)
        action_row(grid, 1, ((self.tr("Geplant v&on:"), self.plan_von, self.tr("Geplanter Beginn der Phase")),
                            (self.tr("geplant b&is:"), self.plan_bis, self.tr("Geplantes Ende der Phase"))),
                  self.plan_button)

        # --- milestones ---------------------------------------------------------------------------
        milestone_box = QGroupBox(self.tr("Etappenziele"), self)
        self.new_title = QLineEdit(milestone_box)
        self.new_due = DateField(milestone_box)
        self.new_phase = QComboBox(milestone_box)
        self.new_button = QPushButton(self.tr("Etappenziel hinz&ufügen"), milestone_box)
        self.reached_am = DateField(milestone_box)
        self.reached_button = QPushButton(self.tr("Als erreicht mar&kieren"), milestone_box)
        grid = QGridLayout(milestone_box)
        action_row(grid, 0, ((self.tr("Neues Etappen&ziel:"), self.new_title, self.tr("Titel des neuen Etappenziels")),
                            (self.tr("&fällig am:"), self.new_due, self.tr("Fälligkeitsdatum des neuen Etappenziels")),
                            (self.tr("in Phase:"), self.new_phase, self.tr("Phase des neuen Etappenziels"))),
                  self.new_button)
        action_row(grid, 1, ((self.tr("Gewähltes Etappenziel e&rreicht am:"), self.reached_am,
                             self.tr("Datum, an dem das gewählte Etappenziel erreicht wurde")),), self.reached_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline)
        layout.addWidget(self.phase_table, 2)
        layout.addWidget(phase_box)
        layout.addWidget(self.milestone_table, 3)
        layout.addWidget(milestone_box)
        layout.addWidget(self.error)

        self.phase_table.selectionModel().currentRowChanged.connect(self._phase_chosen)
        self.milestone_table.selectionModel().currentRowChanged.connect(self._milestone_chosen)
        self.phase_status_button.clicked.connect(self.set_phase_status)
        self.plan_button.clicked.connect(self.save_plan)
        self.new_button.clicked.connect(self.add_milestone)
        self.reached_button.clicked.connect(self.mark_reached)
        self._update_buttons()

    # --- data ---------------------------------------------------------------------------------------
    def load(self, db: Database, detail: LeitprojektDetail) -> None:
        """Show ``detail``'s phases and milestones, keeping the chosen rows where they still are."""
        phase_row = self.phase_table.currentIndex().row()
        milestone_row = self.milestone_table.currentIndex().row()
        self._db, self._detail = db, detail
        today = db.today()
        self.phases.set_rows(detail.phasen)
        chosen_phase = self.new_phase.currentData()
        self.new_phase.clear()
        self.new_phase.addItem(self.tr("keine"), None)
        for phase in detail.phasen:
            self.new_phase.addItem(phase.name, phase.id)
        self.new_phase.setCurrentIndex(max(self.new_phase.findData(chosen_phase), 0))
        self.milestones.set_rows(detail.etappenziele)
        self.timeline.set_data(detail.phasen, detail.etappenziele, today)
        self.phase_am.set_value(today)
        self.reached_am.set_value(today)
        if 0 <= phase_row < self.phases.rowCount():
            self.phase_table.selectRow(phase_row)
        if 0 <= milestone_row < self.milestones.rowCount():
            self.milestone_table.selectRow(milestone_row)
        self._update_buttons()

    def _phase_chosen(self, *_args: object) -> None:
        phase = self._chosen(self.phase_table)
        if phase is not None:
            self.phase_status.setCurrentIndex(self.phase_status.findData(phase.status))
            self.plan_von.set_value(phase.geplant_von)
            self.plan_bis.set_value(phase.geplant_bis)
        self._update_buttons()

    def _milestone_chosen(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        phase = self._chosen(self.phase_table)
        ziel = self._chosen(self.milestone_table)
        for widget in (self.phase_status, self.phase_am, self.phase_status_button, self.plan_von, self.plan_bis,
                       self.plan_button):
            widget.setEnabled(phase is not None)
        open_ziel = ziel is not None and ziel.status is EtappenzielStatus.OFFEN
        self.reached_am.setEnabled(open_ziel)
        self.reached_button.setEnabled(open_ziel)
        self.new_button.setEnabled(self._detail is not None)

    # --- actions -------------------------------------------------------------------------------------
    def set_phase_status(self) -> bool:
        phase = self._chosen(self.phase_table)
        if phase is None:
            return False
        status, am = self.phase_status.currentData(), self.phase_am.value()
        return self._act(lambda db: phases.move_phase(db, phase_id=phase.id, status=status, am=am,
                                                      expected_version=phase.version))

    def save_plan(self) -> bool:
        phase = self._chosen(self.phase_table)
        if phase is None:
            return False
        von, bis = self.plan_von.value(), self.plan_bis.value()
        return self._act(lambda db: phases.plan_phase(db, phase_id=phase.id, geplant_von=von, geplant_bis=bis,
                                                      geplante_schritte=phase.geplante_schritte,
                                                      expected_version=phase.version))

    def add_milestone(self) -> bool:
        assert self._detail is not None
        projekt_id, titel, due = self._detail.id, self.new_title.text(), self.new_due.value()
        phase_id = self.new_phase.currentData()
        done = self._act(lambda db: milestones.plan_etappenziel(
            db, projekt_id=projekt_id, titel=titel, faellig_am=due, phase_id=phase_id))
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
            self.show_refusal(self.tr("Bitte das Datum angeben, an dem das Etappenziel erreicht wurde."))
            return False
        return self._act(lambda db: milestones.reach_etappenziel(db, etappenziel_id=ziel.id, erreicht_am=am,
                                                                  expected_version=ziel.version))
