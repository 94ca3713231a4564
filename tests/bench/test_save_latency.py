"""The save-latency benchmark still measures what bench/README.md says: a short run, its shape, no timings.

Two writers of each kind for half a second on a scale-1 database: every writer
process starts, saves, reports; the pooled figures are well-formed. How fast
the saves are is the benchmark's business, not a test's.
"""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import pytest

from bench.generate import DEFAULT_HEUTE, generate
from bench.save_latency import Load, deal, measure, percentile


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("saves") / "scale1.sqlite", 1, seed=3, heute=DEFAULT_HEUTE).path


def test_two_writers_of_each_kind_save_and_report(template: Path, tmp_path: Path) -> None:
    figures, journal = measure(template, [2], Load(seconds=0.5, rounds=1), workdir=tmp_path)

    assert journal == "wal"  # a local file, as the program opens it
    [figure] = figures
    assert figure.writers == 2
    for side in (figure.program, figure.floor):
        assert side.saves > 0 and side.saves_per_s > 0
        assert 0 < side.p50 <= side.p95
        assert 0 <= side.wait_p50 <= side.wait_p95
        assert 0 < side.hold_p50 <= side.hold_p95
        assert side.cpu_p50 > 0
        assert 0 <= side.conflict_rate < 1
        assert not side.errors
    assert math.isfinite(figure.ratio) and figure.ratio > 0
    assert figure.target is None and figure.ok  # two writers carry no target
    assert list(tmp_path.iterdir()) == []  # the copies are removed
    # the template is copied for each run, never written
    with sqlite3.connect(f"file:{template}?mode=ro", uri=True) as connection:
        notes = connection.execute("SELECT count(*) FROM leitprojekt WHERE ampel_notiz LIKE 'bench%'").fetchone()[0]
    assert notes == 0


def test_records_are_dealt_round_robin_and_percentiles_interpolate() -> None:
    assert deal([1, 2, 3, 4, 5], 2) == [[1, 3, 5], [2, 4]]
    assert deal([1, 2], 3) == [[1], [2], [1]]  # more writers than projects: some share
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert percentile([1.0, 2.0], 95) == pytest.approx(1.95)
    assert math.isnan(percentile([], 50))
