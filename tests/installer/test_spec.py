"""The PyInstaller spec (installer/iq-desktop.spec) builds one folder with two executables.

The spec is executed with PyInstaller's build classes replaced by recorders, so the test
needs neither PyInstaller nor a build: it sees what the spec asks PyInstaller to do.
scripts/build-bundle.sh and scripts/check-bundle.sh (run by .ci/run) build and run the real one.
"""

from __future__ import annotations

import importlib.util
import runpy
import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "iq-desktop.spec"


class Recorder:
    """Stands in for Analysis, PYZ, EXE and COLLECT: keeps its arguments."""

    calls: ClassVar[list[Recorder]]

    def __init__(self, *args, **kwargs) -> None:
        self.args = args
        self.kwargs = kwargs
        type(self).calls.append(self)


def _recorder(name: str, **attributes) -> type[Recorder]:
    return type(name, (Recorder,), {"calls": [], **attributes})


class FakeAnalysis(Recorder):
    """Gives the spec a few plausible entries to filter."""

    calls: ClassVar[list[Recorder]] = []

    def __init__(self, scripts, **kwargs) -> None:
        super().__init__(scripts, **kwargs)
        self.pure = []
        hooks = [("pyiboot01_bootstrap", "/x/pyiboot01_bootstrap.py", "PYSOURCE"),
                 ("pyi_rth_pyside6", "/x/pyi_rth_pyside6.py", "PYSOURCE")]
        self.scripts = hooks + [(Path(script).stem, script, "PYSOURCE") for script in scripts]
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/src/libqoffscreen.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/src/libqeglfs.so", "BINARY"),
            ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
            ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", "/src/libqtuiotouchplugin.so", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "/src/libqjpeg.so", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/src/libqpdf.so", "BINARY"),
            ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", "C:/src/qwindows.dll", "BINARY"),
            ("PySide6\\Qt\\plugins\\platforms\\qdirect2d.dll", "C:/src/qdirect2d.dll", "BINARY"),
            ("PySide6\\opengl32sw.dll", "C:/src/opengl32sw.dll", "BINARY"),
        ]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_en.qm", "/src/qtbase_en.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_fr.qm", "/src/qtbase_fr.qm", "DATA"),
            ("PySide6/Qt/translations/qt_de.qm", "/src/qt_de.qm", "DATA"),
            ("PySide6/Qt/qml/QtQuick/qmldir", "/src/qmldir", "DATA"),
            ("docx/templates/default.docx", "/src/default.docx", "DATA"),
        ]


def _fake_pyinstaller(monkeypatch: pytest.MonkeyPatch, imports: dict[str, list[str]]) -> None:
    """PyInstaller's modules the spec imports: bindepend (Linux) and versioninfo (Windows)."""
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda source: [(name, None) for name in imports.get(source, [])]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                 "VarFileInfo", "VarStruct"):
        setattr(versioninfo, name, type(name, (), {"__init__": lambda self, *a, **k: setattr(self, "a", (a, k))}))
    modules = {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.win32": types.ModuleType("PyInstaller.utils.win32"),
        "PyInstaller.utils.win32.versioninfo": versioninfo,
    }
    modules["PyInstaller.depend"].bindepend = bindepend
    modules["PyInstaller.utils.win32"].versioninfo = versioninfo
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)


def run_spec(monkeypatch: pytest.MonkeyPatch, *, platform: str = "linux",
             imports: dict[str, list[str]] | None = None, analysis: type[FakeAnalysis] = FakeAnalysis) -> dict:
    _fake_pyinstaller(monkeypatch, imports or {})
    monkeypatch.setattr(sys, "platform", platform)
    analysis.calls = []
    names = {"Analysis": analysis, "PYZ": _recorder("PYZ"), "EXE": _recorder("EXE"), "COLLECT": _recorder("COLLECT")}
    return runpy.run_path(str(SPEC), init_globals={"SPECPATH": str(SPEC.parent), **names})


def test_one_folder_with_a_windowed_and_a_console_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = run_spec(monkeypatch)
    exes = spec["EXE"].calls
    assert len(exes) == 2
    by_console = {exe.kwargs["console"]: exe for exe in exes}
    assert by_console[False].kwargs["name"] == "IQ-Desktop"
    assert by_console[True].kwargs["name"] == "iq-desktop-konsole"
    # different in more than case: on Windows IQ-Desktop.exe and iq-desktop.exe are one file
    assert len({exe.kwargs["name"].lower() for exe in exes}) == 2
    for exe in exes:
        assert exe.kwargs["exclude_binaries"] is True  # one folder: libraries go to COLLECT
        assert exe.kwargs["upx"] is False
        assert exe.kwargs.get("uac_admin") is False
        assert "onefile" not in str(exe.kwargs).lower()
    (collect,) = spec["COLLECT"].calls
    assert collect.args[:2] == (by_console[False], by_console[True])
    assert collect.kwargs["name"] == "IQ-Desktop"


def test_each_executable_runs_its_own_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = run_spec(monkeypatch)
    by_name = {exe.kwargs["name"]: [entry[0] for entry in exe.args[1]] for exe in spec["EXE"].calls}
    assert by_name["IQ-Desktop"] == ["pyiboot01_bootstrap", "pyi_rth_pyside6", "launch_gui"]
    assert by_name["iq-desktop-konsole"] == ["pyiboot01_bootstrap", "pyi_rth_pyside6", "launch_console"]
    assert "main_gui()" in (ROOT / "installer" / "launch_gui.py").read_text(encoding="utf-8")
    assert "sys.exit(main())" in (ROOT / "installer" / "launch_console.py").read_text(encoding="utf-8")


def test_unused_qt_modules_and_python_tools_are_excluded(monkeypatch: pytest.MonkeyPatch) -> None:
    (analysis,) = run_spec(monkeypatch)["Analysis"].calls
    excludes = set(analysis.kwargs["excludes"])
    for module in ("QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "QtWebEngineWidgets", "QtMultimedia",
                   "Qt3DCore", "QtPdf", "QtOpenGL", "QtCharts", "QtSql", "QtTest"):
        assert f"PySide6.{module}" in excludes
    for used in ("QtCore", "QtGui", "QtWidgets"):
        assert f"PySide6.{used}" not in excludes
    assert {"tkinter", "unittest", "pytest"} <= excludes


def test_only_needed_plugins_and_german_english_qt_translations_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = run_spec(monkeypatch)
    analysis = spec["a"]
    binaries = {entry[0].replace("\\", "/").rsplit("/", 1)[-1] for entry in analysis.binaries}
    assert binaries == {"libqxcb.so", "libqoffscreen.so", "libqjpeg.so", "qwindows.dll"}
    datas = {entry[0].rsplit("/", 1)[-1] for entry in analysis.datas}
    assert datas == {"qtbase_de.qm", "qtbase_en.qm", "default.docx"}


def test_libraries_only_removed_plugins_needed_are_dropped_on_linux(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    def source(name: str) -> str:
        (tmp_path / name).touch()
        return str(tmp_path / name)

    class WithLibraries(FakeAnalysis):
        def __init__(self, scripts, **kwargs) -> None:
            super().__init__(scripts, **kwargs)
            self.binaries = [
                ("PySide6/Qt/plugins/platforms/libqxcb.so", source("libqxcb.so"), "BINARY"),
                ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", source("libqgtk3.so"), "BINARY"),
                ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", source("libqtuiotouchplugin.so"), "BINARY"),
                ("libcairo.so.2", source("libcairo.so.2"), "BINARY"),  # needed by qgtk3 only
                ("libxkbcommon.so.0", source("libxkbcommon.so.0"), "BINARY"),  # needed by qxcb
                ("PySide6/Qt/lib/libQt6Network.so.6", source("libQt6Network.so.6"), "BINARY"),  # by tuiotouch
                ("libpython3.11.so.1.0", source("libpython3.11.so.1.0"), "BINARY"),  # loaded by the bootloader
            ]

            self.datas = [
                ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
                ("libxkbcommon.so.0.0", "libxkbcommon.so.0", "SYMLINK"),
            ]

    spec = run_spec(monkeypatch, analysis=WithLibraries, imports={
        str(tmp_path / "libqxcb.so"): ["libxkbcommon.so.0"],
        str(tmp_path / "libqgtk3.so"): ["libcairo.so.2"],
        str(tmp_path / "libqtuiotouchplugin.so"): ["libQt6Network.so.6"],
    })
    kept = {entry[0] for entry in spec["a"].binaries}
    assert kept == {"PySide6/Qt/plugins/platforms/libqxcb.so", "libxkbcommon.so.0", "libpython3.11.so.1.0"}
    # a link to a dropped library goes with it
    assert [entry[0] for entry in spec["a"].datas] == ["libxkbcommon.so.0.0"]


def test_data_files_for_migrations_templates_icon_and_the_guide(monkeypatch: pytest.MonkeyPatch) -> None:
    (analysis,) = run_spec(monkeypatch)["Analysis"].calls
    datas = {(Path(source).relative_to(ROOT).as_posix(), target.replace("\\", "/"))
             for source, target in analysis.kwargs["datas"]}
    assert ("iq_desktop/db/migrations/env.py", "iq_desktop/db/migrations") in datas
    for version in (ROOT / "iq_desktop" / "db" / "migrations" / "versions").glob("*.py"):
        assert (f"iq_desktop/db/migrations/versions/{version.name}", "iq_desktop/db/migrations/versions") in datas
    assert ("iq_desktop/resources/vorlagen/sachstandsbericht.docx", "iq_desktop/resources/vorlagen") in datas
    assert ("iq_desktop/resources/icons/iq-desktop.png", "iq_desktop/resources/icons") in datas
    screenshots = {source for source, target in datas if target == "docs/screenshots"}
    assert screenshots and all(source.endswith(".png") for source in screenshots)
    guide = ROOT / "docs" / "benutzerhandbuch.md"
    assert (("docs/benutzerhandbuch.md", "docs") in datas) == guide.is_file()
    assert not any("__pycache__" in source for source, _ in datas)


def test_server_drivers_only_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name in ("pyodbc", "psycopg", "psycopg_binary")
                        else real_find_spec(name, *a))
    (analysis,) = run_spec(monkeypatch)["Analysis"].calls
    hidden = analysis.kwargs["hiddenimports"]
    assert not {"pyodbc", "psycopg"} & set(hidden)
    assert "sqlalchemy.dialects.mssql" in hidden and "alembic.op" in hidden

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
    (analysis,) = run_spec(monkeypatch)["Analysis"].calls
    assert {"pyodbc", "psycopg"} <= set(analysis.kwargs["hiddenimports"])


def test_windows_gets_the_icon_and_a_version_resource_from_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from iq_desktop import __version__

    spec = run_spec(monkeypatch, platform="win32")
    for exe in spec["EXE"].calls:
        assert Path(exe.kwargs["icon"]) == ROOT / "resources" / "icons" / "iq-desktop.ico"
        assert Path(exe.kwargs["icon"]).is_file()
        fixed = exe.kwargs["version"].a[1]["ffi"]
        numbers = tuple(int(part) for part in __version__.split(".")[:4])
        assert fixed.a[1]["filevers"][: len(numbers)] == numbers
        assert exe.kwargs["strip"] is False
    linux = run_spec(monkeypatch, platform="linux")
    assert all("icon" not in exe.kwargs and "version" not in exe.kwargs for exe in linux["EXE"].calls)
