"""Sortable row tables with tooltips per column (staffing, Sachstände); keys and proxy: ``ui/rows_model.py``.

A column declares its text and, where the text would sort wrongly (dates,
percentages, marks), a sort key; the proxy compares keys with the German
collator (ä with a, 10 after 9). Without a sort column chosen the proxy keeps
the model's own order, so a table opens as before and a third click on a
header goes back to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from iq_desktop.ui.collation import SortKey
from iq_desktop.ui.rows_model import (  # noqa: F401 - the editor's tables import them from here
    SORT_ROLE,
    Row,
    RowsModel,
    SortProxy,
    date_key,
    enable_sorting,
    number_key,
)

Index = QModelIndex | QPersistentModelIndex


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


class SortableRowsModel(RowsModel[Row]):
    """A ``RowsModel`` whose columns are :class:`SortColumn`: it answers :data:`SORT_ROLE` and tooltips."""

    columns: Sequence[SortColumn] = ()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount() or not 0 <= index.column() < len(
                self.columns):
            return None
        column = self.columns[index.column()]
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
