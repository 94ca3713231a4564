"""The project list as a table model (columns declared as data) and its sort/filter proxy."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from iq_desktop.enums import Ampel, ProjektStatus
from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.ui import formatting
from iq_desktop.ui.collation import SortKey, compare_keys
from iq_desktop.ui.record_table import WordFilterProxy
from iq_desktop.ui.widgets.ampel import ampel_accessible, ampel_icon, ampel_word

if TYPE_CHECKING:
    from iq_desktop.services.read_models import ProjektZeile

_CONTEXT = "Projektliste"

#: item data roles beyond Qt's own
PROJEKT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KORRIDOR_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: the row's place in the column's German sort order (an int, so the proxy sorts in C++)
SORT_RANK_ROLE = Qt.ItemDataRole.UserRole + 3

#: dark red of a stale "Aktualisiert am" (contrast 7:1 on white)
VERALTET_FARBE = "#b71c1c"

_AMPEL_RANK = {Ampel.ROT: 0, Ampel.GELB: 1, Ampel.GRUEN: 2}
_STATUS_RANK = {status: rank for rank, status in enumerate(ProjektStatus)}

Index = QModelIndex | QPersistentModelIndex
#: sort keys are tuples; strings inside them are compared with a German collator


@dataclass(frozen=True)
class RowContext:
    """What cells need beyond their row: the reporting cycle and the corridors' order."""

    berichtszyklus_tage: int = 30
    korridor_rang: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Column:
    """One column of the project list, declared as data."""

    key: str
    #: German header; ``{Korridorthema}`` etc. are filled from the organisation's terms
    header: str
    display: Callable[[ProjektZeile, RowContext], str]
    sort_key: Callable[[ProjektZeile, RowContext], SortKey]
    tooltip: Callable[[ProjektZeile, RowContext], str] | None = None
    decoration: Callable[[ProjektZeile], QIcon] | None = None
    foreground: Callable[[ProjektZeile], QColor | None] | None = None
    accessible: Callable[[ProjektZeile, RowContext], str] | None = None
    #: explains a short header (tooltip and screen readers)
    header_tooltip: str | None = None

    def header_text(self, terms: Begriffe) -> str:
        return QCoreApplication.translate(_CONTEXT, self.header).format(**terms.format_args())


def _missing_last(value: Any) -> SortKey:
    """Empty values sort after all others."""
    return (value is None or value == "", value if value is not None else "")


def _updated_tooltip(row: ProjektZeile, ctx: RowContext) -> str:
    text = formatting.updated_text(row.aktualisiert_am, row.veraltet)
    return formatting.stale_tooltip(ctx.berichtszyklus_tage) if row.veraltet else text


def _status_text(row: ProjektZeile, _ctx: RowContext) -> str:
    return row.status.label


COLUMNS: tuple[Column, ...] = (
    Column(
        key="korridorthema",
        header=QT_TRANSLATE_NOOP("Projektliste", "{Korridorthema}"),
        display=lambda r, _c: r.korridorthema,
        sort_key=lambda r, c: (c.korridor_rang.get(r.korridorthema_id, 0), r.korridorthema, r.titel),
    ),
    Column(
        key="leitprojekt",
        header=QT_TRANSLATE_NOOP("Projektliste", "{Leitprojekt}"),
        display=lambda r, _c: r.titel,
        sort_key=lambda r, _c: (r.titel,),
    ),
    Column(
        key="status",
        header=QT_TRANSLATE_NOOP("Projektliste", "Status"),
        display=_status_text,
        sort_key=lambda r, _c: (_STATUS_RANK[r.status], r.titel),
    ),
    Column(
        key="ampel",
        header=QT_TRANSLATE_NOOP("Projektliste", "Ampel"),
        display=lambda r, _c: ampel_word(r.ampel),
        sort_key=lambda r, _c: (_AMPEL_RANK.get(r.ampel, 3), r.titel),
        tooltip=lambda r, _c: ampel_accessible(r.ampel),
        decoration=lambda r: ampel_icon(r.ampel),
        accessible=lambda r, _c: ampel_accessible(r.ampel),
    ),
    Column(
        key="aktuelle_phase",
        # short, so the list fits a 1280-pixel screen; the tooltip says what it means
        header=QT_TRANSLATE_NOOP("Projektliste", "Phase"),
        header_tooltip=QT_TRANSLATE_NOOP(
            "Projektliste", "Aktuelle Phase: die laufende, sonst die erste noch nicht begonnene"
        ),
        display=lambda r, _c: r.aktuelle_phase or "",
        sort_key=lambda r, _c: (*_missing_last(r.aktuelle_phase), r.titel),
    ),
    Column(
        key="naechstes_etappenziel",
        header=QT_TRANSLATE_NOOP("Projektliste", "Nächstes Etappenziel"),
        display=lambda r, _c: formatting.milestone_cell(r.naechstes_etappenziel, r.naechstes_etappenziel_am),
        sort_key=lambda r, _c: (
            *_missing_last(r.naechstes_etappenziel_am), r.naechstes_etappenziel or "", r.titel
        ),
    ),
    Column(
        key="projektleitung",
        header=QT_TRANSLATE_NOOP("Projektliste", "Projektleitung"),
        display=lambda r, _c: r.projektleitung or "",
        sort_key=lambda r, _c: (*_missing_last(r.projektleitung), r.titel),
    ),
    Column(
        key="aktualisiert_am",
        header=QT_TRANSLATE_NOOP("Projektliste", "Aktualisiert am"),
        display=lambda r, _c: formatting.updated_text(r.aktualisiert_am, r.veraltet),
        sort_key=lambda r, _c: (r.aktualisiert_am, r.titel),
        tooltip=_updated_tooltip,
        foreground=lambda r: QColor(VERALTET_FARBE) if r.veraltet else None,
    ),
)

COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)


class ProjectTableModel(QAbstractTableModel):
    """Plain ``ProjektZeile`` records, one per row; read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProjektZeile] = []
        self._search: list[str] = []
        self._context = RowContext()
        self._terms = Begriffe.original()
        #: per column, each row's rank in the German sort order; computed when first sorted by it
        self._ranks: dict[int, list[int]] = {}
        #: the column and order the rows are kept in (set by the view's header through the proxy)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- filling -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ProjektZeile], *, berichtszyklus_tage: int) -> None:
        """Replace all rows; the rows' order gives the corridors' order for sorting."""
        rang: dict[int, int] = {}
        for row in rows:
            rang.setdefault(row.korridorthema_id, len(rang))
        self.beginResetModel()
        self._rows = list(rows)
        self._context = RowContext(berichtszyklus_tage=berichtszyklus_tage, korridor_rang=rang)
        self._search = [
            " ".join(column.display(row, self._context) for column in COLUMNS).casefold() for row in self._rows
        ]
        self._ranks = {}
        if self._sort is not None:
            self._reorder(self._order(*self._sort))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows sorted by ``column`` like a German reader sorts them.

        The model sorts, not the proxy: the proxy then only filters, and a keystroke in
        the filter field that brings hundreds of rows back costs no comparison at all.
        """
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        order_of_rows = self._order(column, order)
        moved_to = {old: new for new, old in enumerate(order_of_rows)}
        persistent = self.persistentIndexList()
        self._reorder(order_of_rows)
        self.changePersistentIndexList(
            persistent, [self.index(moved_to[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        ranks = [self.sort_rank(row, column) for row in range(len(self._rows))]
        return sorted(range(len(ranks)), key=ranks.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def _reorder(self, order_of_rows: list[int]) -> None:
        self._rows = [self._rows[i] for i in order_of_rows]
        self._search = [self._search[i] for i in order_of_rows]
        self._ranks = {column: [ranks[i] for i in order_of_rows] for column, ranks in self._ranks.items()}

    def sort_rank(self, row: int, column: int) -> int:
        """The row's place when the column is sorted like a German reader would (numbers as numbers).

        Ranked once per column and set of rows: a filter change that brings rows back
        re-sorts them by comparing ints in C++, not sort keys in Python (issue: typing
        in the filter field of 1,000 projects).
        """
        ranks = self._ranks.get(column)
        if ranks is None:
            spec, context = COLUMNS[column], self._context
            keys = [spec.sort_key(r, context) for r in self._rows]
            order = sorted(range(len(keys)), key=functools.cmp_to_key(lambda a, b: compare_keys(keys[a], keys[b])))
            ranks = [0] * len(order)
            for place, number in enumerate(order):
                ranks[number] = place
            self._ranks[column] = ranks
        return ranks[row]

    def set_terms(self, terms: Begriffe) -> None:
        self._terms = terms
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # --- access for the proxy and the views ----------------------------------------------------
    def row_at(self, row: int) -> ProjektZeile:
        return self._rows[row]

    def row_context(self) -> RowContext:
        return self._context

    def search_text(self, row: int) -> str:
        """All displayed values of a row, case-folded, for the free-text filter."""
        return self._search[row]

    def row_of_project(self, projekt_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == projekt_id:
                return number
        return None

    def column_of(self, key: str) -> int:
        return COLUMN_KEYS.index(key)

    # --- QAbstractItemModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row, self._context)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row, self._context)
            return column.display(row, self._context) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column.accessible is not None:
                return column.accessible(row, self._context)
            return column.display(row, self._context)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(row)
            return QBrush(colour) if colour is not None else None
        if role == SORT_RANK_ROLE:
            return self.sort_rank(index.row(), index.column())
        if role == PROJEKT_ID_ROLE:
            return row.id
        if role == KORRIDOR_ID_ROLE:
            return row.korridorthema_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            column = COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header_text(self._terms)
            if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip:
                return QCoreApplication.translate(_CONTEXT, column.header_tooltip)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return None
        return str(section + 1) if 0 <= section < len(self._rows) else None


class ProjectFilterProxy(WordFilterProxy):
    """Filters by Korridorthema and by free text over all columns; the model keeps the German order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._korridor_id: int | None = None

    @property
    def korridor_id(self) -> int | None:
        return self._korridor_id

    def set_korridor(self, korridor_id: int | None) -> None:
        if korridor_id == self._korridor_id:
            return
        self.beginFilterChange()
        self._korridor_id = korridor_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, source_row: int) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ProjectTableModel)
        return self._korridor_id is None or model.row_at(source_row).korridorthema_id == self._korridor_id
