"""Every message box the window shows, one function per kind, so tests can replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from iq_desktop import __version__, paths

_CONTEXT = "Dialoge"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def show_error(parent: QWidget | None, message: str) -> None:
    """A German message from the services (IQError.message) the user can act on."""
    QMessageBox.warning(parent, _tr("IQ Desktop – Hinweis"), message)


def show_unexpected_error(parent: QWidget | None, action: str) -> None:
    """A bug: a short German message naming the log file; the traceback is only in the log."""
    QMessageBox.critical(
        parent,
        _tr("IQ Desktop – Fehler"),
        _tr("{aktion} ist an einem unerwarteten Fehler gescheitert.\n\n"
            "Einzelheiten stehen im Protokoll:\n{pfad}\n\n"
            "Bitte diese Datei bei einer Rückfrage an die IT mitschicken.").format(
            aktion=action, pfad=paths.log_file()
        ),
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        _tr("Über IQ Desktop"),
        _tr("<h3>IQ Desktop {version}</h3>"
            "<p>Steuerung der Leitprojekte im IQ-Prozess der Stadt Karlsruhe: "
            "Korridorthemen und Leitprojekte, Mitwirkung, Phasen und Etappenziele, "
            "Risiken, Regelprüfung und Sachstandsberichte an einem Ort.</p>"
            "<p>Für die Sekretariatsleitungen, die IQ-Korridorbeauftragten und die Stabsstelle VME.</p>"
            ).format(version=__version__),
    )
