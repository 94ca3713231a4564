"""Read-only table models of plain records with columns declared as data, and a word filter in front.

The model keeps its rows sorted (keys computed once per column, strings
folded for German dictionary order); the proxy only filters. A keystroke in a
filter field over 10,000 people then costs one substring test per row, no
comparisons in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from iq_desktop.formatting import german_sort_key
from iq_desktop.services.begriffe import Begriffe

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
#: the record behind a cell
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: a German header (``{Leitprojekt}`` etc. filled from the terms) and how a cell reads."""

    header: str
    display: Callable[[Row, Begriffe], str]
    #: defaults to the displayed text in German dictionary order
    sort_key: Callable[[Row], tuple[Any, ...]] | None = None
    tooltip: Callable[[Row, Begriffe], str] | None = None
    bold: Callable[[Row], bool] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one record type, read-only; ``context`` is the translation context of the headers."""

    def __init__(self, columns: Sequence[Column[Row]], context: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._context = context
        self._terms = Begriffe.original()
        self._rows: list[Row] = []
        self._search: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._bold: QFont | None = None

    # --- filling --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row], terms: Begriffe | None = None) -> None:
        self.beginResetModel()
        if terms is not None:
            self._terms = terms
        self._rows = list(rows)
        self._search = [
            " ".join(column.display(row, self._terms) for column in self.columns).casefold() for row in self._rows
        ]
        if self._sort is not None:
            self._reorder(*self._sort)
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.columns) - 1, 0))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self._rows[i.row()] for i in persistent]
        self._reorder(column, order)
        where = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(where[id(row)], i.column()) for i, row in zip(persistent, before, strict=True)])
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        terms = self._terms

        def key(number: int) -> tuple[Any, ...]:
            row = self._rows[number]
            return spec.sort_key(row) if spec.sort_key is not None else (german_sort_key(spec.display(row, terms)),)

        numbers = sorted(range(len(self._rows)), key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in numbers]
        self._search = [self._search[i] for i in numbers]

    # --- access ---------------------------------------------------------------------------------
    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def search_text(self, row: int) -> str:
        return self._search[row]

    def row_where(self, accept: Callable[[Row], bool]) -> int | None:
        return next((number for number, row in enumerate(self._rows) if accept(row)), None)

    # --- QAbstractItemModel -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self._context, self.columns[section].header).format(
                **self._terms.format_args())
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self.columns)):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row, self._terms)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.tooltip(row, self._terms) if column.tooltip is not None else column.display(row, self._terms)
            return text or None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None


class WordFilterProxy(QSortFilterProxyModel):
    """Shows rows in which every typed word occurs somewhere (any column, case-insensitive).

    The source model keeps its rows sorted and offers each row's folded text: any
    model with ``sort(column, order)`` and ``search_text(row)`` (``RecordTableModel``,
    the project list's model). Subclasses add filters through ``accepts``.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The table model keeps its rows sorted; the proxy only filters."""
        self.sourceModel().sort(column, order)

    def accepts(self, source_row: int) -> bool:
        """A subclass's further condition on a row (the text is checked as well)."""
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if source_parent.isValid() or not self.accepts(source_row):
            return False
        if not self._words:
            return True
        haystack = self.sourceModel().search_text(source_row)
        return all(word in haystack for word in self._words)
