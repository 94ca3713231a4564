"""The rule findings as a table, and the proxy that shows open ones, overridden ones or all."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from iq_desktop.enums import Schwere
from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from iq_desktop.services import derived
from iq_desktop.services.read_models import Befund
from iq_desktop.ui.rows_model import ROW_ROLE, RowsModel

_CONTEXT = "Regelpruefung"
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def override_text(befund: Befund) -> str:
    """e.g. "Projektleitung fehlt noch – mueller, 12.11.2026"; empty when not overridden."""
    ausnahme = befund.ausnahme
    if ausnahme is None:
        return ""
    return translate("Regelpruefung", "{begruendung} – {wer}, {am}").format(
        begruendung=ausnahme.begruendung, wer=ausnahme.erfasst_von,
        am=format_date(derived.local_date(ausnahme.erfasst_am)))


class FindingsModel(RowsModel[Befund]):
    context = _CONTEXT
    columns = (
        (QT_TRANSLATE_NOOP("Regelpruefung", "Regel"), lambda b: f"{b.regel} · {b.regel_titel}"),
        (QT_TRANSLATE_NOOP("Regelpruefung", "Art"), lambda b: b.schwere.label),
        (QT_TRANSLATE_NOOP("Regelpruefung", "{Korridorthema}"), lambda b: b.korridorthema),
        (QT_TRANSLATE_NOOP("Regelpruefung", "{Leitprojekt}"), lambda b: b.leitprojekt or "–"),
        (QT_TRANSLATE_NOOP("Regelpruefung", "Befund"), lambda b: b.text),
        (QT_TRANSLATE_NOOP("Regelpruefung", "Ausnahme"), override_text),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == 1
                and 0 <= index.row() < self.rowCount() and self.row_at(index.row()).schwere is Schwere.WARNUNG):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)  # a warning in bold, beside its word: never by colour alone
            return font
        return super().data(index, role)


class Anzeige(enum.Enum):
    """Which findings the page lists."""

    OFFEN = QT_TRANSLATE_NOOP("Regelpruefung", "offene Befunde")
    AUSNAHMEN = QT_TRANSLATE_NOOP("Regelpruefung", "Befunde mit Ausnahme")
    ALLE = QT_TRANSLATE_NOOP("Regelpruefung", "alle Befunde")

    @property
    def label(self) -> str:
        return _tr(self.value)


class FindingsProxy(QSortFilterProxyModel):
    """German sorting; filters by ``Anzeige`` and by words typed (all must occur in the row)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._anzeige = Anzeige.OFFEN
        self._words: list[str] = []

    def set_anzeige(self, anzeige: Anzeige) -> None:
        self.beginFilterChange()
        self._anzeige = anzeige
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        befund: Befund = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if self._anzeige is Anzeige.OFFEN and befund.ausnahme is not None:
            return False
        if self._anzeige is Anzeige.AUSNAHMEN and befund.ausnahme is None:
            return False
        if not self._words:
            return True
        haystack = " ".join(
            str(model.index(source_row, column, source_parent).data()) for column in range(model.columnCount())
        ).casefold()
        return all(word in haystack for word in self._words)
