"""The compare dialog of a stale save: the user's values beside the stored ones, and a choice.

A save that meets a newer stored version never overwrites (``VersionKonflikt``).
The form then shows this dialog with its fields side by side and lets the
user decide:

* take the stored version (the form reloads; their input is dropped),
* save their values on top of it (the form saves again against the stored
  version; their values win field by field where they differ), or
* cancel (nothing saved, the form keeps their input to rework).

Differences are marked by a word and bold type, never by colour alone.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.errors import VersionKonflikt
from iq_desktop.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Konflikt"
Index = QModelIndex | QPersistentModelIndex


class Entscheidung(enum.Enum):
    GESPEICHERTEN_UEBERNEHMEN = "gespeicherten_uebernehmen"
    MEINE_DARUEBER = "meine_darueber"
    ABBRECHEN = "abbrechen"


@dataclass(frozen=True)
class FeldVergleich:
    """One field of the form: its label, the user's value and the stored value, as displayed."""

    bezeichnung: str
    meins: str
    gespeichert: str

    @property
    def abweichend(self) -> bool:
        return self.meins != self.gespeichert


def compare_fields(
    labels: Mapping[str, str],
    mine: Mapping[str, Any],
    stored: Mapping[str, Any],
    display: Callable[[Any], str] = lambda v: "" if v is None else str(v),
) -> list[FeldVergleich]:
    """The rows of the dialog, in the order of ``labels`` (field key → German label)."""
    return [FeldVergleich(label, display(mine.get(key)), display(stored.get(key))) for key, label in labels.items()]


_HEADERS = (
    QT_TRANSLATE_NOOP("Konflikt", "Feld"),
    QT_TRANSLATE_NOOP("Konflikt", "Ihre Eingabe"),
    QT_TRANSLATE_NOOP("Konflikt", "Gespeicherter Stand"),
    QT_TRANSLATE_NOOP("Konflikt", "Vergleich"),
)


class _CompareModel(QAbstractTableModel):
    def __init__(self, rows: Sequence[FeldVergleich], parent: QWidget) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._bold = QFont(parent.font())
        self._bold.setBold(True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 3:
                if row.abweichend:
                    return QCoreApplication.translate("Konflikt", "abweichend")
                return QCoreApplication.translate("Konflikt", "gleich")
            value = (row.bezeichnung, row.meins, row.gespeichert)[index.column()]
            return value if value or index.column() == 0 else QCoreApplication.translate("Konflikt", "(leer)")
        if role == Qt.ItemDataRole.FontRole and row.abweichend:
            return self._bold
        return None


class ConflictDialog(QDialog):
    """Modal; ``exec()`` then :attr:`entscheidung` says what the user chose."""

    def __init__(self, konflikt: VersionKonflikt, rows: Sequence[FeldVergleich], parent: QWidget | None = None,
                 *, message: str | None = None) -> None:
        super().__init__(parent)
        self.entscheidung = Entscheidung.ABBRECHEN
        self.setWindowTitle(self.tr("Inzwischen anderswo gespeichert"))
        self.resize(760, 420)

        self.message = message = QLabel(message or konflikt.message, self)
        self.message.setWordWrap(True)
        self.message.setObjectName("konflikt_meldung")
        differing = sum(1 for row in rows if row.abweichend)
        summary = QLabel(
            self.tr("{n} von {m} Feldern weichen ab (fett und mit „abweichend“ markiert). Bitte wählen, welcher "
                    "Stand gelten soll.").format(
                n=differing, m=len(rows)), self)
        self.model = _CompareModel(rows, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Ihre Eingaben und der gespeicherte Stand im Vergleich"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()

        self.take_stored = QPushButton(self.tr("&Gespeicherten Stand übernehmen"), self)
        self.take_stored.setToolTip(self.tr("Ihre Eingaben verwerfen und den gespeicherten Stand laden"))
        self.apply_mine = QPushButton(self.tr("&Meine Eingaben darüber speichern"), self)
        self.apply_mine.setToolTip(self.tr("Ihre Eingaben auf den gespeicherten Stand speichern; wo Felder "
                                           "abweichen, gilt Ihre Eingabe"))
        self.cancel = QPushButton(self.tr("&Abbrechen"), self)
        self.cancel.setToolTip(self.tr("Nichts speichern; Ihre Eingaben bleiben im Formular"))
        self.cancel.setDefault(True)  # Enter decides nothing by accident
        self.take_stored.clicked.connect(lambda: self._decide(Entscheidung.GESPEICHERTEN_UEBERNEHMEN))
        self.apply_mine.clicked.connect(lambda: self._decide(Entscheidung.MEINE_DARUEBER))
        self.cancel.clicked.connect(lambda: self._decide(Entscheidung.ABBRECHEN))
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_stored)
        buttons.addWidget(self.apply_mine)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.take_stored)
        self.setTabOrder(self.take_stored, self.apply_mine)
        self.setTabOrder(self.apply_mine, self.cancel)

    def _decide(self, entscheidung: Entscheidung) -> None:
        self.entscheidung = entscheidung
        if entscheidung is Entscheidung.ABBRECHEN:
            self.reject()
        else:
            self.accept()


def decide(konflikt: VersionKonflikt, rows: Sequence[FeldVergleich], parent: QWidget | None = None, *,
           message: str | None = None) -> Entscheidung:
    """Show the compare dialog modally and return the choice; forms call this, so tests can script it."""
    dialog = ConflictDialog(konflikt, rows, parent, message=message)
    try:
        dialog.exec()
        return dialog.entscheidung
    finally:
        dialog.deleteLater()
