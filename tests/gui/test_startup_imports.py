"""The window must appear before the database layer is imported (start-up rule)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_importing_the_main_window_leaves_the_database_layer_unloaded() -> None:
    code = textwrap.dedent(
        """
        import sys
        import iq_desktop.ui.main_window
        loaded = sorted(
            name for name in sys.modules
            if name == "sqlalchemy" or name.startswith(("sqlalchemy.", "alembic", "iq_desktop.db"))
            or name in ("iq_desktop.services.portfolio", "iq_desktop.services.rules",
                        "iq_desktop.services.terminology", "iq_desktop.services.validate")
        )
        print(",".join(loaded))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "sqlalchemy" not in result.stdout.split(","), result.stdout
    assert result.stdout.strip() == "", f"loaded too early: {result.stdout.strip()}"


def test_building_the_window_before_the_database_leaves_the_database_layer_unloaded() -> None:
    code = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from iq_desktop.app import make_application
        from iq_desktop.context import AppContext
        from iq_desktop.settings import Settings
        from iq_desktop.ui.main_window import MainWindow
        app = make_application()
        window = MainWindow(AppContext(settings=Settings()))
        window.show()
        app.processEvents()
        print("sqlalchemy" in sys.modules)
        window.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_quick_start_module_never_imports_sqlalchemy() -> None:
    code = textwrap.dedent(
        """
        import sys
        import iq_desktop.services.quick_start
        import iq_desktop.ui.portfolio_loader
        print("sqlalchemy" in sys.modules, "iq_desktop.models" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_program_paints_frame_then_rows_before_importing_sqlalchemy(tmp_path, db, portfolio) -> None:
    """The real program, started as a user starts it, logs its start-up moments (bench/README.md).

    The first frame and the filled list come before SQLAlchemy is imported; then
    the database is opened for work and the rule findings are counted.
    """
    import json
    import os
    import time

    db_file = db.location.sqlite_path
    db.close()
    moments = tmp_path / "moments.jsonl"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IQ_DESKTOP_BENCH_LOG": str(moments)}
    process = subprocess.Popen([sys.executable, "-m", "iq_desktop", "--db", str(db_file)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        events: dict[str, dict] = {}
        while "ready" not in events:
            assert process.poll() is None, process.communicate()[1].decode()
            assert time.monotonic() < deadline, f"no 'ready' logged: {events}"
            time.sleep(0.05)
            if moments.exists():
                for line in moments.read_text(encoding="utf-8").splitlines(keepends=True):
                    if not line.endswith("\n"):
                        break  # still being written
                    record = json.loads(line)
                    events.setdefault(record["event"], record)
    finally:
        process.terminate()
        process.communicate(timeout=30)

    first, rows, ready = events["first_paint"], events["rows_visible"], events["ready"]
    assert first["t"] <= rows["t"] <= ready["t"]
    assert first["rows"] == 0 and not first["sqlalchemy_loaded"]
    assert rows["rows"] == 7 and not rows["sqlalchemy_loaded"]
    assert ready["sqlalchemy_loaded"] and ready["heavy_loaded"] == []  # no Alembic, openpyxl, python-docx


def test_the_first_frame_needs_neither_the_panes_nor_qts_enum_namespace() -> None:
    """run_gui paints a skeleton first; the panes (and Qt's 30 ms enum namespace) follow with the data."""
    code = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from iq_desktop.app import make_application
        from iq_desktop.context import AppContext
        from iq_desktop.settings import Settings
        from iq_desktop.ui.main_window import MainWindow
        app = make_application()
        window = MainWindow(AppContext(settings=Settings()), skeleton_first=True)
        window.show()
        app.processEvents()
        import PySide6.QtCore
        panes = sorted(m for m in sys.modules if m.startswith(("iq_desktop.ui.navigation", "iq_desktop.ui.projects",
                                                                "iq_desktop.services.read_models")))
        print(",".join(panes) or "-", "Qt" in vars(PySide6.QtCore))
        window.complete()
        print(window.completed, window.navigation.label.text(), "Qt" in vars(PySide6.QtCore))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.strip().splitlines()[-2:]
    assert first == "- False", first
    assert second == "True &Navigation True", second
