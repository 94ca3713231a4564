"""A small modal form that saves one record through a service: the base of the person and organisation dialogs.

Saving follows the editor's rules: a refused input is said in German under
the form and the dialog stays open with the input; a database that cannot be
reached offers to try again; a record someone else saved meanwhile opens the
compare dialog (fields the user did not touch take the stored value) and is
never overwritten silently.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.errors import DatenbankFehler, IQError, VersionKonflikt
from iq_desktop.services.errors import DomainError
from iq_desktop.ui import conflict_dialog, dialogs
from iq_desktop.ui.conflict_dialog import Entscheidung, FeldVergleich
from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN
from iq_desktop.ui.widgets.discard_guard import AsksBeforeDiscarding
from iq_desktop.ui.widgets.labels import style_hint

log = logging.getLogger(__name__)

Values = dict[str, Any]


class RecordDialog(AsksBeforeDiscarding, QDialog):
    """Subclasses add their rows, then implement :meth:`values`, :meth:`set_values`, :meth:`write` and,
    for editing, :meth:`stored`. After ``exec()``, :attr:`saved_id` is the saved record's id (or None)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.saved_id: int | None = None
        #: a conflict was met: the caller's view is stale even when nothing was saved
        self.conflict_seen = False
        self.version: int | None = None
        self._base: Values = {}
        self._labels: dict[str, str] = {}
        self._widgets: dict[str, QWidget] = {}

        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("fehler")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        self.note = style_hint(QLabel(self))
        self.note.setWordWrap(True)
        self.note.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abb&rechen"))
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # --- building --------------------------------------------------------------------------------
    def add_row(self, key: str, text: str, widget: QWidget, accessible: str) -> QLabel:
        """A labelled row: the label (with its Alt+letter) is the field's buddy; ``key`` is the service's field name."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        self.form.addRow(label, widget)
        self._labels[key] = accessible
        self._widgets[key] = widget
        return label

    def finish(self) -> None:
        """Tab order as the rows read, then the buttons; a sensible width."""
        order = [*self._widgets.values(), self.buttons]
        for before, after in pairwise(order):
            self.setTabOrder(before, after)
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())

    # --- what a subclass provides --------------------------------------------------------------------
    def values(self) -> Values:
        raise NotImplementedError

    def set_values(self, values: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def write(self, values: Values, version: int | None) -> int:
        """Save through the service; return the record's id."""
        raise NotImplementedError

    def stored(self) -> tuple[Values, int]:
        """The record as stored now, and its version (for the compare dialog)."""
        raise NotImplementedError

    def display(self, key: str, value: Any) -> str:
        """A field's value as the compare dialog shows it."""
        if isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nein")
        return "" if value is None else str(value)

    def record_name(self) -> str:
        """How the conflict message names the record, e.g. "Eva Ärmel"."""
        return self.windowTitle()

    # --- loading and saving --------------------------------------------------------------------------
    def load(self, values: Mapping[str, Any], version: int | None) -> None:
        """Show a stored record; its values are the base the user's changes are measured against."""
        self._base = dict(values)
        self.version = version
        self.set_values(values)

    def show_error(self, message: str, feld: str | None = None) -> None:
        self.note.hide()
        self.error.setText(f"{WARN} {message}")
        self.error.show()
        widget = self._widgets.get(feld or "")
        if widget is not None and widget.isEnabled():
            widget.setFocus()

    def show_note(self, message: str) -> None:
        self.error.hide()
        self.note.setText(message)
        self.note.show()

    def _save_clicked(self) -> None:
        try:
            saved = self.save()
        except Exception:  # a bug: logged and named; the input stays in the form
            log.exception("saving %s failed", type(self).__name__)
            dialogs.show_unexpected_error(self, self.tr("Das Speichern"))
            return
        if saved:
            self.accept()

    def save(self) -> bool:
        """Save what the form holds; True when it is saved (the caller then closes the dialog)."""
        return self._save(self.values(), self.version)

    def _save(self, values: Values, version: int | None) -> bool:
        self.error.hide()
        while True:
            try:
                self.saved_id = self.write(values, version)
            except VersionKonflikt as konflikt:
                return self._resolve(konflikt, values)
            except DomainError as exc:
                self.show_error(exc.message, exc.feld)
                return False
            except DatenbankFehler as exc:
                if dialogs.ask_retry(self, exc.message + "\n\n" + self.tr(
                        "Ihre Eingaben bleiben im Formular erhalten.")):
                    continue
                return False
            except IQError as exc:
                self.show_error(exc.message)
                return False
            return True

    def _resolve(self, konflikt: VersionKonflikt, mine: Values) -> bool:
        """Someone saved first: show the fields the user changed beside the stored ones and let them choose."""
        self.conflict_seen = True
        try:
            stored, stored_version = self.stored()
        except IQError as exc:
            self.show_error(exc.message)
            return False
        base = self._base
        changed = [key for key in mine if mine[key] != base.get(key)]
        merged = {key: mine[key] if key in changed else stored.get(key) for key in mine}
        rows = [FeldVergleich(self._labels.get(key, key), self.display(key, merged[key]),
                              self.display(key, stored.get(key)))
                for key in (changed or list(mine))]
        wer = konflikt.geaendert_von or self.tr("jemand anderem")
        choice = conflict_dialog.decide(konflikt, rows, self, message=self.tr(
            "„{name}“ wurde inzwischen von {wer} gespeichert; überschrieben wurde nichts. Ihre Änderungen "
            "stehen links, der gespeicherte Stand rechts. Was Sie nicht geändert haben, bleibt wie gespeichert."
        ).format(name=self.record_name(), wer=wer))
        if choice is Entscheidung.GESPEICHERTEN_UEBERNEHMEN:
            self.load(stored, stored_version)
            self.show_note(self.tr("Der gespeicherte Stand ist geladen; Ihre Eingaben wurden verworfen."))
            return False
        if choice is Entscheidung.MEINE_DARUEBER:
            self._base, self.version = dict(stored), stored_version
            self.set_values(merged)
            return self._save(merged, stored_version)
        self.show_error(self.tr("Nichts gespeichert. Ihre Eingaben stehen weiter im Formular."))
        return False
