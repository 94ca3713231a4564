"""The form of one Sitzung: Gremium, Datum, TOP, ö/nö, Vorlage Nr., Ergebnis, Bemerkung; new or changed.

A refused input is said under its field and the dialog stays open with what
was typed. Saving a changed meeting carries the version the form was loaded
with; when someone saved it meanwhile, the compare dialog shows what differs
(fields the user left alone take the stored value) and nothing is overwritten
unasked.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.errors import DatenbankFehler, IQError, VersionKonflikt
from iq_desktop.formatting import format_date
from iq_desktop.services import meetings
from iq_desktop.services.errors import DomainError
from iq_desktop.ui import dialogs
from iq_desktop.ui.conflict_dialog import ConflictDialog, Entscheidung, FeldVergleich
from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN
from iq_desktop.ui.meetings.texts import oeffentlich_word
from iq_desktop.ui.widgets.date_field import DateField
from iq_desktop.ui.widgets.discard_guard import AsksBeforeDiscarding

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import SitzungZeile

#: the form's fields, as the services name them
FIELDS = ("gremium_id", "datum", "top", "oeffentlich", "vorlage_nr", "ergebnis", "bemerkung")


def values_of(row: SitzungZeile) -> dict[str, Any]:
    """A stored meeting as the form's values."""
    return {key: getattr(row, key) for key in FIELDS}


class SitzungDialog(AsksBeforeDiscarding, QDialog):
    """Modal; after ``exec()`` :attr:`sitzung_id` is the saved meeting's id (None when nothing was saved)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, sitzung: SitzungZeile | None = None,
                 gremium_id: int | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._base = sitzung
        self._version = sitzung.version if sitzung is not None else None
        self.sitzung_id: int | None = None
        #: the compare dialog while it is open (tests answer it)
        self.conflict_dialog: ConflictDialog | None = None
        self.setWindowTitle(self.tr("Sitzung bearbeiten") if sitzung is not None else self.tr("Neue Sitzung"))

        self.gremium = QComboBox(self)
        self._gremien = dict(meetings.list_gremien(db))
        for ident, name in self._gremien.items():
            self.gremium.addItem(name, ident)
        self.datum = DateField(self)
        self.top = QLineEdit(self)
        self.top.setPlaceholderText(self.tr("z. B. 8 oder 3.1"))
        self.oeffentlich = QCheckBox(self.tr("ö&ffentlich beraten"), self)
        self.vorlage_nr = QLineEdit(self)
        self.vorlage_nr.setPlaceholderText(self.tr("z. B. 2021/1528"))
        self.ergebnis = QComboBox(self)
        self.ergebnis.setEditable(True)
        self.ergebnis.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # stored words of the minutes, not labels: the list offers them as they are written
        self.ergebnis.addItems(["", *meetings.ERGEBNISSE])
        self.ergebnis.lineEdit().setPlaceholderText(self.tr("noch offen"))
        self.bemerkung = QPlainTextEdit(self)
        self.bemerkung.setTabChangesFocus(True)
        self.bemerkung.setFixedHeight(self.bemerkung.fontMetrics().lineSpacing() * 4 + 12)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text, accessible, widget in (
            ("gremium_id", self.tr("&Gremium:"), self.tr("Gremium"), self.gremium),
            ("datum", self.tr("&Datum:"), self.tr("Datum der Sitzung"), self.datum),
            ("top", self.tr("&TOP:"), self.tr("Tagesordnungspunkt (TOP)"), self.top),
            ("oeffentlich", self.tr("Beratung:"), self.tr("öffentlich beraten"), self.oeffentlich),
            ("vorlage_nr", self.tr("&Vorlage Nr.:"), self.tr("Vorlage Nr."), self.vorlage_nr),
            ("ergebnis", self.tr("&Ergebnis:"), self.tr("Ergebnis"), self.ergebnis),
            ("bemerkung", self.tr("&Bemerkung:"), self.tr("Bemerkung"), self.bemerkung),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(accessible)
            error = QLabel(self)
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {ERROR_COLOUR};")
            error.setObjectName(f"fehler_{key}")
            error.hide()
            self.errors[key] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(label, column)
        #: a refusal that concerns no single field (the meeting was deleted meanwhile, …)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbre&chen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if sitzung is not None:
            self.set_values(values_of(sitzung))
        else:
            self.gremium.setCurrentIndex(max(self.gremium.findData(gremium_id), 0))
        self.resize(520, self.sizeHint().height())

    # --- values -----------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "gremium_id": self.gremium.currentData(),
            "datum": self.datum.value(),
            "top": self.top.text(),
            "oeffentlich": self.oeffentlich.isChecked(),
            "vorlage_nr": self.vorlage_nr.text(),
            "ergebnis": self.ergebnis.currentText(),
            "bemerkung": self.bemerkung.toPlainText(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.gremium.setCurrentIndex(max(self.gremium.findData(values["gremium_id"]), 0))
        self.datum.set_value(values["datum"])
        self.top.setText(values["top"] or "")
        self.oeffentlich.setChecked(bool(values["oeffentlich"]))
        self.vorlage_nr.setText(values["vorlage_nr"] or "")
        self.ergebnis.setCurrentText(values["ergebnis"] or "")
        self.bemerkung.setPlainText(values["bemerkung"] or "")

    def labels(self) -> dict[str, str]:
        return {"gremium_id": self.tr("Gremium"), "datum": self.tr("Datum"), "top": self.tr("TOP"),
                "oeffentlich": self.tr("ö/nö"), "vorlage_nr": self.tr("Vorlage Nr."),
                "ergebnis": self.tr("Ergebnis"), "bemerkung": self.tr("Bemerkung")}

    def display(self, key: str, value: Any) -> str:
        """A value as the compare dialog shows it."""
        if key == "gremium_id":
            return self._gremien.get(value, "")
        if key == "datum":
            return format_date(value) if isinstance(value, dt.date) else ""
        if key == "oeffentlich":
            return oeffentlich_word(bool(value))
        return (value or "").strip()

    # --- saving -----------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.error):
            label.clear()
            label.hide()

    def show_error(self, feld: str | None, message: str) -> None:
        """Under the field at fault (and focus it), else below the form."""
        label = self.errors.get(feld or "", self.error)
        label.setText(f"{WARN} {message}")
        label.show()
        widget = {"gremium_id": self.gremium, "datum": self.datum, "top": self.top, "vorlage_nr": self.vorlage_nr,
                  "ergebnis": self.ergebnis, "bemerkung": self.bemerkung}.get(feld or "")
        if widget is not None:
            widget.setFocus()

    def save(self) -> bool:
        """Save; True when saved (the dialog closes), False when it stays open with the input."""
        return self._save(self.values(), self._version, self._base)

    def _save(self, values: dict[str, Any], version: int | None, base: SitzungZeile | None) -> bool:
        self.clear_errors()
        while True:
            try:
                if base is None:
                    self.sitzung_id = meetings.plan_sitzung(self._db, **values)
                else:
                    meetings.update_sitzung(self._db, sitzung_id=base.id, expected_version=version, **values)
                    self.sitzung_id = base.id
            except VersionKonflikt as konflikt:
                assert base is not None
                return self._resolve_conflict(konflikt, values, base)
            except DomainError as exc:
                self.show_error(exc.feld, exc.message)
                return False
            except DatenbankFehler as exc:
                if dialogs.ask_retry(self, exc.message + "\n\n" + self.tr("Ihre Eingaben bleiben im Formular "
                                                                          "erhalten.")):
                    continue
                return False
            except IQError as exc:
                self.show_error(None, exc.message)
                return False
            break
        self.accept()
        return True

    def _resolve_conflict(self, konflikt: VersionKonflikt, mine: dict[str, Any], base: SitzungZeile) -> bool:
        """Someone saved the meeting first: what the user left alone takes the stored value, the rest is asked."""
        try:
            stored_row = meetings.get_sitzung(self._db, base.id).sitzung
        except IQError as exc:
            self.show_error(None, exc.message)
            return False
        before, stored = values_of(base), values_of(stored_row)
        changed = [key for key in FIELDS if self.display(key, mine[key]) != self.display(key, before[key])]
        merged = {key: mine[key] if key in changed else stored[key] for key in FIELDS}
        labels = self.labels()
        rows = [FeldVergleich(labels[key], self.display(key, merged[key]), self.display(key, stored[key]))
                for key in (changed or FIELDS)]
        wer = konflikt.geaendert_von or self.tr("jemand anderem")
        dialog = ConflictDialog(konflikt, rows, self, message=self.tr(
            "Die Sitzung wurde inzwischen von {wer} gespeichert; überschrieben wurde nichts. Ihre Änderungen stehen "
            "links, der gespeicherte Stand rechts. Was Sie nicht geändert haben, bleibt wie gespeichert.").format(
            wer=wer))
        self.conflict_dialog = dialog
        dialog.exec()
        self.conflict_dialog = None
        choice = dialog.entscheidung
        dialog.deleteLater()
        if choice is Entscheidung.GESPEICHERTEN_UEBERNEHMEN:
            self._base, self._version = stored_row, stored_row.version
            self.set_values(stored)
            return False
        if choice is Entscheidung.MEINE_DARUEBER:
            self._base, self._version = stored_row, stored_row.version
            self.set_values(merged)  # the form shows what is saved, and keeps it should that be refused
            return self._save(merged, stored_row.version, stored_row)
        return False  # cancelled: the form keeps the user's input
