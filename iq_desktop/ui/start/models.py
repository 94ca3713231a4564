"""The start page's models: the portfolio by corridor, milestones falling due, the next meetings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.overview import AnstehendeSitzung, FaelligesEtappenziel
from iq_desktop.services.read_models import KorridorKnoten, ProjektZeile
from iq_desktop.ui import formatting
from iq_desktop.ui.collation import COLLATOR
from iq_desktop.ui.projects.table_model import VERALTET_FARBE
from iq_desktop.ui.rows_model import RowsModel, date_key
from iq_desktop.ui.widgets.ampel import ampel_icon, ampel_word

_CONTEXT = "Start"
#: the Leitprojekt id behind a row of the portfolio tree (None on a corridor row)
PROJEKT_ROLE = Qt.ItemDataRole.UserRole + 10

_PORTFOLIO_HEADERS = (
    QT_TRANSLATE_NOOP("Start", "{Leitprojekt}"),
    QT_TRANSLATE_NOOP("Start", "Ampel"),
    QT_TRANSLATE_NOOP("Start", "Phase"),
    QT_TRANSLATE_NOOP("Start", "Nächstes Etappenziel"),
    QT_TRANSLATE_NOOP("Start", "Aktualisiert am"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _cell(text: str, projekt_id: int) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(projekt_id, PROJEKT_ROLE)
    item.setToolTip(text)
    return item


class PortfolioTreeModel(QStandardItemModel):
    """One parent row per Korridorthema (with its Bürgermeister/in), under it one row per Leitprojekt."""

    def populate(self, corridors: Sequence[KorridorKnoten], rows: Sequence[ProjektZeile], terms: Begriffe,
                 berichtszyklus_tage: int) -> None:
        self.clear()
        args = terms.format_args()
        self.setHorizontalHeaderLabels([_tr(h).format(**args) for h in _PORTFOLIO_HEADERS])
        by_corridor: dict[int, list[ProjektZeile]] = {}
        for row in rows:
            by_corridor.setdefault(row.korridorthema_id, []).append(row)
        for corridor in corridors:
            projekte = sorted(by_corridor.get(corridor.id, []), key=lambda r: COLLATOR.sortKey(r.titel))
            parent = QStandardItem(self._corridor_text(corridor, len(projekte), terms))
            parent.setEditable(False)
            font = QFont(parent.font())
            font.setBold(True)
            parent.setFont(font)
            parent.setData(None, PROJEKT_ROLE)
            for row in projekte:
                parent.appendRow(self._project_row(row, berichtszyklus_tage))
            if not projekte:
                empty = QStandardItem(translate("Start", "keine {Leitprojekte}").format(**args))
                empty.setEditable(False)
                empty.setSelectable(False)
                parent.appendRow(empty)
            self.appendRow(parent)

    @staticmethod
    def _corridor_text(corridor: KorridorKnoten, count: int, terms: Begriffe) -> str:
        word = terms.leitprojekt if count == 1 else terms.leitprojekte
        owner = corridor.buergermeister or translate("Start", "nicht eingetragen")
        return translate("Start", "{name} · Bürgermeister/in: {bm} · {n} {Leitprojekte}").format(
            name=corridor.name, bm=owner, n=count, Leitprojekte=word)

    @staticmethod
    def _project_row(row: ProjektZeile, berichtszyklus_tage: int) -> list[QStandardItem]:
        title = _cell(row.titel, row.id)
        ampel = _cell(ampel_word(row.ampel), row.id)
        ampel.setIcon(ampel_icon(row.ampel))
        phase = _cell(row.aktuelle_phase or "–", row.id)
        milestone = _cell(formatting.milestone_cell(row.naechstes_etappenziel, row.naechstes_etappenziel_am)
                          or translate("Start", "keines offen"), row.id)
        updated = _cell(formatting.updated_text(row.aktualisiert_am, row.veraltet), row.id)
        if row.veraltet:
            updated.setForeground(QColor(VERALTET_FARBE))
            updated.setToolTip(formatting.stale_tooltip(berichtszyklus_tage))
        title.setData(translate("Start", "{titel}, Ampel {ampel}, Phase {phase}").format(
            titel=row.titel, ampel=ampel_word(row.ampel), phase=row.aktuelle_phase or "–"),
            Qt.ItemDataRole.AccessibleTextRole)
        return [title, ampel, phase, milestone, updated]


Index = QModelIndex | QPersistentModelIndex


class DueMilestonesModel(RowsModel[FaelligesEtappenziel]):
    """Open milestones due within 30 days; an overdue one says so in words and in dark red."""

    context = _CONTEXT
    columns = (
        (QT_TRANSLATE_NOOP("Start", "Fällig am"), lambda e: _due_text(e), lambda e: date_key(e.faellig_am)),
        (QT_TRANSLATE_NOOP("Start", "Etappenziel"), lambda e: e.titel),
        (QT_TRANSLATE_NOOP("Start", "{Leitprojekt}"), lambda e: e.projekt),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 0
                and 0 <= index.row() < self.rowCount() and self.row_at(index.row()).ueberfaellig):
            return QColor(VERALTET_FARBE)
        return super().data(index, role)


def _due_text(etappenziel: FaelligesEtappenziel) -> str:
    text = format_date(etappenziel.faellig_am)
    return translate("Start", "{datum} · überfällig").format(datum=text) if etappenziel.ueberfaellig else text


class NextMeetingsModel(RowsModel[AnstehendeSitzung]):
    context = _CONTEXT
    columns = (
        (QT_TRANSLATE_NOOP("Start", "Datum"), lambda s: format_date(s.datum), lambda s: date_key(s.datum)),
        (QT_TRANSLATE_NOOP("Start", "Gremium"), lambda s: s.gremium),
        (QT_TRANSLATE_NOOP("Start", "TOP"), lambda s: s.top or "–"),
        (QT_TRANSLATE_NOOP("Start", "Sitzung"),
         lambda s: translate("Start", "öffentlich") if s.oeffentlich else translate("Start", "nicht öffentlich")),
    )
