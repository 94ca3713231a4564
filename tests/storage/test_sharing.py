"""Local files run in WAL mode; a shared file keeps the rollback journal, for every client alike."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from sqlalchemy import text

from iq_desktop.db import sharing
from iq_desktop.db.location import DatabaseLocation, resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.errors import DatenbankFehler


def _open(path: Path, **kwargs):
    return open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN, **kwargs)


def _journal(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]


def test_a_local_file_runs_in_wal_mode_with_full_sync(db_path: Path) -> None:
    database, report = _open(db_path)
    with database.reading() as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    database.close()
    assert not report.shared
    assert _journal(db_path) == "wal"


def test_a_file_declared_shared_is_marked_and_keeps_the_rollback_journal(db_path: Path, tmp_path: Path) -> None:
    _open(db_path, shared=True)[0].close()
    assert _journal(db_path) == "delete"
    # another PC opens it by another path (here: a link) and without the setting: still shared
    other_path = tmp_path / "laufwerk-k.sqlite"
    other_path.symlink_to(db_path)
    via_link = DatabaseLocation(url=f"sqlite:///{other_path}", sqlite_path=other_path)
    database, report = open_database(via_link, Zugriff.ZUM_ARBEITEN)
    database.close()
    assert report.shared
    assert _journal(db_path) == "delete"
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute(
            "SELECT wert FROM datenbank_eigenschaft WHERE schluessel = 'gemeinsam'"
        ).fetchall() == [("ja",)]


def test_a_local_wal_database_moved_to_a_share_leaves_wal(db_path: Path) -> None:
    _open(db_path)[0].close()
    assert _journal(db_path) == "wal"
    database, report = _open(db_path, shared=True)
    database.close()
    assert report.shared and _journal(db_path) == "delete"


def test_a_wal_database_in_use_elsewhere_is_not_opened_as_shared(db_path: Path) -> None:
    """WAL over a network would corrupt the file: better refuse until the other program is closed."""
    _open(db_path)[0].close()
    other = sqlite3.connect(db_path)
    other.execute("SELECT count(*) FROM leitprojekt").fetchall()  # holds the WAL index open
    try:
        with pytest.raises(DatenbankFehler, match=r"WAL-Modus.*anderen IQ-Desktop-Fenster schließen"):
            _open(db_path, shared=True)
    finally:
        other.close()
    database, report = _open(db_path)  # once the other program closed: switched, and shared for good
    database.close()
    assert report.shared and _journal(db_path) == "delete"


@pytest.mark.parametrize("path", [
    PureWindowsPath(r"\\rathaus-fs01\iq\iq-desktop.sqlite"),
    PurePosixPath("//rathaus-fs01/iq/iq-desktop.sqlite"),
])
def test_unc_paths_are_network_paths(path) -> None:
    assert sharing.is_network_path(path)


def test_a_network_mount_is_found_by_its_file_system(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//rathaus-fs01/iq /mnt/iq\\040daten cifs rw 0 0\n"
        "fs01:/export /mnt/iq/nfs nfs4 rw 0 0\n",
        encoding="utf-8",
    )
    assert sharing._mount_filesystem(Path("/mnt/iq daten/iq.sqlite"), str(mounts)) == "cifs"
    assert sharing._mount_filesystem(Path("/mnt/iq/nfs/iq.sqlite"), str(mounts)) == "nfs4"
    assert sharing._mount_filesystem(Path("/home/anna/iq.sqlite"), str(mounts)) == "ext4"
    assert not sharing.is_network_path(tmp_path / "iq.sqlite")  # the test machine's own disk


def test_a_write_waits_for_another_desks_lock_then_goes_through(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The other desk holds the write lock for 1.2 s: the save polls for it, then succeeds."""
    import threading

    from iq_desktop.services import people

    database, _ = _open(db_path, shared=True)
    caplog.set_level("INFO", logger="iq_desktop.db.engine")
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    releaser = threading.Timer(1.2, lambda: holder.execute("COMMIT"))
    releaser.start()
    try:
        people.add_externe_organisation(database, name="Hochschule Karlsruhe")
    finally:
        releaser.join()
        holder.close()
        database.close()
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT name FROM externe_organisation").fetchall() == [("Hochschule Karlsruhe",)]
    assert "s for the write lock" in caplog.text  # it did wait, and says so in the log


def test_a_write_lock_held_past_the_busy_timeout_is_a_german_message_and_writes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iq_desktop.db import engine as engine_module
    from iq_desktop.services import people

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    database, _ = _open(db_path, shared=True)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatenbankFehler, match="von einem anderen Arbeitsplatz gesperrt"):
            people.add_externe_organisation(database, name="Hochschule Karlsruhe")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    people.add_externe_organisation(database, name="ZKM")  # the connection is fine afterwards
    database.close()
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT name FROM externe_organisation").fetchall() == [("ZKM",)]
