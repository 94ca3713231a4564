"""Shared by the floor scripts: log the first painted frame like iq_desktop.ui.startup_probe does.

Kept free of any import beyond Qt and the standard library, so the floors stay bare.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject


class FirstPaintLog(QObject):
    """Write one JSON line at the first paint event of ``widget`` (as the program's probe does)."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self._done = False
        self._target = os.environ.get("IQ_DESKTOP_BENCH_LOG")
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            self._record()
        return False

    def _record(self) -> None:
        if not self._target:
            return
        loaded = "true" if "sqlalchemy" in sys.modules else "false"
        line = (f'{{"event": "first_paint", "t": {time.time()!r}, "rows": 0, '
                f'"sqlalchemy_loaded": {loaded}, "pid": {os.getpid()}}}')
        with open(self._target, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
