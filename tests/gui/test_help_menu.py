"""The Hilfe menu: About names version, database, licence and components; the guide and the log open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from iq_desktop import __version__
from iq_desktop.ui import dialogs, help_menu
from iq_desktop.ui.main_window import MainWindow


def test_about_names_version_database_log_licence_and_components(window: MainWindow, db,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: seen.append(text))
    window.action_about.trigger()
    text = seen[0]
    assert f"IQ Desktop {__version__}" in text
    assert str(db.location.display) in text  # the database in use
    assert "Lizenz" in text and "Stadt Karlsruhe" in text
    for component in ("PySide6-Essentials", "SQLAlchemy", "openpyxl", "python-docx"):
        assert component in text
    assert "LGPL" in text and "MIT" in text  # their licences, read from the installed packages
    assert str(help_menu.log_path()) in text


def test_the_user_guide_opens_inside_the_program(window: MainWindow, qtbot) -> None:
    assert help_menu.user_guide_path().is_file(), "docs/benutzerhandbuch.md is shipped with the program"
    window.action_guide.trigger()
    guide = window.guide_window
    qtbot.waitUntil(guide.isVisible)
    text = guide.browser.toPlainText()
    assert "IQ Desktop" in text and len(text) > 2000
    assert guide.windowTitle() == "Benutzerhandbuch – IQ Desktop"
    # the screenshots (1,440 px) fit the text's width: no sideways scrolling in a 900 px window
    qtbot.waitUntil(lambda: guide.browser.horizontalScrollBar().maximum() == 0)
    assert guide.browser.viewport().width() < 1000
    window.action_guide.trigger()  # a second time: the same window, raised
    assert window.guide_window is guide
    guide.close()


def test_a_missing_guide_is_a_german_message(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    said: list[str] = []
    monkeypatch.setattr(help_menu, "user_guide_path", lambda: tmp_path / "fehlt.md")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: said.append(message))
    window.action_guide.trigger()
    assert said and "Benutzerhandbuch wurde nicht gefunden" in said[0] and "fehlt.md" in said[0]


def test_open_log_opens_the_file_or_says_where_it_is(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    log = tmp_path / "iq-desktop.log"
    monkeypatch.setattr(help_menu, "log_path", lambda: log)
    said: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, message: said.append(message))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)

    window.action_log.trigger()  # no log yet
    assert opened == [] and "noch kein Protokoll" in said[-1] and str(log) in said[-1]

    log.write_text("eintrag\n", encoding="utf-8")
    window.action_log.trigger()
    assert opened == [str(log)]

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no program for .log files
    window.action_log.trigger()
    assert "ließ sich nicht öffnen" in said[-1] and str(log) in said[-1]
