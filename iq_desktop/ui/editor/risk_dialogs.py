"""The forms of the Risiken & Entscheidungen tab: a risk with everything it says, and a decision taken."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from iq_desktop.enums import RisikoStatus
from iq_desktop.i18n import translate
from iq_desktop.services import decisions, risks
from iq_desktop.services.read_models import EntscheidungZeile, RisikoZeile
from iq_desktop.ui.collation import COLLATOR
from iq_desktop.ui.editor.field_dialog import FieldDialog, Values, plain, stored_record, text_box
from iq_desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import LeitprojektDetail


def scale(parent: QWidget) -> QSpinBox:
    """Probability or impact: the process's scale from 1 (sehr gering) to 5 (sehr hoch)."""
    box = QSpinBox(parent)
    box.setRange(1, 5)
    box.setToolTip(translate("RisikoDialog", "1 = sehr gering … 5 = sehr hoch"))
    return box


def owner_choices(detail: LeitprojektDetail, current: tuple[int, str] | None = None) -> list[tuple[int, str]]:
    """Who may own a risk: the project's people (by name, in German order), and its present owner."""
    people = {m.person_id: m.person for m in detail.mitwirkungen}
    if current is not None:
        people.setdefault(*current)
    return sorted(people.items(), key=lambda item: COLLATOR.sortKey(item[1]))


def risk_values(risk: RisikoZeile) -> Values:
    return {"titel": risk.titel, "beschreibung": risk.beschreibung, "wahrscheinlichkeit": risk.wahrscheinlichkeit,
            "auswirkung": risk.auswirkung, "verantwortlich_id": risk.verantwortlich_id,
            "massnahmen": risk.massnahmen, "status": risk.status, "naechste_pruefung": risk.naechste_pruefung,
            "nicht_oeffentlich": risk.nicht_oeffentlich}


class RisikoDialog(FieldDialog):
    """A new risk with all its details (``risk=None``; ``start`` fills what was typed in the tab), or every
    detail of ``risk``."""

    def __init__(self, db: Database, detail: LeitprojektDetail, risk: RisikoZeile | None = None, *,
                 start: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Risiko bearbeiten") if risk is not None else self.tr("Neues Risiko"), parent)
        self._db, self._projekt_id, self._risk = db, detail.id, risk
        self.titel = QLineEdit(self)
        self.beschreibung = text_box(self, 3)
        self.wahrscheinlichkeit = scale(self)
        self.auswirkung = scale(self)
        self.verantwortlich = QComboBox(self)
        self.verantwortlich.addItem(self.tr("– noch niemand –"), None)
        current = (risk.verantwortlich_id, risk.verantwortlich or "") if risk and risk.verantwortlich_id else None
        for ident, name in owner_choices(detail, current):
            self.verantwortlich.addItem(name, ident)
        self.massnahmen = text_box(self, 3)
        self.status = QComboBox(self)
        for status in RisikoStatus:
            self.status.addItem(status.label, status)
        self.naechste_pruefung = DateField(self)
        self.nicht_oeffentlich = QCheckBox(self.tr("nicht ö&ffentlich (bleibt in Berichten für öffentliche "
                                                   "Sitzungen weg)"), self)
        self.add_row("titel", self.tr("&Titel:"), self.titel, self.tr("Titel des Risikos"))
        self.add_row("beschreibung", self.tr("&Beschreibung:"), self.beschreibung, self.tr("Beschreibung des Risikos"))
        self.add_row("wahrscheinlichkeit", self.tr("&Wahrscheinlichkeit (1–5):"), self.wahrscheinlichkeit,
                     self.tr("Wahrscheinlichkeit"))
        self.add_row("auswirkung", self.tr("&Auswirkung (1–5):"), self.auswirkung, self.tr("Auswirkung"))
        self.add_row("verantwortlich_id", self.tr("&Verantwortlich:"), self.verantwortlich,
                     self.tr("Verantwortlich (aus dem Projektteam)"))
        self.add_row("massnahmen", self.tr("&Maßnahmen:"), self.massnahmen, self.tr("Maßnahmen"))
        if risk is not None:
            self.add_row("status", self.tr("Stat&us:"), self.status, self.tr("Status des Risikos"))
        self.add_row("naechste_pruefung", self.tr("&Nächste Prüfung:"), self.naechste_pruefung,
                     self.tr("Nächste Prüfung"))
        self.add_row("nicht_oeffentlich", "", self.nicht_oeffentlich, self.tr("nicht öffentlich"))
        self.finish()
        self.resize(max(self.width(), 560), self.height())
        if risk is not None:
            self.load(risk_values(risk), risk.version)
        elif start:
            self.set_values({**self.values(), **start})
        self.titel.setFocus()

    def values(self) -> Values:
        values: Values = {
            "titel": plain(self.titel.text()), "beschreibung": plain(self.beschreibung.toPlainText()),
            "wahrscheinlichkeit": self.wahrscheinlichkeit.value(), "auswirkung": self.auswirkung.value(),
            "verantwortlich_id": self.verantwortlich.currentData(),
            "massnahmen": plain(self.massnahmen.toPlainText()),
            "naechste_pruefung": self.naechste_pruefung.value(),
            "nicht_oeffentlich": self.nicht_oeffentlich.isChecked(),
        }
        if self._risk is not None:
            values["status"] = RisikoStatus(self.status.currentData())
        return values

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.titel.setText(values["titel"] or "")
        self.beschreibung.setPlainText(values["beschreibung"] or "")
        self.wahrscheinlichkeit.setValue(values["wahrscheinlichkeit"])
        self.auswirkung.setValue(values["auswirkung"])
        self.verantwortlich.setCurrentIndex(max(self.verantwortlich.findData(values["verantwortlich_id"]), 0))
        self.massnahmen.setPlainText(values["massnahmen"] or "")
        if "status" in values:
            self.status.setCurrentIndex(max(self.status.findData(values["status"]), 0))
        self.naechste_pruefung.set_value(values["naechste_pruefung"])
        self.nicht_oeffentlich.setChecked(bool(values["nicht_oeffentlich"]))

    def write(self, values: Values, version: int | None) -> int:
        fields = {**values, "titel": values["titel"] or ""}
        if self._risk is None:
            return risks.log_risiko(self._db, projekt_id=self._projekt_id, **fields)
        risks.update_risiko(self._db, risiko_id=self._risk.id, expected_version=version, **fields)
        return self._risk.id

    def stored(self) -> tuple[Values, int]:
        assert self._risk is not None
        risk = stored_record(self._db, self._projekt_id, lambda d: d.risiken, self._risk.id, self.tr("Das Risiko"))
        return risk_values(risk), risk.version

    def display(self, key: str, value: Any) -> str:
        if key == "verantwortlich_id":
            index = self.verantwortlich.findData(value)
            return self.verantwortlich.itemText(index) if index >= 0 else ""
        return super().display(key, value)

    def record_name(self) -> str:
        return self._risk.titel if self._risk is not None else self.windowTitle()


class EntscheidungDialog(FieldDialog):
    """Record that ``entry`` was decided: the result, when, by whom."""

    def __init__(self, db: Database, detail: LeitprojektDetail, entry: EntscheidungZeile,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Entscheidung vermerken"), parent)
        self._db, self._projekt_id, self._entry = db, detail.id, entry
        self.ergebnis = text_box(self, 4)
        self.entschieden_am = DateField(self)
        self.entschieden_durch = QLineEdit(self)
        self.entschieden_durch.setPlaceholderText(self.tr("z. B. Lenkungsgruppe, Bürgermeister Dez. 2"))
        self.add_row("ergebnis", self.tr("&Ergebnis:"), self.ergebnis, self.tr("Ergebnis der Entscheidung"))
        self.add_row("entschieden_am", self.tr("Entschieden &am:"), self.entschieden_am, self.tr("Entschieden am"))
        self.add_row("entschieden_durch", self.tr("Entschieden &durch:"), self.entschieden_durch,
                     self.tr("Entschieden durch"))
        self.finish()
        self.resize(max(self.width(), 520), self.height())
        self.load(self._values_of(entry), entry.version)
        self.entschieden_am.set_value(db.today())
        if not self.entschieden_durch.text():
            self.entschieden_durch.setText(entry.zu_entscheiden_durch or "")
        self.ergebnis.setFocus()

    @staticmethod
    def _values_of(entry: EntscheidungZeile) -> Values:
        return {"ergebnis": entry.ergebnis, "entschieden_am": entry.entschieden_am,
                "entschieden_durch": entry.entschieden_durch}

    def values(self) -> Values:
        return {"ergebnis": plain(self.ergebnis.toPlainText()), "entschieden_am": self.entschieden_am.value(),
                "entschieden_durch": plain(self.entschieden_durch.text())}

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.ergebnis.setPlainText(values["ergebnis"] or "")
        self.entschieden_am.set_value(values["entschieden_am"])
        self.entschieden_durch.setText(values["entschieden_durch"] or "")

    def write(self, values: Values, version: int | None) -> int:
        decisions.record_decision(self._db, entscheidung_id=self._entry.id, expected_version=version,
                                  ergebnis=values["ergebnis"] or "", entschieden_am=values["entschieden_am"],
                                  entschieden_durch=values["entschieden_durch"])
        return self._entry.id

    def stored(self) -> tuple[Values, int]:
        entry = stored_record(self._db, self._projekt_id, lambda d: d.entscheidungen, self._entry.id,
                              self.tr("Der Eintrag"))
        return self._values_of(entry), entry.version

    def record_name(self) -> str:
        return self._entry.titel
