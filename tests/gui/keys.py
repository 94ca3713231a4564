"""Keyboard helpers for GUI tests: typing with real key events (umlauts included), the visible Alt+letters.

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


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible Alt+letter in the window: menu bar, labels, buttons, check boxes."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [a.text() for a in window.menuBar().actions()] if hasattr(window, "menuBar") else []
    texts += [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
              if w.isVisibleTo(window)]
    found = []
    for text in texts:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            found.append((match.group(1).casefold(), text))
    return found


def clashing_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """The visible Alt+letters used more than once: (letter, text) of each use; empty when all are unique."""
    from collections import Counter

    found = mnemonics(window)
    twice = {letter for letter, n in Counter(letter for letter, _ in found).items() if n > 1}
    return [(letter, text) for letter, text in found if letter in twice]
