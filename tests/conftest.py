"""Shared fixtures: offscreen Qt, an isolated user folder per test, real SQLite files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Without a display Qt aborts the whole run unless told to render offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _widgets_application(qapp) -> None:
    """pytest-qt's QApplication before any test: the charts create a bare QGuiApplication when none
    exists, and a widget test after them would then abort, whatever order the tests run in."""


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own platformdirs folders (data, config, logs): nothing touches ~."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(variable, str(home / sub))
    # the machine-wide folder where IT's presets (vorgaben.json) may lie: empty, not /etc/xdg
    (home / "site").mkdir()
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "site"))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "iq.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:  # noqa: F821 - imported lazily
    """A fresh, migrated and seeded database file, open for work."""
    from iq_desktop.db.location import resolve_location
    from iq_desktop.db.open import Zugriff, open_database

    database, _ = open_database(resolve_location(str(db_path)), Zugriff.ZUM_ARBEITEN)
    yield database
    database.close()
