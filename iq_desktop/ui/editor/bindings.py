"""Form fields bound to one undo stack: every edit in any field of a form can be undone in order.

Each binding knows how to read and write its widget's value and reports a
change as one :class:`FieldChange` on the form's QUndoStack. Consecutive
keystrokes in the same field merge into one step, as in a word processor; an
edit in another field starts a new step. Undo writes the old value back
without recording a new change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from iq_desktop.ui.editor.list_widgets import CheckList, OrderedTextList
from iq_desktop.ui.editor.resource_table import ResourceTable
from iq_desktop.ui.widgets.ampel import AmpelAuswahl
from iq_desktop.ui.widgets.date_field import DateField


class _FormUndoKeys(QObject):
    """Lets Ctrl+Z and Ctrl+Y reach the form's undo actions instead of a text field's own undo.

    A QLineEdit claims those keys for its private undo, which knows nothing of the
    other fields; leaving the ShortcutOverride unaccepted hands them to the window.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)


_FORM_UNDO_KEYS = _FormUndoKeys()


def route_undo_keys(widget: QWidget) -> None:
    widget.installEventFilter(_FORM_UNDO_KEYS)
    for child in widget.findChildren(QLineEdit):  # the line edit inside a date field
        child.installEventFilter(_FORM_UNDO_KEYS)


class FieldChange(QUndoCommand):
    def __init__(self, binding: Binding, old: Any, new: Any, *, mergeable: bool) -> None:
        super().__init__(binding.label)
        self.binding, self.old, self.new = binding, old, new
        self._mergeable = mergeable

    def id(self) -> int:
        return self.binding.number if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldChange) or other.binding is not self.binding:
            return False
        self.new = other.new
        self.setObsolete(self.old == self.new)  # typed and deleted again: no step, and clean again
        return True

    def redo(self) -> None:
        self.binding.apply(self.new)

    def undo(self) -> None:
        self.binding.apply(self.old)


class Binding(QObject):
    """One form field: its widget, its key in the form's data, and its value."""

    _count = 0

    def __init__(self, key: str, label: str, widget: QWidget, stack: QUndoStack, *,
                 get: Callable[[], Any], put: Callable[[Any], None], mergeable: bool = False) -> None:
        super().__init__(widget)
        Binding._count += 1
        self.number = Binding._count
        self.key, self.label, self.widget, self._stack = key, label, widget, stack
        self._get, self._put, self._mergeable = get, put, mergeable
        self._applying = False
        self._last: Any = get()
        route_undo_keys(widget)

    def value(self) -> Any:
        return self._get()

    def load(self, value: Any) -> None:
        """Set the value from the database: not an edit, nothing to undo."""
        self.apply(value)

    def apply(self, value: Any) -> None:
        """Write ``value`` into the widget, unless it shows it already.

        The first redo of a change finds the widget holding the new value: writing it
        again would, for a list, reset its model in the middle of the item editor's commit.
        """
        if self._get() == value:
            self._last = value
            return
        self._applying = True
        try:
            self._put(value)
        finally:
            self._applying = False
        self._last = self._get()

    def changed(self, *_args: object) -> None:
        """The widget reports an edit by the user."""
        if self._applying:
            return
        new = self._get()
        if new == self._last:
            return
        old, self._last = self._last, new
        self._applying = True  # push() calls redo(), which would write the same value again
        try:
            self._stack.push(FieldChange(self, old, new, mergeable=self._mergeable))
        finally:
            self._applying = False


def bind_line(key: str, label: str, widget: QLineEdit, stack: QUndoStack) -> Binding:
    binding = Binding(key, label, widget, stack, get=lambda: widget.text().strip() or None,
                      put=lambda v: widget.setText(v or ""), mergeable=True)
    widget.textEdited.connect(binding.changed)
    return binding


def bind_text(key: str, label: str, widget: QPlainTextEdit, stack: QUndoStack) -> Binding:
    widget.setUndoRedoEnabled(False)  # the form's stack undoes across fields, not the field alone

    def put(value: str | None) -> None:
        if widget.toPlainText() != (value or ""):
            widget.setPlainText(value or "")

    binding = Binding(key, label, widget, stack, get=lambda: widget.toPlainText().strip() or None, put=put,
                      mergeable=True)
    widget.textChanged.connect(binding.changed)
    return binding


def bind_check(key: str, label: str, widget: QCheckBox, stack: QUndoStack) -> Binding:
    if not widget.accessibleName():
        widget.setAccessibleName(widget.text().replace("&", ""))
    binding = Binding(key, label, widget, stack, get=widget.isChecked, put=lambda v: widget.setChecked(bool(v)))
    widget.toggled.connect(binding.changed)
    return binding


def bind_choice(key: str, label: str, widget: QComboBox, stack: QUndoStack) -> Binding:
    """A combo box whose items carry their values as item data."""

    def put(value: Any) -> None:
        index = widget.findData(value)
        widget.setCurrentIndex(max(index, 0))

    binding = Binding(key, label, widget, stack, get=widget.currentData, put=put)
    widget.currentIndexChanged.connect(binding.changed)
    return binding


def bind_ampel(key: str, label: str, widget: AmpelAuswahl, stack: QUndoStack) -> Binding:
    """An Ampel choice: each pick is its own undo step."""
    binding = Binding(key, label, widget, stack, get=widget.value, put=widget.set_value)
    widget.currentIndexChanged.connect(binding.changed)
    return binding


def bind_date(key: str, label: str, widget: DateField, stack: QUndoStack) -> Binding:
    binding = Binding(key, label, widget, stack, get=widget.value, put=widget.set_value, mergeable=True)
    widget.dateChanged.connect(binding.changed)
    return binding


def bind_widget(key: str, label: str, widget: OrderedTextList | CheckList | ResourceTable,
                stack: QUndoStack) -> Binding:
    """A composite field with ``value()``, ``set_value()`` and a ``changed`` signal.

    Each change is its own undo step (a goal typed, a budget cell edited, a row added).
    """
    binding = Binding(key, label, widget, stack, get=widget.value, put=widget.set_value)
    widget.changed.connect(binding.changed)
    return binding
