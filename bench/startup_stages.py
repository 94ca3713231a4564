"""Where the start-up time goes: the steps of ``run_gui`` one after another, each timed.

    .venv/bin/python bench/startup_stages.py DB          # offscreen
    DISPLAY=:1 .venv/bin/python bench/startup_stages.py DB  # on a (virtual) screen

Calls the same functions in the same order as a start of the program
(iq_desktop/app.py: run_gui, _start_loading), but synchronously, so each
step can be timed on its own. Prints one line per step: milliseconds and the
time since the interpreter began importing this script. A profile for the
closing notes, not a benchmark: the figures come from bench/run.py.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()
_marks: list[tuple[str, float]] = []


def _mark(step: str) -> None:
    _marks.append((step, time.perf_counter()))


import os  # noqa: E402
import sys  # noqa: E402

import PySide6.QtWidgets  # noqa: E402, F401

_mark("import PySide6.QtWidgets")


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db_argument = sys.argv[1]

    import iq_desktop.cli as cli

    _mark("import iq_desktop.cli")
    from iq_desktop.logging_setup import configure_logging

    configure_logging()
    _mark("logging")
    settings = cli._settings()  # the start menu's start: no argument parser
    _mark("settings")
    import iq_desktop.app as app_module
    from iq_desktop.context import AppContext

    _mark("import app, window shell")
    app = app_module.make_application()
    _mark("QApplication, translator")
    context = AppContext(settings=settings, db_argument=db_argument)
    window = app_module.MainWindow(context, skeleton_first=True)
    _mark("skeleton window")
    window.show()
    app.processEvents()
    _mark("show, first frame painted")
    window.complete()
    _mark("real panes (Qt enum namespace)")
    from iq_desktop.db.location import resolve_location

    location = resolve_location(context.db_argument, settings.datenbank)
    quick = window.show_quick(location)
    _mark(f"quick read and fill ({window.project_count()} rows, quick={quick})")
    app.processEvents()
    _mark("rows painted")
    import sqlalchemy.orm  # noqa: F401

    _mark("import sqlalchemy.orm")
    import iq_desktop.models

    _mark("import models (mapped classes)")
    import iq_desktop.db.open  # noqa: F401

    _mark("import db layer")
    app_module.open_into_window(window, context, lists_current=quick)
    _mark("open for work (schema check)")
    window.wait_for_rules()
    _mark("rule check in the worker (first ORM queries)")

    previous = _T0
    for step, moment in _marks:
        print(f"{step:48} {1000 * (moment - previous):7.1f} ms   at {1000 * (moment - _T0):6.0f} ms")
        previous = moment
    from iq_desktop.ui import background

    background.join_all()
    if context.database is not None:
        context.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
