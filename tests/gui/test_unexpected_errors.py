"""No traceback on screen: uncaught errors go to the log and a German message names it; the windowed
program (no console) shows a start error in a box."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from iq_desktop import app, cli, logging_setup
from iq_desktop.settings import settings_file
from iq_desktop.ui import dialogs


def test_an_uncaught_error_is_logged_and_said_in_german(qapp, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_unexpected_error", lambda parent, action: shown.append(action))
    log_file = logging_setup.configure_logging()
    app._install_excepthook()
    try:
        raise ZeroDivisionError("Probe für das Protokoll")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert shown == ["Die letzte Aktion"]
    assert "Traceback" in log_file.read_text(encoding="utf-8")
    assert "Probe für das Protokoll" in log_file.read_text(encoding="utf-8")
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_the_message_names_the_log_in_use(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's log folder was not writable, so the log went to the temp folder: the message says so."""
    fallback = logging_setup._fallback()
    monkeypatch.setattr(logging_setup, "_configured", fallback)
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: seen.append(text))
    dialogs.show_unexpected_error(None, "Das Speichern")
    assert seen[0].startswith("Das Speichern ist an einem unerwarteten Fehler gescheitert.")
    assert str(fallback) in seen[0]


def test_windowed_start_error_shows_a_box(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    settings_file().write_text("{ kaputt", encoding="utf-8")
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(sys, "stderr", None)  # pythonw.exe: no console
    monkeypatch.setattr(sys, "argv", ["IQ-Desktop.exe"])  # started from the start menu
    assert cli.main_gui() == cli.EXIT_ERROR
    assert boxes and boxes[0][0] == "IQ Desktop – Start nicht möglich"
    assert "nicht lesbar" in boxes[0][1] and "einstellungen.json" in boxes[0][1]
