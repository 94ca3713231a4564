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
