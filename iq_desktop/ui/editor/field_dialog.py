"""The small forms of the action tabs (a phase's name, a milestone, a risk's details, a decision taken).

They are record dialogs (see ``ui/people/record_dialog.py``: retry, compare
dialog on a stale save, nothing half-written) whose refusals stand under the
field they name, as in the Steckbrief.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from iq_desktop.formatting import format_date
from iq_desktop.i18n import translate
from iq_desktop.services import portfolio
from iq_desktop.services.errors import NichtGefunden
from iq_desktop.ui.editor.action_tab import error_label
from iq_desktop.ui.editor.steckbrief_tab import WARN
from iq_desktop.ui.people.record_dialog import RecordDialog, Values

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import LeitprojektDetail

T = TypeVar("T")

__all__ = ["FieldDialog", "Values", "plain", "stored_record", "text_box"]


def text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)  # Tab leaves the field, as in every other field
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def stored_record(db: Database, projekt_id: int, rows: Callable[[LeitprojektDetail], Iterable[T]], ident: int,
                  was: str) -> T:
    """One row of a project as stored now; a German "not found" when someone removed it meanwhile."""
    for row in rows(portfolio.get_leitprojekt(db, projekt_id)):
        if getattr(row, "id", None) == ident:
            return row
    raise NichtGefunden(translate("Prüfung", "{was} (Nr. {id}) wurde nicht gefunden – vielleicht hat es jemand "
                                  "anderes gelöscht. Bitte die Ansicht aktualisieren (F5).").format(was=was, id=ident))


class FieldDialog(RecordDialog):
    """A record dialog whose refusals stand under the field they name (else under the form)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.field_errors: dict[str, QLabel] = {}

    def add_row(self, key: str, text: str, widget: QWidget, accessible: str) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        error = error_label(self, key)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, column)
        self._labels[key] = accessible
        self._widgets[key] = widget
        self.field_errors[key] = error
        return label

    def show_error(self, message: str, feld: str | None = None) -> None:
        label = self.field_errors.get(feld or "")
        if label is None:
            super().show_error(message, feld)
            return
        self.note.hide()
        label.setText(f"{WARN} {message}")
        label.show()
        widget = self._widgets[feld or ""]
        if widget.isEnabled():
            widget.setFocus()

    def save(self) -> bool:
        for label in self.field_errors.values():
            label.hide()
        return super().save()

    def display(self, key: str, value: Any) -> str:
        if isinstance(value, dt.date):
            return format_date(value)
        if isinstance(value, enum.Enum):
            return str(getattr(value, "label", value.value))
        return super().display(key, value)


def plain(value: str | None) -> str | None:
    """A text field's value as the services store it (trimmed, empty is None), so "unchanged" compares equal."""
    text = (value or "").strip()
    return text or None
