"""The one error type that carries a German message for the user.

Every layer raises a subclass of :class:`IQError` for anything a user or IT
can act on; the command line prints ``message`` as one line, the GUI shows it
in a dialog. Anything else is a bug: its traceback goes to the log file.
"""

from __future__ import annotations


class IQError(Exception):
    """An error with a German, actionable message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatenbankFehler(IQError):
    """The database cannot be opened or used as asked (missing, foreign, too new, …)."""


class MigrationNoetig(DatenbankFehler):
    """The database is older than the program and a read-only command met it."""


class VersionKonflikt(IQError):
    """A save met a newer stored version: someone else saved in between, and nothing was written.

    Carries what the compare dialog needs: which row, the version the form was
    loaded with, the stored one, and who changed it last (from the audit trail).
    """

    def __init__(
        self,
        message: str,
        *,
        objekt_typ: str,
        objekt_id: object,
        erwartet: int | None,
        gespeichert: int | None,
        geaendert_von: str | None = None,
    ) -> None:
        super().__init__(message)
        self.objekt_typ = objekt_typ
        self.objekt_id = objekt_id
        self.erwartet = erwartet
        self.gespeichert = gespeichert
        self.geaendert_von = geaendert_von
