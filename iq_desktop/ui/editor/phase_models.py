"""The phases and milestones of a project as table models (read-only; actions go through the services).

A column is declared as (header, cell text) or (header, cell text, sort key);
without a sort key a column sorts by its text in German dictionary order.
:class:`RowsSortProxy` sorts by those keys, so dates sort as dates and
numbers as numbers, never as the text TT.MM.JJJJ.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt

from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.services.read_models import EtappenzielZeile, PhaseZeile
from iq_desktop.ui.projects.table_model import SortKey, compare_keys
from iq_desktop.ui.rows_model import ROW_ROLE, Index, Row, RowsModel

__all__ = ["ROW_ROLE", "SORT_ROLE", "MilestonesModel", "PhasesModel", "RowsSortProxy", "date_key"]

_CONTEXT = "Phasen"
#: a cell's sort key (a tuple, compared by :func:`compare_keys`)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


def date_key(day: dt.date | None) -> SortKey:
    """Dates in calendar order; an empty date after every date."""
    return (day is None, day or dt.date.min)


def order_key(value: Any) -> SortKey:
    """An enum member by its place in the enum (laufend after noch nicht begonnen), not by its label."""
    return (list(type(value)).index(value),)


class _RowsModel(RowsModel[Row]):
    """Headers translated in the "Phasen" context (the tabs that share it); a sort key per cell."""

    context = _CONTEXT

    def sort_key(self, row: int, column: int) -> SortKey:
        spec = self.columns[column]
        record = self.row_at(row)
        if len(spec) > 2:
            return spec[2](record)  # type: ignore[misc]  # the optional third item of a column
        return (spec[1](record),)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE:
            if not index.isValid() or not 0 <= index.row() < self.rowCount():
                return None
            return self.sort_key(index.row(), index.column())
        return super().data(index, role)


class RowsSortProxy(QSortFilterProxyModel):
    """Sorts a rows model by its sort keys: text in German order (ä with a, 10 after 9), dates as dates.

    Unsorted (column -1) it shows the rows in the order the model holds them.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        return compare_keys(a, b) < 0


def _flags(intern: bool, extern: bool) -> str:
    parts = [QCoreApplication.translate(_CONTEXT, "intern")] if intern else []
    parts += [QCoreApplication.translate(_CONTEXT, "extern")] if extern else []
    return ", ".join(parts) or QCoreApplication.translate(_CONTEXT, "nein")


def _communication(e: EtappenzielZeile) -> str:
    text = _flags(e.kommunikation_intern, e.kommunikation_extern)
    if e.kommuniziert_am is not None:
        text += QCoreApplication.translate(_CONTEXT, "; am {datum}").format(datum=format_date(e.kommuniziert_am))
    return text


class PhasesModel(_RowsModel[PhaseZeile]):
    columns = (
        (QT_TRANSLATE_NOOP(_CONTEXT, "Nr."), lambda p: str(p.position), lambda p: (p.position,)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Phase"), lambda p: p.name),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Status"), lambda p: p.status.label, lambda p: order_key(p.status)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Geplant von"), lambda p: format_date(p.geplant_von),
         lambda p: date_key(p.geplant_von)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Geplant bis"), lambda p: format_date(p.geplant_bis),
         lambda p: date_key(p.geplant_bis)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Begonnen am"), lambda p: format_date(p.ist_von), lambda p: date_key(p.ist_von)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Abgeschlossen am"), lambda p: format_date(p.ist_bis),
         lambda p: date_key(p.ist_bis)),
    )


class MilestonesModel(_RowsModel[EtappenzielZeile]):
    columns = (
        (QT_TRANSLATE_NOOP(_CONTEXT, "Etappenziel"), lambda e: e.titel),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Phase"), lambda e: e.phase or ""),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Fällig am"), lambda e: format_date(e.faellig_am),
         lambda e: date_key(e.faellig_am)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Status"), lambda e: e.status.label, lambda e: order_key(e.status)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Erreicht am"), lambda e: format_date(e.erreicht_am),
         lambda e: date_key(e.erreicht_am)),
        (QT_TRANSLATE_NOOP(_CONTEXT, "Kommunikation"), _communication),
    )
