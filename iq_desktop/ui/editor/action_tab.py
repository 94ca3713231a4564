"""What the action tabs (phases, risks) share: read-only tables, rows of fields with a button, one action at a time.

An action is saved at once through the services with the row's own version.
A refused input is said in German below the tables; a row someone else
changed meanwhile is refused with their name, and the tab shows the stored state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QHeaderView, QLabel, QPushButton, QTableView, QWidget

from iq_desktop.errors import IQError, VersionKonflikt
from iq_desktop.services.errors import DomainError
from iq_desktop.services.read_models import LeitprojektDetail
from iq_desktop.ui import dialogs
from iq_desktop.ui.editor.phase_models import ROW_ROLE
from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN

if TYPE_CHECKING:
    from iq_desktop.db.database import Database


def data_table(parent: QWidget, model: Any, name: str) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def action_row(grid: QGridLayout, row: int, fields: tuple, button: QPushButton | None) -> None:
    """Label–field pairs side by side, the action's button at the end of the row."""
    column = 0
    for text, widget, accessible in fields:
        label = QLabel(text, widget.parentWidget())
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        grid.addWidget(label, row, column)
        grid.addWidget(widget, row, column + 1)
        column += 2
    if button is not None:
        grid.addWidget(button, row, 6)
    for stretch in (1, 3, 5):
        grid.setColumnStretch(stretch, 1)


class ActionTab(QWidget):
    #: an action was saved: the editor reads the project again
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._detail: LeitprojektDetail | None = None
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()

    @staticmethod
    def _chosen(table: QTableView) -> Any:
        index = table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def show_refusal(self, message: str) -> None:
        self.error.setText(f"{WARN} {message}")
        self.error.show()

    def _act(self, work: Callable[[Database], None]) -> bool:
        """Run one action; a refused input is said below the tables, a stale row reloads the tab."""
        assert self._db is not None
        self.error.hide()
        try:
            work(self._db)
        except VersionKonflikt as exc:
            dialogs.show_error(self, exc.message)
            self.changed.emit()  # show what is stored now
            return False
        except DomainError as exc:
            self.show_refusal(exc.message)
            return False
        except IQError as exc:
            dialogs.show_error(self, exc.message)
            return False
        self.changed.emit()
        return True

