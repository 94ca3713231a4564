"""The first start: a fresh settings folder leads to the welcome; the choice is set up and saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from iq_desktop import paths
from iq_desktop.settings import Settings, needs_first_start, settings_file
from iq_desktop.ui.welcome import WelcomeDialog

from .keys import replace_text
from .mnemonics import alt_letters, used_twice

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def _welcome(qtbot) -> WelcomeDialog:
    dialog = WelcomeDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_local_database_with_demo_data_then_the_main_window_shows_it(qtbot, make_window) -> None:
    assert needs_first_start()
    dialog = _welcome(qtbot)
    assert dialog.datenbank.lokal.isChecked() and not dialog.demo.isChecked()
    assert not used_twice(alt_letters(dialog)), alt_letters(dialog)
    dialog.demo.setChecked(True)
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    assert dialog.einrichtung is not None and dialog.einrichtung.demo is not None
    assert settings_file().exists() and not needs_first_start()
    assert Settings.load().datenbank is None  # the embedded default

    from iq_desktop.db.location import resolve_location
    from iq_desktop.db.open import Zugriff, open_database

    database, _ = open_database(resolve_location(None), Zugriff.ZUM_ARBEITEN)
    try:
        window = make_window(database, settings=dialog.settings)
        assert 0 < window.project_count() < dialog.einrichtung.demo.leitprojekte  # the working ones
        window.action_archive.setChecked(True)  # with the finished and cancelled ones
        assert window.project_count() == dialog.einrichtung.demo.leitprojekte
    finally:
        database.close()


def test_a_new_shared_file_is_created_after_asking(qtbot, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "iq.sqlite"
    dialog = _welcome(qtbot)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "ask_create", lambda path: asked.append(path) or False)
    dialog.datenbank.datei.setChecked(True)
    dialog.start.click()
    assert "Bitte die gemeinsame Datenbankdatei angeben." in dialog.meldung.text()
    replace_text(dialog.datenbank.datei_pfad, str(target))
    dialog.datenbank.gemeinsam.setChecked(True)
    dialog.start.click()
    assert asked == [str(target)] and not target.exists() and dialog.isVisible()  # "Nein": nothing happens

    monkeypatch.setattr(dialog, "ask_create", lambda path: True)
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert target.exists()
    settings = Settings.load()
    assert (settings.datenbank, settings.datenbank_gemeinsam) == (str(target), True)
    assert not paths.default_database_path().exists()  # no embedded database on the side


def test_a_failed_set_up_keeps_the_choice_and_saves_nothing(qtbot) -> None:
    dialog = _welcome(qtbot)
    dialog.datenbank.server.setChecked(True)
    replace_text(dialog.datenbank.server_adresse, "postgresql+psycopg://iq:geheim@127.0.0.1:1/iq")
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.start.isEnabled(), timeout=30_000)
    assert "nicht erreichbar" in dialog.meldung.text() and "geheim" not in dialog.meldung.text()
    assert dialog.isVisible() and dialog.datenbank.server.isChecked()
    assert not settings_file().exists()
    dialog.done(QDialog.DialogCode.Rejected)


def test_beenden_leaves_without_creating_anything(qtbot, monkeypatch) -> None:
    from iq_desktop import app

    shown: list[WelcomeDialog] = []

    def exec_(self) -> int:
        shown.append(self)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)
    assert app.run_gui(Settings(), None) == 0
    assert shown and not settings_file().exists() and not paths.default_database_path().exists()


def test_a_fresh_user_gets_the_welcome_and_then_the_window_with_the_demo(qtbot, monkeypatch) -> None:
    """run_gui as the start menu calls it: welcome (demo data ticked), then the main window shows the data."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from iq_desktop import app
    from iq_desktop.ui.main_window import MainWindow

    def user_at_the_welcome(self: WelcomeDialog) -> int:
        self.show()
        self.demo.setChecked(True)
        self.start.click()
        qtbot.waitUntil(lambda: self.result() == QDialog.DialogCode.Accepted, timeout=60_000)
        return self.result()

    monkeypatch.setattr(WelcomeDialog, "exec", user_at_the_welcome)
    seen: list[int] = []
    deadline = time.monotonic() + 60

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].project_count() > 0 and windows[0].rules_pending is False:
            seen.append(windows[0].project_count())
            windows[0].close()
        elif time.monotonic() > deadline:
            QApplication.quit()
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    assert app.run_gui(Settings(), None) == 0
    assert seen and seen[0] > 20
    assert paths.default_database_path().exists() and not needs_first_start()
