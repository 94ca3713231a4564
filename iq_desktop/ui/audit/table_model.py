"""Rows of the audit trail as a table model; sorting by the true values, not the display text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.services.audit_trail import AuditZeile

_CONTEXT = "Protokoll"
_HEADERS = (
    QT_TRANSLATE_NOOP("Protokoll", "Zeitpunkt"),
    QT_TRANSLATE_NOOP("Protokoll", "Benutzer"),
    QT_TRANSLATE_NOOP("Protokoll", "PC"),
    QT_TRANSLATE_NOOP("Protokoll", "Aktion"),
    QT_TRANSLATE_NOOP("Protokoll", "Art"),
    QT_TRANSLATE_NOOP("Protokoll", "Nr."),
    "{Leitprojekt}",
    QT_TRANSLATE_NOOP("Protokoll", "Änderungen"),
)
#: the row behind a cell, for the detail view
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    def __init__(self, leitprojekt: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditZeile] = []
        self._leitprojekt = leitprojekt

    def set_rows(self, rows: Sequence[AuditZeile]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        header = _HEADERS[section]
        if header == "{Leitprojekt}":
            return self._leitprojekt
        return QCoreApplication.translate(_CONTEXT, header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return row.id if column == 0 else (int(row.entitaet_id) if column == 5 and
                                                row.entitaet_id.isdigit() else self._text(row, column))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column != 7:
                return None
            return self._text(row, column, full=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(row: AuditZeile, column: int, *, full: bool = False) -> str:
        if column == 0:
            return QLocale(QLocale.Language.German).toString(row.zeitpunkt, "dd.MM.yyyy HH:mm:ss")
        if column == 1:
            return row.benutzer
        if column == 2:
            return row.rechner
        if column == 3:
            return row.aktion.label
        if column == 4:
            return row.entitaet
        if column == 5:
            return row.entitaet_id
        if column == 6:
            return row.projekt or ""
        return row.changes_text("\n" if full else "; ")


class AuditProxyModel(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`, strings in the German way (ä with a)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
