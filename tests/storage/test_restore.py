"""`iq-desktop restore`: the backup is checked, others must be gone, the current state is saved first."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from iq_desktop.cli import main
from iq_desktop.db import presence
from iq_desktop.db.audit import Actor
from iq_desktop.db.backup import checked_backup
from iq_desktop.db.engine import create_engine_for
from iq_desktop.db.location import create_sqlite_file, resolve_location
from iq_desktop.db.migrate import upgrade_to_head
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.models.base import utc_now
from iq_desktop.services import people


def _organisations(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return [r[0] for r in connection.execute("SELECT name FROM externe_organisation ORDER BY name")]


def _add_org(path: Path, name: str, **kwargs) -> None:
    database, _ = open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN, **kwargs)
    people.add_externe_organisation(database, name=name)
    database.close()


@pytest.fixture
def gesichert(db_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A SQLite file with one organisation, backed up; then a second organisation was added.

    Restoring is SQLite's alone (a server's administrators restore theirs): no PostgreSQL run here.
    """
    path = db_path
    _add_org(path, "Hochschule Karlsruhe")
    backup = checked_backup(path, tmp_path / "montag.sqlite")
    _add_org(path, "ZKM")
    return path, backup


def test_restore_puts_the_backup_back_and_saves_the_current_state_first(
    gesichert, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, backup = gesichert
    assert main(["restore", str(backup), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert _organisations(path) == ["Hochschule Karlsruhe"]
    saved = next(Path(line.split(": ", 1)[1]) for line in out.splitlines() if line.startswith("Bisheriger Stand"))
    assert saved.name.endswith("_vor-wiederherstellung.sqlite")
    assert _organisations(saved) == ["Hochschule Karlsruhe", "ZKM"]
    assert f"Sicherung zurückgespielt: {backup} → {path}" in out
    with contextlib.closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_restore_refuses_while_others_have_the_database_open(
    gesichert, capsys: pytest.CaptureFixture[str]
) -> None:
    path, backup = gesichert
    engine = create_engine_for(resolve_location(str(path)), read_only=False)
    presence.register(engine, Actor(login="mueller", rechner="KA-PC-0815"), utc_now())
    engine.dispose()
    assert main(["restore", str(backup), "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Das Zurückspielen einer Sicherung ist nicht möglich, solange andere" in err
    assert "mueller (PC KA-PC-0815" in err
    assert _organisations(path) == ["Hochschule Karlsruhe", "ZKM"]


@pytest.mark.parametrize("kaputt, meldung", [
    ("damaged", "Schäden gefunden"),
    ("foreign", "keine IQ-Desktop-Datenbank"),
    ("newer", "stammt von einer neueren Programmversion"),
    ("text", "keine SQLite-Datenbank"),
])
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    gesichert, tmp_path: Path, capsys: pytest.CaptureFixture[str], kaputt: str, meldung: str
) -> None:
    path, backup = gesichert
    bad = tmp_path / "schlecht.sqlite"
    if kaputt == "damaged":
        bad.write_bytes(backup.read_bytes())
        with bad.open("r+b") as handle:
            handle.seek(bad.stat().st_size // 2)
            handle.write(b"\xff" * 8192)
    elif kaputt == "foreign":
        with contextlib.closing(sqlite3.connect(bad)) as connection:
            connection.execute("CREATE TABLE kunden (id INTEGER)")
    elif kaputt == "newer":
        bad.write_bytes(backup.read_bytes())
        with contextlib.closing(sqlite3.connect(bad)) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '0999'")
            connection.commit()
    else:
        bad.write_text("Sachstand 2026", encoding="utf-8")
    assert main(["restore", str(bad), "--db", str(path)]) == 2
    assert meldung in capsys.readouterr().err
    assert _organisations(path) == ["Hochschule Karlsruhe", "ZKM"]
    assert not list(path.parent.glob("*vor-wiederherstellung*"))


def test_an_older_backup_is_migrated_after_restoring(db_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "alt.sqlite"
    create_sqlite_file(old)
    engine = create_engine_for(resolve_location(str(old)), read_only=False)
    upgrade_to_head(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO externe_organisation (name, version) VALUES ('Stadtwerke', 1)")
    engine.dispose()
    _add_org(db_path, "ZKM")
    assert main(["restore", str(old), "--db", str(db_path)]) == 0
    assert "Die Sicherung hatte Schemastand 0001 und wurde migriert." in capsys.readouterr().out
    assert _organisations(db_path) == ["Stadtwerke"]


def test_a_shared_database_stays_shared_after_restoring_an_unmarked_backup(db_path: Path, tmp_path: Path) -> None:
    _add_org(db_path, "ZKM")
    backup = checked_backup(db_path, tmp_path / "lokal.sqlite")  # taken while the file was still local
    _add_org(db_path, "Stadtwerke", shared=True)  # then the file moved to the share
    assert main(["restore", str(backup), "--db", str(db_path)]) == 0
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("SELECT wert FROM datenbank_eigenschaft").fetchall() == [("ja",)]
