"""The forms of the Phasen & Etappenziele tab: a phase's name (new or renamed), and a milestone with its
communication (whether it is told inside the city or outside, how, and when it was)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from iq_desktop.enums import EtappenzielStatus
from iq_desktop.services import milestones, phases
from iq_desktop.services.read_models import EtappenzielZeile, PhaseZeile
from iq_desktop.ui.editor.field_dialog import FieldDialog, Values, plain, stored_record
from iq_desktop.ui.widgets.date_field import DateField
from iq_desktop.ui.widgets.labels import style_hint

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import LeitprojektDetail


class PhaseNameDialog(FieldDialog):
    """Rename ``phase``, or (``phase=None``) add a phase after ``nach`` (at the end when None)."""

    def __init__(self, db: Database, projekt_id: int, *, phase: PhaseZeile | None = None,
                 nach: PhaseZeile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Phase umbenennen") if phase is not None else self.tr("Neue Phase"), parent)
        self._db, self._projekt_id, self._phase, self._nach = db, projekt_id, phase, nach
        self.name = QLineEdit(self)
        self.add_row("name", self.tr("Na&me der Phase:"), self.name, self.tr("Name der Phase"))
        if phase is None:
            where = (self.tr("Die neue Phase wird nach „{phase}“ eingefügt.").format(phase=nach.name)
                     if nach is not None else self.tr("Die neue Phase wird als letzte angefügt."))
            hint = style_hint(QLabel(where, self))
            hint.setWordWrap(True)
            self.form.addRow(hint)
        self.finish()
        if phase is not None:
            self.load({"name": phase.name}, phase.version)
        self.name.setFocus()

    def values(self) -> Values:
        return {"name": plain(self.name.text())}

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.name.setText(values["name"] or "")

    def write(self, values: Values, version: int | None) -> int:
        if self._phase is None:
            return phases.add_phase(self._db, projekt_id=self._projekt_id, name=values["name"] or "",
                                    nach_position=self._nach.position if self._nach is not None else None)
        phases.rename_phase(self._db, phase_id=self._phase.id, name=values["name"] or "", expected_version=version)
        return self._phase.id

    def stored(self) -> tuple[Values, int]:
        assert self._phase is not None
        phase = stored_record(self._db, self._projekt_id, lambda d: d.phasen, self._phase.id, self.tr("Die Phase"))
        return {"name": phase.name}, phase.version

    def record_name(self) -> str:
        return self._phase.name if self._phase is not None else self.windowTitle()


def milestone_values(ziel: EtappenzielZeile) -> Values:
    """A stored milestone as the form's values."""
    return {"titel": ziel.titel, "faellig_am": ziel.faellig_am, "phase_id": ziel.phase_id,
            "kommunikation_intern": ziel.kommunikation_intern, "kommunikation_extern": ziel.kommunikation_extern,
            "kommunikation_wie": ziel.kommunikation_wie, "kommuniziert_am": ziel.kommuniziert_am}


class EtappenzielDialog(FieldDialog):
    """Change a milestone: title, due date, phase, and its communication."""

    def __init__(self, db: Database, detail: LeitprojektDetail, ziel: EtappenzielZeile,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Etappenziel bearbeiten"), parent)
        self._db, self._projekt_id, self._ziel = db, detail.id, ziel
        self.titel = QLineEdit(self)
        self.faellig_am = DateField(self)
        self.phase = QComboBox(self)
        self.phase.addItem(self.tr("keine"), None)
        for phase in detail.phasen:
            self.phase.addItem(phase.name, phase.id)
        self.intern = QCheckBox(self.tr("&intern (in der Stadtverwaltung)"), self)
        self.extern = QCheckBox(self.tr("e&xtern (nach außen)"), self)
        self.wie = QLineEdit(self)
        self.wie.setPlaceholderText(self.tr("z. B. Intranet, Pressemitteilung, Newsletter"))
        self.kommuniziert_am = DateField(self)
        self.add_row("titel", self.tr("&Titel:"), self.titel, self.tr("Titel des Etappenziels"))
        self.add_row("faellig_am", self.tr("&Fällig am:"), self.faellig_am, self.tr("Fällig am"))
        self.add_row("phase_id", self.tr("&Phase:"), self.phase, self.tr("Phase des Etappenziels"))
        self.add_row("kommunikation_intern", self.tr("Erreichen kommunizieren:"), self.intern,
                     self.tr("Das Erreichen intern kommunizieren"))
        self.add_row("kommunikation_extern", "", self.extern, self.tr("Das Erreichen extern kommunizieren"))
        self.add_row("kommunikation_wie", self.tr("&Wie:"), self.wie, self.tr("Wie wird kommuniziert"))
        self.add_row("kommuniziert_am", self.tr("K&ommuniziert am:"), self.kommuniziert_am,
                     self.tr("Kommuniziert am"))
        if ziel.status is not EtappenzielStatus.ERREICHT and ziel.kommuniziert_am is None:
            self.kommuniziert_am.setEnabled(False)
            self.kommuniziert_am.setToolTip(self.tr("Erst wenn das Etappenziel erreicht ist"))
            hint = style_hint(QLabel(self.tr("„Kommuniziert am“ lässt sich eintragen, sobald das Etappenziel "
                                             "erreicht ist."), self))
            hint.setWordWrap(True)
            self.form.addRow(hint)
        self.finish()
        self.resize(max(self.width(), 580), self.height())
        self.load(milestone_values(ziel), ziel.version)
        self.titel.setFocus()

    def values(self) -> Values:
        return {"titel": plain(self.titel.text()), "faellig_am": self.faellig_am.value(),
                "phase_id": self.phase.currentData(), "kommunikation_intern": self.intern.isChecked(),
                "kommunikation_extern": self.extern.isChecked(), "kommunikation_wie": plain(self.wie.text()),
                "kommuniziert_am": self.kommuniziert_am.value()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.titel.setText(values["titel"] or "")
        self.faellig_am.set_value(values["faellig_am"])
        self.phase.setCurrentIndex(max(self.phase.findData(values["phase_id"]), 0))
        self.intern.setChecked(bool(values["kommunikation_intern"]))
        self.extern.setChecked(bool(values["kommunikation_extern"]))
        self.wie.setText(values["kommunikation_wie"] or "")
        self.kommuniziert_am.set_value(values["kommuniziert_am"])

    def write(self, values: Values, version: int | None) -> int:
        milestones.update_etappenziel(self._db, etappenziel_id=self._ziel.id, expected_version=version,
                                      titel=values["titel"] or "", faellig_am=values["faellig_am"],
                                      phase_id=values["phase_id"],
                                      kommunikation_intern=values["kommunikation_intern"],
                                      kommunikation_extern=values["kommunikation_extern"],
                                      kommunikation_wie=values["kommunikation_wie"],
                                      kommuniziert_am=values["kommuniziert_am"])
        return self._ziel.id

    def stored(self) -> tuple[Values, int]:
        ziel = stored_record(self._db, self._projekt_id, lambda d: d.etappenziele, self._ziel.id,
                             self.tr("Das Etappenziel"))
        return milestone_values(ziel), ziel.version

    def display(self, key: str, value: Any) -> str:
        if key == "phase_id":
            index = self.phase.findData(value)
            return self.phase.itemText(index) if index >= 0 else ""
        return super().display(key, value)

    def record_name(self) -> str:
        return self._ziel.titel
