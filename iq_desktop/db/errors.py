"""German messages for what the database driver reports (locked, read-only, full, damaged, …).

SQLite's and the database servers' own texts are English and technical; the user
reads what happened and what to do, and the original text goes to the log with the
traceback.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError

from iq_desktop.errors import DatenbankFehler
from iq_desktop.i18n import translate

#: what drivers say when a database server cannot be reached (psycopg; the ODBC driver for SQL Server)
_UNREACHABLE = ("connection refused", "could not translate host name", "timeout expired",
                "could not connect", "no route to host", "server closed the connection", "connection timed out",
                "communication link failure", "connection is closed", "name or service not known",
                "tcp provider")


def _missing(reason: str, kind: str) -> bool:
    """PostgreSQL: 'database "iq" does not exist', 'role "mueller" does not exist'."""
    return f'{kind} "' in reason and "does not exist" in reason


def is_locked(exc: BaseException) -> bool:
    text = str(exc)
    return "database is locked" in text or "database table is locked" in text or "lock timeout" in text


#: driver texts of a database that is away, locked, full, damaged or forbidden: what the user or IT
#: can act on. Anything else (no such table, a syntax error) is a bug and stays one.
_ENVIRONMENTAL = ("locked", "lock timeout", "readonly", "read-only", "unable to open", "permission", "access",
                  "disk is full", "disk i/o", "not a database", "malformed", "corrupt", "authentication failed",
                  "does not exist", "no pg_hba.conf entry")


def is_environmental(exc: DBAPIError) -> bool:
    """Whether a driver error comes from the database's surroundings rather than from the program."""
    reason = str(exc.orig if exc.orig is not None else exc).lower()
    return exc.connection_invalidated or any(sign in reason for sign in (*_ENVIRONMENTAL, *_UNREACHABLE))


def german_database_error(exc: DBAPIError, display: str, *, sqlite_path: Path | None = None) -> DatenbankFehler:
    """The message for a driver error met while opening or reading ``display``."""
    reason = str(exc.orig if exc.orig is not None else exc).lower()
    if sqlite_path is None and any(marker in reason for marker in _UNREACHABLE):
        text = translate("Datenbank", "Der Datenbankserver von „{db}“ ist nicht erreichbar. Bitte die "
                         "Netzwerkverbindung prüfen und erneut versuchen, sonst die IT-Abteilung fragen.")
    elif sqlite_path is None and _missing(reason, "database"):
        text = translate("Datenbank", "Die Datenbank „{db}“ gibt es auf dem Server nicht. Bitte die Adresse "
                         "prüfen oder die Datenbankverwaltung fragen.")
    elif sqlite_path is None and ("authentication failed" in reason or "no pg_hba.conf entry" in reason
                                  or _missing(reason, "role")):
        text = translate("Datenbank", "Der Datenbankserver hat die Anmeldung für „{db}“ abgelehnt. Bitte "
                         "Benutzername und Rechte von der Datenbankverwaltung prüfen lassen.")
    elif sqlite_path is None and "permission denied" in reason:
        text = translate("Datenbank", "Auf dem Datenbankserver fehlen Rechte für „{db}“. Bitte die "
                         "Datenbankverwaltung fragen (nach einem Update richtet sie mit „iq-desktop migrate“ "
                         "den neuen Schemastand ein).")
    elif "locked" in reason or "lock timeout" in reason:
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
    else:
        text = translate("Datenbank", "Die Datenbank „{db}“ meldet einen Fehler. Einzelheiten stehen im "
                         "Protokoll; bitte die IT-Abteilung fragen.")
    return DatenbankFehler(text.format(db=display))



def _has_hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.exists() and journal.stat().st_size > 0
    except OSError:
        return False
