"""Logging to a file in the user log folder; tracebacks go there, never on screen.

The file is rotated when the program starts, not while it runs: on Windows a
second IQ Desktop (or the command line beside the window) keeps the file open,
and renaming an open file fails there. Rotating at start also spares the start-up
the import of ``logging.handlers`` (sockets, pickle, queues).
"""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

from iq_desktop import paths

_configured: Path | None = None


def configure_logging(level: int = logging.INFO) -> Path:
    """Send log records to the log file (idempotent) and return its path.

    When the user's log file cannot be written (created by an administrator,
    a read-only profile), a file in the temporary folder takes over; logging
    itself never prints tracebacks on the user's screen.
    """
    global _configured
    logging.raiseExceptions = False
    preferred = paths.log_file()
    if _configured is not None and _configured in (preferred, _fallback()):
        return _configured
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_iq_desktop", False):
            root.removeHandler(handler)
            handler.close()
    target, handler = _open_handler(preferred) or _open_handler(_fallback()) or (preferred, logging.NullHandler())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._iq_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line per migration step is noise
    _configured = target
    return target


def current_log_file() -> Path | None:
    """The file this process logs to: the usual one or the fallback in the temp folder; None before
    :func:`configure_logging` (or when the user folders changed since, as between tests)."""
    if _configured is not None and _configured in (paths.log_file(), _fallback()):
        return _configured
    return None


def _open_handler(target: Path) -> tuple[Path, logging.Handler] | None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8"):
            pass  # fail here, not at the first record, when the file is not writable
        _rotate_if_large(target)
        return target, logging.FileHandler(target, encoding="utf-8")
    except OSError:
        return None


MAX_BYTES = 2_000_000
BACKUPS = 3


def _rotate_if_large(target: Path) -> None:
    """``iq-desktop.log`` → ``.log.1`` → … ``.log.3`` once the file exceeds ``MAX_BYTES``.

    The live file is moved aside first: when another instance holds it open (Windows),
    that fails and nothing else is touched, so no older log is lost.
    """
    try:
        if target.stat().st_size < MAX_BYTES:
            return
        aside = target.with_name(f"{target.name}.rotating")
        target.replace(aside)
    except OSError:
        return  # in use elsewhere: keep appending, rotate at a later start
    try:
        for number in range(BACKUPS - 1, 0, -1):
            older = target.with_name(f"{target.name}.{number}")
            if older.exists():
                older.replace(target.with_name(f"{target.name}.{number + 1}"))
        aside.replace(target.with_name(f"{target.name}.1"))
    except OSError:
        pass  # a backup in use: the moved-aside log stays as .rotating, nothing is lost


def _fallback() -> Path:
    import tempfile

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unbekannt"
    return Path(tempfile.gettempdir()) / f"iq-desktop-{user}.log"
