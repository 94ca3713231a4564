"""Logging to a rotating file in the user log folder; tracebacks go there, never on screen."""

from __future__ import annotations

import getpass
import logging
import logging.handlers
import tempfile
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


def _open_handler(target: Path) -> tuple[Path, logging.Handler] | None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8"):
            pass  # fail here, not at the first record, when the file is not writable
        return target, logging.handlers.RotatingFileHandler(
            target, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None


def _fallback() -> Path:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unbekannt"
    return Path(tempfile.gettempdir()) / f"iq-desktop-{user}.log"
