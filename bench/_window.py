"""The real main window on a database, in process, for the in-process benchmarks."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any


def settle(app: Any) -> None:
    """Let the rule count that follows every load finish, outside the timed part."""
    from iq_desktop.ui import background

    while background.pending():
        app.processEvents()
        time.sleep(0.005)


def open_main_window(db: Path) -> tuple[Any, Any, Any] | None:
    """(application, window, context) with ``db`` open for work and its lists shown; None if it cannot open."""
    from iq_desktop.app import make_application, open_into_window
    from iq_desktop.context import AppContext
    from iq_desktop.settings import Settings
    from iq_desktop.ui.main_window import MainWindow

    app = make_application(offscreen_ok=True)
    context = AppContext(settings=Settings(), db_argument=str(db))
    window = MainWindow(context)
    window.resize(1440, 880)
    window.show()
    app.processEvents()
    if not open_into_window(window, context):
        return None
    settle(app)
    return app, window, context
