"""The log file is rotated at start once it grows too large, keeping three older files."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from iq_desktop import logging_setup, paths


@pytest.fixture
def fresh_logging():
    logging_setup._configured = None
    yield
    logging_setup._configured = None
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_iq_desktop", False):
            root.removeHandler(handler)
            handler.close()


def _large_log_with_backups(monkeypatch) -> Path:
    """A log past the size limit and three older ones: "eins", "zwei", "drei"."""
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 100)
    log_file = paths.log_file()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    log_file.write_text("jetzt\n" * 50, encoding="utf-8")
    for number, text in ((1, "eins"), (2, "zwei"), (3, "drei")):
        log_file.with_name(f"{log_file.name}.{number}").write_text(text, encoding="utf-8")
    return log_file


def test_large_log_is_rotated_at_start_and_old_ones_shift(fresh_logging, monkeypatch) -> None:
    log_file = _large_log_with_backups(monkeypatch)

    assert logging_setup.configure_logging() == log_file
    logging.getLogger("test").warning("neue Sitzung")
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert "neue Sitzung" in log_file.read_text(encoding="utf-8")
    assert "jetzt" not in log_file.read_text(encoding="utf-8")
    assert log_file.with_name(f"{log_file.name}.1").read_text(encoding="utf-8").startswith("jetzt")
    assert log_file.with_name(f"{log_file.name}.2").read_text(encoding="utf-8") == "eins"
    assert log_file.with_name(f"{log_file.name}.3").read_text(encoding="utf-8") == "zwei"  # "drei" dropped
    assert not log_file.with_name(f"{log_file.name}.4").exists()


def test_small_log_is_appended_to(fresh_logging) -> None:
    log_file = paths.log_file()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    log_file.write_text("vorher\n", encoding="utf-8")
    logging_setup.configure_logging()
    logging.getLogger("test").warning("danach")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert text.startswith("vorher") and "danach" in text
    assert not log_file.with_name(f"{log_file.name}.1").exists()


def test_a_log_in_use_elsewhere_keeps_every_older_log(fresh_logging, monkeypatch) -> None:
    """On Windows another instance holds the file open: moving it fails, and no backup may be shifted."""
    log_file = _large_log_with_backups(monkeypatch)
    real_replace = Path.replace

    def replace(self: Path, target):
        if self == log_file:
            raise PermissionError("in use by another process")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    logging_setup.configure_logging()
    for number, text in ((1, "eins"), (2, "zwei"), (3, "drei")):
        assert log_file.with_name(f"{log_file.name}.{number}").read_text(encoding="utf-8") == text
    assert log_file.read_text(encoding="utf-8").startswith("jetzt")  # appended to, rotated another time
