"""Columns that fit the table's width: wide text columns give up width, in a set order, before it scrolls sideways.

Qt's "resize to contents" makes every column as wide as its widest cell and
header (sort arrow included) and scrolls when the sum is too wide. Here each
column gets that width (the sort arrow only where the table is sorted), the
extra width goes to one column, and when the table is too narrow the named
text columns shrink in turn down to their minimum; their cells elide (…)
and show the whole text as a tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

#: room for a header's padding and frame beside its text
_HEADER_PADDING = 14


class ColumnFit(QObject):
    """Keeps a table's columns fitted to its viewport (after new rows, sorting, and resizing)."""

    def __init__(self, view: QTableView, *, grow: int, shrink: Sequence[tuple[int, int]]) -> None:
        """``grow`` takes the extra width; ``shrink`` is (column, minimum width), the first gives up width first."""
        super().__init__(view)
        self._view = view
        self._grow = grow
        self._shrink = tuple(shrink)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged):
            signal.connect(self.fit)
        header.sortIndicatorChanged.connect(lambda *_: self.fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def wanted(self, column: int) -> int:
        """The width a column's cells and header text need (the sort arrow only where it shows)."""
        view, header = self._view, self._view.horizontalHeader()
        text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        need = header.fontMetrics().horizontalAdvance(text) + _HEADER_PADDING
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            option = QStyleOptionHeader()
            option.initFrom(header)
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, header) + 4
        return max(view.sizeHintForColumn(column), need)

    def fit(self) -> None:
        view = self._view
        count = view.model().columnCount()
        available = view.viewport().width()
        if count == 0 or available <= 0:
            return
        widths = [self.wanted(column) for column in range(count)]
        overflow = sum(widths) - available
        if overflow < 0:
            widths[self._grow] -= overflow
        for column, minimum in self._shrink:
            if overflow <= 0:
                break
            give = min(overflow, max(widths[column] - minimum, 0))
            widths[column] -= give
            overflow -= give
        header = view.horizontalHeader()
        for column, width in enumerate(widths):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
