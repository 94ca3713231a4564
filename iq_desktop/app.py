"""Builds the QApplication, the context and the main window; opens the database from the event loop.

The window is on screen before the database layer is imported: a skeleton of
the frame, the headings and panes that say they are loading. After its first
paint the real panes are built and the lists are read (quick read with the
standard library where it applies); after those are painted the database is
opened for work (and migrated if needed), and the rule findings are counted in
a worker thread. bench/README.md measures each of these moments.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from iq_desktop import __version__
from iq_desktop.context import AppContext
from iq_desktop.errors import IQError
from iq_desktop.i18n import translate
from iq_desktop.settings import Settings
from iq_desktop.ui.main_window import MainWindow
from iq_desktop.ui.paint_timing import after_next_paint
from iq_desktop.ui.translations import install_translators

log = logging.getLogger(__name__)


_QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message_to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings (English, technical) belong in the log file, not on the user's screen.

    A fatal one (no usable display, missing system libraries) would abort the
    process with a core dump; instead the user reads one German line and the
    program ends with exit code 2.
    """
    logging.getLogger("qt").log(_QT_LOG_LEVELS.get(kind, logging.WARNING), "%s", message)
    if kind == QtMsgType.QtFatalMsg:
        from iq_desktop import paths

        logging.shutdown()
        if sys.stderr is None:  # the windowed Windows program has no console: the log says it
            os._exit(2)
        sys.stderr.write(
            "iq-desktop: "
            + translate("Start", "Die Bildschirmausgabe konnte nicht starten (fehlende Systembibliotheken "
                        "oder kein Bildschirm). Einzelheiten stehen im Protokoll: {pfad}").format(pfad=paths.log_file())
            + "\n"
        )
        sys.stderr.flush()
        os._exit(2)


def _ensure_display(*, offscreen_ok: bool) -> None:
    """On Linux without a graphical session Qt would abort: render offscreen or say so in German."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    if offscreen_ok:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    raise IQError(
        translate("Start", "Kein Bildschirm gefunden: das Programmfenster braucht eine grafische Sitzung. "
                  "Ohne Bildschirm helfen die Befehle der Kommandozeile (iq-desktop --help).")
    )


def make_application(
    argv: Sequence[str] | None = None, *, offscreen_ok: bool = False, sprache: str = "de"
) -> QApplication:
    """The one QApplication, with the translators and locale of ``sprache`` ("de": Qt's own "Abbrechen" too)."""
    qInstallMessageHandler(_qt_message_to_log)
    app = QApplication.instance()
    if app is None:
        _ensure_display(offscreen_ok=offscreen_ok)
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("IQ Desktop")
    app.setOrganizationName("IQ-Desktop")
    app.setApplicationVersion(__version__)
    if app.windowIcon().isNull():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(Path(__file__).resolve().parent / "resources" / "icons" / "iq-desktop.png")))
    if app.property("iq_sprache") != sprache:
        install_translators(app, sprache)
        app.setProperty("iq_sprache", sprache)
    return app


def _open(context: AppContext, *, read_only: bool):
    from iq_desktop.db.location import resolve_location
    from iq_desktop.db.open import Zugriff, open_database

    location = resolve_location(context.db_argument, context.settings.datenbank)
    return open_database(
        location,
        Zugriff.ZUM_LESEN if read_only else Zugriff.ZUM_ARBEITEN,
        backup_dir=context.settings.backup_dir(),
        # only the embedded default is created on first start; a new shared or named
        # database is set up by IT with "iq-desktop init", so a typo never creates one
        must_exist=not location.is_default and not location.in_memory,
        shared=context.settings.datenbank_gemeinsam,
    )


def open_into_window(window: MainWindow, context: AppContext, *, lists_current: bool = False) -> bool:
    """Open the database for work and show it; on failure the window says why.

    ``lists_current``: the window already shows this database's lists (quick start).
    """
    try:
        database, report = _open(context, read_only=False)
        context.database = database
        unchanged = report.migrated_from is None and not report.created
        window.set_database(database, lists_current=lists_current and unchanged)
    except IQError as exc:
        from iq_desktop.db.presence import WartungBlockiert

        log.warning("database not opened: %s", exc.message, exc_info=True)
        window.show_database_error(exc.message, others_present=isinstance(exc, WartungBlockiert))
        return False
    except Exception as exc:
        log.exception("opening the database failed")
        from iq_desktop import paths

        window.show_database_error(
            translate("Start", "Die Datenbank konnte nicht geöffnet werden ({art}). Einzelheiten "
                      "stehen im Protokoll: {pfad}").format(art=type(exc).__name__, pfad=paths.log_file())
        )
        return False
    if report.backup is not None:
        window.statusBar().showMessage(
            translate("Start", "Datenbank migriert; Sicherung vorher: {pfad}").format(pfad=report.backup), 15000
        )
    _start_daily_backup(window, context)
    _start_audit_pruning(context)
    return True


def _start_audit_pruning(context: AppContext) -> None:
    """Entries older than the retention period (if one is set) go, in a worker thread."""
    database = context.database
    if database is None:
        return
    from iq_desktop.services.audit_trail import prune_expired
    from iq_desktop.ui import background

    def done(count: int) -> None:
        if count:
            log.info("audit trail: %d entries past the retention period removed", count)

    def failed(exc: BaseException) -> None:  # tried again at the next start
        log.warning("pruning the audit trail failed: %s", exc, exc_info=exc)

    background.run_in_background(lambda: prune_expired(database), done, failed)


def _retry(window: MainWindow, context: AppContext) -> None:
    """"Erneut versuchen" on the error page: open the database again, as at start."""
    window.show_loading()
    QApplication.processEvents()  # say "wird geöffnet" before the attempt, which may wait for a share
    open_into_window(window, context)


def _reopen(window: MainWindow, context: AppContext) -> None:
    """The settings name another database: close the open one, then open that one as at start."""
    from iq_desktop.ui import background

    old, context.database = context.database, None
    if window.presence is not None:
        window.presence.stop()  # before the database closes, not after
    background.join_all()  # a rule count still reading must not meet a closed database
    if old is not None:
        old.close()
    _retry(window, context)


def _start_daily_backup(window: MainWindow, context: AppContext) -> None:
    """The day's first opening copies a SQLite database (and checks the copy) in a worker thread."""
    database = context.database
    if database is None or database.location.sqlite_path is None:
        return  # server databases are backed up by their administrators
    from iq_desktop.db.backup import BeschaedigteDatenbank, daily_backup
    from iq_desktop.ui import background, dialogs

    source, settings = database.location.sqlite_path, context.settings

    def work() -> Path | None:
        return daily_backup(source, settings.backup_dir(), keep=settings.sicherungen_behalten, today=database.today())

    def done(target: Path | None) -> None:
        if target is not None:
            log.info("daily backup: %s", target)
        if target is not None and shiboken6.isValid(window):
            window.statusBar().showMessage(
                translate("Start", "Tägliche Sicherung geschrieben: {pfad}").format(pfad=target), 10000)

    def failed(exc: BaseException) -> None:
        if not shiboken6.isValid(window):  # closed meanwhile: the log keeps it
            log.warning("daily backup failed after the window closed: %s", exc)
            return
        if isinstance(exc, BeschaedigteDatenbank):
            log.error("integrity check failed: %s", exc.message)
            dialogs.show_error(window, exc.message)
        elif isinstance(exc, IQError):
            log.warning("daily backup failed: %s", exc.message)
            window.statusBar().showMessage(
                translate("Start", "Die tägliche Sicherung ist fehlgeschlagen: {grund}").format(grund=exc.message))
        else:
            log.error("daily backup failed", exc_info=exc)

    background.run_in_background(work, done, failed)


def _start_loading(window: MainWindow, context: AppContext) -> None:
    """The real panes and the lists (quick read without SQLAlchemy, where it applies); then open for work."""
    from iq_desktop.db.location import resolve_location

    window.retry_requested.connect(lambda: _retry(window, context))
    window.reopen_requested.connect(lambda: _reopen(window, context))
    try:
        window.complete()
    except Exception:  # a bug: the skeleton stays, the user learns where the details are
        log.exception("building the main window's panes failed")
        from iq_desktop.ui import dialogs

        dialogs.show_unexpected_error(window, translate("Start", "Der Aufbau des Programmfensters"))
        return
    try:
        location = resolve_location(context.db_argument, context.settings.datenbank)
        quick = window.show_quick(location)
    except Exception:  # the regular opening below finds and explains the same problem
        log.info("quick start skipped", exc_info=True)
        quick = False
    if quick:
        after_next_paint(window.projects.table.viewport(),
                         lambda: open_into_window(window, context, lists_current=True))
    else:
        open_into_window(window, context)


def _fit_to_screen(window: MainWindow) -> None:
    """A small screen (1366×768 laptops) gets the window within its available area."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    width, height = min(window.width(), available.width()), min(window.height(), available.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(available.topLeft())


def _install_excepthook() -> None:
    """An error nobody caught (in a slot, a timer): logged with its traceback, said in German with the
    log's location; never a traceback on screen or console."""
    showing = False

    def unexpected(exc_type, exc, tb) -> None:
        nonlocal showing
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if showing or issubclass(exc_type, KeyboardInterrupt):
            return
        from iq_desktop.ui import dialogs

        showing = True
        try:
            dialogs.show_unexpected_error(QApplication.activeWindow(), translate("Start", "Die letzte Aktion"))
        finally:
            showing = False

    sys.excepthook = unexpected


def run_gui(settings: Settings, db_argument: str | None) -> int:
    app = make_application(sprache=settings.sprache)
    _install_excepthook()
    if db_argument is None:
        from iq_desktop.settings import needs_first_start

        if needs_first_start():
            from iq_desktop.ui.welcome import run_welcome

            chosen = run_welcome(settings)
            if chosen is None:  # "Beenden": nothing was created or saved
                return 0
            settings = chosen
    context = AppContext(settings=settings, db_argument=db_argument)
    window = MainWindow(context, skeleton_first=True)
    from iq_desktop.ui import window_state

    if not window_state.restore_geometry(window):
        _fit_to_screen(window)
    if os.environ.get("IQ_DESKTOP_BENCH_LOG"):
        from iq_desktop.ui.startup_probe import install_if_requested

        install_if_requested(window)
    window.show()
    after_next_paint(window, lambda: _start_loading(window, context))
    code = app.exec()
    from iq_desktop.ui import background

    background.join_all()  # a rule count still reading must not meet a closed database
    if context.database is not None:
        context.database.close()
    return code


@contextmanager
def _window_on_database(
    settings: Settings, db_argument: str | None, size: tuple[int, int] | None = None
) -> Iterator[tuple[QApplication, MainWindow]]:
    """The real main window on the database opened read-only; everything closed afterwards."""
    app = make_application(offscreen_ok=True, sprache=settings.sprache)
    context = AppContext(settings=settings, db_argument=db_argument)
    window = MainWindow(context)
    try:
        if size is not None:
            window.resize(*size)
        window.show()
        app.processEvents()
        database, _ = _open(context, read_only=True)
        context.database = database
        try:
            window.set_database(database)
            window.wait_for_rules()
            app.processEvents()
            yield app, window
        finally:
            from iq_desktop.ui import background

            if window.presence is not None:
                window.presence.stop()  # before the database closes, not after
            background.join_all()
            database.close()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def run_self_test(settings: Settings, db_argument: str | None) -> int:
    """Start the real main window on the database read-only, render it once, exit.

    Errors propagate to the command line (one German line, exit 2).
    """
    with _window_on_database(settings, db_argument) as (_app, window):
        image = window.grab()
        if image.isNull() or image.width() == 0:
            raise IQError(translate("Start", "Das Hauptfenster konnte nicht gezeichnet werden."))
        rows = window.project_count()
    print(
        translate("Start", "Selbsttest bestanden: Hauptfenster gezeichnet ({b}×{h}), {n} Leitprojekte geladen.")
        .format(b=image.width(), h=image.height(), n=rows)
    )
    return 0


def render_screenshots(settings: Settings, db_argument: str | None, out_dir: Path) -> list[Path]:
    """Render the main views to PNG files in ``out_dir`` (read-only on the database)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IQError(
            translate("Start", "Der Zielordner „{pfad}“ kann nicht angelegt werden (eine Datei dieses Namens "
                      "oder fehlende Schreibrechte).").format(pfad=out_dir)
        ) from exc
    written: list[Path] = []
    with _window_on_database(settings, db_argument, size=(1440, 880)) as (app, window):
        for name, widget in window.screenshot_views():
            app.processEvents()
            target = out_dir / f"{name}.png"
            if not widget.grab().save(str(target)):
                raise IQError(
                    translate("Start", "Das Bild „{pfad}“ konnte nicht gespeichert werden.").format(pfad=target)
                )
            written.append(target)
    return written
