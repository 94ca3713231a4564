"""The installed ``iq-desktop`` command, run as a user or IT would run it (subprocesses)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from iq_desktop import reference


def _executable() -> str:
    beside = Path(sys.executable).with_name("iq-desktop")
    found = str(beside) if beside.exists() else shutil.which("iq-desktop")
    assert found, "iq-desktop is not installed in this environment (pip install -e .)"
    return found


def _run(*argv: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([_executable(), *argv], capture_output=True, text=True, env=env, timeout=120, check=False)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "t.sqlite"
    result = _run("init", "--db", str(path), "--demo")
    assert result.returncode == 0, result.stderr
    assert "Demodaten geschrieben" in result.stdout
    return path


def test_demo_then_check_reports_the_deliberate_conflict_and_exits_1(demo_file: Path) -> None:
    before = _digest(demo_file)
    result = _run("check", "--db", str(demo_file))
    assert result.returncode == 1, result.stderr
    assert "Regel 2 – Eine Person wirkt nur in einem Leitprojekt mit" in result.stdout
    assert "wirkt zugleich in" in result.stdout
    assert result.stderr == ""
    assert _digest(demo_file) == before


def test_the_six_corridors_stand_in_the_database_exactly_as_in_the_domain(demo_file: Path) -> None:
    with sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM korridorthema ORDER BY position")]
    connection.close()
    assert tuple(names) == reference.KORRIDORTHEMEN == (
        "Zukunft Innenstadt",
        "Moderne Verwaltung",
        "Soziale Stadt",
        "Wirtschafts- und Wissenschaftsstadt",
        "Grüne Stadt",
        "Mobilität",
    )


def test_demo_refuses_a_database_that_holds_projects(demo_file: Path) -> None:
    before = _digest(demo_file)
    result = _run("init", "--db", str(demo_file), "--demo")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "bereits" in result.stderr
    assert _digest(demo_file) == before


def test_self_test_renders_the_main_window_and_writes_nothing(demo_file: Path) -> None:
    before = _digest(demo_file)
    result = _run("--self-test", "--db", str(demo_file))
    assert result.returncode == 0, result.stderr
    assert "Selbsttest bestanden" in result.stdout
    assert _digest(demo_file) == before


def test_self_test_on_a_fresh_in_memory_database() -> None:
    result = _run("--self-test", "--db", ":memory:")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("argv", [["check"], ["--self-test"]])
def test_a_directory_is_one_german_line_exit_2(tmp_path: Path, argv: list[str]) -> None:
    result = _run(*argv, "--db", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "ist ein Ordner" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("argv", [["check"], ["--self-test"]])
def test_a_corrupt_file_stays_byte_for_byte(tmp_path: Path, argv: list[str]) -> None:
    bad = tmp_path / "kaputt.sqlite"
    bad.write_bytes(b"\x00\x01 kein SQLite \xff" * 500)
    before = _digest(bad)
    result = _run(*argv, "--db", str(bad))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "keine SQLite-Datenbank" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert _digest(bad) == before
    assert list(tmp_path.iterdir()) == [bad]  # no journal, no backup left beside it


def test_screenshots_writes_pngs_without_touching_the_database(demo_file: Path, tmp_path: Path) -> None:
    before = _digest(demo_file)
    result = _run("screenshots", "--db", str(demo_file), "-o", str(tmp_path / "bilder"))
    assert result.returncode == 0, result.stderr
    pngs = sorted((tmp_path / "bilder").glob("*.png"))
    assert pngs and all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
    assert _digest(demo_file) == before


def test_version_and_module_invocation() -> None:
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.startswith("IQ Desktop ")
    module = subprocess.run([sys.executable, "-m", "iq_desktop", "--version"], capture_output=True, text=True,
                            check=False)
    assert module.stdout == result.stdout


def _run_without_display(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([_executable(), *argv], capture_output=True, text=True, env=env, timeout=120, check=False)


def test_without_a_display_the_self_test_renders_offscreen(demo_file: Path) -> None:
    result = _run_without_display("--self-test", "--db", str(demo_file))
    assert result.returncode == 0, result.stderr
    assert "Selbsttest bestanden" in result.stdout


@pytest.mark.parametrize("with_db_argument", [True, False], ids=["--db", "start-menu"])
def test_without_a_display_the_window_says_so_in_german(demo_file: Path, with_db_argument: bool) -> None:
    # without arguments (the start menu's call) the window starts without the argument parser
    result = _run_without_display(*(["--db", str(demo_file)] if with_db_argument else []))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Kein Bildschirm gefunden" in result.stderr


def test_a_display_qt_cannot_use_ends_with_one_german_line(demo_file: Path) -> None:
    """Qt's fatal error (here: an X display that does not exist) must not dump core."""
    env_extra = {"DISPLAY": ":987", "QT_QPA_PLATFORM": "xcb"}
    result = _run("--db", str(demo_file), env_extra=env_extra)
    assert result.returncode == 2
    assert "Die Bildschirmausgabe konnte nicht starten" in result.stderr
    assert "Traceback" not in result.stderr
