"""The phases and milestones of a project as table models (read-only; actions go through the services)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.services.read_models import EtappenzielZeile, PhaseZeile

_CONTEXT = "Phasen"
Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
#: the row record behind a cell
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class _RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one record type; columns declared as (header, cell text)."""

    columns: Sequence[tuple[str, Callable[[Any], str]]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

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
            return QCoreApplication.translate(_CONTEXT, self.columns[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()][1](row)
        if role == ROW_ROLE:
            return row
        return None


def _flags(intern: bool, extern: bool) -> str:
    parts = [QCoreApplication.translate(_CONTEXT, "intern")] if intern else []
    parts += [QCoreApplication.translate(_CONTEXT, "extern")] if extern else []
    return ", ".join(parts) or QCoreApplication.translate(_CONTEXT, "nein")


class PhasesModel(_RowsModel[PhaseZeile]):
    columns = (
        (QT_TRANSLATE_NOOP(_CONTEXT, "Nr."), lambda p: str(p.position)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Phase"), lambda p: p.name),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Status"), lambda p: p.status.label),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Geplant von"), lambda p: format_date(p.geplant_von)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Geplant bis"), lambda p: format_date(p.geplant_bis)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Begonnen am"), lambda p: format_date(p.ist_von)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Abgeschlossen am"), lambda p: format_date(p.ist_bis)),
    )


class MilestonesModel(_RowsModel[EtappenzielZeile]):
    columns = (
        (QT_TRANSLATE_NOOP(_CONTEXT, "Etappenziel"), lambda e: e.titel),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Phase"), lambda e: e.phase or ""),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Fällig am"), lambda e: format_date(e.faellig_am)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Status"), lambda e: e.status.label),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Erreicht am"), lambda e: format_date(e.erreicht_am)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Kommunikation"), lambda e: _flags(e.kommunikation_intern,
                                                                          e.kommunikation_extern)),
    )
