"""The toolbar's search: Leitprojekte and people as you type; choosing one opens it.

A QCompleter over one list model holding both kinds; it filters by any part of
the text (case-insensitive) and shows its matches in a popup under the field.
Enter without choosing takes the first match.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from iq_desktop.i18n import translate

#: the ``Treffer`` behind a row
TREFFER_ROLE = Qt.ItemDataRole.UserRole + 1


class Art(enum.Enum):
    PROJEKT = "projekt"
    PERSON = "person"


@dataclass(frozen=True, slots=True)
class Treffer:
    """One thing the search can find: its kind, id, and the line the popup shows."""

    art: Art
    id: int
    text: str


class SearchModel(QStandardItemModel):
    """Projects first, then people; the lines live in Qt's own items.

    The completer filters and its popup measures every line on each keystroke:
    with ten thousand people a Python ``data()`` per line cost a third of a
    second (bench/README.md), items answer in C++.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._projects: list[Treffer] = []
        self._people: list[Treffer] = []

    def set_projects(self, projects: Sequence[tuple[int, str, str]], leitprojekt: str) -> None:
        """(id, title, corridor) of each Leitprojekt; ``leitprojekt`` is the organisation's word."""
        self._projects = [Treffer(Art.PROJEKT, ident, f"{titel} – {leitprojekt} · {korridor}")
                          for ident, titel, korridor in projects]
        self._fill()

    def set_people(self, people: Sequence[tuple[int, str, str | None]]) -> None:
        """(id, name, Amt or organisation) of each person."""
        person = translate("Suche", "Person")
        self._people = [Treffer(Art.PERSON, ident, f"{name} – {person}" + (f" · {org}" if org else ""))
                        for ident, name, org in people]
        self._fill()

    def _fill(self) -> None:
        self.clear()
        column = [_item(treffer) for treffer in (*self._projects, *self._people)]
        if column:
            self.appendColumn(column)


def _item(treffer: Treffer) -> QStandardItem:
    item = QStandardItem(treffer.text)
    item.setEditable(False)
    item.setData(treffer, TREFFER_ROLE)
    return item


class GlobalSearch(QWidget):
    """"Suche:" and its field; asks for the people list when the field is first entered (``wants_people``)."""

    chosen = Signal(object)  # Treffer
    wants_people = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchModel(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("globale_suche")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 46)
        self.field.setMaximumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.label = QLabel(self.tr("Suche:"), self)  # no Alt+letter: Ctrl+F leads here from every screen
        self.label.setBuddy(self.field)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        popup = self.completer.popup()
        if hasattr(popup, "setUniformItemSizes"):
            popup.setUniformItemSizes(True)  # one line measured, not ten thousand
        self.field.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.field.returnPressed.connect(self.choose_first)
        self.field.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addStretch(1)  # label and field stay together however wide the toolbar is
        self.set_terms("Leitprojekte")

    def set_terms(self, leitprojekte: str) -> None:
        self.field.setPlaceholderText(self.tr("{Leitprojekte} und Personen finden (Strg+F)").format(
            Leitprojekte=leitprojekte))
        self.field.setAccessibleName(self.tr("Suche: {Leitprojekte} und Personen").format(Leitprojekte=leitprojekte))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.field and event.type() == QEvent.Type.FocusIn:
            self.wants_people.emit()  # people change rarely: read when the user is about to search
        return super().eventFilter(watched, event)

    def matches(self) -> list[Treffer]:
        """What the popup offers for the current text."""
        self.completer.setCompletionPrefix(self.field.text())
        popup = self.completer.completionModel()
        return [popup.index(row, 0).data(TREFFER_ROLE) for row in range(popup.rowCount())]

    def choose_first(self) -> bool:
        """Enter: the first match, when the text matches anything."""
        if not self.field.text().strip():
            return False
        found = self.matches()
        if not found:
            return False
        self._choose(found[0])
        return True

    def _activated(self, index: QModelIndex) -> None:
        treffer = index.data(TREFFER_ROLE)
        if treffer is not None:
            self._choose(treffer)

    def _choose(self, treffer: Treffer) -> None:
        self.completer.popup().hide()
        self.field.clear()
        self.chosen.emit(treffer)
