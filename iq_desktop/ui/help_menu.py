"""The Hilfe menu: the user guide inside the program, the log file, and Über IQ Desktop.

The guide is Markdown (``docs/benutzerhandbuch.md``), shown by Qt's own
Markdown support in a text browser: no browser or Markdown viewer is needed
on an office PC, and its screenshots load from beside it.
"""

from __future__ import annotations

import html
import logging
import platform
import sys
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import (
    QDesktopServices,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from iq_desktop import __version__, logging_setup, paths
from iq_desktop.i18n import translate
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.ui import dialogs

log = logging.getLogger(__name__)

#: the third-party components the program ships, as their packages name them
KOMPONENTEN = ("PySide6-Essentials", "shiboken6", "SQLAlchemy", "alembic", "openpyxl", "python-docx", "lxml",
               "platformdirs")


def user_guide_path() -> Path:
    """``docs/benutzerhandbuch.md``: inside the installed bundle, or in the source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return base / "docs" / "benutzerhandbuch.md"


def log_path() -> Path:
    """The log file this process writes (a fallback in the temp folder when the usual one was not writable)."""
    return logging_setup.current_log_file() or paths.log_file()


def _licence(name: str) -> str:
    try:
        meta = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return ""
    text = meta.get("License-Expression") or meta.get("License") or ""
    if len(text) > 60 or "\n" in text:  # some packages put the whole licence text here
        classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        text = ", ".join(classifiers)
    return text


def components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of the shipped third-party packages that are installed."""
    found = []
    for name in KOMPONENTEN:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        found.append((name, version, _licence(name)))
    return found


def about_text(database: str | None, begriffe: Begriffe | None = None) -> str:
    """Version, database in use, licence and the components with theirs (rich text)."""
    rows = "".join(f"<tr><td>{html.escape(n)}</td><td>{html.escape(v)}</td><td>{html.escape(lic)}</td></tr>"
                   for n, v, lic in components())
    datenbank = html.escape(database) if database else translate("Hilfe", "keine geöffnet")
    return translate(
        "Hilfe",
        "<h3>IQ Desktop {version}</h3>"
        "<p>Steuerung der {Leitprojekte} im IQ-Prozess der Stadt Karlsruhe: {Korridorthemen} und {Leitprojekte}, "
        "Mitwirkung, Phasen und Etappenziele, Risiken, Regelprüfung und Sachstandsberichte an einem Ort.</p>"
        "<p><b>Datenbank:</b> {datenbank}<br><b>Protokoll:</b> {protokoll}</p>"
        "<p><b>Lizenz:</b> © Stadt Karlsruhe. Zur Nutzung in der Stadtverwaltung Karlsruhe; Weitergabe nur mit "
        "Zustimmung der Stadt.</p>"
        "<p><b>Enthaltene Komponenten</b> (Python {python}, Qt {qt}, Qt for Python {pyside}):</p>"
        "<table cellspacing='6'>{zeilen}</table>"
    ).format(version=__version__, datenbank=datenbank, protokoll=html.escape(str(log_path())),
             python=platform.python_version(), qt=qVersion(), pyside=pyside_version, zeilen=rows,
             **(begriffe or Begriffe.original()).format_args())


def show_about(parent: QWidget | None, database: str | None, begriffe: Begriffe | None = None) -> None:
    QMessageBox.about(parent, translate("Hilfe", "Über IQ Desktop"), about_text(database, begriffe))


class GuideBrowser(QTextBrowser):
    """The guide's text; its screenshots no wider than the text.

    Markdown gives an image its natural width (1,440 pixels), which pushed the page sideways
    under a horizontal scroll bar; here each image is fitted whenever the view's width changes.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()

    def fit_images(self) -> None:
        document = self.document()
        room = float(max(160, self.viewport().width() - 2 * int(document.documentMargin()) - 4))
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            for fragment in _fragments(block):
                image = fragment.charFormat().toImageFormat()
                if not image.isValid():
                    continue
                natural = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                width = min(float(natural.width()), room) if hasattr(natural, "width") else room
                if abs(image.width() - width) < 1:
                    continue
                image.setWidth(width)
                image.clearProperty(QTextFormat.Property.ImageHeight)  # the height follows the width
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(image)
            block = block.next()


class GuideWindow(QDialog):
    """The user guide in a window of its own (not modal: one can read while working)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Hilfe", "Benutzerhandbuch – IQ Desktop"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.browser = GuideBrowser(self)
        self.browser.setAccessibleName(translate("Hilfe", "Benutzerhandbuch"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Hilfe", "Schließen"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 720)


def _fragments(block: QTextBlock) -> list[QTextFragment]:
    found = []
    iterator = block.begin()
    while not iterator.atEnd():
        found.append(iterator.fragment())
        iterator += 1
    return found


def open_user_guide(parent: QWidget) -> GuideWindow | None:
    """Show the guide (one window, raised again on the next call); a German message when it is missing."""
    path = user_guide_path()
    if not path.is_file():
        log.warning("user guide missing: %s", path)
        dialogs.show_error(parent, translate("Hilfe", "Das Benutzerhandbuch wurde nicht gefunden ({pfad}). Bitte "
                                             "IQ Desktop neu installieren oder die IT fragen.").format(pfad=path))
        return None
    window = getattr(parent, "guide_window", None)
    if not isinstance(window, GuideWindow):
        window = GuideWindow(path, parent)
        parent.guide_window = window  # type: ignore[attr-defined]
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_log(parent: QWidget) -> bool:
    """Open the log file in the system's text editor; where that fails, say where it is."""
    path = log_path()
    if not path.is_file():
        dialogs.show_info(parent, translate("Hilfe", "Es gibt noch kein Protokoll. Es entsteht hier: {pfad}").format(
            pfad=path))
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    dialogs.show_info(parent, translate("Hilfe", "Das Protokoll ließ sich nicht öffnen. Sie finden es hier:\n{pfad}")
                      .format(pfad=path))
    return False
