"""What the action tabs (phases, risks) share: read-only tables, rows of fields with a button, one action at a time.

An action is saved at once through the services with the row's own version.
A refused input is said in German under the field it concerns (else under
its row, else below the tables); a row someone else changed meanwhile is
refused with their name, and the tab shows the stored state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.errors import IQError, VersionKonflikt
from iq_desktop.services.errors import DomainError
from iq_desktop.services.read_models import LeitprojektDetail
from iq_desktop.ui import dialogs
from iq_desktop.ui.editor.phase_models import ROW_ROLE, RowsSortProxy
from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.ui.people.record_dialog import RecordDialog


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


def sorted_table(parent: QWidget, model: Any, name: str, *, stretch: int | None = None) -> QTableView:
    """A :func:`data_table` over ``model`` through a German-sorting proxy (``view.model()``).

    The rows first stand as the model holds them; a click on a header sorts by that
    column, a third click goes back to the model's order. Column ``stretch`` (the
    title) takes the room left, so the table does not scroll sideways.
    """
    proxy = RowsSortProxy(parent)
    proxy.setSourceModel(model)
    view = data_table(parent, proxy, name)
    header = view.horizontalHeader()
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def side_buttons(table: QWidget, *buttons: QPushButton) -> QHBoxLayout:
    """A table with the buttons that act on its chosen row beside it, top-aligned."""
    column = QVBoxLayout()
    for button in buttons:
        column.addWidget(button)
    column.addStretch(1)
    row = QHBoxLayout()
    row.addWidget(table, 1)
    row.addLayout(column)
    return row


def select_record(table: QTableView, ident: int | None) -> bool:
    """Select the row whose record has id ``ident``, wherever sorting put it."""
    model = table.model()
    for row in range(model.rowCount()):
        record = model.index(row, 0).data(ROW_ROLE)
        if ident is not None and record is not None and record.id == ident:
            table.selectRow(row)
            return True
    return False


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


def error_label(parent: QWidget, key: str) -> QLabel:
    """A hidden red line for a refusal (the ⚠ before the text says it without colour)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setObjectName(f"fehler_{key}")
    label.hide()
    return label


@dataclass
class EntryRow:
    """The fields of one action row by the services' names, and where a refusal is said."""

    widgets: dict[str, QWidget]
    errors: dict[str, QLabel]
    #: a refusal that names no field of the row
    row_error: QLabel
    #: other names the services give a field (``ist_bis`` for the date of a status change)
    aliases: dict[str, str] = field(default_factory=dict)

    def show(self, feld: str | None, message: str) -> QLabel:
        """Say ``message`` under the field ``feld`` names (and focus it), else under the row."""
        key = self.aliases.get(feld or "", feld or "")
        label = self.errors.get(key, self.row_error)
        label.setText(f"{WARN} {message}")
        label.show()
        widget = self.widgets.get(key)
        if widget is not None and widget.isEnabled():
            widget.setFocus()
        return label

    def clear(self) -> None:
        for label in (*self.errors.values(), self.row_error):
            label.hide()
            label.clear()


def entry_row(grid: QGridLayout, row: int, fields: Sequence[tuple[str, str, QWidget, str]],
              button: QWidget | None, *, button_column: int = 6, aliases: dict[str, str] | None = None) -> EntryRow:
    """Label–field pairs ``(key, label, field, accessible name)`` in grid row ``row``, the button at the end.

    Grid row ``row + 1`` holds the refusals: one under each field, reaching to the
    row's end, and one for the row as a whole; all hidden until one is said.
    """
    parent = grid.parentWidget()
    widgets: dict[str, QWidget] = {}
    errors: dict[str, QLabel] = {}
    for place, (key, text, widget, accessible) in enumerate(fields):
        column = 2 * place
        label = QLabel(text, parent)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        grid.addWidget(label, row, column)
        grid.addWidget(widget, row, column + 1)
        widgets[key] = widget
        errors[key] = error_label(parent, key)
        grid.addWidget(errors[key], row + 1, column + 1, 1, button_column - column)
    if button is not None:
        grid.addWidget(button, row, button_column)
    row_error = error_label(parent, f"zeile_{row}")
    grid.addWidget(row_error, row + 1, 0, 1, button_column + 1)
    return EntryRow(widgets, errors, row_error, dict(aliases or {}))


def tab_chain(*widgets: QWidget) -> None:
    """The Tab key visits ``widgets`` in this order (as they are read on screen)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def shortened(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def and_list(parts: Sequence[str], word: str) -> str:
    """``a, b und c`` (``word`` is the translated "und")."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {word} {parts[-1]}"


class ActionTab(QWidget):
    #: an action was saved: the editor reads the project again
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._detail: LeitprojektDetail | None = None
        self._entry_rows: list[EntryRow] = []
        #: the dialog while it is open (tests fill it in)
        self.dialog: QDialog | None = None
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()

    @staticmethod
    def _chosen(table: QTableView) -> Any:
        index = table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def entry_row(self, grid: QGridLayout, row: int, fields: Sequence[tuple[str, str, QWidget, str]],
                  button: QWidget | None, **options: Any) -> EntryRow:
        """:func:`entry_row`, remembered so that the next action clears its refusals."""
        entry = entry_row(grid, row, fields, button, **options)
        self._entry_rows.append(entry)
        return entry

    def _switching_to(self, detail: LeitprojektDetail) -> bool:
        """``detail`` is another project than the one shown (or the first)."""
        return self._detail is None or self._detail.id != detail.id

    # --- unsaved input ---------------------------------------------------------------------------------
    def pending_input(self) -> str | None:
        """A short German description of input typed into an entry row but not saved yet, else None."""
        return None

    def clear_inputs(self) -> None:
        """Empty the entry rows (another project is loaded: nothing typed carries over)."""
        self.clear_refusals()

    # --- refusals -------------------------------------------------------------------------------------
    def show_refusal(self, message: str) -> None:
        self.error.setText(f"{WARN} {message}")
        self.error.show()

    def refuse(self, row: EntryRow, feld: str | None, message: str) -> bool:
        """A refusal the tab finds itself (before any service is asked); always False."""
        self.clear_refusals()
        row.show(feld, message)
        return False

    def clear_refusals(self) -> None:
        self.error.hide()
        for row in self._entry_rows:
            row.clear()

    # --- acting ---------------------------------------------------------------------------------------
    def _act(self, work: Callable[[Database], None], row: EntryRow | None = None) -> bool:
        """Run one action; a refused input is said next to its field in ``row`` (else below the tables),
        a stale row reloads the tab."""
        assert self._db is not None
        self.clear_refusals()
        try:
            work(self._db)
        except VersionKonflikt as exc:
            dialogs.show_error(self, exc.message)
            self.changed.emit()  # show what is stored now
            return False
        except DomainError as exc:
            if row is not None:
                row.show(exc.feld, exc.message)
            else:
                self.show_refusal(exc.message)
            return False
        except IQError as exc:
            dialogs.show_error(self, exc.message)
            return False
        self.changed.emit()
        return True

    def run_dialog(self, dialog: RecordDialog) -> bool:
        """Run a form that saves itself; True when it saved. A conflict met in it also reloads the tab."""
        self.clear_refusals()
        self.dialog = dialog
        try:
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()
        if dialog.saved_id is not None or dialog.conflict_seen:
            self.changed.emit()
        return dialog.saved_id is not None
