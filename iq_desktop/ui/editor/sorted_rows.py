"""Sortable row tables for the editor: a sort key per column, and a proxy that compares them the German way.

A column declares its text and, where the text would sort wrongly (dates,
percentages, marks), a sort key; the proxy compares keys with the German
collator (ä with a, 10 after 9). Without a sort column chosen the proxy keeps
the model's own order, so a table opens as before and a third click on a
header goes back to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from iq_desktop.ui.projects.table_model import SortKey, compare_keys
from iq_desktop.ui.rows_model import ROW_ROLE, Row, RowsModel

Index = QModelIndex | QPersistentModelIndex
#: a cell's sort key (a tuple; strings in it compare with the German collator)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class SortColumn(NamedTuple):
    """One column: header and cell text (as ``RowsModel`` reads them), sort key, tooltips."""

    header: str
    text: Callable[[Any], str]
    #: defaults to the text in German order
    sort_key: Callable[[Any], SortKey] | None = None
    #: the cell's tooltip and screen-reader text when the cell is short; defaults to the text
    tooltip: Callable[[Any], str] | None = None
    #: explains a short header (translated in the model's context)
    header_tooltip: str | None = None


def date_key(value: dt.date | None) -> SortKey:
    """Dates in calendar order, empty ones after all others."""
    return (value is None, value or dt.date.min)


def number_key(value: float | None) -> SortKey:
    """Numbers by value, empty ones after all others."""
    return (value is None, value or 0)


class SortableRowsModel(RowsModel[Row]):
    """A ``RowsModel`` whose columns are :class:`SortColumn`: it answers :data:`SORT_ROLE` and tooltips."""

    columns: Sequence[SortColumn] = ()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount() or not 0 <= index.column() < len(
                self.columns):
            return None
        column = self.columns[index.column()]
        if role == SORT_ROLE:
            row = self.row_at(index.row())
            return column.sort_key(row) if column.sort_key is not None else (column.text(row),)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and column.tooltip is not None:
            return column.tooltip(self.row_at(index.row())) or None
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and 0 <= section < len(self.columns) and self.columns[section].header_tooltip):
            return QCoreApplication.translate(self.context, self.columns[section].header_tooltip)
        if orientation == Qt.Orientation.Horizontal and not 0 <= section < len(self.columns):
            return None
        return super().headerData(section, orientation, role)


class SortProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE` with the German collator; maps view rows to records."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        return compare_keys(source_left.data(SORT_ROLE), source_right.data(SORT_ROLE)) < 0

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
