"""Run every benchmark and print one table: figure, measured, floor, ratio, target.

    .venv/bin/python bench/run.py            # all figures, 7 launches each
    .venv/bin/python bench/run.py --runs 3   # quicker, noisier
    .venv/bin/python bench/run.py --json results.json
    .venv/bin/python bench/run.py --only saves   # or: --only startup, list, filter, exports

Each figure is measured side by side with its floor in the same run, launches
of program and floor interleaved, and judged by the ratio of the medians,
because this machine's absolute speed varies from hour to hour. The scale
databases are generated once into ``bench/.data/`` (kept until the generator
or the schema changes). See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from harness import Run, launch, xvfb  # noqa: E402

PYTHON = sys.executable
APP = [str(Path(PYTHON).with_name("iq-desktop-gui"))]
FLOOR_BARE = [PYTHON, str(BENCH / "floors" / "bare_window.py")]
FLOOR_ORM = [PYTHON, str(BENCH / "floors" / "orm_table_window.py")]


@dataclass
class Figure:
    name: str
    measured: float
    floor: float | None
    unit: str
    target: str
    ok: bool

    @property
    def ratio(self) -> float | None:
        return self.measured / self.floor if self.floor else None


def scale_database(scale: int) -> Path:
    """The generated database for ``scale``, regenerated when the generator, the schema or the seed changed."""
    package = REPO / "iq_desktop"
    sources = [
        BENCH / "generate.py",
        *sorted((BENCH / "scale_data").glob("*.py")),
        *sorted((package / "models").glob("*.py")),
        *sorted((package / "db").rglob("*.py")),  # migrations, seed
        package / "reference.py",
        package / "enums.py",
    ]
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:12]
    data = BENCH / ".data"
    data.mkdir(exist_ok=True)
    target = data / f"scale{scale}-{digest}.db"
    if not target.exists():
        for old in data.glob(f"scale{scale}-*.db"):
            old.unlink()
        print(f"generating scale {scale} …", file=sys.stderr, flush=True)
        subprocess.run([PYTHON, str(BENCH / "generate.py"), "--scale", str(scale), "-o", str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return target


def _median(runs: Sequence[Run], pick: Callable[[Run], float | None]) -> float:
    values = [v for v in (pick(r) for r in runs) if v is not None]
    return statistics.median(values)


def _interleaved(launches: dict[str, tuple[list[str], str, dict[str, str]]], display: str,
                 runs: int) -> dict[str, list[Run]]:
    results: dict[str, list[Run]] = {name: [] for name in launches}
    for _ in range(runs):
        for name, (command, wait_for, env) in launches.items():
            results[name].append(launch(command, display, wait_for, env=env))
    return results


def _user_home(home: Path, database: Path | None) -> dict[str, str]:
    """Private user folders; with ``database`` a settings file naming it, as IT would configure it."""
    env = {"XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")}
    if database is not None:
        from iq_desktop.settings import Settings

        Settings(datenbank=str(database)).save(home / "config" / "IQ-Desktop" / "einstellungen.json")
    return env


def compile_bytecode() -> None:
    """An installed program (wheel, PyInstaller bundle) starts from compiled bytecode; so do the runs here.

    Some machines set PYTHONDONTWRITEBYTECODE, which would make every start compile the
    editable checkout's sources again.
    """
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(REPO / "iq_desktop"), str(BENCH / "floors")],
                   check=True, env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})


def startup_figures(runs: int) -> tuple[list[Figure], dict]:
    db1, db30 = scale_database(1), scale_database(30)
    with tempfile.TemporaryDirectory(prefix="iq-bench-home-") as tmp, xvfb() as display:
        # the program starts as from the start menu: no arguments, the database from the settings
        launches = {
            "bare": (FLOOR_BARE, "first_paint", _user_home(Path(tmp) / "floor", None)),
            "orm": (FLOOR_ORM, "first_paint", _user_home(Path(tmp) / "floor", None)),
            "app1": (APP, "ready", _user_home(Path(tmp) / "scale1", db1)),
            "app30": (APP, "ready", _user_home(Path(tmp) / "scale30", db30)),
        }
        for command, wait_for, env in launches.values():
            launch(command, display, wait_for, env=env)  # warm the disk cache
        r = _interleaved(launches, display, runs)

    def moment(name: str) -> Callable[[Run], float | None]:
        return lambda run: run.moments.get(name)

    bare_paint, orm_paint = _median(r["bare"], moment("first_paint")), _median(r["orm"], moment("first_paint"))
    figures = []
    for label, key in (("scale 1", "app1"), ("scale 30", "app30")):
        first = _median(r[key], moment("first_paint"))
        figures.append(Figure(f"first paint ({label})", first, bare_paint, "s", "≤ 1.5×", first <= 1.5 * bare_paint))
    mapped = _median(r["app1"], lambda run: run.mapped)
    bare_mapped = _median(r["bare"], lambda run: run.mapped)
    figures.append(Figure("window mapped (scale 1)", mapped, bare_mapped, "s", "≤ 1.5×", mapped <= 1.5 * bare_mapped))
    for label, key, limit in (("scale 1", "app1", 1.3), ("scale 30", "app30", 1.6)):
        rows = _median(r[key], moment("rows_visible"))
        ok = rows <= limit * orm_paint
        figures.append(Figure(f"data visible ({label})", rows, orm_paint, "s", f"≤ {limit}×", ok))
    for label, key in (("scale 1", "app1"), ("scale 30", "app30")):
        ready = _median(r[key], moment("ready"))
        figures.append(Figure(f"ready: open, rules counted ({label})", ready, orm_paint, "s", "(info)", True))
    peak = _median(r["app30"], lambda run: run.peak_mb)
    figures.append(Figure("peak memory (scale 30)", peak, _median(r["orm"], lambda run: run.peak_mb), "MB",
                          "≤ 250 MB", peak <= 250))
    # what the start-up must keep, checked in every run (a quiet fallback to the slow path would not show
    # in the times alone)
    app_runs = [run for key in ("app1", "app30") for run in r[key]]
    quick = all(not run.facts[moment].get("sqlalchemy_loaded")
                for run in app_runs for moment in ("first_paint", "rows_visible"))
    rows = {key: {run.facts["rows_visible"]["rows"] for run in r[key]} for key in ("app1", "app30")}
    heavy = sorted({m for run in app_runs for m in run.facts["ready"].get("heavy_loaded", [])})
    figures.append(Figure("rows shown before SQLAlchemy loaded", float(quick), None, "fact", "yes", quick))
    figures.append(Figure("rows in the list (scale 1 / 30)", float(min(rows["app1"])), None, "fact",
                          f"{EXPECTED_ROWS[1]} / {EXPECTED_ROWS[30]}",
                          rows == {"app1": {EXPECTED_ROWS[1]}, "app30": {EXPECTED_ROWS[30]}}))
    figures.append(Figure("Alembic, openpyxl, python-docx at ready", float(len(heavy)), None, "fact", "none",
                          not heavy))
    facts = {"rows": {key: sorted(values) for key, values in rows.items()}, "heavy_loaded_when_ready": heavy}
    return figures, facts


#: active Leitprojekte of the generated databases (seed 1, --heute 2026-11-01)
EXPECTED_ROWS = {1: 24, 30: 769}

#: the window's full reload (rows with derived columns, tree, status, paint) against one bare
#: query into a bare table: about 10× here; 15× leaves room for noise and flags a regression
LIST_RATIO = 15.0


def list_figures(runs: int) -> list[Figure]:
    figures = []
    for scale in (1, 30):
        db = scale_database(scale)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        out = subprocess.run([PYTHON, str(BENCH / "list_open.py"), str(db), "--runs", str(runs)],
                             check=True, capture_output=True, text=True, env={**env, "QT_QPA_PLATFORM": "offscreen"})
        result = json.loads(out.stdout)
        figures.append(Figure(f"open project list (scale {scale})", result["app"], result["floor"], "s",
                              f"≤ {LIST_RATIO:.0f}×", result["app"] <= LIST_RATIO * result["floor"]))
    return figures


#: issue 5: from a keystroke in the filter field to the updated view
KEYSTROKE_TARGET_S = 0.050


def filter_figures() -> list[Figure]:
    """Keystroke → filtered, painted list (``filter_keystroke.py``), p95 against the 50 ms target."""
    figures = []
    for field, name in (("liste", "filter keystroke"), ("suche", "search keystroke")):
        for scale in (1, 30):
            db = scale_database(scale)
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            out = subprocess.run([PYTHON, str(BENCH / "filter_keystroke.py"), str(db), "--field", field],
                                 check=True, capture_output=True, text=True,
                                 env={**env, "QT_QPA_PLATFORM": "offscreen"})
            result = json.loads(out.stdout)
            figures.append(Figure(f"{name} p95 (scale {scale}, {result['rows']} lines)",
                                  result["app"]["p95"] * 1000, result["floor"]["p95"] * 1000, "ms",
                                  f"< {KEYSTROKE_TARGET_S * 1000:.0f} ms", result["app"]["p95"] < KEYSTROKE_TARGET_S))
    return figures


#: issue 6: each export at most 1.5× its bare floor; the demo database's export under 2 s with process start
EXPORT_RATIO_TARGET = 1.5
EXPORT_PROCESS_TARGET_S = 2.0


def _json_of(script: str, *args: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run([PYTHON, str(BENCH / script), *args], capture_output=True, text=True, check=False,
                         env={**env, "QT_QPA_PLATFORM": "offscreen"})
    if out.returncode not in (0, 1):  # 1: a target missed, reported below
        raise RuntimeError(f"{script} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout)


def export_figures() -> list[Figure]:
    """Excel overview and Word report against bare openpyxl / python-docx floors (``export_*.py``)."""
    figures = []
    excel = _json_of("export_excel.py", "--scale30", str(scale_database(30)))
    for key, name in (("demo", "Excel export (demo)"), ("scale30", "Excel export (scale 30)")):
        part = excel[key]
        figures.append(Figure(name, part["app"], part["floor"], "s", f"≤ {EXPORT_RATIO_TARGET}×",
                              part["ratio"] <= EXPORT_RATIO_TARGET))
    process = excel["demo_process"]["median"]
    figures.append(Figure("Excel export with process start (demo)", process, None, "s",
                          f"< {EXPORT_PROCESS_TARGET_S:.0f} s", process < EXPORT_PROCESS_TARGET_S))
    for args, name in (((), "Word report (demo)"), (("--db", str(scale_database(30)), "--runs", "2"),
                                                     "Word report (scale 30)")):
        word = _json_of("export_word.py", *args)
        figures.append(Figure(name, word["program_s"], word["floor_s"], "s", f"≤ {EXPORT_RATIO_TARGET}×",
                              word["ratio"] <= EXPORT_RATIO_TARGET))
        if "process_s" in word:
            figures.append(Figure("Word report with process start (demo)", word["process_s"], None, "s",
                                  f"< {EXPORT_PROCESS_TARGET_S:.0f} s", word["process_s"] < EXPORT_PROCESS_TARGET_S))
    return figures


def save_figures() -> list[Figure]:
    """Save latency with 1–16 concurrent writers against a bare versioned UPDATE (``save_latency.py``)."""
    out = subprocess.run([PYTHON, str(BENCH / "save_latency.py"), "--json"], capture_output=True, text=True,
                         check=False)
    if out.returncode not in (0, 1):  # 1: a target missed, reported below
        raise RuntimeError(f"save_latency.py failed:\n{out.stderr[-2000:]}")
    figures = []
    for f in json.loads(out.stdout)["figures"]:
        target = f"< {f['target'] * 1000:.0f} ms" if f["target"] is not None else "(info)"
        writers = f"{f['writers']} writer" + ("s" if f["writers"] != 1 else "")
        figures.append(Figure(f"save p95, {writers}", f["program"]["p95"] * 1000, f["floor"]["p95"] * 1000, "ms",
                              target, f["ok"]))
    return figures


def print_table(figures: Sequence[Figure]) -> None:
    header = f"{'figure':40} {'measured':>10} {'floor':>10} {'ratio':>7}  {'target':10} ok"
    print(header)
    print("-" * len(header))
    for f in figures:
        if f.unit == "fact":
            print(f"{f.name:40} {'':>10} {'':>10} {'':>7}  {f.target:10} {'yes' if f.ok else 'NO'}")
            continue
        fmt = {"s": lambda v: f"{v:.3f} s", "ms": lambda v: f"{v:.1f} ms"}.get(f.unit, lambda v: f"{v:.0f} MB")
        floor = fmt(f.floor) if f.floor is not None else "–"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "–"
        print(f"{f.name:40} {fmt(f.measured):>10} {floor:>10} {ratio:>7}  {f.target:10} {'yes' if f.ok else 'NO'}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="launches per program and floor (median)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--only", choices=("startup", "list", "filter", "exports", "saves"), help="run one group")
    args = parser.parse_args(argv)
    figures: list[Figure] = []
    facts: dict = {}
    compile_bytecode()
    if args.only in (None, "startup"):
        startup, facts = startup_figures(args.runs)
        figures += startup
    if args.only in (None, "list"):
        figures += list_figures(args.runs)
    if args.only in (None, "filter"):
        figures += filter_figures()
    if args.only in (None, "exports"):
        figures += export_figures()
    if args.only in (None, "saves"):
        figures += save_figures()
    print(f"machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()}")
    print_table(figures)
    if facts:
        print("facts:", json.dumps(facts))
    if args.json:
        args.json.write_text(json.dumps({"figures": [asdict(f) | {"ratio": f.ratio} for f in figures],
                                         "facts": facts}, indent=2))
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
