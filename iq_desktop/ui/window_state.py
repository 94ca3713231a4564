"""The window's layout remembered between starts: size and place, and the panes' splits.

The list's column widths are not kept: they fit their contents until the user drags
a border, and a stored width would freeze a fit made for other data.

Kept beside the settings (``fenster.json`` in the platformdirs config folder),
not in them: it changes at every close and is nothing IT presets. A missing or
unreadable file means the default layout; failing to write it is logged, never
shown.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from iq_desktop import paths

if TYPE_CHECKING:
    from iq_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def state_file() -> Path:
    return paths.config_dir() / "fenster.json"


def _read() -> dict[str, str]:
    try:
        raw = json.loads(state_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.info("window layout not restored: %s", exc)
        return {}
    return {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(raw, dict) else {}


def _bytes(value: str | None) -> QByteArray | None:
    if not value:
        return None
    try:
        return QByteArray(base64.b64decode(value, validate=True))
    except ValueError:
        return None


def restore_geometry(window: MainWindow) -> bool:
    """Size and place as at the last close (before the window is shown)."""
    data = _bytes(_read().get("geometrie"))
    return data is not None and window.restoreGeometry(data)


def restore_panes(window: MainWindow) -> None:
    """The splits between navigation and content, and between list and details (after the panes are built)."""
    state = _read()
    for key, widget in (("hauptteiler", window.main_splitter), ("listenteiler", window.work_splitter)):
        data = _bytes(state.get(key))
        if data is not None:
            widget.restoreState(data)


def save(window: MainWindow) -> None:
    if not window.completed:
        return
    state = {
        "geometrie": window.saveGeometry(),
        "hauptteiler": window.main_splitter.saveState(),
        "listenteiler": window.work_splitter.saveState(),
    }
    text = json.dumps({k: base64.b64encode(bytes(v.data())).decode("ascii") for k, v in state.items()})
    target = state_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".neu")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:
        log.warning("window layout not saved: %s", exc)
