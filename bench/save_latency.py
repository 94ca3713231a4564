"""Save latency with concurrent writers: the program's full save against a bare versioned UPDATE.

    .venv/bin/python bench/save_latency.py                      # 1, 4, 8, 16 writers; 2 rounds of 5 s each
    .venv/bin/python bench/save_latency.py --writers 8,16 --seconds 10 --rounds 3
    .venv/bin/python bench/save_latency.py --db FILE --json     # FILE is copied, never written; JSON on stdout
    .venv/bin/python bench/save_latency.py --shared             # rollback journal, as on a network drive
    .venv/bin/python bench/save_latency.py --dir /mnt/share     # the copies on another drive

*Program*: every writer is its own process. It opens the file the way the program does
(``open_database``, ``ZUM_ARBEITEN``) and loops: read the project as its form does
(``portfolio.get_leitprojekt``), then save its Ampel with ``projects.set_ampel(...,
expected_version=v)``. Only the save is timed (the "full save"): BEGIN IMMEDIATE, which
waits for the write lock; the services' checks; the version-checked UPDATE; the audit
row and the "Aktualisiert am" stamp; the COMMIT with synchronous=FULL.

*Floor*: as many processes with bare ``sqlite3`` on an identical copy of the file, with the
program's journal and pragmas (foreign_keys, busy_timeout, synchronous=FULL). Each reads
the version with one SELECT, untimed, and times ``BEGIN IMMEDIATE; UPDATE leitprojekt SET
ampel=?, version=version+1 WHERE id=? AND version=?; COMMIT``.

*Records*: the projects are dealt out round-robin, so every writer owns its own share
(a secretariat editing its corridor's projects). Each save picks one of its own, except
one save in ten (``--overlap``), which picks any project of the portfolio. Conflicts
(``VersionKonflikt``, or a floor UPDATE that matched no row) are therefore rare; the
figure is mostly waiting for the write lock. Conflicting saves are counted and timed
apart from the successful ones.

Every writer of a run starts its processes, opens the file, makes one untimed warm-up
save, reports ``ready`` and waits. All are then released together and stop together after
``--seconds``. Every run gets a fresh copy of the same database. Program and floor runs
alternate (which goes first alternates by round), so the machine's noise hits both alike.
The percentiles pool every save of every writer and round. The exit code is 1 when a
target is missed, or when a program save failed with an error other than a conflict.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent

#: p95 a full save must stay under, by concurrent writers (issue 4); other counts are for information
TARGETS = {8: 0.100, 16: 0.300}
#: the share of saves that pick any project of the portfolio instead of one of the writer's own
OVERLAP = 0.1
#: mean seconds a writer spends "in the form" between loading and saving (0 to 2× at random). With
#: 0.1 s each writer saves several times a second, a hundred times a real desk's pace; flat out
#: (--pause 0) sixteen processes on two cores measure CPU scheduling more than saving (README)
PAUSE = 0.1
AMPELN = ("gruen", "gelb", "rot")
#: how long a writer may take to import, open the file and make its warm-up save
READY_TIMEOUT_S = 180


class BenchError(RuntimeError):
    pass


# --- the writer process --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WriterConfig:
    kind: str  # "program" or "floor"
    db: str
    name: str
    own: list[int]
    everyone: list[int]
    overlap: float
    seed: int
    busy_timeout_ms: int
    shared: bool
    #: mean seconds between a writer's read and its save (0: flat out)
    pause: float = 0.0


class _Writer(Protocol):
    #: ``time.perf_counter()`` when the last BEGIN IMMEDIATE returned, i.e. the write lock was taken
    locked_at: float

    def read_version(self, projekt_id: int) -> int: ...

    def save(self, projekt_id: int, version: int, n: int) -> bool:
        """Save once; False for a version conflict (nothing written)."""
        ...


class _ProgramWriter:
    """A desk: the program's open path, the form's read, the use case's save."""

    def __init__(self, config: WriterConfig) -> None:
        from iq_desktop.db.location import resolve_location
        from iq_desktop.db.open import Zugriff, open_database
        from iq_desktop.enums import Ampel
        from iq_desktop.errors import VersionKonflikt
        from iq_desktop.services import portfolio, projects

        self._portfolio, self._projects = portfolio, projects
        self._conflict = VersionKonflikt
        self._ampeln = [Ampel(value) for value in AMPELN]
        self._name = config.name
        self.db, _ = open_database(resolve_location(config.db), Zugriff.ZUM_ARBEITEN, shared=config.shared)
        self.locked_at = 0.0
        from sqlalchemy import event

        # registered after the program's own "begin" listener (db/engine.py), so it runs once BEGIN
        # IMMEDIATE has returned: the save's wait for the write lock ends here
        event.listen(self.db.engine, "begin", self._locked)

    def _locked(self, _connection: object) -> None:
        self.locked_at = time.perf_counter()

    def read_version(self, projekt_id: int) -> int:
        return self._portfolio.get_leitprojekt(self.db, projekt_id).version

    def save(self, projekt_id: int, version: int, n: int) -> bool:
        try:
            # a new note each time: the save always changes something, so it always writes an audit row
            self._projects.set_ampel(self.db, projekt_id=projekt_id, ampel=self._ampeln[n % 3],
                                     notiz=f"{self._name} #{n}", expected_version=version)
        except self._conflict:
            return False
        return True


class _FloorWriter:
    """Bare ``sqlite3`` with the program's pragmas (iq_desktop/db/engine.py); no SQLAlchemy is imported."""

    def __init__(self, config: WriterConfig) -> None:
        self._connection = sqlite3.connect(config.db, timeout=config.busy_timeout_ms / 1000, isolation_level=None)
        self._connection.execute("PRAGMA foreign_keys=ON")
        self._connection.execute(f"PRAGMA busy_timeout={config.busy_timeout_ms}")
        self._connection.execute("PRAGMA synchronous=FULL")
        self.locked_at = 0.0

    def read_version(self, projekt_id: int) -> int:
        return self._connection.execute("SELECT version FROM leitprojekt WHERE id = ?", (projekt_id,)).fetchone()[0]

    def save(self, projekt_id: int, version: int, n: int) -> bool:
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        self.locked_at = time.perf_counter()
        try:
            updated = connection.execute(
                "UPDATE leitprojekt SET ampel = ?, version = version + 1 WHERE id = ? AND version = ?",
                (AMPELN[n % 3], projekt_id, version),
            ).rowcount
            connection.execute("COMMIT" if updated == 1 else "ROLLBACK")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        return updated == 1


def writer_main(config: WriterConfig) -> int:
    """One writer: set up, warm up, print ``ready``, wait for ``go END``, save until END, print JSON."""
    writer: _Writer = _ProgramWriter(config) if config.kind == "program" else _FloorWriter(config)
    rng = random.Random(config.seed)

    def pick() -> int:
        return rng.choice(config.everyone if rng.random() < config.overlap else config.own)

    # warm-up, untimed: imports on first use, statement compilation, the file's pages in the cache
    first = config.own[0]
    writer.save(first, writer.read_version(first), 0)
    print("ready", flush=True)
    command = sys.stdin.readline().split()
    if command[:1] != ["go"]:
        return 2
    # END is wall-clock time, the same for every writer; the loop itself runs on the monotonic clock
    deadline = time.perf_counter() + (float(command[1]) - time.time())
    saved: list[float] = []  # seconds per successful save
    waits: list[float] = []  # of which waiting for the write lock (BEGIN IMMEDIATE)
    cpu: list[float] = []  # this process's CPU time during the save
    conflicts: list[float] = []
    errors: Counter[str] = Counter()
    n = 0
    while time.perf_counter() < deadline:
        n += 1
        projekt_id = pick()
        try:
            version = writer.read_version(projekt_id)
        except Exception as exc:  # a reader can wait out the busy timeout too (rollback journal)
            errors[f"read: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"] += 1
            continue
        if config.pause:  # the desk edits the form between loading and saving
            time.sleep(rng.uniform(0, 2 * config.pause))
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            ok = writer.save(projekt_id, version, n)
        except Exception as exc:  # e.g. "database is locked" after the busy timeout: counted, not timed
            errors[f"save: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"] += 1
            continue
        elapsed = time.perf_counter() - start
        if not ok:
            conflicts.append(round(elapsed, 7))
            continue
        saved.append(round(elapsed, 7))
        waits.append(round(max(writer.locked_at - start, 0.0), 7))
        cpu.append(round(time.process_time() - cpu_start, 7))
    json.dump({"latencies": saved, "waits": waits, "cpu": cpu, "conflict_latencies": conflicts,
               "errors": dict(errors)}, sys.stdout)
    sys.stdout.flush()
    return 0


# --- the runs ------------------------------------------------------------------------------------------------


@dataclass
class RunResult:
    """Every save of one kind and writer count, pooled over writers and rounds."""

    kind: str
    writers: int
    seconds: float = 0.0  # summed over rounds
    latencies: list[float] = field(default_factory=list)
    waits: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    conflict_latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)

    def add(self, seconds: float, reports: Sequence[dict[str, Any]]) -> None:
        self.seconds += seconds
        for report in reports:
            self.latencies += report["latencies"]
            self.waits += report["waits"]
            self.cpu += report["cpu"]
            self.conflict_latencies += report["conflict_latencies"]
            self.errors.update(report["errors"])

    @property
    def holds(self) -> list[float]:
        """Per save, the time from taking the write lock to the end of COMMIT."""
        return [latency - wait for latency, wait in zip(self.latencies, self.waits, strict=True)]

    @property
    def saves_per_second(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    @property
    def conflict_rate(self) -> float:
        attempts = len(self.latencies) + len(self.conflict_latencies)
        return len(self.conflict_latencies) / attempts if attempts else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100), interpolated between the closest ranks."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def project_ids(db: Path) -> list[int]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT id FROM leitprojekt ORDER BY id")]
    finally:
        connection.close()


def deal(ids: Sequence[int], writers: int) -> list[list[int]]:
    """Each writer's own projects, dealt round-robin (with more writers than projects, some share one)."""
    if not ids:
        raise BenchError("the database holds no Leitprojekte")
    return [list(ids[i::writers]) or [ids[i % len(ids)]] for i in range(writers)]


def fresh_copy(template: Path, target: Path, *, shared: bool) -> str:
    """Copy ``template`` and open it once the program's way, which sets its journal; returns the journal mode.

    Both kinds of run get a file prepared alike, so the floor runs on the program's journal.
    """
    from iq_desktop.db.location import resolve_location
    from iq_desktop.db.open import Zugriff, open_database

    source = sqlite3.connect(f"file:{template}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)  # consistent even while the template is in WAL mode
    finally:
        destination.close()
        source.close()
    database, _ = open_database(resolve_location(str(target)), Zugriff.ZUM_ARBEITEN, shared=shared)
    database.close()
    connection = sqlite3.connect(target)
    try:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        connection.close()


def _remove_database(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


@dataclass(frozen=True)
class Load:
    """What every writer of a run does, for program and floor alike."""

    seconds: float = 5.0
    rounds: int = 2
    overlap: float = OVERLAP
    pause: float = 0.0
    shared: bool = False
    seed: int = 1


def run_writers(kind: str, db: Path, writers: int, everyone: list[int], load: Load, round_no: int,
                logs: Path) -> list[dict[str, Any]]:
    """Start one process per writer, release them together, collect their reports."""
    from iq_desktop.db.engine import BUSY_TIMEOUT_MS

    processes: list[subprocess.Popen[str]] = []
    try:
        for index, own in enumerate(deal(everyone, writers)):
            name = f"bench{index:02d}"
            config = WriterConfig(kind=kind, db=str(db), name=name, own=own, everyone=everyone, overlap=load.overlap,
                                  seed=(load.seed + round_no) * 1000 + index, busy_timeout_ms=BUSY_TIMEOUT_MS,
                                  shared=load.shared, pause=load.pause)
            # getpass.getuser() reads LOGNAME (USERNAME on Windows): each writer is its own user in the audit trail
            env = os.environ | {"LOGNAME": name, "USER": name, "USERNAME": name}
            with (logs / f"{kind}-{name}.stderr").open("w") as stderr:
                processes.append(subprocess.Popen(
                    [sys.executable, str(Path(__file__).resolve()), "--writer", json.dumps(asdict(config))],
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True, env=env,
                ))
        for index, process in enumerate(processes):
            assert process.stdout is not None
            if process.stdout.readline().strip() != "ready":
                process.wait(timeout=READY_TIMEOUT_S)
                detail = (logs / f"{kind}-bench{index:02d}.stderr").read_text()[-2000:]
                raise BenchError(f"{kind} writer {index} did not start (exit {process.returncode}):\n{detail}")
        end = time.time() + load.seconds
        for process in processes:
            assert process.stdin is not None
            process.stdin.write(f"go {end!r}\n")
            process.stdin.flush()
        reports = []
        for index, process in enumerate(processes):
            out, _ = process.communicate(timeout=load.seconds + 120)
            if process.returncode != 0:
                detail = (logs / f"{kind}-bench{index:02d}.stderr").read_text()[-2000:]
                raise BenchError(f"{kind} writer {index} failed (exit {process.returncode}):\n{detail}")
            reports.append(json.loads(out))
        return reports
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()


@dataclass
class Side:
    """Program or floor at one writer count: every save of every writer and round."""

    p50: float
    p95: float
    #: the wait for the write lock (BEGIN IMMEDIATE) and the time holding it (to the end of COMMIT)
    wait_p50: float
    wait_p95: float
    hold_p50: float
    hold_p95: float
    #: the writer process's CPU time per save
    cpu_p50: float
    saves: int
    saves_per_s: float
    conflicts: int
    conflict_rate: float
    conflict_p50: float | None
    errors: dict[str, int]

    @classmethod
    def of(cls, result: RunResult) -> Side:
        values = result.latencies
        return cls(
            p50=percentile(values, 50), p95=percentile(values, 95),
            wait_p50=percentile(result.waits, 50), wait_p95=percentile(result.waits, 95),
            hold_p50=percentile(result.holds, 50), hold_p95=percentile(result.holds, 95),
            cpu_p50=percentile(result.cpu, 50),
            saves=len(values), saves_per_s=result.saves_per_second,
            conflicts=len(result.conflict_latencies), conflict_rate=result.conflict_rate,
            conflict_p50=percentile(result.conflict_latencies, 50) if result.conflict_latencies else None,
            errors=dict(result.errors),
        )


@dataclass
class Figure:
    """One row of the table: program and floor at one writer count, judged by the program's p95."""

    writers: int
    program: Side
    floor: Side
    target: float | None
    ok: bool

    @property
    def ratio(self) -> float:
        return self.program.p95 / self.floor.p95 if self.floor.p95 else float("nan")


def figure_of(program: RunResult, floor: RunResult) -> Figure:
    target = TARGETS.get(program.writers)
    side = Side.of(program)
    ok = side.saves > 0 and not side.errors and (target is None or side.p95 < target)
    return Figure(writers=program.writers, program=side, floor=Side.of(floor), target=target, ok=ok)


def measure(template: Path, writer_counts: Sequence[int], load: Load, *, workdir: Path | None = None,
            progress: bool = False) -> tuple[list[Figure], str]:
    """Run program and floor, interleaved, for every writer count; returns the figures and the journal mode."""
    everyone = project_ids(template)
    results = {(kind, w): RunResult(kind, w) for w in writer_counts for kind in ("program", "floor")}
    journal = ""
    with tempfile.TemporaryDirectory(prefix="iq-bench-saves-", dir=workdir) as tmp:
        folder = Path(tmp)
        for round_no in range(load.rounds):
            for writers in writer_counts:
                # which kind goes first alternates, so a drift in the machine's speed favours neither
                kinds = ("program", "floor") if (round_no + writers) % 2 == 0 else ("floor", "program")
                for kind in kinds:
                    db = folder / f"{kind}-{writers}-{round_no}.sqlite"
                    journal = fresh_copy(template, db, shared=load.shared)
                    if progress:
                        print(f"round {round_no + 1}/{load.rounds}: {writers:2} {kind} writers, {journal} journal …",
                              file=sys.stderr, flush=True)
                    reports = run_writers(kind, db, writers, everyone, load, round_no, folder)
                    results[kind, writers].add(load.seconds, reports)
                    _remove_database(db)
    figures = [figure_of(results["program", w], results["floor", w]) for w in writer_counts]
    return figures, journal


# --- the command line ----------------------------------------------------------------------------------------


def _ms(value: float | None) -> str:
    return "–" if value is None or value != value else f"{value * 1000:.1f}"


def _pair(a: float | None, b: float | None) -> str:
    return f"{_ms(a)} / {_ms(b)}"


def print_table(figures: Sequence[Figure]) -> None:
    header = (f"{'writers':>7} | {'program p50/p95 ms':>18} | {'floor p50/p95 ms':>16} | {'ratio p95':>9} | "
              f"{'saves/s prog/floor':>18} | {'conflicts prog/floor':>20} | {'target':>9} | ok")
    print(header)
    print("-" * len(header))
    for f in figures:
        target = f"< {f.target * 1000:.0f} ms" if f.target is not None else "(info)"
        conflicts = f"{f.program.conflict_rate:.1%} / {f.floor.conflict_rate:.1%}"
        rates = f"{f.program.saves_per_s:.0f} / {f.floor.saves_per_s:.0f}"
        print(f"{f.writers:>7} | {_pair(f.program.p50, f.program.p95):>18} | {_pair(f.floor.p50, f.floor.p95):>16} | "
              f"{f.ratio:>8.1f}× | {rates:>18} | {conflicts:>20} | {target:>9} | {'yes' if f.ok else 'NO'}")
    print()
    header = (f"{'writers':>7} | {'program: lock wait p50/p95':>26} | {'holding p50/p95':>15} | {'CPU p50':>7} | "
              f"{'floor: lock wait p50/p95':>24} | {'holding p50/p95':>15} | conflict save p50")
    print(header)
    print("-" * len(header))
    for f in figures:
        print(f"{f.writers:>7} | {_pair(f.program.wait_p50, f.program.wait_p95):>26} | "
              f"{_pair(f.program.hold_p50, f.program.hold_p95):>15} | {_ms(f.program.cpu_p50):>7} | "
              f"{_pair(f.floor.wait_p50, f.floor.wait_p95):>24} | {_pair(f.floor.hold_p50, f.floor.hold_p95):>15} | "
              f"{_ms(f.program.conflict_p50)}")
    for f in figures:
        for kind, errors in (("program", f.program.errors), ("floor", f.floor.errors)):
            for message, count in errors.items():
                print(f"{f.writers} writers, {kind}: {count} × {message}")


def default_template(folder: Path) -> Path:
    """The scale-1 portfolio (30 Leitprojekte), generated afresh: about a second."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from bench.generate import generate

    return generate(folder / "scale1.sqlite", 1).path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--writers", default="1,4,8,16", help="writer counts, comma-separated (default 1,4,8,16)")
    parser.add_argument("--seconds", type=float, default=5.0, help="length of one run (default 5)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of program and floor per writer count (default 2)")
    parser.add_argument("--db", type=Path, help="database to copy for every run (default: generated scale 1)")
    parser.add_argument("--dir", type=Path, help="folder for the copies (default: the temporary folder)")
    parser.add_argument("--shared", action="store_true", help="declare the copies shared: rollback journal")
    parser.add_argument("--overlap", type=float, default=OVERLAP, help="share of saves on any project (default 0.1)")
    parser.add_argument("--pause", type=float, default=PAUSE,
                        help="mean seconds between read and save, 0 to 2× at random (default 0.1; 0: flat out)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    parser.add_argument("--writer", help=argparse.SUPPRESS)  # internal: run as one writer process
    args = parser.parse_args(argv)
    if args.writer:
        return writer_main(WriterConfig(**json.loads(args.writer)))
    counts = [int(part) for part in args.writers.split(",") if part.strip()]
    load = Load(seconds=args.seconds, rounds=args.rounds, overlap=args.overlap, pause=args.pause, shared=args.shared)
    with tempfile.TemporaryDirectory(prefix="iq-bench-template-") as tmp:
        template = args.db if args.db is not None else default_template(Path(tmp))
        load_before = os.getloadavg()
        figures, journal = measure(template, counts, load, workdir=args.dir, progress=True)
        load_after = os.getloadavg()
    machine = {"node": platform.node(), "cores": os.cpu_count(), "python": platform.python_version(),
               "sqlite": sqlite3.sqlite_version, "journal": journal,
               "load_before": [round(v, 2) for v in load_before], "load_after": [round(v, 2) for v in load_after]}
    if args.json:
        json.dump({"machine": machine, "load": asdict(load),
                   "figures": [asdict(f) | {"ratio": f.ratio} for f in figures]}, sys.stdout, indent=2)
        print()
    else:
        print(f"machine: {machine['node']} · {machine['cores']} cores · Python {machine['python']} · "
              f"SQLite {machine['sqlite']} · {journal} journal · load {load_before[0]:.2f} → {load_after[0]:.2f}")
        print(f"{load.rounds} rounds × {load.seconds:g} s per writer count and kind, overlap {load.overlap:.0%}, "
              f"pause {load.pause:g} s")
        print_table(figures)
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
