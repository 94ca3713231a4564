"""Many desks in real processes on one SQLite file, and a desk killed in the middle of saving.

Each worker is a separate Python process (tests/storage/multiprocess_worker.py) that
opens the file through the program's own open path and works through the services.
A worker writes a line for every save after the service returned (an acknowledged
save) and for every conflict it was shown; the tests then hold the database, its
audit trail and ``PRAGMA integrity_check`` to those lines.

Both tests run on two files at once, each held to the full figures of issue 4: a
local file (WAL) and a file marked shared as on a network drive (rollback journal),
see :mod:`iq_desktop.db.sharing`. Their recovery after a crash and their locking
differ entirely, and the program uses both.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import pytest
from sqlalchemy import select

from iq_desktop.db.database import Database
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.enums import AuditAktion
from iq_desktop.models import AuditEintrag
from iq_desktop.services import corridors, portfolio, projects, risks
from iq_desktop.services.read_models import LeitprojektDetail

from .multiprocess_worker import (
    PROFILE_CHILD_ROWS,
    PROFILE_TEXT_FIELDS,
    STRESS_FIELD,
    kill_token,
    profile_for,
    token_of_number,
)

WORKER = Path(__file__).with_name("multiprocess_worker.py")

#: journal → whether the file is declared shared: a local file runs in WAL mode, a file on a
#: network drive is marked shared and keeps the rollback journal
JOURNALS = {"wal": False, "delete": True}

#: test 1 (issue 4), per file: writer processes, the least time each writes, the least saves in all
WRITERS = 8
SECONDS = 30.0
MIN_SAVES = 1000
#: a machine so slow that the saves are not there by then fails the test
MAX_SECONDS = 150.0
#: the shared records: projects, with risks and phases each (28 records)
PROJECTS, RISKS_PER_PROJECT, PHASES_PER_PROJECT = 4, 4, 2

#: test 2, per file: rounds (a new process killed in each), and workers started ahead of their round
KILL_ROUNDS = 50
SPAWN_AHEAD = 3

pytestmark = pytest.mark.slow


# --- processes -------------------------------------------------------------------------------------------------


class Worker:
    """One worker process: started, waits for ``go`` on stdin, writes JSON lines to ``out``."""

    def __init__(self, mode: str, db_path: Path, name: str, config: dict[str, Any]) -> None:
        self.name = name
        self.out = db_path.with_name(f"{name}.jsonl")
        self.err_path = db_path.with_name(f"{name}.stderr")
        self._err: TextIO = self.err_path.open("w")
        # getpass.getuser() reads LOGNAME first (USERNAME on Windows): each process is its own user
        env = os.environ | {"LOGNAME": name, "USER": name, "USERNAME": name}
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), mode, str(db_path), str(self.out), json.dumps(config)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._err, env=env, text=True,
        )

    def wait_ready(self) -> None:
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        assert line.strip() == "ready", f"{self.name} did not start:\n{self.stderr()}"

    def go(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def lines(self) -> list[dict[str, Any]]:
        """Whole lines only: a kill may have cut a line short (which then does not count)."""
        if not self.out.exists():
            return []
        content = self.out.read_text(encoding="utf-8")
        return [json.loads(line) for line in content.splitlines(keepends=True) if line.endswith("\n")]

    def count(self, kind: str) -> int:
        """How many lines of a kind the worker has written so far (cheap enough to poll)."""
        try:
            return self.out.read_bytes().count(f'"t": "{kind}"'.encode())
        except FileNotFoundError:
            return 0

    def stderr(self) -> str:
        self._err.flush()
        return self.err_path.read_text(encoding="utf-8", errors="replace")[-3000:]

    def finish(self) -> None:
        """Never leave a process behind, whatever happened to the test."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(30)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()
        self._err.close()


@contextmanager
def workers_cleaned_up() -> Iterator[list[Worker]]:
    started: list[Worker] = []
    try:
        yield started
    finally:
        for worker in started:
            worker.finish()


# --- files ---------------------------------------------------------------------------------------------------


def new_database(folder: Path, journal: str) -> Database:
    """A new file, created, migrated and seeded by the program: local (WAL) or marked shared (rollback journal)."""
    folder.mkdir()
    database, _ = open_database(resolve_location(str(folder / "iq.sqlite")), Zugriff.ZUM_ARBEITEN,
                                shared=JOURNALS[journal])
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == journal
    return database


@contextmanager
def reopened(db_path: Path) -> Iterator[Database]:
    """The file opened afresh through the program's open path (as the next start of the program would)."""
    database, _ = open_database(resolve_location(str(db_path)), Zugriff.ZUM_ARBEITEN)
    try:
        yield database
    finally:
        database.close()


def assert_intact(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def last_audit_id(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(AuditEintrag.id).order_by(AuditEintrag.id.desc()).limit(1)) or 0


# --- test 1: many writers --------------------------------------------------------------------------------------

#: record key ("risiko:7") → (table, project, row id)
Records = dict[str, tuple[str, int, int]]


def _stress_records(db: Database) -> Records:
    records: Records = {}
    korridor = corridors.korridorthema_id(db, "Moderne Verwaltung")
    for n in range(PROJECTS):
        projekt = projects.set_up_leitprojekt(db, titel=f"Stresstest {n}", korridorthema_id=korridor,
                                              beginn=dt.date(2025, 1, 1))
        records[f"leitprojekt:{projekt}"] = ("leitprojekt", projekt, projekt)
        for r in range(RISKS_PER_PROJECT):
            risiko = risks.log_risiko(db, projekt_id=projekt, titel=f"Risiko {r}", wahrscheinlichkeit=2,
                                      auswirkung=2, erkannt_am=dt.date(2025, 1, 1))
            records[f"risiko:{risiko}"] = ("risiko", projekt, risiko)
        for phase in portfolio.get_leitprojekt(db, projekt).phasen[:PHASES_PER_PROJECT]:
            records[f"phase:{phase.id}"] = ("phase", projekt, phase.id)
    return records


def _stored(db: Database, records: Records) -> dict[str, tuple[int, str | None]]:
    """key → (version, value of the field the stress saves change), read through the services."""
    details = {projekt: portfolio.get_leitprojekt(db, projekt) for _, projekt, _ in records.values()}
    result: dict[str, tuple[int, str | None]] = {}
    for key, (table, projekt, row_id) in records.items():
        detail = details[projekt]
        if table == "leitprojekt":
            row: Any = detail
        else:
            row = next(r for r in (detail.risiken if table == "risiko" else detail.phasen) if r.id == row_id)
        result[key] = (row.version, getattr(row, STRESS_FIELD[table]))
    return result


@dataclass
class StressFile:
    """One file of test 1 with its records as set up, and the writers working on it."""

    journal: str
    path: Path
    records: Records
    base: dict[str, tuple[int, str | None]]
    base_audit: int
    hot: list[str]
    stop: Path
    workers: list[Worker] = field(default_factory=list)
    began: dict[str, float] = field(default_factory=dict)

    @classmethod
    def set_up(cls, folder: Path, journal: str, rng: random.Random) -> StressFile:
        db = new_database(folder, journal)
        try:
            records = _stress_records(db)
            base, base_audit = _stored(db, records), last_audit_id(db)
        finally:
            db.close()
        hot = rng.sample(sorted(records), 4)  # half of all picks go to four records: conflicts are certain
        return cls(journal, folder / "iq.sqlite", records, base, base_audit, hot, folder / "stop")

    def start(self, started: list[Worker], rng: random.Random) -> None:
        config = {"records": [[key, *self.records[key]] for key in sorted(self.records)], "hot": self.hot,
                  "stop": str(self.stop), "max_seconds": MAX_SECONDS + 30}
        for n in range(WRITERS):
            worker = Worker("stress", self.path, f"{self.journal}-desk{n}", config | {"seed": rng.randrange(2**32)})
            self.workers.append(worker)
            started.append(worker)

    def acks(self) -> int:
        return sum(worker.count("ack") for worker in self.workers)

    def least_time_written(self) -> float:
        """Seconds since the last of the writers began (each notes when it got ``go`` in its first line)."""
        for worker in self.workers:
            if worker.name not in self.began:
                first = worker.out.read_text(encoding="utf-8").partition("\n") if worker.out.exists() else ("", "", "")
                if first[1]:
                    self.began[worker.name] = json.loads(first[0])["at"]
        if len(self.began) < len(self.workers):
            return 0.0
        return time.monotonic() - max(self.began.values())


def _check_stress_file(sf: StressFile, wall: float) -> None:
    """Hold the file to what its writers were told."""
    label = f"{sf.journal} journal"
    acks: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    dones: list[dict[str, Any]] = []
    for worker in sf.workers:
        assert worker.proc.returncode == 0, f"{worker.name} failed:\n{worker.stderr()}"
        by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for line in worker.lines():
            by_kind[line["t"]].append(line | {"worker": worker.name})
        (done,) = by_kind["done"]
        assert done["elapsed"] >= SECONDS, f"{worker.name} wrote for only {done['elapsed']:.1f} s"
        # every attempt ended in an acknowledged save, a conflict shown to the user, or an error
        assert done["attempts"] == len(by_kind["ack"]) + len(by_kind["conflict"]) + len(by_kind["error"])
        dones.append(done)
        acks += by_kind["ack"]
        conflicts += by_kind["conflict"]
        errors += by_kind["error"]
    stale = sum(1 for k in conflicts if k["objekt_typ"] == "")
    figures = (f"{label}: {WRITERS} processes, {min(d['elapsed'] for d in dones):.1f}–"
               f"{max(d['elapsed'] for d in dones):.1f} s each, on {len(sf.records)} records: {len(acks)} "
               f"acknowledged saves, {len(conflicts)} conflicts, {len(errors)} other errors; per writer "
               f"{sum(d['read_s'] for d in dones) / WRITERS:.1f} s reading, "
               f"{sum(d['save_s'] for d in dones) / WRITERS:.1f} s saving (waiting for the lock included), "
               f"the longest save {max(d['longest_save_s'] for d in dones):.2f} s; "
               f"{wall:.1f} s from go to stop; {stale} conflicts caught by the UPDATE's own version check")
    print(f"\n{figures}")
    # "database is locked" (or anything else) reaching a desk would be a finding of its own
    assert errors == [], (label, Counter((e["stage"], e["type"], e["message"]) for e in errors).most_common(10))
    assert len(acks) >= MIN_SAVES, figures
    assert len(conflicts) >= 10, f"{label}: the writers hardly overlapped, the test proves little"

    with reopened(sf.path) as database:
        assert_intact(database)
        with database.reading() as session:
            trail = list(session.scalars(
                select(AuditEintrag).where(AuditEintrag.id > sf.base_audit).order_by(AuditEintrag.id)))
        final = _stored(database, sf.records)

    # the audit trail: one row per acknowledged save, in version order per record, each built on the one before
    saved: dict[tuple[str, int], str] = {}  # (record, version) → value, from the trail
    writer_of: dict[tuple[str, int], str] = {}
    chain: dict[str, list[str]] = defaultdict(list)
    for row in trail:
        key = f"{row.entitaet}:{row.entitaet_id}"
        assert key in sf.records and row.aktion is AuditAktion.GEAENDERT, (label, key, row.aktion, row.aenderungen)
        old, new = row.aenderungen[STRESS_FIELD[row.entitaet]]
        previous = chain[key][-1] if chain[key] else sf.base[key][1]
        assert old == previous, f"{label}, {key}: a save replaced {previous!r} without having seen it (lost update)"
        assert row.benutzer == new.split("#")[0], (label, row.benutzer, new)
        chain[key].append(new)
        version = sf.base[key][0] + len(chain[key])
        saved[key, version], writer_of[key, version] = new, row.benutzer
    acknowledged = {(a["rec"], a["version"]): a["value"] for a in acks}
    assert len(acknowledged) == len(acks), f"{label}: two saves acknowledged with the same version of a record"
    missing = {k: v for k, v in acknowledged.items() if saved.get(k) != v}
    assert not missing, f"{label}: acknowledged but not (or not so) in the audit trail: {list(missing.items())[:5]}"
    unacknowledged = {k: v for k, v in saved.items() if k not in acknowledged}
    assert not unacknowledged, f"{label}: written but never acknowledged: {list(unacknowledged.items())[:5]}"

    # the stored state: each record at the version and value of its last acknowledged save
    for key in sf.records:
        last = max((v for (k, v) in acknowledged if k == key), default=sf.base[key][0])
        expected = (last, acknowledged.get((key, last), sf.base[key][1]))
        assert final[key] == expected, f"{label}, {key}: stored {final[key]}, last acknowledged save {expected}"

    # each conflict: someone else really saved the record in between, and the message names them
    written = set(saved.values())
    for konflikt in conflicts:
        assert konflikt["value"] not in written, f"{label}: refused but written: {konflikt}"
        if konflikt["objekt_typ"] == "":  # the UPDATE's own version check (StaleDataError) names nobody
            continue
        table, ident = konflikt["rec"].split(":")
        assert (konflikt["objekt_typ"], str(konflikt["objekt_id"])) == (table, ident), (label, konflikt)
        assert konflikt["erwartet"] == konflikt["version_read"] < konflikt["gespeichert"], (label, konflikt)
        assert (konflikt["rec"], konflikt["erwartet"] + 1) in saved, f"{label}: no competing save for {konflikt}"
        winner = writer_of[konflikt["rec"], konflikt["gespeichert"]]
        assert (konflikt["von"] or "").startswith(f"{winner} am PC "), (label, konflikt, winner)


def test_many_writers_on_one_file_lose_no_save_and_report_every_conflict(tmp_path: Path) -> None:
    rng = random.Random()
    files = [StressFile.set_up(tmp_path / journal, journal, rng) for journal in JOURNALS]
    with workers_cleaned_up() as started:
        for sf in files:
            sf.start(started, rng)
        for worker in started:
            worker.wait_ready()
        went_at = time.monotonic()
        for worker in started:
            worker.go()
        # stop the writers of a file once each wrote long enough and together they saved often enough
        stopped_at: dict[str, float] = {}
        while any(worker.proc.poll() is None for worker in started):
            for sf in files:
                elapsed = time.monotonic() - went_at
                if sf.journal not in stopped_at and (
                        (sf.least_time_written() >= SECONDS and sf.acks() >= MIN_SAVES) or elapsed > MAX_SECONDS):
                    sf.stop.touch()
                    stopped_at[sf.journal] = elapsed
                for worker in sf.workers:
                    assert sf.stop.exists() or worker.proc.poll() is None, \
                        f"{worker.name} ended before it was told to:\n{worker.stderr()}"
            time.sleep(0.5)
        for sf in files:
            _check_stress_file(sf, stopped_at[sf.journal])


# --- test 2: SIGKILL -------------------------------------------------------------------------------------------


def _assert_profile_whole(detail: LeitprojektDetail, strategie: dict[int, str]) -> str | None:
    """Every part of the stored profile comes from one save (all or nothing); return that save's token."""
    token = detail.beitrag_korridor
    if token is None:  # never saved by a worker
        assert (detail.beschreibung, detail.ziele, detail.kanaele, detail.budgets) == (None, (), (), ())
        return None
    expected = profile_for(detail, token, sorted(strategie))
    fields = ("beschreibung", *PROFILE_TEXT_FIELDS, "zielgruppe_aktiv_eingebunden", "internationalitaet",
              "digitalisierung", "partizipation", "ziele", "kanaele", "budgets", "zielvereinbarungen")
    mixed = {f: str(getattr(detail, f))[:200] for f in fields if getattr(detail, f) != getattr(expected, f)}
    assert not mixed, f"project {detail.id} holds parts of a save other than {token}: {mixed}"
    assert sorted(detail.strategie) == sorted(strategie[i] for i in expected.strategie_ids)
    return token


def _trail_marks(database: Database, after_id: int) -> list[tuple[Any, ...]]:
    """The audit rows after set-up, reduced in SQL to what marks their save (the long texts stay behind).

    (table, row id, action, old and new token of a project row, the mark of a child row:
    its text or name, or for a budget row its amount)
    """
    with database.plain_reading() as reader:
        return reader.rows(
            "SELECT entitaet, entitaet_id, aktion, json_extract(aenderungen, '$.beitrag_korridor[0]'), "
            "json_extract(aenderungen, '$.beitrag_korridor[1]'), coalesce(json_extract(aenderungen, '$.text[1]'), "
            "json_extract(aenderungen, '$.bezeichnung[1]'), json_extract(aenderungen, '$.geplant[1]')) "
            f"FROM audit_eintrag WHERE id > {int(after_id)} ORDER BY id"
        )


def _check_trail(trail: list[tuple[Any, ...]], projekt_ids: list[int]) -> dict[tuple[int, int], str]:
    """(project, version) → token, from the audit trail.

    Each save is one project row plus its child rows, all carrying the save's
    token: the trail must hold all of them for each save and nothing of a save
    that is not in the project's rows.
    """
    versions: dict[tuple[int, int], str] = {}
    count: Counter[int] = Counter()
    created: Counter[tuple[str, str]] = Counter()
    deleted: Counter[str] = Counter()
    for table, ident, action, old, new, child in trail:
        if table == "leitprojekt":
            projekt = int(ident)
            assert projekt in projekt_ids and action == AuditAktion.GEAENDERT, (projekt, action)
            assert old == versions.get((projekt, count[projekt])), f"save {new} did not build on the one before"
            count[projekt] += 1
            versions[projekt, count[projekt]] = new
        elif action == AuditAktion.ANGELEGT:
            assert table in PROFILE_CHILD_ROWS, table
            created[table, token_of_number(child) if table == "projekt_budget" else child.split(" ")[0]] += 1
        else:
            assert action == AuditAktion.GELOESCHT and table in PROFILE_CHILD_ROWS, (table, action)
            deleted[table] += 1
    expected = Counter({(table, token): rows for token in versions.values()
                        for table, rows in PROFILE_CHILD_ROWS.items()})
    assert created == expected, f"child rows in the trail and saves differ: {created - expected}, {expected - created}"
    # Every save but a project's first replaced the child rows of the save before. Those rows go as
    # delete-orphans, which the audit trail does not record yet (session.deleted holds only rows
    # passed to session.delete()); once it does, each save must record all of them.
    later_saves = len(versions) - len(count)
    all_deleted = Counter({table: rows * later_saves for table, rows in PROFILE_CHILD_ROWS.items()})
    assert not deleted or deleted == all_deleted, deleted
    return {(p, n + 1): token for (p, n), token in versions.items()}  # set-up left each project at version 1


class KillClock:
    """When to kill: at a random point of the worker's start or of one of its first save cycles.

    Measured in the worker's own progress (its log lines), not in fixed times, so a
    busy machine shifts the kills with the work instead of missing it. The durations
    of a start and of a cycle (read, build, save, acknowledge) are learnt as the rounds go.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.start_s, self.cycle_s = 0.15, 0.05  # first guesses; each round refines them

    def kill_at_random_moment(self, worker: Worker, went_at: float) -> str:
        """Wait for the chosen moment, kill, and name the moment (for the figures)."""
        if self.rng.random() < 0.2:
            moment = "start"  # opening the file, the first read
            time.sleep(self.rng.uniform(0, self.start_s))
        else:
            acks = self.rng.randint(0, 2)
            moment = f"save {acks + 1}"
            deadline = time.monotonic() + 60
            while worker.count("open" if acks == 0 else "ack") < max(acks, 1):
                assert worker.proc.poll() is None, f"{worker.name} ended before the kill:\n{worker.stderr()}"
                assert time.monotonic() < deadline, f"{worker.name} made no progress:\n{worker.stderr()}"
                time.sleep(0.002)
            time.sleep(self.rng.uniform(0, self.cycle_s))
        assert worker.proc.poll() is None, f"{worker.name} ended before the kill:\n{worker.stderr()}"
        worker.proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        worker.proc.wait(30)
        if os.name == "posix":
            assert worker.proc.returncode == -signal.SIGKILL
        self._learn(worker.lines(), went_at)
        return moment

    def _learn(self, lines: list[dict[str, Any]], went_at: float) -> None:
        times = [line["at"] for line in lines if "at" in line]
        if times:
            self.start_s = 0.7 * self.start_s + 0.3 * (times[0] - went_at)
        for before, after in itertools.pairwise(times):
            self.cycle_s = 0.7 * self.cycle_s + 0.3 * (after - before)


@dataclass
class KillFile:
    """One file of test 2 as set up: three projects, the strategy tags to choose from."""

    journal: str
    path: Path
    projekt_ids: list[int]
    strategie: dict[int, str]
    base_audit: int

    @classmethod
    def set_up(cls, folder: Path, journal: str) -> KillFile:
        db = new_database(folder, journal)
        try:
            korridor = corridors.korridorthema_id(db, "Moderne Verwaltung")
            projekt_ids = [projects.set_up_leitprojekt(db, titel=f"Absturztest {n}", korridorthema_id=korridor,
                                                       beginn=dt.date(2025, 1, 1)) for n in range(3)]
            with db.plain_reading() as reader:
                strategie = dict(reader.rows("SELECT id, bezeichnung FROM strategie_element"))
            assert len(strategie) >= 3
            assert {portfolio.get_leitprojekt(db, p).version for p in projekt_ids} == {1}
            return cls(journal, folder / "iq.sqlite", projekt_ids, strategie, last_audit_id(db))
        finally:
            db.close()


def _kill_rounds(kf: KillFile, abort: threading.Event) -> str:
    """KILL_ROUNDS workers on one file, each killed at a random moment, each kill followed by the checks."""
    journal, db_path, projekt_ids, strategie, base_audit = kf.journal, kf.path, kf.projekt_ids, kf.strategie, \
        kf.base_audit
    clock = KillClock(random.Random())
    in_file: dict[tuple[int, int], str] = {}  # (project, version) → token of every save known to be committed
    acknowledged = committed_unacknowledged = left_journal = 0
    moments: Counter[str] = Counter()
    journal_file = db_path.with_name(f"{db_path.name}-{'wal' if journal == 'wal' else 'journal'}")
    started = time.monotonic()
    with workers_cleaned_up() as workers:

        def spawn(round_no: int) -> Worker:
            worker = Worker("kill", db_path, f"{journal}-crash{round_no:03d}",
                            {"projects": projekt_ids, "round": round_no, "strategie_ids": sorted(strategie)})
            workers.append(worker)
            return worker

        # the next workers start Python while this one writes: a start costs more than a round
        waiting = [spawn(n) for n in range(1, min(SPAWN_AHEAD, KILL_ROUNDS) + 1)]
        for round_no in range(1, KILL_ROUNDS + 1):
            if abort.is_set():
                return f"{journal}: aborted"
            worker = waiting.pop(0)
            worker.wait_ready()
            went_at = time.monotonic()
            worker.go()
            if round_no + len(waiting) < KILL_ROUNDS:
                waiting.append(spawn(round_no + len(waiting) + 1))
            moments[clock.kill_at_random_moment(worker, went_at)] += 1
            left_journal += journal_file.exists() and journal_file.stat().st_size > 0

            acks = [line for line in worker.lines() if line["t"] == "ack"]
            context = f"{journal} journal, round {round_no}, killed after {len(acks)} acknowledged saves"
            with reopened(db_path) as database:  # rolls back (or recovers from the WAL) what the kill left
                assert_intact(database)
                details = [portfolio.get_leitprojekt(database, p) for p in projekt_ids]
                trail = _trail_marks(database, base_audit)
            versions = _check_trail(trail, projekt_ids)
            for detail in details:
                token = _assert_profile_whole(detail, strategie)
                assert sum(1 for p, _ in versions if p == detail.id) == detail.version - 1, context
                assert versions.get((detail.id, detail.version)) == token, context

            acknowledged += len(acks)
            for ack in acks:
                in_file[ack["projekt"], ack["version"]] = ack["token"]
            lost = {k: v for k, v in in_file.items() if versions.get(k) != v}
            assert not lost, f"{context}: acknowledged saves not (or not so) in the file: {lost}"
            # beyond those only the save in flight at the kill may be in the file (committed, not yet acknowledged)
            extra = set(versions.items()) - set(in_file.items())
            in_flight = kill_token(round_no, len(acks) + 1)
            assert {token for _, token in extra} <= {in_flight}, f"{context}: {sorted(extra)}"
            committed_unacknowledged += len(extra)
            in_file.update(extra)
    assert len(in_file) == acknowledged + committed_unacknowledged
    assert acknowledged >= KILL_ROUNDS // 4, f"{journal}: the kills hit too few saves to prove anything"
    return (f"{journal} journal: {KILL_ROUNDS} kills in {time.monotonic() - started:.1f} s, during "
            f"{dict(sorted(moments.items()))}; {len(in_file)} saves in the file ({acknowledged} acknowledged, "
            f"{committed_unacknowledged} committed just before the kill); {left_journal} kills left a non-empty "
            f"{journal_file.name}; a start took {clock.start_s * 1000:.0f} ms, a cycle {clock.cycle_s * 1000:.0f} ms")


def test_sigkill_at_random_moments_leaves_no_half_written_save(tmp_path: Path) -> None:
    # set up one after the other: Alembic's migration context is global to the process
    files = [KillFile.set_up(tmp_path / journal, journal) for journal in JOURNALS]
    abort = threading.Event()

    def rounds(kf: KillFile) -> str:
        try:
            return _kill_rounds(kf, abort)
        except BaseException:
            abort.set()  # the other file need not go on
            raise

    with ThreadPoolExecutor(len(files)) as pool:
        futures = [pool.submit(rounds, kf) for kf in files]
        summaries = [future.result() for future in futures]
    print("\n" + "\n".join(summaries))
