"""Local or shared: which journal a SQLite database file uses, decided once for every client.

A local file runs in WAL mode (readers never wait for a writer). A file on a
network drive must not: SQLite's WAL index lives in shared memory, which does
not work across machines, and clients on two PCs would corrupt the file. So a
file found on a network drive (a UNC path, a mapped network drive letter, a
network mount on Linux) or declared shared in the settings is marked shared
*inside the database*; a database marked shared keeps the rollback journal
whichever path a client opens it by (the file server's local path, too).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from pathlib import Path, PurePath

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from iq_desktop.errors import DatenbankFehler
from iq_desktop.i18n import translate
from iq_desktop.models.housekeeping import DatenbankEigenschaft

log = logging.getLogger(__name__)

#: the property that marks a database as shared; its value is "ja"
SHARED = "gemeinsam"

#: Linux file systems that live on another machine
_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs", "glusterfs",
                        "ceph", "fuse.glusterfs", "fuse.cephfs"}


def is_network_path(path: PurePath) -> bool:
    """Whether ``path`` lies on a network drive, as far as the operating system tells."""
    text = str(path)
    if text.startswith(("\\\\", "//")):  # UNC: \\server\share\…
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(text)
    return _mount_filesystem(Path(text)) in _NETWORK_FILESYSTEMS


def _windows_drive_is_remote(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def _mount_filesystem(path: Path, mounts: str = "/proc/self/mounts") -> str:
    """The file system type of the mount that holds ``path`` (longest matching mount point)."""
    try:
        lines = Path(mounts).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    target = str(path.resolve(strict=False))
    best, best_type = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, fields[2]
    return best_type


def is_marked_shared(engine: Engine) -> bool:
    with engine.connect() as connection:
        value = connection.execute(
            select(DatenbankEigenschaft.wert).where(DatenbankEigenschaft.schluessel == SHARED)
        ).scalar()
    return value == "ja"


def mark_shared(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(insert(DatenbankEigenschaft).values(schluessel=SHARED, wert="ja"))


def configure_journal(engine: Engine, path: Path, *, declared_shared: bool) -> bool:
    """Mark and set the journal of the database at head; returns whether it is shared.

    Switching a WAL database back to the rollback journal needs every other
    connection closed; if another program holds it open, opening is refused
    rather than writing WAL over a network.
    """
    marked = is_marked_shared(engine)
    shared = marked or declared_shared or is_network_path(path)
    if shared and not marked:
        mark_shared(engine)
        log.info("database %s marked shared", path)
    engine.dispose()  # leaving WAL needs every other connection closed, this program's pooled ones too
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0].lower()
        wanted = "delete" if shared else "wal"
        # a shared file may keep any rollback journal (delete, truncate, persist); only WAL must go
        if (shared and mode == "wal") or (not shared and mode != "wal"):
            try:
                mode = cursor.execute(f"PRAGMA journal_mode={wanted}").fetchone()[0].lower()
            except sqlite3.OperationalError as exc:  # another connection holds the file: decided below
                log.info("journal of %s stays %s: %s", path, mode, exc)
        cursor.close()
    finally:
        raw.close()
    if shared and mode == "wal":
        raise DatenbankFehler(
            translate("Datenbank", "Die Datenbank „{db}“ liegt auf einem Netzlaufwerk, ist aber noch im "
                      "WAL-Modus eines Einzelplatzes und wird gerade von einem anderen Programm benutzt. "
                      "Bitte alle anderen IQ-Desktop-Fenster schließen und erneut versuchen.").format(db=path)
        )
    return shared
