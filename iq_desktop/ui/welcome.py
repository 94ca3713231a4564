"""The first start: where the data lives (this PC, a shared file, a server) and demo data on request.

Shown instead of silently creating a database when a user has no settings,
IT preset nothing and there is no embedded database yet. The choice is set up
in a worker thread (a share or a server may take a while; the demo data takes
a second); a problem is said in German inside the welcome, whose choices stay.
Only a set-up that worked is saved to the settings.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from iq_desktop import paths
from iq_desktop.errors import IQError
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.first_start import Einrichtung, set_up
from iq_desktop.settings import Settings
from iq_desktop.ui import background
from iq_desktop.ui.settings.database_choice import DatenbankArt, DatenbankWahl
from iq_desktop.ui.widgets.labels import style_section, wrapped

log = logging.getLogger(__name__)


class WelcomeDialog(QDialog):
    """After ``exec()`` is Accepted: :attr:`settings` holds the choice (already saved), :attr:`einrichtung`
    what the set-up did."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Willkommen bei IQ Desktop"))
        self.settings = settings
        self.einrichtung: Einrichtung | None = None
        self._running = False
        terms = Begriffe.original().format_args()

        heading = style_section(QLabel(self.tr("Willkommen bei IQ Desktop"), self))
        intro = wrapped(self)
        intro.setText(self.tr("Mit IQ Desktop pflegen Sie die {Leitprojekte} des IQ-Prozesses: Mitwirkung, Phasen, "
                              "Etappenziele, Risiken und Sachstände. Bitte wählen Sie zuerst, wo die Daten liegen. "
                              "Sie können das später unter „Extras → Einstellungen“ ändern.").format(**terms))
        self.datenbank = DatenbankWahl(self)
        self.datenbank.set_value(settings.datenbank, settings.datenbank_gemeinsam)
        self.demo = QCheckBox(self.tr("Beispiel&daten laden (zum Ausprobieren; nur in eine leere Datenbank)"), self)
        self.meldung = wrapped(self)
        self.meldung.setObjectName("meldung")
        self.meldung.hide()
        self.buttons = QDialogButtonBox(self)
        self.start = self.buttons.addButton(self.tr("&Starten"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.beenden = self.buttons.addButton(self.tr("Beenden"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.datenbank.changed.connect(self.meldung.hide)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.datenbank)
        layout.addWidget(self.demo)
        layout.addWidget(self.meldung)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.datenbank.testen, self.demo)
        QWidget.setTabOrder(self.demo, self.start)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())
        self.datenbank.lokal.setFocus()

    # --- messages -----------------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool) -> None:
        from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN

        self.meldung.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.meldung.setText(f"{WARN} {text}" if error else text)
        self.meldung.show()

    def ask_create(self, path: str) -> bool:
        """The named file does not exist yet: create a new, empty database there?"""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Neue Datenbank anlegen?"),
                          self.tr("Die Datei „{pfad}“ gibt es noch nicht. Soll dort eine neue, leere Datenbank "
                                  "angelegt werden?\n\nWenn Ihre Kolleginnen und Kollegen schon mit einer "
                                  "gemeinsamen Datenbank arbeiten, wählen Sie bitte deren Datei.").format(pfad=path),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Anlegen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Nein"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # --- accepting ----------------------------------------------------------------------------------
    def accept(self) -> None:
        """Set the choice up in a worker thread; the dialog closes only when it worked."""
        if self._running:
            return
        problem = self.datenbank.problem()
        if problem is not None:
            self._say(problem[0], error=True)
            problem[1].setFocus()
            return
        datenbank, gemeinsam = self.datenbank.value()
        create = False
        if self.datenbank.art() is DatenbankArt.DATEI and not Path(datenbank or "").expanduser().exists():
            if not self.ask_create(datenbank or ""):
                return
            create = True
        chosen = self.settings.copy(datenbank=datenbank, datenbank_gemeinsam=gemeinsam)
        demo = self.demo.isChecked()
        self._running = True
        for widget in (self.datenbank, self.demo, self.start):
            widget.setEnabled(False)
        self._say(self.tr("Die Datenbank wird eingerichtet …") if not demo
                  else self.tr("Die Datenbank wird eingerichtet und mit Beispieldaten gefüllt …"), error=False)

        def work() -> Einrichtung:
            return set_up(datenbank, gemeinsam=gemeinsam, create=create, demo=demo, backup_dir=chosen.backup_dir())

        background.run_in_background(work, lambda result: self._done(chosen, result), self._failed)

    def _finish_running(self) -> None:
        self._running = False
        for widget in (self.datenbank, self.demo, self.start):
            widget.setEnabled(True)

    def _done(self, chosen: Settings, einrichtung: Einrichtung) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish_running()
        try:
            chosen.save()
        except IQError as exc:
            self._say(exc.message, error=True)
            return
        self.settings, self.einrichtung = chosen, einrichtung
        log.info("first start: %s (created: %s, demo: %s)", einrichtung.anzeige, einrichtung.angelegt,
                 einrichtung.demo is not None)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish_running()
        if isinstance(exc, IQError):
            self._say(exc.message, error=True)
        else:
            log.error("first start set-up failed", exc_info=exc)
            self._say(self.tr("Die Einrichtung ist an einem unerwarteten Fehler gescheitert. Einzelheiten stehen im "
                              "Protokoll: {pfad}").format(pfad=paths.log_file()), error=True)

    def reject(self) -> None:
        if self._running:  # the set-up still writes; leaving now would not stop it
            return
        super().reject()


def run_welcome(settings: Settings) -> Settings | None:
    """Show the welcome; the chosen (and saved) settings, or None when the user chose Beenden."""
    dialog = WelcomeDialog(settings)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.settings
    finally:
        dialog.deleteLater()
