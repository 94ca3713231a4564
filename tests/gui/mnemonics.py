"""The Alt+letters a screen offers, to check they are unique (BITV: every control reachable by keyboard)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QWidget

#: taken by the main window around every page: menus D, B, A, X, H; navigation N; L, V, S
MAIN_WINDOW_LETTERS = frozenset("dbaxhnlvs")


def alt_letters(screen: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible Alt+letter: menu bar, labels, buttons, check boxes."""
    texts = [a.text() for a in screen.menuBar().actions()] if isinstance(screen, QMainWindow) else []
    texts += [w.text() for w in screen.findChildren(QLabel) + screen.findChildren(QAbstractButton)
              if w.isVisibleTo(screen)]
    found = []
    for text in texts:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            found.append((match.group(1).casefold(), text))
    return found


def used_twice(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    letters = [letter for letter, _ in found]
    return [(letter, text) for letter, text in found if letters.count(letter) > 1]
