"""Which database to open: a SQLite file path, an in-memory database, or a server URL."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import quote

from iq_desktop import paths
from iq_desktop.errors import DatenbankFehler
from iq_desktop.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DatabaseLocation:
    """Where the data lives. ``sqlite_path`` is set for SQLite files only."""

    url: str
    sqlite_path: Path | None = None
    in_memory: bool = False
    #: the embedded default in the user data folder, whose folder the program creates
    is_default: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None or self.in_memory

    @property
    def display(self) -> str:
        """How the status bar and messages name the database (no password)."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        if self.in_memory:
            return translate("Datenbank", "Arbeitsspeicher (nicht gespeichert)")
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def resolve_location(db_argument: str | None, configured: str | None = None) -> DatabaseLocation:
    """Turn ``--db`` (or the configured value, or the embedded default) into a location."""
    value = db_argument or configured
    if not value:
        path = paths.default_database_path()
        return DatabaseLocation(url=f"sqlite:///{path.as_posix()}", sqlite_path=path, is_default=True)
    if value in (":memory:", "sqlite://", "sqlite:///:memory:"):
        return DatabaseLocation(url="sqlite://", in_memory=True)
    if "://" in value:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise DatenbankFehler(
                translate("Datenbank", "Die Datenbankadresse „{wert}“ ist ungültig. "
                          "Bitte einen Dateipfad oder eine SQLAlchemy-URL angeben.").format(wert=value)
            ) from exc
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                return DatabaseLocation(url="sqlite://", in_memory=True)
            return _file_location(Path(url.database))
        return DatabaseLocation(url=value)
    return _file_location(Path(value))


def _file_location(path: Path) -> DatabaseLocation:
    path = path.expanduser().resolve()
    return DatabaseLocation(url=f"sqlite:///{path.as_posix()}", sqlite_path=path)


def check_sqlite_file(location: DatabaseLocation, *, must_exist: bool) -> bool:
    """Check the file before SQLite touches it; return whether it exists.

    A directory, an unreadable file or a file that is not a SQLite database is
    refused with a German message, and the file stays as it was.
    """
    path = location.sqlite_path
    assert path is not None
    try:
        is_dir, exists = path.is_dir(), path.exists()
    except OSError as exc:
        raise DatenbankFehler(
            translate("Datenbank", "Kein Zugriff auf „{pfad}“ ({grund}). Bitte die Zugriffsrechte für den "
                      "Ordner prüfen lassen.").format(pfad=path, grund=_reason(exc))
        ) from exc
    if is_dir:
        raise DatenbankFehler(
            translate("Datenbank", "„{pfad}“ ist ein Ordner, keine Datenbankdatei. "
                      "Bitte den Pfad einer .sqlite-Datei angeben.").format(pfad=path)
        )
    if not exists:
        if must_exist and location.is_default:
            raise DatenbankFehler(
                translate("Datenbank", "Die eingebettete Datenbank „{pfad}“ gibt es noch nicht. Sie wird beim "
                          "ersten Programmstart oder mit „iq-desktop init“ angelegt.").format(pfad=path)
            )
        if must_exist:
            raise DatenbankFehler(
                translate("Datenbank", "Die Datenbank „{pfad}“ wurde nicht gefunden. Pfad prüfen oder mit "
                          "„iq-desktop init --db {pfad}“ anlegen.").format(pfad=path)
            )
        if not path.parent.is_dir():
            raise DatenbankFehler(
                translate("Datenbank", "Der Ordner „{ordner}“ existiert nicht (Netzlaufwerk nicht verbunden?). "
                          "Bitte einen vorhandenen Ordner wählen.").format(ordner=path.parent)
            )
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatenbankFehler(
            translate("Datenbank", "Die Datenbank „{pfad}“ kann nicht gelesen werden ({grund}). "
                      "Bitte die Zugriffsrechte prüfen lassen.").format(pfad=path, grund=_reason(exc))
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatenbankFehler(
            translate("Datenbank", "„{pfad}“ ist keine SQLite-Datenbank (beschädigt oder anderes "
                      "Format). Die Datei wurde nicht verändert; bitte die richtige Datei "
                      "oder eine Sicherung wählen.").format(pfad=path)
        )
    return True


def create_sqlite_file(path: Path) -> bool:
    """Create an empty file for a new database, exclusively; False if another process was first."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except FileExistsError:
        return False
    except OSError as exc:
        raise DatenbankFehler(
            translate("Datenbank", "Die Datenbank „{pfad}“ kann nicht angelegt werden ({grund}). Bitte "
                      "Schreibrechte im Ordner prüfen lassen.").format(pfad=path, grund=_reason(exc))
        ) from exc
    return True


def _reason(exc: OSError) -> str:
    """A short German reason for the common OS errors (the English text goes to the log)."""
    return {
        errno.EACCES: translate("Datenbank", "keine Berechtigung"),
        errno.EPERM: translate("Datenbank", "keine Berechtigung"),
        errno.EROFS: translate("Datenbank", "schreibgeschütztes Laufwerk"),
        errno.ENOSPC: translate("Datenbank", "Laufwerk voll"),
        errno.ENOENT: translate("Datenbank", "nicht vorhanden"),
    }.get(exc.errno or 0, translate("Datenbank", "Systemfehler {nr}").format(nr=exc.errno))


def sqlite_uri(path: PurePath, mode: str) -> str:
    """A SQLite URI for ``path``; UNC paths (\\\\server\\share\\…) keep their server part.

    SQLite reads ``file://server/…`` as an authority it refuses; a UNC path needs
    four slashes (``file:////server/share/…``), a drive letter three.
    """
    posix = path.as_posix()
    if posix.startswith("//"):
        prefix = "file://"  # + "//server/share/…" gives four slashes
    elif len(posix) > 1 and posix[1] == ":":
        prefix = "file:///"  # C:/…
    else:
        prefix = "file:"
    return f"{prefix}{quote(posix, safe='/:')}?mode={mode}"
