"""Two list fields of the Steckbrief: an ordered, editable text list (goals) and a check list (strategy)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _NumberedList(QStringListModel):
    """Shows "1. text", edits "text": the goals are numbered, as in the published profile."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return f"{index.row() + 1}. {value}"
        return value


class OrderedTextList(QWidget):
    """Numbered entries the user adds, edits in place (F2 or double-click), moves and removes."""

    changed = Signal()

    def __init__(self, item_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = _NumberedList(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        # F2 or a double-click edits; a stray key press must not replace a whole goal
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setWordWrap(True)
        self.view.setMinimumHeight(90)
        self.view.setMaximumHeight(150)  # a few more rows scroll; the form stays compact
        self.add_button = QPushButton(self.tr("Hinzufügen"), self)
        self.add_button.setAccessibleName(self.tr("{eintrag} hinzufügen").format(eintrag=item_name))
        self.up_button = QPushButton(self.tr("Nach oben"), self)
        self.up_button.setAccessibleName(self.tr("{eintrag} nach oben").format(eintrag=item_name))
        self.down_button = QPushButton(self.tr("Nach unten"), self)
        self.down_button.setAccessibleName(self.tr("{eintrag} nach unten").format(eintrag=item_name))
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.remove_button.setAccessibleName(self.tr("{eintrag} entfernen").format(eintrag=item_name))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # else the label's Alt+Z finds nothing to focus

        self.add_button.clicked.connect(self.add_entry)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove_entry)
        self.model.dataChanged.connect(self.changed)
        self.model.rowsRemoved.connect(self.changed)
        self.model.rowsMoved.connect(self.changed)

    def value(self) -> tuple[str, ...]:
        return tuple(text.strip() for text in self.model.stringList() if text.strip())

    def commit_pending(self) -> None:
        """Take over what is typed in an open in-place editor (Ctrl+S while still typing a goal)."""
        editor = self.view.indexWidget(self.view.currentIndex())
        if editor is not None:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def set_value(self, entries: Sequence[str]) -> None:
        self.model.setStringList(list(entries))

    def add_entry(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)  # empty until typed: not yet a change of the value
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_entry(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)

    def _move(self, step: int) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row, target = index.row(), index.row() + step
        if not 0 <= target < self.model.rowCount():
            return
        # moveRows wants the destination before which to insert, in the old numbering
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (1 if step > 0 else 0))
        self.view.setCurrentIndex(self.model.index(target))


class CheckList(QWidget):
    """Groups of checkable entries (id, text) under bold group headings."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(230)
        self.view.setMaximumHeight(300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.model.itemChanged.connect(lambda _item: self.changed.emit())

    def set_entries(self, groups: Sequence[tuple[str, Sequence[tuple[int, str]]]]) -> None:
        self.model.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for heading, entries in groups:
            if not entries:
                continue
            head = QStandardItem(heading)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(bold)
            self.model.appendRow(head)
            for ident, text in entries:
                item = QStandardItem(text)
                item.setData(ident, Qt.ItemDataRole.UserRole)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.model.appendRow(item)

    def _items(self) -> list[QStandardItem]:
        items = (self.model.item(row) for row in range(self.model.rowCount()))
        return [item for item in items if item is not None and item.isCheckable()]

    def names(self) -> dict[int, str]:
        return {item.data(Qt.ItemDataRole.UserRole): item.text() for item in self._items()}

    def value(self) -> tuple[int, ...]:
        return tuple(sorted(item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                            if item.checkState() == Qt.CheckState.Checked))

    def set_value(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        for item in self._items():
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
