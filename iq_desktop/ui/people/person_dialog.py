"""Neue Person / Person bearbeiten: name, function, place in the city's organisation or an external one, contact."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from iq_desktop.services import people
from iq_desktop.services.organisation import OrganisationBaum, organisation_tree
from iq_desktop.services.people_rows import PersonDetail, get_person
from iq_desktop.ui.people.record_dialog import RecordDialog, Values

if TYPE_CHECKING:
    from iq_desktop.db.database import Database

#: the form's fields, named as the services name them
FIELDS = ("anrede", "titel", "vorname", "nachname", "funktion", "dezernat_id", "amt_id", "abteilung_id",
          "externe_organisation_id", "email", "telefon", "ist_dca")
_TEXT_FIELDS = ("titel", "vorname", "nachname", "funktion", "email", "telefon")


@dataclass
class OrganisationChoices:
    """The organisation as the combo boxes offer it: (id, text) pairs, and which Amt lies in which Dezernat."""

    dezernate: list[tuple[int, str]] = field(default_factory=list)
    aemter: list[tuple[int, str, int | None]] = field(default_factory=list)
    abteilungen: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    externe: list[tuple[int, str]] = field(default_factory=list)

    @classmethod
    def of(cls, tree: OrganisationBaum) -> OrganisationChoices:
        choices = cls()
        aemter = [*(a for d in tree.dezernate for a in d.aemter), *tree.aemter_ohne_dezernat]
        choices.dezernate = [(d.id, f"{d.kuerzel} – {d.bezeichnung}") for d in tree.dezernate]
        choices.aemter = [(a.id, f"{a.kuerzel} – {a.bezeichnung}", a.dezernat_id) for a in aemter]
        choices.abteilungen = {a.id: [(t.id, t.bezeichnung) for t in a.abteilungen] for a in aemter}
        choices.externe = [(o.id, o.name) for o in tree.externe]
        return choices

    def name(self, key: str, ident: int | None) -> str:
        if ident is None:
            return ""
        pairs: list[Any] = {
            "dezernat_id": self.dezernate,
            "amt_id": self.aemter,
            "abteilung_id": [pair for pairs in self.abteilungen.values() for pair in pairs],
            "externe_organisation_id": self.externe,
        }[key]
        return next((entry[1] for entry in pairs if entry[0] == ident), str(ident))


def values_of(detail: PersonDetail) -> Values:
    return {key: getattr(detail, key) for key in FIELDS}


def _combo(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setMinimumContentsLength(28)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box


def _fill(box: QComboBox, entries: list[tuple[int, str]], chosen: int | None) -> None:
    box.blockSignals(True)
    try:
        box.clear()
        box.addItem("–", None)
        for ident, text in entries:
            box.addItem(text, ident)
        box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
    finally:
        box.blockSignals(False)


class PersonDialog(RecordDialog):
    """Modal; ``person_id=None`` records a new person."""

    def __init__(self, db: Database, person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Neue Person") if person_id is None else self.tr("Person bearbeiten"), parent)
        self._db = db
        self.person_id = person_id
        self.choices = OrganisationChoices.of(organisation_tree(db))

        self.anrede = QComboBox(self)
        self.anrede.setEditable(True)
        # stored as written, like the rest of the person's data: German, as the reports are
        self.anrede.addItems(["", "Frau", "Herr"])
        self.titel = QLineEdit(self)
        self.vorname = QLineEdit(self)
        self.nachname = QLineEdit(self)
        self.funktion = QLineEdit(self)
        self.funktion.setPlaceholderText(self.tr("z. B. Sachgebietsleitung"))
        self.stadt = QRadioButton(self.tr("Stadtver&waltung"), self)
        self.extern = QRadioButton(self.tr("E&xterne Organisation"), self)
        self.stadt.setAccessibleName(self.tr("Gehört zur Stadtverwaltung"))
        self.extern.setAccessibleName(self.tr("Gehört zu einer externen Organisation"))
        self._belongs = QButtonGroup(self)
        self._belongs.addButton(self.stadt)
        self._belongs.addButton(self.extern)
        self.stadt.setChecked(True)
        belongs = QWidget(self)
        row = QHBoxLayout(belongs)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.stadt)
        row.addWidget(self.extern)
        row.addStretch(1)
        self.dezernat = _combo(self)
        self.amt = _combo(self)
        self.abteilung = _combo(self)
        self.organisation = _combo(self)
        self.email = QLineEdit(self)
        self.telefon = QLineEdit(self)
        self.dca = QCheckBox(self.tr("Digital &Change Advisor (DCA)"), self)
        self.dca.setAccessibleName(self.tr("Digital Change Advisor (DCA)"))

        self.add_row("anrede", self.tr("&Anrede:"), self.anrede, self.tr("Anrede"))
        self.add_row("titel", self.tr("&Titel:"), self.titel, self.tr("Titel"))
        self.add_row("vorname", self.tr("&Vorname:"), self.vorname, self.tr("Vorname"))
        self.add_row("nachname", self.tr("&Nachname:"), self.nachname, self.tr("Nachname"))
        self.add_row("funktion", self.tr("&Funktion:"), self.funktion, self.tr("Funktion"))
        self.form.addRow(self.tr("Gehört zu:"), belongs)
        self.add_row("dezernat_id", self.tr("&Dezernat:"), self.dezernat, self.tr("Dezernat"))
        self.add_row("amt_id", self.tr("A&mt:"), self.amt, self.tr("Amt"))
        self.add_row("abteilung_id", self.tr("A&bteilung:"), self.abteilung, self.tr("Abteilung"))
        self.add_row("externe_organisation_id", self.tr("&Organisation:"), self.organisation,
                     self.tr("Externe Organisation"))
        self.add_row("email", self.tr("&E-Mail:"), self.email, self.tr("E-Mail"))
        self.add_row("telefon", self.tr("Te&lefon:"), self.telefon, self.tr("Telefon"))
        self.form.addRow("", self.dca)
        self._labels["ist_dca"] = self.tr("Digital Change Advisor (DCA)")
        self._widgets["ist_dca"] = self.dca
        self.finish()
        self.resize(max(self.width(), 580), self.height())  # long Dezernat names in the combo boxes
        self.setTabOrder(self.funktion, self.stadt)
        self.setTabOrder(self.stadt, self.extern)
        self.setTabOrder(self.extern, self.dezernat)

        _fill(self.dezernat, self.choices.dezernate, None)
        _fill(self.organisation, self.choices.externe, None)
        self._fill_aemter(None)
        self.dezernat.currentIndexChanged.connect(self._dezernat_chosen)
        self.amt.currentIndexChanged.connect(self._amt_chosen)
        self.stadt.toggled.connect(self._update_enabled)
        if person_id is not None:
            detail = get_person(db, person_id)
            self.setWindowTitle(self.tr("Person bearbeiten – {name}").format(name=detail.name))
            self.load(values_of(detail), detail.version)
        self._update_enabled()
        (self.anrede if person_id is None else self.nachname).setFocus()

    # --- the organisation combos ----------------------------------------------------------------
    def _fill_aemter(self, chosen: int | None) -> None:
        dezernat = self.dezernat.currentData()
        entries = [(ident, text) for ident, text, in_dezernat in self.choices.aemter
                   if dezernat is None or in_dezernat in (dezernat, None)]
        _fill(self.amt, entries, chosen)
        self._fill_abteilungen(None)

    def _fill_abteilungen(self, chosen: int | None) -> None:
        entries = self.choices.abteilungen.get(self.amt.currentData(), [])
        _fill(self.abteilung, entries, chosen)
        self.abteilung.setEnabled(self.stadt.isChecked() and bool(entries))

    def _dezernat_chosen(self) -> None:
        self._fill_aemter(self.amt.currentData())

    def _amt_chosen(self) -> None:
        amt = self.amt.currentData()
        in_dezernat = next((d for ident, _t, d in self.choices.aemter if ident == amt), None)
        if in_dezernat is not None and self.dezernat.currentData() != in_dezernat:
            self.dezernat.blockSignals(True)
            self.dezernat.setCurrentIndex(max(self.dezernat.findData(in_dezernat), 0))
            self.dezernat.blockSignals(False)
            self._fill_aemter(amt)
        self._fill_abteilungen(None)

    def _update_enabled(self) -> None:
        city = self.stadt.isChecked()
        for box in (self.dezernat, self.amt):
            box.setEnabled(city)
        self.abteilung.setEnabled(city and self.abteilung.count() > 1)
        self.organisation.setEnabled(not city)

    # --- RecordDialog ----------------------------------------------------------------------------
    def values(self) -> Values:
        city = self.stadt.isChecked()
        values: Values = {key: getattr(self, key).text().strip() or None for key in _TEXT_FIELDS}
        values["vorname"] = values["vorname"] or ""
        values["nachname"] = values["nachname"] or ""
        values["anrede"] = self.anrede.currentText().strip() or None
        values["dezernat_id"] = self.dezernat.currentData() if city else None
        values["amt_id"] = self.amt.currentData() if city else None
        values["abteilung_id"] = self.abteilung.currentData() if city else None
        values["externe_organisation_id"] = None if city else self.organisation.currentData()
        values["ist_dca"] = self.dca.isChecked()
        return {key: values[key] for key in FIELDS}

    def set_values(self, values: Mapping[str, Any]) -> None:
        for key in _TEXT_FIELDS:
            getattr(self, key).setText(values.get(key) or "")
        self.anrede.setCurrentText(values.get("anrede") or "")
        extern = values.get("externe_organisation_id")
        (self.extern if extern is not None else self.stadt).setChecked(True)
        _fill(self.organisation, self.choices.externe, extern)
        _fill(self.dezernat, self.choices.dezernate, values.get("dezernat_id"))
        self._fill_aemter(values.get("amt_id"))
        self._fill_abteilungen(values.get("abteilung_id"))
        self.dca.setChecked(bool(values.get("ist_dca")))
        self._update_enabled()

    def write(self, values: Values, version: int | None) -> int:
        if self.person_id is None:
            return people.add_person(self._db, **values)
        people.update_person(self._db, person_id=self.person_id, expected_version=version, **values)
        return self.person_id

    def stored(self) -> tuple[Values, int]:
        assert self.person_id is not None
        detail = get_person(self._db, self.person_id)
        return values_of(detail), detail.version

    def display(self, key: str, value: Any) -> str:
        if key.endswith("_id"):
            return self.choices.name(key, value)
        return super().display(key, value)

    def record_name(self) -> str:
        values = self._base or self.values()
        return " ".join(part for part in (values.get("titel"), values.get("vorname"), values.get("nachname")) if part)
