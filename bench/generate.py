"""Fast, deterministic scale data for IQ Desktop: a realistic IQ portfolio of any size.

Usage (from the repository root)::

    .venv/bin/python bench/generate.py --scale 30 -o /tmp/bench-data/scale30.db [--seed 1]
        [--heute 2026-11-01] [--force]

Scale 1 is one city's IQ process: 6 Korridorthemen, 30 Leitprojekte, 300 people, about
1,700 Mitwirkungen and 3,300 audit rows. Scale N has N times as many corridors and
everything else in proportion (scale 30: 180 corridors, about 1,000 Leitprojekte,
10,000 people, 50,000 Mitwirkungen, 100,000 audit rows), so the rule report, the lists
and the exports can be measured on a portfolio far larger than any real one.

This module is the command line and :func:`generate`: it creates the database the real
way (migrations and reference-data seed), lets :mod:`bench.scale_data` plan the
portfolio in memory and write it in one transaction. The story the data tells, and
why it is written with Core bulk inserts, is told there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

if not __package__:  # run as a script (bench/ is on sys.path, not the repository root)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from bench.scale_data.planner import plan_portfolio
from bench.scale_data.sizes import Sizes
from bench.scale_data.writing import read_reference, write
from iq_desktop.db.engine import BEGIN_MODE
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.errors import DatenbankFehler
from iq_desktop.models import Base

DEFAULT_HEUTE = dt.date(2026, 11, 1)
DEFAULT_SEED = 1


@dataclass(frozen=True)
class Summary:
    path: Path
    scale: int
    seed: int
    heute: dt.date
    #: rows per table (every table of the schema, seeded reference data included)
    counts: dict[str, int]
    seconds: float
    file_size: int
    #: the moment the audit trail starts (the database's set-up is a day before)
    go_live: dt.datetime | None

    def report(self) -> str:
        width = max(len(name) for name in self.counts)
        lines = [f"scale {self.scale}, seed {self.seed}, heute {self.heute.isoformat()} -> {self.path}"]
        lines += [f"  {name:<{width}}  {count:>9,}" for name, count in self.counts.items()]
        go_live = self.go_live.date().isoformat() if self.go_live else "-"
        lines.append(f"{self.seconds:.1f} s, {self.file_size / 1_000_000:.1f} MB, audit trail from {go_live}")
        return "\n".join(lines)


class GenerateError(Exception):
    """A problem the user can fix (existing file, bad argument); one line, exit code 2."""


def _counts(conn: Connection) -> dict[str, int]:
    return {table.name: conn.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables}


def generate(path: Path | str, scale: int, seed: int = DEFAULT_SEED, heute: dt.date = DEFAULT_HEUTE, *,
             force: bool = False) -> Summary:
    """Write a new database of the given scale to ``path``; refuse an existing file unless ``force``."""
    started = time.perf_counter()
    sizes = Sizes.for_scale(scale)
    path = Path(path)
    if path.is_dir():
        raise GenerateError(f"{path} is a directory")
    if path.exists() or path.is_symlink():
        if not force:
            raise GenerateError(f"{path} exists; use --force to overwrite it")
        path.unlink()
    for leftover in (path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm")):
        if force:
            leftover.unlink(missing_ok=True)
    if not path.parent.is_dir():
        raise GenerateError(f"folder {path.parent} does not exist")

    try:
        database, _ = open_database(resolve_location(str(path), None), Zugriff.ZUM_ARBEITEN, seed=True,
                                    must_exist=False, backup_dir=path.parent)
    except DatenbankFehler as exc:
        raise GenerateError(str(exc)) from exc
    try:
        with database.engine.connect() as conn:
            # per connection, outside a transaction; the file keeps its journal mode
            conn.connection.driver_connection.execute("PRAGMA synchronous=OFF")
            with conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"}).begin():
                conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # checked at commit
                plan = plan_portfolio(sizes, seed, heute, read_reference(conn))
                go_live = write(conn, plan, sizes.audit_eintraege)
            conn.connection.driver_connection.execute("PRAGMA synchronous=FULL")
            counts = _counts(conn)
            conn.rollback()
    except BaseException:
        database.close()
        path.unlink(missing_ok=True)
        raise
    database.close()
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
    return Summary(path=path, scale=scale, seed=seed, heute=heute, counts=counts,
                   seconds=time.perf_counter() - started, file_size=path.stat().st_size, go_live=go_live)


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _scale(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = _Parser(prog="generate.py", description="Write a deterministic IQ Desktop database of a given scale.")
    parser.add_argument("--scale", type=_scale, required=True, help="1 = one city (6 corridors, 30 projects)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the SQLite file to write")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--heute", type=_date, default=DEFAULT_HEUTE,
                        help=f"the reference day all dates derive from (default {DEFAULT_HEUTE.isoformat()})")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    try:
        args = parser.parse_args(argv)
        summary = generate(args.output, args.scale, args.seed, args.heute, force=args.force)
    except (_UsageError, GenerateError, OSError) as exc:
        print(f"generate.py: error: {exc}", file=sys.stderr)
        return 2
    print(summary.report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
