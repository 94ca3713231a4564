"""Logging to a rotating file in the user log folder; tracebacks go there, never on screen."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from iq_desktop import paths

_configured: Path | None = None


def configure_logging(level: int = logging.INFO) -> Path:
    """Send log records to the log file (idempotent) and return its path."""
    global _configured
    target = paths.log_file()
    if _configured == target:
        return target
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_iq_desktop", False):
            root.removeHandler(handler)
            handler.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        # A read-only profile must not stop the program; log to nowhere rather than crash.
        handler = logging.NullHandler()
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    handler._iq_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    _configured = target
    return target
