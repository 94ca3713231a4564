"""The Excel overview's export time against a bare openpyxl floor, and the demo export with process start; JSON.

    .venv/bin/python bench/export_excel.py [--scale30 DB] [--runs N]

Two databases: the demo portfolio (written by ``iq-desktop init --demo`` into
a temporary file) and the scale-30 database (``bench/.data/scale30-*.db``,
copied to a temporary folder first, so the original is never touched).

*Program*: ``write_excel_overview`` on the open database, in process: reading
the portfolio and the rule findings, building the sheets, writing the file
(tables, formats, chart, print settings) and renaming it into place. The
first call (imports, statement compilation) is left out.

*Floor*: what any export of these cells costs at least. A bare script reads
the rows the sheets are made of with plain ``sqlite3`` SELECTs (projects with
their corridor, staffing with the person, milestones, risks, phases, rule
overrides; one query each, no derived values), then writes the same sheets
and cells (title, note, header and data rows, dates as dates) into a bare
openpyxl write-only workbook: values only, no styles, tables, formats, chart
or print settings. The cells come from the program's own sheet contents, so
both write exactly the same values. Program and floor runs alternate; the
figure is the ratio of the medians (target ≤ 1.5×).

*Demo with process start*: ``python -m iq_desktop export excel`` on the demo
database as a subprocess, from launch to exit (target < 2 s), after one
untimed launch that compiles the bytecode.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))

from iq_desktop.db.location import resolve_location  # noqa: E402
from iq_desktop.db.open import Zugriff, open_database  # noqa: E402
from iq_desktop.exports.excel_overview import write_excel_overview  # noqa: E402
from iq_desktop.exports.excel_sheets import Mappe, build_workbook_content  # noqa: E402
from iq_desktop.reference import BERICHTSZYKLUS_TAGE  # noqa: E402
from iq_desktop.services.portfolio_tables import portfolio_tables  # noqa: E402
from iq_desktop.services.rules import check_rules  # noqa: E402

RATIO_TARGET = 1.5
DEMO_TARGET_S = 2.0


def _env(home: Path) -> dict[str, str]:
    """The program's own folders (settings, log) in a temporary home, compiled bytecode allowed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (home / variable).mkdir(parents=True, exist_ok=True)
        env[variable] = str(home / variable)
    return env


def _cli(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "iq_desktop", *args], cwd=REPO, env=env, check=True,
                   capture_output=True)
    return time.perf_counter() - start


#: the rows the sheets are made of, one plain SELECT each
FLOOR_QUERIES = (
    "SELECT p.*, k.name FROM leitprojekt p JOIN korridorthema k ON k.id = p.korridorthema_id",
    "SELECT m.*, pe.titel, pe.vorname, pe.nachname FROM mitwirkung m JOIN person pe ON pe.id = m.person_id",
    "SELECT * FROM etappenziel",
    "SELECT * FROM risiko",
    "SELECT * FROM phase",
    "SELECT * FROM regel_ausnahme",
)


def floor_read(db_path: Path) -> int:
    """The bare floor's reading: every row the sheets come from, with plain sqlite3."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return sum(len(connection.execute(sql).fetchall()) for sql in FLOOR_QUERIES)
    finally:
        connection.close()


def floor_write(mappe: Mappe, target: Path) -> None:
    """The bare floor: the same cells, values only, openpyxl write-only."""
    wb = Workbook(write_only=True)
    for blatt in mappe.blaetter:
        ws = wb.create_sheet(blatt.name)
        ws.append([blatt.titel])
        ws.append([blatt.hinweis])
        ws.append([spalte.titel for spalte in blatt.spalten])
        for row in blatt.zeilen:
            ws.append(row)
    wb.save(target)


def measure(db_path: Path, out: Path, runs: int) -> dict:
    database, _ = open_database(resolve_location(str(db_path)), Zugriff.ZUM_LESEN)
    try:
        stichtag = database.today()
        tabellen = portfolio_tables(database, stichtag=stichtag, berichtszyklus_tage=BERICHTSZYKLUS_TAGE)
        mappe = build_workbook_content(tabellen, check_rules(database, stichtag=stichtag))
        write_excel_overview(database, out / "warm.xlsx", stichtag=stichtag)  # imports, compiled statements
        floor_read(db_path)
        floor_write(mappe, out / "warm-floor.xlsx")
        app, floor = [], []
        for run in range(runs):
            start = time.perf_counter()
            write_excel_overview(database, out / f"app{run}.xlsx", stichtag=stichtag)
            app.append(time.perf_counter() - start)
            start = time.perf_counter()
            floor_read(db_path)
            floor_write(mappe, out / f"floor{run}.xlsx")
            floor.append(time.perf_counter() - start)
    finally:
        database.close()
    rows = {blatt.name: len(blatt.zeilen) for blatt in mappe.blaetter}
    cells = sum(len(row) for blatt in mappe.blaetter for row in blatt.zeilen)
    ratio = statistics.median(app) / statistics.median(floor)
    return {
        "rows": rows, "cells": cells,
        "app": statistics.median(app), "floor": statistics.median(floor), "ratio": ratio,
        "target": f"≤ {RATIO_TARGET}×", "ok": ratio <= RATIO_TARGET,
        "app_runs": app, "floor_runs": floor,
        "file_mb": (out / "app0.xlsx").stat().st_size / 1e6,
    }


def _scale30_default() -> Path | None:
    found = sorted((BENCH / ".data").glob("scale30-*.db"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale30", type=Path, default=None, help="scale-30 database (default: bench/.data)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    scale30 = args.scale30 or _scale30_default()
    if scale30 is None or not scale30.exists():
        print("no scale-30 database: run bench/run.py once or bench/generate.py --scale 30", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="bench-excel-") as tmp:
        work = Path(tmp)
        env = _env(work / "home")
        demo = work / "demo.sqlite"
        _cli(["init", "--demo", "--db", str(demo)], env)
        copy = work / "scale30.sqlite"
        shutil.copy(scale30, copy)

        result = {"demo": measure(demo, work, args.runs)}
        result["scale30"] = measure(copy, work, args.runs)

        command = ["export", "excel", "--db", str(demo), "-o", str(work / "cli.xlsx")]
        _cli(command, env)  # compiles the bytecode, as an installed program has it
        launches = [_cli(command, env) for _ in range(args.runs)]
        median = statistics.median(launches)
        result["demo_process"] = {"median": median, "runs": launches, "target": f"< {DEMO_TARGET_S} s",
                                  "ok": median < DEMO_TARGET_S}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
