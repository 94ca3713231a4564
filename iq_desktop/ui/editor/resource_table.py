"""A small editable table of the Steckbrief (budget lines, Zielvereinbarungen) with its add / remove buttons.

Like the goals list it is one form field: ``value()`` is the tuple of rows,
``set_value()`` shows one, and ``changed`` reports every accepted cell edit,
added or removed row, which the form's binding turns into one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.ui.editor.resource_models import (
    ERREICHT,
    JAHR_BIS,
    JAHR_VON,
    Eingabe,
    ResourceModel,
    erreicht_word,
)
from iq_desktop.ui.widgets.labels import style_hint

Index = QModelIndex | QPersistentModelIndex


class _CellEditors(QStyledItemDelegate):
    """The editor a column asks for: a line, a year box, or ja / nein / offen."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, ResourceModel)
        kind = model.columns[index.column()].eingabe
        editor: QWidget
        if kind is Eingabe.JAHR:
            box = QSpinBox(parent)
            box.setRange(JAHR_VON, JAHR_BIS)
            box.setGroupSeparatorShown(False)  # 2026, not 2.026
            editor = box
        elif kind is Eingabe.ERREICHT:
            combo = QComboBox(parent)
            for key, stored in ERREICHT.items():
                combo.addItem(erreicht_word(stored), key)
            editor = combo
        else:
            line = QLineEdit(parent)
            if kind is Eingabe.BETRAG:
                line.setPlaceholderText(self.tr("z. B. 12.500"))
                line.setAlignment(Qt.AlignmentFlag.AlignRight)
            elif kind is Eingabe.DOPPELHAUSHALT:
                line.setPlaceholderText(self.tr("z. B. 2027/2028"))
            editor = line
        editor.setAccessibleName(model.header(index.column()))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value) if value is not None else editor.minimum())
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            value = editor.value()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class _Table(QTableView):
    """As tall as its rows (within limits); Enter opens the current cell's editor, as in a spreadsheet."""

    def __init__(self, parent: QWidget, visible_rows: tuple[int, int]) -> None:
        super().__init__(parent)
        self._visible_rows = visible_rows

    def sizeHint(self) -> QSize:
        """The rows' height between a few and some more; beyond that it scrolls and the form stays compact.

        (AdjustToContents would do the height but also widen the form with the columns.)
        """
        fewest, most = self._visible_rows
        rows = min(max(self.model().rowCount() if self.model() is not None else 0, fewest), most)
        chrome = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), chrome + rows * self.verticalHeader().defaultSectionSize())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing and self.currentIndex().isValid():
            self.edit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class ResourceTable(QWidget):
    """Rows the user adds, edits cell by cell and removes; German messages for what cannot be taken."""

    #: the rows changed by the user (a cell, an added or a removed row)
    changed = Signal()
    #: an input was refused: the German reason, for the form to show next to the table
    refused = Signal(str)

    def __init__(self, model: ResourceModel[Any], item_name: str, parent: QWidget | None = None,
                 *, visible_rows: tuple[int, int] = (3, 6)) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.view = _Table(self, visible_rows)
        self.view.setModel(model)
        self.view.setItemDelegate(_CellEditors(self.view))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field; arrows move
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column, spalte in enumerate(model.columns):
            if spalte.stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif spalte.width is not None:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, spalte.width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.add_button = QPushButton(self.tr("Hinzufügen"), self)
        self.add_button.setAccessibleName(self.tr("{eintrag} hinzufügen").format(eintrag=item_name))
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.remove_button.setAccessibleName(self.tr("{eintrag} entfernen").format(eintrag=item_name))
        self.note = style_hint(QLabel(self))
        self.note.setWordWrap(True)
        self.note.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.setFocusProxy(self.view)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a label's Alt+letter focuses only what takes focus

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        model.dataChanged.connect(self.changed)
        model.rowsInserted.connect(self.changed)
        model.rowsRemoved.connect(self.changed)
        model.refused.connect(self._refused)
        model.noted.connect(self._show_note)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._update_buttons)
            signal.connect(self.view.updateGeometry)  # its height follows the rows
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- value ----------------------------------------------------------------------------------------
    def value(self) -> tuple[Any, ...]:
        return self.model.rows()

    def set_value(self, rows: Sequence[Any]) -> None:
        self._show_note("")
        self.model.set_rows(rows)

    def commit_pending(self) -> None:
        """Take over what is typed in an open cell editor (Ctrl+S while still typing an amount)."""
        editor = self.view.indexWidget(self.view.currentIndex())
        if editor is not None:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # --- actions --------------------------------------------------------------------------------------
    def add_row(self) -> None:
        """A new row at the end, with its proposed key; the editor opens on the first cell to type."""
        self.commit_pending()
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, self.model.first_edit_column)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_row(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        row, column = current.row(), current.column()
        self.model.removeRows(row, 1)
        rest = self.model.rowCount()
        if rest:
            self.view.setCurrentIndex(self.model.index(min(row, rest - 1), column))
        self.view.setFocus()

    # --- messages -------------------------------------------------------------------------------------
    def _refused(self, message: str) -> None:
        self._show_note("")
        self.refused.emit(message)

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.view.currentIndex().isValid())
