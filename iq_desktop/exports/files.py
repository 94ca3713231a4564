"""Writing an export's file: into a temporary file beside the target, renamed at the end.

A failed export never leaves a half-written file behind, and an existing file
stays as it was until the new one is complete. The errors a user can act on
(the file is open in Excel, the folder is missing or read-only, the disk is
full) become :class:`ExportFehler` with a German message.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from iq_desktop.errors import IQError
from iq_desktop.i18n import translate

log = logging.getLogger(__name__)



class ExportFehler(IQError):
    """The export's file could not be written; the message says why and what to do."""


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise ExportFehler(translate("Export", "„{ziel}“ ist ein Ordner. Bitte einen Dateinamen angeben.")
                           .format(ziel=path))
    folder = path.parent
    if not folder.is_dir():
        raise ExportFehler(translate("Export", "Den Ordner „{ordner}“ gibt es nicht. Bitte einen vorhandenen Ordner "
                                               "wählen.").format(ordner=folder))


def _write_error(exc: OSError, path: Path, *, renaming: bool) -> ExportFehler:
    if exc.errno == errno.ENOSPC:
        return ExportFehler(translate("Export", "Auf dem Laufwerk von „{ziel}“ ist kein Platz mehr. Bitte Platz "
                                                "schaffen oder ein anderes Ziel wählen.").format(ziel=path))
    if isinstance(exc, PermissionError) and renaming:
        # Windows refuses to replace a file that Excel or Word holds open
        return ExportFehler(translate("Export", "„{ziel}“ kann nicht überschrieben werden – die Datei ist vermutlich "
                                                "noch geöffnet (etwa in Excel oder Outlook) oder schreibgeschützt. "
                                                "Bitte schließen und noch einmal exportieren.").format(ziel=path))
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return ExportFehler(translate("Export", "In den Ordner „{ordner}“ darf nicht geschrieben werden. Bitte einen "
                                                "anderen Ordner wählen.").format(ordner=path.parent))
    # the system's own wording would be English: name the file, keep the details for the log
    log.warning("writing %s failed", path, exc_info=exc)
    return ExportFehler(translate("Export", "„{ziel}“ konnte nicht geschrieben werden (Fehler {code} des Systems). "
                                  "Bitte ein anderes Ziel wählen.").format(ziel=path, code=exc.errno or "?"))


def write_replacing(path: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside ``path``, then put it in place of ``path``.

    The temporary file lies in the same folder so the final rename is atomic
    and never crosses drives. Anything ``write`` raises (or an interruption)
    removes the temporary file and leaves ``path`` untouched.
    """
    path = Path(path)
    _check_target(path)
    # not mkstemp: its file is readable by its owner only, and a report in a shared folder is for the team
    temporary = path.with_name(f".~{path.stem}-{secrets.token_hex(4)}{path.suffix}.tmp")
    try:
        temporary.open("xb").close()
    except OSError as exc:
        raise _write_error(exc, path, renaming=False) from exc
    try:
        try:
            write(temporary)
        except OSError as exc:
            raise _write_error(exc, path, renaming=False) from exc
        try:
            os.replace(temporary, path)
        except OSError as exc:
            raise _write_error(exc, path, renaming=True) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    log.info("export written: %s", path)
    return path
