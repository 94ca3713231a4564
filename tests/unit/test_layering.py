"""The domain library never imports Qt widgets; the command line starts without Qt or SQLAlchemy.

``iq_desktop.charts`` is the one exception outside the UI that may use QtGui
(painting text needs it), never QtWidgets; the exports import it only when
they draw.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import iq_desktop

_BLOCK_WIDGETS = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.startswith(("PySide6.QtWidgets", "PySide6.QtGui")):
            raise ImportError(f"{name} must not be imported here")
        return None
sys.meta_path.insert(0, Block())
"""


def _non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(iq_desktop.__path__, "iq_desktop."):
        if info.name.startswith(("iq_desktop.ui", "iq_desktop.charts")) or info.name in (
                "iq_desktop.app", "iq_desktop.__main__"):
            continue
        if ".migrations" in info.name:
            continue
        names.append(info.name)
    return names


def test_models_services_db_and_exports_import_without_qt_widgets() -> None:
    modules = _non_ui_modules()
    assert {"iq_desktop.models", "iq_desktop.services.rules", "iq_desktop.db.open"} <= set(modules)
    code = _BLOCK_WIDGETS + "".join(f"import {name}\n" for name in modules) + (
        "assert not any(m.startswith('PySide6.QtWidgets') for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_charts_use_qtgui_but_never_widgets() -> None:
    charts = [info.name for info in pkgutil.walk_packages(iq_desktop.__path__, "iq_desktop.")
              if info.name.startswith("iq_desktop.charts")]
    assert "iq_desktop.charts.timeline" in charts
    code = _BLOCK_WIDGETS.replace('("PySide6.QtWidgets", "PySide6.QtGui")', '("PySide6.QtWidgets",)') + "".join(
        f"import {name}\n" for name in charts)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_command_line_module_imports_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, iq_desktop.cli\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'alembic')]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
