"""Typing into widgets with real key events, umlauts included.

QTest.keyClicks knows only ASCII: an umlaut trips a Qt assertion that aborts the
whole process. These key events carry their text instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def send_keys(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key where the widget's cursor is."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def replace_text(widget: QWidget, text: str) -> None:
    """Focus the widget, select what it holds and type ``text`` over it."""
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    send_keys(widget, text)
