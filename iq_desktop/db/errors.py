"""German messages for what the database driver reports (locked, read-only, full, damaged, …).

SQLite's own texts are English and technical; the user reads what happened and
what to do, and the original text goes to the log with the traceback.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError

from iq_desktop.errors import DatenbankFehler
from iq_desktop.i18n import translate


def is_locked(exc: BaseException) -> bool:
    return "database is locked" in str(exc) or "database table is locked" in str(exc)


def german_database_error(exc: DBAPIError, display: str, *, sqlite_path: Path | None = None) -> DatenbankFehler:
    """The message for a driver error met while opening or reading ``display``."""
    reason = str(exc.orig if exc.orig is not None else exc).lower()
    if "locked" in reason:
        text = translate("Datenbank", "Die Datenbank „{db}“ ist gerade von einem anderen Arbeitsplatz gesperrt. "
                         "Bitte in einigen Sekunden noch einmal versuchen.")
    elif "readonly" in reason or "read-only" in reason:
        if sqlite_path is not None and _has_hot_journal(sqlite_path):
            text = translate("Datenbank", "Die Datenbank „{db}“ wurde zuletzt nicht sauber geschlossen (z. B. "
                             "Absturz). Bitte einmal im Programm öffnen oder „iq-desktop init --db …“ "
                             "ausführen; dabei wird die unterbrochene Änderung zurückgenommen.")
        else:
            text = translate("Datenbank", "Die Datenbank „{db}“ ist schreibgeschützt. Bitte Schreibrechte für "
                             "die Datei und ihren Ordner erteilen lassen.")
    elif "unable to open" in reason or "permission" in reason or "access" in reason:
        text = translate("Datenbank", "Die Datenbank „{db}“ kann nicht geöffnet werden. Bitte prüfen, ob das "
                         "Laufwerk erreichbar ist und Lese- und Schreibrechte für Datei und Ordner bestehen.")
    elif "disk is full" in reason or "database or disk is full" in reason:
        text = translate("Datenbank", "Auf dem Laufwerk von „{db}“ ist kein Platz mehr. Bitte Platz schaffen; "
                         "es wurde nichts gespeichert.")
    elif "disk i/o" in reason:
        text = translate("Datenbank", "Beim Zugriff auf „{db}“ ist ein Lese- oder Schreibfehler aufgetreten "
                         "(Netzlaufwerk getrennt?). Bitte die Verbindung prüfen und erneut versuchen.")
    elif "not a database" in reason or "malformed" in reason or "corrupt" in reason:
        text = translate("Datenbank", "„{db}“ ist beschädigt oder keine SQLite-Datenbank. Die Datei wurde nicht "
                         "verändert; bitte eine Sicherung zurückspielen oder die IT-Abteilung fragen.")
    elif any(sign in reason for sign in _UNREACHABLE):
        text = translate("Datenbank", "Der Datenbankserver für „{db}“ ist nicht erreichbar. Bitte die "
                         "Netzwerkverbindung prüfen und erneut versuchen; es wurde nichts gespeichert.")
    else:
        text = translate("Datenbank", "Die Datenbank „{db}“ meldet einen Fehler. Einzelheiten stehen im "
                         "Protokoll; bitte die IT-Abteilung fragen.")
    return DatenbankFehler(text.format(db=display))


#: what drivers say when a database server cannot be reached (PostgreSQL, ODBC for SQL Server)
_UNREACHABLE = ("could not connect", "connection refused", "server closed the connection", "connection timed out",
                "timeout expired", "communication link failure", "connection is closed", "no route to host",
                "name or service not known", "could not translate host name", "tcp provider")


def _has_hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.exists() and journal.stat().st_size > 0
    except OSError:
        return False
