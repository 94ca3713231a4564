"""A read-only table model over plain row records, its columns declared as (header, cell text[, sort key]),
and the proxy that sorts such tables the German way (ä with a, 10 after 9, dates as dates).

Without a sort column chosen the proxy keeps the model's own order, so a table
opens as the records come and a third click on a header goes back to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QTableView

from iq_desktop.ui.collation import SortKey, compare_keys

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
#: the row record behind a cell
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: a cell's sort key (a tuple, compared by :func:`iq_desktop.ui.collation.compare_keys`)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


def date_key(day: dt.date | None) -> SortKey:
    """Dates in calendar order; an empty date after every date."""
    return (day is None, day or dt.date.min)


def number_key(value: float | None) -> SortKey:
    """Numbers by value, empty ones after all others."""
    return (value is None, value or 0)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one record type; columns declared as (header, cell text)."""

    columns: Sequence[tuple[str, Callable[[Any], str]]] = ()
    #: the translation context of the headers (declared with QT_TRANSLATE_NOOP in it)
    context = "Tabellen"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        #: fills placeholders such as ``{Leitprojekt}`` in headers with the organisation's terms
        self.header_args: dict[str, str] = {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            header = QCoreApplication.translate(self.context, self.columns[section][0])
            return header.format(**self.header_args) if self.header_args else header
        return None

    def sort_key(self, row: int, column: int) -> SortKey:
        """The column's optional third item gives the key; else the cell's text in German order."""
        spec, record = self.columns[column], self._rows[row]
        key = spec[2] if len(spec) > 2 else None
        return key(record) if key is not None else (spec[1](record),)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()][1](row)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_key(index.row(), index.column())
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts a rows model by :data:`SORT_ROLE` with the German collator; maps view rows to records."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        a, b = source_left.data(SORT_ROLE), source_right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        return compare_keys(a, b) < 0

    def row_at(self, view_row: int) -> Any:
        """The record shown in view row ``view_row``."""
        return self.index(view_row, 0).data(ROW_ROLE)

    def view_row(self, accept: Callable[[Any], bool]) -> int | None:
        """The first view row whose record ``accept`` takes, or None."""
        return next((n for n in range(self.rowCount()) if accept(self.row_at(n))), None)


def enable_sorting(view: QTableView) -> None:
    """Header clicks sort (a third click goes back to the model's order); the model's order to start with."""
    header = view.horizontalHeader()
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
