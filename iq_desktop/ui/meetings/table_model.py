"""The meetings as a table model (columns declared as data), its filter/sort proxy, and a meeting's Sachstände."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.services.read_models import BerichteterSachstand, SitzungZeile
from iq_desktop.ui.collation import compare_keys
from iq_desktop.ui.editor.phase_models import ROW_ROLE, _RowsModel
from iq_desktop.ui.meetings.texts import date_cell, oeffentlich_word
from iq_desktop.ui.widgets.ampel import ampel_accessible, ampel_icon, ampel_word

_CONTEXT = "Sitzungen"
Index = QModelIndex | QPersistentModelIndex
#: the meeting's id
SITZUNG_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: text of a meeting that is over: lighter than the hint grey so it stands apart, still 6:1 on white
VERGANGEN_FARBE = "#616161"


def _last_if_empty(text: str | None) -> tuple[bool, str]:
    return (not text, text or "")


@dataclass(frozen=True)
class Column:
    """One column: German header, cell text (given today), and a sort key (strings compared in German)."""

    header: str
    display: Callable[[SitzungZeile, dt.date], str]
    sort_key: Callable[[SitzungZeile], tuple[Any, ...]]


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("Sitzungen", "Datum"), lambda s, today: date_cell(s.datum, today),
           lambda s: (s.datum, s.gremium)),
    Column(QT_TRANSLATE_NOOP("Sitzungen", "Gremium"), lambda s, _t: s.gremium, lambda s: (s.gremium, s.datum)),
    Column(QT_TRANSLATE_NOOP("Sitzungen", "TOP"), lambda s, _t: s.top or "",
           lambda s: (*_last_if_empty(s.top), s.datum)),
    Column(QT_TRANSLATE_NOOP("Sitzungen", "ö/nö"), lambda s, _t: oeffentlich_word(s.oeffentlich),
           lambda s: (not s.oeffentlich, s.datum)),
    Column(QT_TRANSLATE_NOOP("Sitzungen", "Vorlage Nr."), lambda s, _t: s.vorlage_nr or "",
           lambda s: (*_last_if_empty(s.vorlage_nr), s.datum)),
    Column(QT_TRANSLATE_NOOP("Sitzungen", "Ergebnis"), lambda s, _t: s.ergebnis or "",
           lambda s: (*_last_if_empty(s.ergebnis), s.datum)),
    Column(QT_TRANSLATE_NOOP("Sitzungen", "Sachstände"), lambda s, _t: str(s.sachstaende) if s.sachstaende else "–",
           lambda s: (s.sachstaende, s.datum)),
)
DATUM, GREMIUM, TOP, OEFFENTLICH, VORLAGE, ERGEBNIS, SACHSTAENDE = range(len(COLUMNS))


class SitzungenModel(QAbstractTableModel):
    """Plain ``SitzungZeile`` records; a meeting that is over is grey, the next one bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SitzungZeile] = []
        self._today = dt.date.today()
        self._next: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[SitzungZeile], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        coming = [r for r in self._rows if r.datum >= today]
        self._next = min(coming, key=lambda r: r.datum).id if coming else None
        self.endResetModel()

    @property
    def today(self) -> dt.date:
        return self._today

    def row_at(self, row: int) -> SitzungZeile:
        return self._rows[row]

    def row_of(self, sitzung_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == sitzung_id), None)

    def next_id(self) -> int | None:
        """The coming meeting nearest to today."""
        return self._next

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        return COLUMNS[column].sort_key(self._rows[row])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, COLUMNS[section].header)
        if role == Qt.ItemDataRole.ToolTipRole and section == OEFFENTLICH:
            return QCoreApplication.translate("Sitzungen", "öffentlich oder nicht öffentlich beraten")
        if role == Qt.ItemDataRole.ToolTipRole and section == SACHSTAENDE:
            return QCoreApplication.translate("Sitzungen", "Zahl der Sachstände, die in der Sitzung berichtet wurden")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return COLUMNS[index.column()].display(row, self._today)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == DATUM and row.id == self._next:
                return QCoreApplication.translate("Sitzungen", "die nächste Sitzung")
            if index.column() == DATUM and row.datum < self._today:
                return QCoreApplication.translate("Sitzungen", "vergangen")
            return COLUMNS[index.column()].display(row, self._today) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.datum < self._today:
            return QBrush(QColor(VERGANGEN_FARBE))
        if role == Qt.ItemDataRole.FontRole and row.id == self._next:
            return self._bold
        if role == ROW_ROLE:
            return row
        if role == SITZUNG_ID_ROLE:
            return row.id
        return None


class SitzungenProxy(QSortFilterProxyModel):
    """Filters by Gremium and to the coming meetings; sorts like a German reader (TOP 10 after TOP 9)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._gremium_id: int | None = None
        self._only_coming = False

    def set_gremium(self, gremium_id: int | None) -> None:
        self.beginFilterChange()
        self._gremium_id = gremium_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_coming(self, only_coming: bool) -> None:
        self.beginFilterChange()
        self._only_coming = only_coming
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _table(self) -> SitzungenModel:
        model = self.sourceModel()
        assert isinstance(model, SitzungenModel)
        return model

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if source_parent.isValid():
            return False
        table = self._table()
        row = table.row_at(source_row)
        if self._gremium_id is not None and row.gremium_id != self._gremium_id:
            return False
        return not self._only_coming or row.datum >= table.today

    def lessThan(self, left: Index, right: Index) -> bool:
        table = self._table()
        return compare_keys(table.sort_key(left.row(), left.column()),
                            table.sort_key(right.row(), right.column())) < 0


class BerichteModel(_RowsModel[BerichteterSachstand]):
    """The Sachstände reported in one meeting; the Ampel as a dot beside its word."""

    columns = (
        (QT_TRANSLATE_NOOP("Sitzungen", "Leitprojekt"), lambda b: b.projekt),
        (QT_TRANSLATE_NOOP("Sitzungen", "Stichtag"), lambda b: format_date(b.stichtag)),
        (QT_TRANSLATE_NOOP("Sitzungen", "Ampel"), lambda b: ampel_word(b.ampel)),
        (QT_TRANSLATE_NOOP("Sitzungen", "ö/nö"), lambda b: oeffentlich_word(not b.nicht_oeffentlich)),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: the organisation's word for a Leitprojekt (see ``Begriffe``)
        self.leitprojekt = QCoreApplication.translate("Sitzungen", "Leitprojekt")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.leitprojekt if section == 0 else QCoreApplication.translate(_CONTEXT, self.columns[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 2 and 0 <= index.row() < self.rowCount():
            ampel = self.row_at(index.row()).ampel
            if role == Qt.ItemDataRole.DecorationRole:
                return ampel_icon(ampel)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return ampel_accessible(ampel)
        return super().data(index, role)
