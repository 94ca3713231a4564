"""The phases and milestones of a project as table models (read-only; actions go through the services).

A column is declared as (header, cell text) or (header, cell text, sort key);
without a sort key a column sorts by its text in German dictionary order.
:class:`RowsSortProxy` sorts by those keys, so dates sort as dates and
numbers as numbers, never as the text TT.MM.JJJJ.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.services.read_models import EtappenzielZeile, PhaseZeile
from iq_desktop.ui.collation import SortKey
from iq_desktop.ui.rows_model import ROW_ROLE, SORT_ROLE, Row, RowsModel, SortProxy, date_key

__all__ = ["ROW_ROLE", "SORT_ROLE", "MilestonesModel", "PhasesModel", "RowsSortProxy", "date_key"]

_CONTEXT = "Phasen"


def order_key(value: Any) -> SortKey:
    """An enum member by its place in the enum (laufend after noch nicht begonnen), not by its label."""
    return (list(type(value)).index(value),)


class _RowsModel(RowsModel[Row]):
    """Headers translated in the "Phasen" context (the tabs that share it)."""

    context = _CONTEXT


#: the tabs' name for the shared sorting proxy
RowsSortProxy = SortProxy


def _flags(intern: bool, extern: bool) -> str:
    parts = [QCoreApplication.translate("Phasen", "intern")] if intern else []
    parts += [QCoreApplication.translate("Phasen", "extern")] if extern else []
    return ", ".join(parts) or QCoreApplication.translate("Phasen", "nein")


def _communication(e: EtappenzielZeile) -> str:
    text = _flags(e.kommunikation_intern, e.kommunikation_extern)
    if e.kommuniziert_am is not None:
        text += QCoreApplication.translate("Phasen", "; am {datum}").format(datum=format_date(e.kommuniziert_am))
    return text


class PhasesModel(_RowsModel[PhaseZeile]):
    columns = (
        (QT_TRANSLATE_NOOP("Phasen", "Nr."), lambda p: str(p.position), lambda p: (p.position,)),
        (QT_TRANSLATE_NOOP("Phasen", "Phase"), lambda p: p.name),
        (QT_TRANSLATE_NOOP("Phasen", "Status"), lambda p: p.status.label, lambda p: order_key(p.status)),
        (QT_TRANSLATE_NOOP("Phasen", "Geplant von"), lambda p: format_date(p.geplant_von),
         lambda p: date_key(p.geplant_von)),
        (QT_TRANSLATE_NOOP("Phasen", "Geplant bis"), lambda p: format_date(p.geplant_bis),
         lambda p: date_key(p.geplant_bis)),
        (QT_TRANSLATE_NOOP("Phasen", "Begonnen am"), lambda p: format_date(p.ist_von), lambda p: date_key(p.ist_von)),
        (QT_TRANSLATE_NOOP("Phasen", "Abgeschlossen am"), lambda p: format_date(p.ist_bis),
         lambda p: date_key(p.ist_bis)),
    )


class MilestonesModel(_RowsModel[EtappenzielZeile]):
    columns = (
        (QT_TRANSLATE_NOOP("Phasen", "Etappenziel"), lambda e: e.titel),
        (QT_TRANSLATE_NOOP("Phasen", "Phase"), lambda e: e.phase or ""),
        (QT_TRANSLATE_NOOP("Phasen", "Fällig am"), lambda e: format_date(e.faellig_am),
         lambda e: date_key(e.faellig_am)),
        (QT_TRANSLATE_NOOP("Phasen", "Status"), lambda e: e.status.label, lambda e: order_key(e.status)),
        (QT_TRANSLATE_NOOP("Phasen", "Erreicht am"), lambda e: format_date(e.erreicht_am),
         lambda e: date_key(e.erreicht_am)),
        (QT_TRANSLATE_NOOP("Phasen", "Kommunikation"), _communication),
    )
