"""The benchmark tools keep working: the in-process list figure, and start-up as a user sees it under Xvfb.

These check that the tools measure what bench/README.md says, not how fast
anything is (speed lives in the benchmarks, not in timed tests).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import DEFAULT_HEUTE, Summary, generate

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def scale1(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    return generate(tmp_path_factory.mktemp("bench") / "scale1.sqlite", 1, seed=3, heute=DEFAULT_HEUTE)


def test_list_open_measures_the_window_and_its_floor(scale1: Summary) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / "list_open.py"), str(scale1.path), "--runs", "1"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["rows"] == 24  # the active ones of 30 generated
    assert figures["app"] > 0 and figures["floor"] > 0


def _xvfb_tools() -> None:
    missing = [tool for tool in ("Xvfb",) if shutil.which(tool) is None]
    try:
        import Xlib  # noqa: F401
    except ImportError:
        missing.append("python-xlib")
    if missing:
        message = f"missing for the start-up benchmark: {', '.join(missing)} (scripts/setup-env.sh test)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def test_startup_moments_under_xvfb(scale1: Summary) -> None:
    _xvfb_tools()
    from bench.harness import launch, xvfb
    from iq_desktop.settings import Settings

    # as from the start menu: no arguments, the database named in the settings
    Settings(datenbank=str(scale1.path)).save()
    app = [str(Path(sys.executable).with_name("iq-desktop-gui"))]
    with xvfb() as display:
        floor = launch([sys.executable, str(BENCH / "floors" / "bare_window.py")], display, "first_paint")
        run = launch(app, display, "ready")

    assert floor.mapped is not None and floor.moments["first_paint"] > 0
    assert floor.facts["first_paint"]["sqlalchemy_loaded"] is False
    assert run.mapped is not None
    moments = run.moments
    assert moments["first_paint"] <= moments["rows_visible"] <= moments["ready"]
    assert run.facts["first_paint"]["rows"] == 0
    assert run.facts["rows_visible"]["rows"] == 24
    assert run.facts["rows_visible"]["sqlalchemy_loaded"] is False  # the quick read
    assert run.facts["ready"]["sqlalchemy_loaded"] is True
    assert run.peak_mb is not None and run.peak_mb > 30
