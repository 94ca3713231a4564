"""From a keystroke in a search field to the updated, painted view; prints JSON.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/filter_keystroke.py DB [--rounds N] [--field suche]

``--field liste`` (default): the project list's filter field.
``--field suche``: the toolbar's search over Leitprojekte and people; the time
runs until the completer's popup has painted its matches. Its floor is a bare
QLineEdit with a QCompleter (contains, case-insensitive) over the same lines
in a QStringListModel.

*Program*: the real main window on DB (archived projects shown too, so the
list holds every project). Each keystroke is a real key event sent to the
filter field; the time runs until the table's viewport has painted the
filtered rows. Typing "digital", then deleting it again key by key, is one
round; the figure pools every keystroke of every round.

*Floor*: the same keystrokes in a bare QLineEdit whose text feeds
QSortFilterProxyModel.setFilterFixedString (case-insensitive, all columns)
over the same rows as plain strings in a QStandardItemModel, shown in a
QTableView of the same size: what filtering these rows in Qt costs at least.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QTableView, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _window import open_main_window, settle

WORD = "digital"


def _keystrokes() -> list[tuple[Qt.Key, str]]:
    keys = [(Qt.Key(ord(c.upper())), c) for c in WORD]
    return keys + [(Qt.Key.Key_Backspace, "")] * len(WORD)


def _time_keystrokes(app: QApplication, field: QWidget, viewport: QWidget, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        for key, text in _keystrokes():
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
            app.processEvents()
            viewport.repaint()
            times.append(time.perf_counter() - start)
    return times


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _floor(app: QApplication, rows: list[list[str]], size, rounds: int) -> list[float]:
    model = QStandardItemModel(len(rows), len(rows[0]) if rows else 1)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(value))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    window = QWidget()
    field = QLineEdit(window)
    view = QTableView(window)
    view.setModel(proxy)
    view.resize(size)
    field.textChanged.connect(proxy.setFilterFixedString)
    window.resize(size.width(), size.height() + 40)
    view.move(0, 40)
    window.show()
    app.processEvents()
    times = _time_keystrokes(app, field, view.viewport(), rounds)
    window.close()
    return times


def _check_popup(app: QApplication, field: QLineEdit, completer: QCompleter) -> None:
    """The timed keystrokes must have had a popup to paint, or the figure means nothing."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier, "d"))
    app.processEvents()
    if not (completer.popup().isVisible() and completer.completionCount()):
        raise RuntimeError("no completion popup showed: the keystroke figure would be meaningless")
    field.clear()


def _search_floor(app: QApplication, lines: list[str], rounds: int) -> list[float]:
    window = QWidget()
    field = QLineEdit(window)
    completer = QCompleter(QStringListModel(lines, window), window)  # parented: a bare model would be collected
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    completer.popup().setUniformItemSizes(True)
    field.setCompleter(completer)
    window.resize(600, 60)
    window.show()
    window.activateWindow()
    app.processEvents()
    field.setFocus()
    app.processEvents()
    times = _time_keystrokes(app, field, completer.popup().viewport(), rounds)
    _check_popup(app, field, completer)
    window.close()
    return times


def _search(app: QApplication, window, rounds: int) -> tuple[int, list[float], list[float]]:
    """The toolbar's search: (lines offered, program times, floor times)."""
    search = window.search
    search.field.setFocus()  # reads the people, as a user's first click into the field does
    app.processEvents()
    lines = [search.model.index(r, 0).data() for r in range(search.model.rowCount())]
    popup = search.completer.popup()
    _time_keystrokes(app, search.field, popup.viewport(), 1)  # warm-up
    program = _time_keystrokes(app, search.field, popup.viewport(), rounds)
    _check_popup(app, search.field, search.completer)
    window.hide()  # the floor's field must get the focus, or its completer never shows a popup
    floor = _search_floor(app, lines, rounds)
    return len(lines), program, floor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--field", choices=("liste", "suche"), default="liste")
    args = parser.parse_args(argv)

    opened = open_main_window(args.db)
    if opened is None:
        print("could not open the database", file=sys.stderr)
        return 2
    app, window, context = opened
    window.action_archive.setChecked(True)  # every project in the list
    settle(app)
    if args.field == "suche":
        rows, program, floor = _search(app, window, args.rounds)
        return _report(app, context, rows, program, floor)
    panel = window.projects
    rows = panel.model.rowCount()
    table = [[str(panel.model.index(r, c).data() or "") for c in range(panel.model.columnCount())]
             for r in range(rows)]
    panel.filter_edit.setFocus()
    _time_keystrokes(app, panel.filter_edit, panel.table.viewport(), 1)  # warm-up
    program = _time_keystrokes(app, panel.filter_edit, panel.table.viewport(), args.rounds)
    floor = _floor(app, table, panel.table.size(), args.rounds)
    return _report(app, context, rows, program, floor)


def _report(app: QApplication, context, rows: int, program: list[float], floor: list[float]) -> int:
    settle(app)
    if context.database is not None:
        context.database.close()
    print(json.dumps({
        "rows": rows, "keystrokes": len(program),
        "app": {"p50": statistics.median(program), "p95": _percentile(program, 0.95), "max": max(program)},
        "floor": {"p50": statistics.median(floor), "p95": _percentile(floor, 0.95), "max": max(floor)},
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
