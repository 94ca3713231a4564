"""From a keystroke in the project list's filter field to the updated, painted view; prints JSON.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/filter_keystroke.py DB [--rounds N]

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

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    opened = open_main_window(args.db)
    if opened is None:
        print("could not open the database", file=sys.stderr)
        return 2
    app, window, context = opened
    window.action_archive.setChecked(True)  # every project in the list
    settle(app)
    panel = window.projects
    rows = panel.model.rowCount()
    table = [[str(panel.model.index(r, c).data() or "") for c in range(panel.model.columnCount())]
             for r in range(rows)]
    panel.filter_edit.setFocus()
    _time_keystrokes(app, panel.filter_edit, panel.table.viewport(), 1)  # warm-up
    program = _time_keystrokes(app, panel.filter_edit, panel.table.viewport(), args.rounds)
    floor = _floor(app, table, panel.table.size(), args.rounds)
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
