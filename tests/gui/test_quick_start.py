"""The quick read (stdlib sqlite3) gives the window exactly what the regular path gives, or steps aside."""

from __future__ import annotations

import datetime as dt
import sqlite3

from iq_desktop.db.location import resolve_location
from iq_desktop.services.portfolio import portfolio_lists
from iq_desktop.services.quick_start import read_quick

STICHTAG = dt.date(2026, 11, 22)


def test_quick_read_equals_regular_read(db, portfolio) -> None:
    for mit_archiv in (False, True):
        regular = portfolio_lists(db, stichtag=STICHTAG, berichtszyklus_tage=30, mit_archiv=mit_archiv)
        quick = read_quick(db.location, stichtag=STICHTAG, berichtszyklus_tage=30, mit_archiv=mit_archiv)
        assert quick is not None
        assert quick == regular
    assert len(quick[1]) == len(regular[1]) > 0


def test_quick_read_uses_the_organisations_stored_terms(db, portfolio) -> None:
    from iq_desktop.models import Begriff
    from iq_desktop.reference import BEGRIFFE_ZUKUNFT

    with db.transaction() as session:
        for begriff in BEGRIFFE_ZUKUNFT:
            row = session.get(Begriff, begriff.schluessel)
            row.singular, row.plural, row.genitiv = begriff.singular, begriff.plural, begriff.genitiv
    quick = read_quick(db.location, stichtag=STICHTAG, berichtszyklus_tage=30)
    assert quick is not None
    assert quick[0].leitprojekte == "Zukunftsprojekte"
    assert quick[0] == portfolio_lists(db, stichtag=STICHTAG)[0]


def test_quick_read_steps_aside_for_anything_unusual(tmp_path, db, portfolio) -> None:
    missing = resolve_location(str(tmp_path / "fehlt.db"))
    assert read_quick(missing, stichtag=STICHTAG, berichtszyklus_tage=30) is None

    not_sqlite = tmp_path / "text.db"
    not_sqlite.write_text("kein SQLite", encoding="utf-8")
    assert read_quick(resolve_location(str(not_sqlite)), stichtag=STICHTAG, berichtszyklus_tage=30) is None

    foreign = tmp_path / "fremd.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE kunde (id INTEGER)")
    assert read_quick(resolve_location(str(foreign)), stichtag=STICHTAG, berichtszyklus_tage=30) is None

    path = db.location.sqlite_path
    db.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    assert read_quick(resolve_location(str(path)), stichtag=STICHTAG, berichtszyklus_tage=30) is None

    assert read_quick(resolve_location(":memory:"), stichtag=STICHTAG, berichtszyklus_tage=30) is None


def test_start_shows_the_quick_lists_then_opens_for_work(db, portfolio, qtbot) -> None:
    from iq_desktop.app import _start_loading, make_application
    from iq_desktop.context import AppContext
    from iq_desktop.settings import Settings
    from iq_desktop.ui.main_window import MainWindow

    path = db.location.sqlite_path
    db.close()
    make_application()
    context = AppContext(settings=Settings(), db_argument=str(path))
    window = MainWindow(context, skeleton_first=True)  # as run_gui builds it
    qtbot.addWidget(window)
    window.show()
    assert not window.completed
    _start_loading(window, context)
    assert window.completed
    assert window.action_refresh.shortcut().toString() == "F5"
    try:
        assert window.project_count() == 7  # on screen before the database is open for work
        assert context.database is None
        assert not window.action_refresh.isEnabled()
        with qtbot.waitSignal(window.ready, timeout=10_000):
            pass
        assert context.database is not None
        assert window.action_refresh.isEnabled()
        assert window.project_count() == 7
        # the day's first opening for work leaves a checked copy in the backup folder
        backups = context.settings.backup_dir()
        qtbot.waitUntil(lambda: any(backups.glob(f"{path.stem}_*_taeglich.sqlite")), timeout=10_000)
        assert "offene Befunde" in window.status_label.text() or "offener Befund" in window.status_label.text()
    finally:
        if context.database is not None:
            context.database.close()


def test_a_failure_while_building_the_panes_is_logged_and_said_in_german(qtbot, monkeypatch) -> None:
    from iq_desktop.app import _start_loading, make_application
    from iq_desktop.context import AppContext
    from iq_desktop.settings import Settings
    from iq_desktop.ui import dialogs
    from iq_desktop.ui.main_window import MainWindow

    make_application()
    window = MainWindow(AppContext(settings=Settings()), skeleton_first=True)
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(dialogs, "show_unexpected_error", lambda _parent, action: said.append(action))

    def broken() -> None:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(window, "complete", broken)
    _start_loading(window, window._context)
    assert said == ["Der Aufbau des Programmfensters"]


def _skeleton_window(qtbot, db_argument: str | None):
    from iq_desktop.app import make_application
    from iq_desktop.context import AppContext
    from iq_desktop.settings import Settings
    from iq_desktop.ui.main_window import MainWindow

    make_application()
    context = AppContext(settings=Settings(), db_argument=db_argument)
    window = MainWindow(context, skeleton_first=True)
    qtbot.addWidget(window)
    window.show()
    return window, context


def test_first_start_without_a_database_takes_the_regular_path(qtbot) -> None:
    """No file yet: no quick read; the embedded default is created and its (empty) lists are shown."""
    from iq_desktop.app import _start_loading

    window, context = _skeleton_window(qtbot, None)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        _start_loading(window, context)
    try:
        assert context.database is not None and context.database.location.is_default
        assert window.project_count() == 0
        assert window.right.currentWidget() is window.work_splitter
        assert "0 Leitprojekte" in window.status_label.text()
    finally:
        context.database.close()


def test_a_database_gone_after_the_quick_read_shows_why(db, portfolio, qtbot) -> None:
    """The rows were on screen; the file vanishes before it is opened for work: the window says so."""
    from iq_desktop.app import _start_loading

    path = db.location.sqlite_path
    db.close()
    window, context = _skeleton_window(qtbot, str(path))
    _start_loading(window, context)
    assert window.project_count() == 7  # the quick read
    path.unlink()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.error_page, timeout=10_000)
    assert context.database is None
    assert str(path.name) in window.error_message.text()


def test_erneut_versuchen_opens_the_database_once_it_is_back(db, portfolio, qtbot) -> None:
    """A share that was briefly away: the error page's button opens it without a restart."""
    from PySide6.QtCore import Qt

    from iq_desktop.app import _start_loading

    path = db.location.sqlite_path
    db.close()
    away = path.with_name(path.name + ".weg")
    path.rename(away)
    window, context = _skeleton_window(qtbot, str(path))
    _start_loading(window, context)
    assert window.right.currentWidget() is window.error_page
    assert window.retry_button.isVisible() and window.retry_button.accessibleName()

    away.rename(path)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    try:
        assert window.right.currentWidget() is window.work_splitter
        assert window.project_count() == 7
    finally:
        context.database.close()


def test_a_newer_program_waits_to_migrate_until_the_others_have_left(db, portfolio, qtbot, monkeypatch,
                                                                      tmp_path) -> None:
    """The window names who still works on the older database and migrates on 'Erneut versuchen' once they left."""
    from PySide6.QtCore import Qt

    from iq_desktop.app import _start_loading
    from iq_desktop.db import migrate, presence, schema_version
    from iq_desktop.db.audit import Actor
    from iq_desktop.settings import Settings

    path = db.location.sqlite_path
    mueller = presence.register(db.engine, Actor(login="mueller", rechner="KA-PC-0815"), db.clock())
    engine = db.engine
    # this program is one schema revision ahead of the database
    monkeypatch.setattr(schema_version, "KNOWN_REVISIONS", (*schema_version.KNOWN_REVISIONS, "0099"))
    monkeypatch.setattr(schema_version, "HEAD", "0099")
    stamp = "UPDATE alembic_version SET version_num = '0099'"
    monkeypatch.setattr(migrate, "_alembic_upgrade", lambda connection: connection.exec_driver_sql(stamp))
    window, context = _skeleton_window(qtbot, str(path))
    context.settings = Settings(sicherungsordner=str(tmp_path / "Sicherungen"))
    _start_loading(window, context)
    assert window.right.currentWidget() is window.error_page
    text = window.error_message.text()
    assert "Die Aktualisierung der Datenbank auf den Schemastand dieses Programms ist nicht möglich" in text
    assert "mueller (PC KA-PC-0815, seit" in text
    assert window.error_hint.text().startswith("„Erneut versuchen“ öffnet die Datenbank, sobald die Genannten")
    window.grab().save(str(tmp_path / "migration-wartet.png"))

    presence.leave(engine, mueller)
    db.close()
    with qtbot.waitSignal(window.ready, timeout=10_000):
        qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    try:
        assert window.project_count() == 7
        assert list((tmp_path / "Sicherungen").glob("*_vor-migration.sqlite"))
    finally:
        qtbot.waitUntil(lambda: window.presence is not None and not window.presence._busy)
        window.close()
        context.database.close()
