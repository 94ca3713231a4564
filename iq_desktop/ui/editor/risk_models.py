"""The risk log, the 5×5 risk matrix and the decisions of a project as table models.

Each matrix cell writes its level (gering, mittel, hoch) beside the number of
open risks in it, so the colour only repeats what the text says.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.presentation import BAND_FARBEN, score_band, score_word
from iq_desktop.services.read_models import EntscheidungZeile, RisikoZeile
from iq_desktop.ui.editor.phase_models import _RowsModel, date_key, order_key

_CONTEXT = "Risiken"
Index = QModelIndex | QPersistentModelIndex
#: the risk ids in a matrix cell
RISK_IDS_ROLE = Qt.ItemDataRole.UserRole + 2


class RisksModel(_RowsModel[RisikoZeile]):
    context = _CONTEXT
    columns = (
        (QT_TRANSLATE_NOOP("Risiken", "Risiko"), lambda r: r.titel),
        (QT_TRANSLATE_NOOP("Risiken", "Bewertung"),
         lambda r: f"{r.wahrscheinlichkeit} × {r.auswirkung} = {r.score} ({score_word(r.score)})",
         lambda r: (r.score, r.wahrscheinlichkeit)),
        (QT_TRANSLATE_NOOP("Risiken", "Status"), lambda r: r.status.label, lambda r: order_key(r.status)),
        (QT_TRANSLATE_NOOP("Risiken", "Verantwortlich"), lambda r: r.verantwortlich or ""),
        (QT_TRANSLATE_NOOP("Risiken", "Nächste Prüfung"), lambda r: format_date(r.naechste_pruefung),
         lambda r: date_key(r.naechste_pruefung)),
    )
    #: the full words of the short headers (tooltip and screen readers)
    header_tips: ClassVar[dict[int, str]] = {
        1: QT_TRANSLATE_NOOP("Risiken", "Wahrscheinlichkeit (1 bis 5) mal Auswirkung (1 bis 5) ergibt den Risikowert; "
                                        "ab 8 mittel, ab 15 hoch")}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.ToolTipRole,
                                                                  Qt.ItemDataRole.AccessibleTextRole):
            tip = self.header_tips.get(section)
            return QCoreApplication.translate(_CONTEXT, tip) if tip else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0:
            risk = self.row_at(index.row())
            parts = [risk.titel, risk.beschreibung or ""]
            if risk.massnahmen:
                parts.append(QCoreApplication.translate("Risiken", "Maßnahmen: {text}").format(text=risk.massnahmen))
            if risk.nicht_oeffentlich:
                parts.append(QCoreApplication.translate("Risiken", "nicht öffentlich"))
            return "\n".join(part for part in parts if part)
        return super().data(index, role)


def _decision_status(e: EntscheidungZeile) -> str:
    if e.entschieden_am is not None:
        return QCoreApplication.translate("Risiken", "{status} am {datum}").format(
            status=e.status.label, datum=format_date(e.entschieden_am))
    return e.status.label


class DecisionsModel(_RowsModel[EntscheidungZeile]):
    context = _CONTEXT
    columns = (
        (QT_TRANSLATE_NOOP("Risiken", "Art"), lambda e: e.art.label, lambda e: order_key(e.art)),
        (QT_TRANSLATE_NOOP("Risiken", "Titel"), lambda e: e.titel),
        (QT_TRANSLATE_NOOP("Risiken", "Erfasst am"), lambda e: format_date(e.erfasst_am),
         lambda e: date_key(e.erfasst_am)),
        (QT_TRANSLATE_NOOP("Risiken", "Zu entscheiden durch"), lambda e: e.zu_entscheiden_durch or ""),
        (QT_TRANSLATE_NOOP("Risiken", "Fällig bis"), lambda e: format_date(e.faellig_bis),
         lambda e: date_key(e.faellig_bis)),
        (QT_TRANSLATE_NOOP("Risiken", "An Clearingstelle"), lambda e: format_date(e.an_clearingstelle_am),
         lambda e: date_key(e.an_clearingstelle_am)),
        (QT_TRANSLATE_NOOP("Risiken", "Status"), _decision_status, lambda e: order_key(e.status)),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() in (1, 6):
            entry = self.row_at(index.row())
            parts = [entry.titel if index.column() == 1 else _decision_status(entry)]
            if entry.ergebnis:
                parts.append(QCoreApplication.translate("Risiken", "Ergebnis: {text}").format(text=entry.ergebnis))
            if entry.entschieden_durch:
                parts.append(QCoreApplication.translate("Risiken", "entschieden durch: {wer}").format(
                    wer=entry.entschieden_durch))
            return "\n".join(parts)
        return super().data(index, role)


class RiskMatrixModel(QAbstractTableModel):
    """Rows: probability 5 (top) to 1; columns: impact 1 to 5; each cell counts the open risks in it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[int, int], list[RisikoZeile]] = {}

    def set_risks(self, risks: Sequence[RisikoZeile]) -> None:
        self.beginResetModel()
        self._cells = {}
        for risk in risks:
            if risk.status.offen:
                self._cells.setdefault((risk.wahrscheinlichkeit, risk.auswirkung), []).append(risk)
        self.endResetModel()

    @staticmethod
    def cell_of(index: Index) -> tuple[int, int]:
        """(Wahrscheinlichkeit, Auswirkung) of a cell."""
        return 5 - index.row(), index.column() + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 5

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if orientation == Qt.Orientation.Horizontal else str(5 - section)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = "Auswirkung" if orientation == Qt.Orientation.Horizontal else "Wahrscheinlichkeit"
            return QCoreApplication.translate(_CONTEXT, name)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < 5 and 0 <= index.column() < 5):
            return None
        probability, impact = self.cell_of(index)
        risks = self._cells.get((probability, impact), [])
        band = score_word(probability * impact)
        if role == Qt.ItemDataRole.DisplayRole:  # the level in words, the count above it
            return f"{len(risks)}\n{band}" if risks else band
        if role == Qt.ItemDataRole.FontRole and risks:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            head = QCoreApplication.translate(
                "Risiken", "Wahrscheinlichkeit {w}, Auswirkung {a}: Risikowert {s} ({band}); offene Risiken: {n}"
            ).format(w=probability, a=impact, s=probability * impact, band=band, n=len(risks))
            names = "; ".join(r.titel for r in risks) or QCoreApplication.translate("Risiken", "kein offenes Risiko")
            return f"{head} – {names}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(BAND_FARBEN[score_band(probability * impact)]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == RISK_IDS_ROLE:
            return [r.id for r in risks]
        return None
