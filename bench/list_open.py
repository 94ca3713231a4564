"""Opening the project list, in process (offscreen), against its floor; prints JSON.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/list_open.py DB [--runs N]

*Program*: the real main window reloads everything it shows (F5): the list
rows with their derived columns, the corridor tree, the status line, then
paints. The first load (cold: imports, statement compilation) is left out;
it belongs to the start-up figures. The rule count that follows each load
starts in a worker thread during the timed part, as in the program; it is
awaited before the next run, outside the timed part.

*Floor*: the same (active) projects read with one plain ``sqlite3`` query
(title, corridor, status, Ampel) into a QStandardItemModel shown in a
QTableView of the same size, then painted: what any list of these rows costs.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _window import open_main_window, settle


def _floor(db: Path, app: QApplication, size) -> float:
    start = time.perf_counter()
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = connection.execute(
        "SELECT p.titel, k.name, p.status, p.ampel FROM leitprojekt p "
        "JOIN korridorthema k ON k.id = p.korridorthema_id "
        "WHERE p.status NOT IN ('abgeschlossen', 'abgebrochen') ORDER BY k.name, p.titel"
    ).fetchall()
    connection.close()
    model = QStandardItemModel(len(rows), 4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    view = QTableView()
    view.setModel(model)
    view.resize(size)
    view.show()
    app.processEvents()
    view.repaint()
    elapsed = time.perf_counter() - start
    view.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    opened = open_main_window(args.db)
    if opened is None:
        print("could not open the database", file=sys.stderr)
        return 2
    app, window, context = opened
    rows = window.project_count()
    size = window.projects.table.size()

    program, floor = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        window.refresh()
        window.projects.table.viewport().repaint()
        app.processEvents()
        program.append(time.perf_counter() - start)
        settle(app)
        floor.append(_floor(args.db, app, size))
    settle(app)
    if context.database is not None:
        context.database.close()
    print(json.dumps({"app": statistics.median(program), "floor": statistics.median(floor), "rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
