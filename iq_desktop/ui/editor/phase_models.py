"""The phases and milestones of a project as table models (read-only; actions go through the services)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.services.read_models import EtappenzielZeile, PhaseZeile
from iq_desktop.ui.rows_model import ROW_ROLE, Row, RowsModel

__all__ = ["ROW_ROLE", "MilestonesModel", "PhasesModel"]

_CONTEXT = "Phasen"


class _RowsModel(RowsModel[Row]):
    """Headers translated in the "Phasen" context (the tabs that share it)."""

    context = _CONTEXT


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
