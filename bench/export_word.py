"""The Word Sachstandsbericht of the whole process beside a bare python-docx script writing the same content; JSON.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/export_word.py [--db FILE] [--runs N] [--cli-runs N]

Without ``--db`` the demo database is generated into a temporary folder (``init --demo``, about 4 s).
FILE (e.g. ``bench/.data/scale30-*.db``) is copied first and never written.

*Program*: ``write_word_report`` in this process (the whole process, Stichtag today): reading
through the services, the charts drawn as PNG, the document written on the template and saved.

*Floor*: the same paragraphs (with their styles) and tables (with their cells' texts and their
style), written with python-docx's own API (``add_paragraph``, ``add_table`` and ``cell.text``,
styles looked up once) on the same template and saved: what writing this text with python-docx
costs. The content is taken from the program's file before the timing; program and floor runs
alternate, after one untimed warm-up of the program. The floor has no pictures: a bare script has
no charts to draw, and python-docx's ``add_picture`` grows quadratically (it hashes every picture
added before and searches the whole document for a free id), which would make the floor, not the
program, the thing measured at scale 30. What the program spends on its charts is reported
apart (``charts_s``: drawing every timeline and risk matrix of the report as PNG).

*Process* (``--cli-runs``, default 5 for the demo database, 0 otherwise): ``iq-desktop export word``
as a new process from compiled bytecode, until it exits: start, imports, export, everything.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

from iq_desktop.db.location import resolve_location  # noqa: E402
from iq_desktop.db.open import Zugriff, open_database  # noqa: E402
from iq_desktop.exports.word_report import default_template, write_word_report  # noqa: E402

#: the issue's targets
RATIO_TARGET = 1.5
PROCESS_TARGET_S = 2.0


@dataclass(frozen=True)
class Paragraph:
    style: str
    text: str


@dataclass(frozen=True)
class Table:
    style: str | None
    rows: list[list[str]]


@dataclass(frozen=True)
class Picture:
    png: bytes
    width: int


def content_of(path: Path) -> list[Paragraph | Table | Picture]:
    """What the program wrote, element by element, for the floor to write again."""
    document = Document(str(path))
    styles = {s.style_id: s.name for s in document.styles}
    items: list[Paragraph | Table | Picture] = []
    for child in document.element.body:
        if child.tag == qn("w:p"):
            blip = next(child.iter(qn("a:blip")), None)
            if blip is not None:
                extent = next(child.iter(qn("wp:extent")))
                part = document.part.related_parts[blip.get(qn("r:embed"))]
                items.append(Picture(part.blob, int(extent.get("cx"))))
                continue
            style = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            name = styles.get(style.get(qn("w:val")), "Normal") if style is not None else "Normal"
            items.append(Paragraph(name, "".join(t.text or "" for t in child.iter(qn("w:t")))))
        elif child.tag == qn("w:tbl"):
            style = child.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}")
            rows = [["\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p")))
                     for tc in tr.iter(qn("w:tc"))] for tr in child.iter(qn("w:tr"))]
            items.append(Table(styles.get(style.get(qn("w:val"))) if style is not None else None, rows))
    return items


def bare_docx(items: list[Paragraph | Table | Picture], template: Path, target: Path) -> None:
    """The floor: python-docx's own API, on the same template (styles looked up once, as a careful script does)."""
    document = Document(str(template))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    styles = {style.name: style for style in document.styles}
    for item in items:
        if isinstance(item, Paragraph):
            document.add_paragraph(item.text, style=styles[item.style])
        elif isinstance(item, Table):
            columns = max(len(row) for row in item.rows)
            table = document.add_table(rows=len(item.rows), cols=columns)
            if item.style:
                table.style = styles[item.style]
            for row, texts in zip(table.rows, item.rows, strict=True):
                for cell, text in zip(row.cells, texts, strict=False):
                    cell.text = text
    document.save(str(target))


def demo_database(folder: Path) -> Path:
    from iq_desktop.services.demo import fill_demo

    path = folder / "demo.sqlite"
    database, _ = open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN)
    try:
        fill_demo(database)
    finally:
        database.close()
    return path


def process_seconds(db: Path, target: Path, runs: int) -> list[float]:
    """``iq-desktop export word`` as a new process, from compiled bytecode as installed."""
    compileall.compile_dir(str(ROOT / "iq_desktop"), quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "iq_desktop", "export", "word", "--db", str(db), "-o", str(target)]
    times = []
    for _ in range(runs + 1):  # the first fills the operating system's file cache
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=600)
        times.append(time.perf_counter() - start)
    return times[1:]


def charts_seconds(database) -> float:
    """Drawing every chart of the whole-process report (the program's share the floor does not have)."""
    from iq_desktop.charts import report_images
    from iq_desktop.exports.report_content import collect

    inhalt = collect(database, korridor_id=None, projekt_id=None, gremium_id=None, sitzung_id=None,
                     stichtag=database.today(), autor="bench")
    start = time.perf_counter()
    for p in inhalt.projekte:
        report_images.timeline_chart(p.detail.phasen, p.detail.etappenziele, inhalt.rahmen.stichtag)
        if p.risiken:
            report_images.risk_matrix_chart([(f"R{i}", r.titel, r.wahrscheinlichkeit, r.auswirkung)
                                             for i, r in enumerate(p.risiken, start=1)])
    return time.perf_counter() - start


def measure(db: Path, runs: int, cli_runs: int, work: Path) -> dict[str, object]:
    database, _ = open_database(resolve_location(str(db)), Zugriff.ZUM_LESEN)
    try:
        program_file, floor_file = work / "program.docx", work / "floor.docx"
        write_word_report(database, program_file)  # warm-up: imports, first queries, fonts
        items = content_of(program_file)
        program, floor = [], []
        for _ in range(runs):
            start = time.perf_counter()
            write_word_report(database, program_file)
            program.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare_docx(items, default_template(), floor_file)
            floor.append(time.perf_counter() - start)
        from iq_desktop.services import portfolio

        projects = len(portfolio.list_projects(database))
        charts = charts_seconds(database)
    finally:
        database.close()
    result: dict[str, object] = {
        "db": db.name,
        "projects": projects,
        "paragraphs": sum(isinstance(i, Paragraph) for i in items),
        "tables": sum(isinstance(i, Table) for i in items),
        "pictures": sum(isinstance(i, Picture) for i in items),
        "file_mb": round(program_file.stat().st_size / 1e6, 2),
        "program_s": round(statistics.median(program), 3),
        "floor_s": round(statistics.median(floor), 3),
        "program_runs": [round(t, 3) for t in program],
        "floor_runs": [round(t, 3) for t in floor],
        "charts_s": round(charts, 3),
        "target_ratio": RATIO_TARGET,
    }
    result["ratio"] = round(result["program_s"] / result["floor_s"], 2)
    if cli_runs:
        times = process_seconds(db, work / "process.docx", cli_runs)
        result.update(process_s=round(statistics.median(times), 3), process_runs=[round(t, 3) for t in times],
                      target_process_s=PROCESS_TARGET_S)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database to copy and report on (default: the demo database)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cli-runs", type=int, default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-word-") as folder:
        work = Path(folder)
        if args.db is None:
            db = demo_database(work)
        else:
            db = work / args.db.name
            shutil.copyfile(args.db, db)
        cli_runs = args.cli_runs if args.cli_runs is not None else (5 if args.db is None else 0)
        result = measure(db, args.runs, cli_runs, work)
    result["db"] = "demo" if args.db is None else args.db.name
    print(json.dumps(result, indent=2))
    ok = result["ratio"] <= RATIO_TARGET and result.get("process_s", 0) <= PROCESS_TARGET_S
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
