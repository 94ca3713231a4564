"""Small forms for the line organisation: a Dezernat, an Amt, an Abteilung, an external organisation; new or renamed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from iq_desktop.services import organisation, people
from iq_desktop.services.errors import NichtGefunden
from iq_desktop.services.organisation import (
    AbteilungKnoten,
    AmtKnoten,
    DezernatKnoten,
    ExterneOrganisationZeile,
    OrganisationBaum,
)
from iq_desktop.ui.people.record_dialog import RecordDialog, Values

if TYPE_CHECKING:
    from iq_desktop.db.database import Database


def _all_aemter(tree: OrganisationBaum) -> list[AmtKnoten]:
    return [*(a for d in tree.dezernate for a in d.aemter), *tree.aemter_ohne_dezernat]


def _choice_combo(parent: QWidget, entries: list[tuple[int | None, str]], chosen: int | None) -> QComboBox:
    box = QComboBox(parent)
    for ident, text in entries:
        box.addItem(text, ident)
    box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
    return box


def _set_choice(box: QComboBox, ident: int | None) -> None:
    box.setCurrentIndex(max(box.findData(ident), 0) if ident is not None else 0)


def _text(edit: QLineEdit) -> str:
    return edit.text().strip()


class _OrgDialog(RecordDialog):
    """Shared by the four forms: the database, the organisation as read, and the record being edited (or None)."""

    def __init__(self, db: Database, tree: OrganisationBaum, ident: int | None, title: str,
                 parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self._db, self._tree, self.ident = db, tree, ident

    def display(self, key: str, value: Any) -> str:
        combo = self._widgets.get(key)
        if isinstance(combo, QComboBox):
            index = combo.findData(value)
            return combo.itemText(index) if index >= 0 else ("" if value is None else str(value))
        return super().display(key, value)

    def record_name(self) -> str:
        base = self._base
        return base.get("bezeichnung") or base.get("name") or self.windowTitle()

    def _fresh_tree(self) -> OrganisationBaum:
        return organisation.organisation_tree(self._db)

    def _gone(self, was: str) -> NichtGefunden:
        return NichtGefunden(self.tr("{was} gibt es nicht mehr – vielleicht hat es jemand anderes gelöscht. "
                                     "Bitte die Ansicht aktualisieren (F5).").format(was=was))


class DezernatDialog(_OrgDialog):
    def __init__(self, db: Database, tree: OrganisationBaum, dezernat: DezernatKnoten | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, tree, dezernat.id if dezernat else None,
                         self.tr("Neues Dezernat") if dezernat is None else self.tr("Dezernat bearbeiten"), parent)
        self.kuerzel = QLineEdit(self)
        self.kuerzel.setPlaceholderText(self.tr("z. B. Dez. 2"))
        self.bezeichnung = QLineEdit(self)
        self.buergermeister = QComboBox(self)
        self.buergermeister.setEditable(True)
        self.buergermeister.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.buergermeister.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.buergermeister.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.buergermeister.addItem("–", None)
        for ident, name, org in people.list_people(db):
            self.buergermeister.addItem(f"{name} ({org})" if org else name, ident)
        self.add_row("kuerzel", self.tr("&Kürzel:"), self.kuerzel, self.tr("Kürzel"))
        self.add_row("bezeichnung", self.tr("Be&zeichnung:"), self.bezeichnung, self.tr("Bezeichnung"))
        self.add_row("buergermeister_id", self.tr("&Bürgermeister/in:"), self.buergermeister,
                     self.tr("Bürgermeister/in"))
        self.finish()
        if dezernat is not None:
            self.load(self._values(dezernat), dezernat.version)

    @staticmethod
    def _values(d: DezernatKnoten) -> Values:
        return {"kuerzel": d.kuerzel, "bezeichnung": d.bezeichnung, "buergermeister_id": d.buergermeister_id}

    def _chosen_person(self) -> int | None:
        """The entry whose text was typed or picked; -1 when the text matches no one."""
        return self.buergermeister.findText(self.buergermeister.currentText().strip(), Qt.MatchFlag.MatchFixedString)

    def values(self) -> Values:
        chosen = self._chosen_person()
        return {"kuerzel": _text(self.kuerzel), "bezeichnung": _text(self.bezeichnung),
                "buergermeister_id": self.buergermeister.itemData(chosen) if chosen >= 0 else None}

    def save(self) -> bool:
        if self.buergermeister.currentText().strip() and self._chosen_person() < 0:
            self.show_error(self.tr("Bitte die Bürgermeisterin oder den Bürgermeister aus der Liste wählen (Name "
                                    "eintippen und aus den Vorschlägen übernehmen)."), "buergermeister_id")
            return False
        return super().save()

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.kuerzel.setText(values.get("kuerzel") or "")
        self.bezeichnung.setText(values.get("bezeichnung") or "")
        _set_choice(self.buergermeister, values.get("buergermeister_id"))

    def write(self, values: Values, version: int | None) -> int:
        if self.ident is None:
            return organisation.add_dezernat(self._db, **values)
        organisation.update_dezernat(self._db, dezernat_id=self.ident, expected_version=version, **values)
        return self.ident

    def stored(self) -> tuple[Values, int]:
        found = next((d for d in self._fresh_tree().dezernate if d.id == self.ident), None)
        if found is None:
            raise self._gone(self.tr("Das Dezernat"))
        return self._values(found), found.version


class AmtDialog(_OrgDialog):
    def __init__(self, db: Database, tree: OrganisationBaum, amt: AmtKnoten | None = None,
                 dezernat_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, tree, amt.id if amt else None,
                         self.tr("Neues Amt") if amt is None else self.tr("Amt bearbeiten"), parent)
        self.kuerzel = QLineEdit(self)
        self.kuerzel.setPlaceholderText(self.tr("z. B. OA"))
        self.bezeichnung = QLineEdit(self)
        self.bezeichnung.setPlaceholderText(self.tr("z. B. Ordnungs- und Bürgeramt"))
        self.dezernat = _choice_combo(self, [(None, self.tr("– ohne Dezernat –")),
                                             *((d.id, f"{d.kuerzel} – {d.bezeichnung}") for d in tree.dezernate)],
                                      dezernat_id)
        self.add_row("kuerzel", self.tr("&Kürzel:"), self.kuerzel, self.tr("Kürzel"))
        self.add_row("bezeichnung", self.tr("Be&zeichnung:"), self.bezeichnung, self.tr("Bezeichnung"))
        self.add_row("dezernat_id", self.tr("&Dezernat:"), self.dezernat, self.tr("Dezernat"))
        self.finish()
        if amt is not None:
            self.load(self._values(amt), amt.version)

    @staticmethod
    def _values(a: AmtKnoten) -> Values:
        return {"kuerzel": a.kuerzel, "bezeichnung": a.bezeichnung, "dezernat_id": a.dezernat_id}

    def values(self) -> Values:
        return {"kuerzel": _text(self.kuerzel), "bezeichnung": _text(self.bezeichnung),
                "dezernat_id": self.dezernat.currentData()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.kuerzel.setText(values.get("kuerzel") or "")
        self.bezeichnung.setText(values.get("bezeichnung") or "")
        _set_choice(self.dezernat, values.get("dezernat_id"))

    def write(self, values: Values, version: int | None) -> int:
        if self.ident is None:
            return organisation.add_amt(self._db, **values)
        organisation.update_amt(self._db, amt_id=self.ident, expected_version=version, **values)
        return self.ident

    def stored(self) -> tuple[Values, int]:
        found = next((a for a in _all_aemter(self._fresh_tree()) if a.id == self.ident), None)
        if found is None:
            raise self._gone(self.tr("Das Amt"))
        return self._values(found), found.version


class AbteilungDialog(_OrgDialog):
    def __init__(self, db: Database, tree: OrganisationBaum, abteilung: AbteilungKnoten | None = None,
                 amt_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, tree, abteilung.id if abteilung else None,
                         self.tr("Neue Abteilung") if abteilung is None else self.tr("Abteilung bearbeiten"), parent)
        self.amt = _choice_combo(self, [(a.id, f"{a.kuerzel} – {a.bezeichnung}") for a in _all_aemter(tree)],
                                 abteilung.amt_id if abteilung else amt_id)
        self.amt.setEnabled(abteilung is None)  # moving an Abteilung to another Amt is not offered
        self.bezeichnung = QLineEdit(self)
        self.kuerzel = QLineEdit(self)
        self.add_row("amt_id", self.tr("A&mt:"), self.amt, self.tr("Amt"))
        self.add_row("bezeichnung", self.tr("Be&zeichnung:"), self.bezeichnung, self.tr("Bezeichnung"))
        self.add_row("kuerzel", self.tr("&Kürzel (optional):"), self.kuerzel, self.tr("Kürzel"))
        self.finish()
        if abteilung is not None:
            self.load(self._values(abteilung), abteilung.version)

    @staticmethod
    def _values(t: AbteilungKnoten) -> Values:
        return {"amt_id": t.amt_id, "bezeichnung": t.bezeichnung, "kuerzel": t.kuerzel}

    def values(self) -> Values:
        return {"amt_id": self.amt.currentData(), "bezeichnung": _text(self.bezeichnung),
                "kuerzel": _text(self.kuerzel) or None}

    def set_values(self, values: Mapping[str, Any]) -> None:
        _set_choice(self.amt, values.get("amt_id"))
        self.bezeichnung.setText(values.get("bezeichnung") or "")
        self.kuerzel.setText(values.get("kuerzel") or "")

    def write(self, values: Values, version: int | None) -> int:
        if self.ident is None:
            return organisation.add_abteilung(self._db, **values)
        organisation.update_abteilung(self._db, abteilung_id=self.ident, expected_version=version,
                                      bezeichnung=values["bezeichnung"], kuerzel=values["kuerzel"])
        return self.ident

    def stored(self) -> tuple[Values, int]:
        teile = (t for a in _all_aemter(self._fresh_tree()) for t in a.abteilungen)
        found = next((t for t in teile if t.id == self.ident), None)
        if found is None:
            raise self._gone(self.tr("Die Abteilung"))
        return self._values(found), found.version


class ExterneOrganisationDialog(_OrgDialog):
    def __init__(self, db: Database, tree: OrganisationBaum, org: ExterneOrganisationZeile | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, tree, org.id if org else None,
                         self.tr("Neue externe Organisation") if org is None
                         else self.tr("Externe Organisation bearbeiten"), parent)
        self.name = QLineEdit(self)
        self.art = QLineEdit(self)
        self.art.setPlaceholderText(self.tr("z. B. Hochschule, Verein, Unternehmen"))
        self.ort = QLineEdit(self)
        self.add_row("name", self.tr("&Name:"), self.name, self.tr("Name"))
        self.add_row("art", self.tr("&Art:"), self.art, self.tr("Art"))
        self.add_row("ort", self.tr("&Ort:"), self.ort, self.tr("Ort"))
        self.finish()
        if org is not None:
            self.load(self._values(org), org.version)

    @staticmethod
    def _values(o: ExterneOrganisationZeile) -> Values:
        return {"name": o.name, "art": o.art, "ort": o.ort}

    def values(self) -> Values:
        return {"name": _text(self.name), "art": _text(self.art) or None, "ort": _text(self.ort) or None}

    def set_values(self, values: Mapping[str, Any]) -> None:
        for key in ("name", "art", "ort"):
            getattr(self, key).setText(values.get(key) or "")

    def write(self, values: Values, version: int | None) -> int:
        if self.ident is None:
            return organisation.add_externe_organisation(self._db, **values)
        organisation.update_externe_organisation(self._db, organisation_id=self.ident, expected_version=version,
                                                 **values)
        return self.ident

    def stored(self) -> tuple[Values, int]:
        found = next((o for o in self._fresh_tree().externe if o.id == self.ident), None)
        if found is None:
            raise self._gone(self.tr("Die Organisation"))
        return self._values(found), found.version
