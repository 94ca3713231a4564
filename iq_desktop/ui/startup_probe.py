"""Start-up moments for the benchmark suite, logged only when ``IQ_DESKTOP_BENCH_LOG`` names a file.

Three moments are logged (bench/README.md):

* ``first_paint``: the main window's first frame has been painted and flushed to
  the screen (frame, navigation, the list saying it is loading);
* ``rows_visible``: the project list has been painted holding its rows;
* ``ready``: the database is open for work and the status line complete
  (the benchmark reads the peak memory then).

Each is one JSON line with the wall-clock time (``time.time()``, comparable with
the launcher's clock on the same machine), the rows in the list and whether the
database layer (SQLAlchemy) had been imported by then. A moment counts after the
paint event: the flush to the screen follows within the same event-loop turn,
a millisecond later, and the floor scripts in bench/ take the same moment.
Without the variable nothing is installed.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

ENV_VAR = "IQ_DESKTOP_BENCH_LOG"
_HEAVY = ("alembic", "openpyxl", "docx", "iq_desktop.exports")


class _StartupProbe(QObject):
    """Filters the window's paint events, later its list's: nothing application-wide.

    An application-wide Python event filter would itself delay the first frame
    by some 30 ms (every event of every widget through Python).
    """

    def __init__(self, log_path: Path, window: QWidget) -> None:
        super().__init__(window)
        self._log_path = log_path
        self._window = window
        self._viewport: QWidget | None = None
        self._painted_once = False
        self._rows_logged = False
        window.installEventFilter(self)
        for signal, handler in (("panes_built", self._watch_list), ("ready", lambda: self._record("ready"))):
            if hasattr(window, signal):
                getattr(window, signal).connect(handler)

    def _watch_list(self) -> None:
        self._viewport = self._window.projects.table.viewport()  # type: ignore[attr-defined]
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self._painted_once:
                self._painted_once = True
                self._record("first_paint")
            if watched is self._viewport and not self._rows_logged and self._rows() > 0:
                self._rows_logged = True
                self._record("rows_visible")
        return False

    def _rows(self) -> int:
        if self._viewport is None:  # still the skeleton
            return 0
        model = self._window.projects.table.model()  # type: ignore[attr-defined]
        return model.rowCount() if model is not None else 0

    def _record(self, event: str) -> None:
        now = time.time()
        line = {
            "event": event,
            "t": now,
            "rows": self._rows(),
            "sqlalchemy_loaded": "sqlalchemy" in sys.modules,
            "alembic_loaded": "alembic" in sys.modules,
            # what only a migration or an export needs must not be loaded to show the portfolio
            "heavy_loaded": sorted(m for m in _HEAVY if m in sys.modules),
            "pid": os.getpid(),
        }
        try:
            with self._log_path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(line) + "\n")
        except OSError:
            pass  # a benchmark aid must never disturb the program


def install_if_requested(window: QWidget) -> None:
    """Attach the probe to ``window`` (its list: ``window.projects.table``) when the benchmark variable is set."""
    target = os.environ.get(ENV_VAR)
    if target:
        _StartupProbe(Path(target), window)
