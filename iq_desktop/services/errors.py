"""Domain errors with German messages (see :mod:`iq_desktop.errors`)."""

from __future__ import annotations

from iq_desktop.errors import IQError


class DomainError(IQError):
    """A use case refused its input. ``feld`` names the form field at fault, if one is."""

    def __init__(self, message: str, *, feld: str | None = None) -> None:
        super().__init__(message)
        self.feld = feld


class NichtGefunden(DomainError):
    """The object the caller named no longer exists (deleted by someone else, or a wrong id)."""

