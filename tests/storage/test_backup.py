"""Backups: checked copies, one a day with the last N kept, and `iq-desktop backup`."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from iq_desktop.cli import main
from iq_desktop.db.backup import DAILY, checked_backup, daily_backup
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.errors import DatenbankFehler


@pytest.fixture
def datei(db_path: Path) -> Path:
    """A migrated and seeded SQLite file (backups are SQLite's alone: no PostgreSQL run here)."""
    open_database(resolve_location(str(db_path)), Zugriff.ZUM_ARBEITEN)[0].close()
    return db_path


def _daily(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(f"*_{DAILY}.sqlite"))


def test_one_daily_copy_per_day_and_only_the_last_n_stay(datei: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Sicherungen"
    first = daily_backup(datei, folder, keep=3, today=dt.date(2026, 11, 20))
    assert first is not None and first.name.startswith(f"{datei.stem}_2026-11-20_")
    assert daily_backup(datei, folder, keep=3, today=dt.date(2026, 11, 20)) is None  # already done today
    for day in (21, 22, 23, 24):
        assert daily_backup(datei, folder, keep=3, today=dt.date(2026, 11, day)) is not None
    assert [name.split("_")[1] for name in _daily(folder)] == ["2026-11-22", "2026-11-23", "2026-11-24"]
    # a copy is a database the program opens
    copy, _ = open_database(resolve_location(str(folder / _daily(folder)[-1])), Zugriff.ZUM_LESEN)
    copy.close()


def test_a_damaged_database_is_reported_and_no_copy_is_kept(datei: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "beschaedigt.sqlite"
    shutil.copy(datei, damaged)
    with damaged.open("r+b") as handle:  # overwrite the middle of the file (table and index pages)
        size = damaged.stat().st_size
        handle.seek(size // 2)
        handle.write(b"\xff" * 8192)
    target = tmp_path / "kopie.sqlite"
    with pytest.raises(DatenbankFehler) as refused:
        checked_backup(damaged, target)
    assert "Schäden gefunden" in refused.value.message and "IT-Abteilung" in refused.value.message
    assert not target.exists() and not list(tmp_path.glob("*.teil"))


def test_backup_command_writes_a_checked_copy_and_overwrites_nothing(datei: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sicherung.sqlite"
    assert main(["backup", "--db", str(datei), "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"

    before = target.stat().st_mtime_ns
    assert main(["backup", "--db", str(datei), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "gibt es schon; eine Sicherung überschreibt nichts" in err
    assert target.stat().st_mtime_ns == before


def test_backup_command_leaves_server_databases_to_their_administrators(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", "postgresql://iq@localhost/iq", "-o", str(tmp_path / "x.sqlite")]) == 2
    assert "sichert nur SQLite-Dateien" in capsys.readouterr().err
