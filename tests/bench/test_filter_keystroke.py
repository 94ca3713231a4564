"""The filter benchmark still measures what bench/README.md says: one short run, its shape, no timings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import DEFAULT_HEUTE, generate

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def scale1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("filter") / "scale1.sqlite", 1, seed=5, heute=DEFAULT_HEUTE).path


def test_a_round_of_keystrokes_reports_program_and_floor(scale1: Path) -> None:
    out = subprocess.run([sys.executable, str(BENCH / "filter_keystroke.py"), str(scale1), "--rounds", "1"],
                         capture_output=True, text=True, check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                                                          **_env()})
    result = json.loads(out.stdout)
    assert result["rows"] == 30  # every project, archived ones too
    assert result["keystrokes"] == 14  # "digital" typed and deleted again
    for side in ("app", "floor"):
        assert 0 < result[side]["p50"] <= result[side]["p95"] <= result[side]["max"]


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
