"""Where the data lives: this PC, a shared file, or a server; with a connection test.

Shared by the welcome at the first start and the Einstellungen dialog. The
test opens the chosen database read-only in a worker thread (a server or a
share may take seconds to answer) and says in German what it found.
"""

from __future__ import annotations

import enum
import logging
from itertools import pairwise

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from iq_desktop import paths
from iq_desktop.errors import IQError
from iq_desktop.ui import background
from iq_desktop.ui.widgets.labels import style_hint, wrapped

log = logging.getLogger(__name__)

#: what the server field shows as an example (SQL Server through ODBC, as the city's IT runs it)
SERVER_BEISPIEL = "mssql+pyodbc://server/IQ?driver=ODBC+Driver+18+for+SQL+Server"


class DatenbankArt(enum.Enum):
    LOKAL = "lokal"
    DATEI = "datei"
    SERVER = "server"


def kind_of(datenbank: str | None) -> DatenbankArt:
    """How a settings value reads: nothing is the embedded default, "…://…" a server, else a file."""
    if not datenbank:
        return DatenbankArt.LOKAL
    if "://" in datenbank and not datenbank.startswith("sqlite"):
        return DatenbankArt.SERVER
    return DatenbankArt.DATEI


class DatenbankWahl(QGroupBox):
    """Three choices with their fields; :meth:`value` gives the settings' (datenbank, gemeinsam)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wo liegen die Daten?"), parent)
        self.lokal = QRadioButton(self.tr("&Lokale Datenbank auf diesem PC"), self)
        self.lokal_hinweis = style_hint(wrapped(self))
        self.lokal_hinweis.setText(self.tr("Nur Sie arbeiten damit. Datei: {pfad}").format(
            pfad=paths.default_database_path()))
        self.datei = QRadioButton(self.tr("&Gemeinsame Datenbankdatei (z. B. auf einem Netzlaufwerk)"), self)
        self.datei_pfad = QLineEdit(self)
        self.datei_pfad.setAccessibleName(self.tr("Datenbankdatei"))
        self.datei_pfad.setPlaceholderText(self.tr(r"z. B. \\server\freigabe\IQ\iq-desktop.sqlite"))
        self.durchsuchen = QPushButton(self.tr("Durchs&uchen …"), self)
        self.durchsuchen.setAccessibleName(self.tr("Datenbankdatei suchen"))
        self.gemeinsam = QCheckBox(self.tr("Von mehreren PCs gemeinsam genutzt (auch wenn der Pfad lokal aussieht)"),
                                   self)
        self.server = QRadioButton(self.tr("Daten&bankserver (SQL Server oder PostgreSQL)"), self)
        self.server_adresse = QLineEdit(self)
        self.server_adresse.setAccessibleName(self.tr("Adresse des Datenbankservers"))
        self.server_adresse.setPlaceholderText(SERVER_BEISPIEL)
        self.server_hinweis = style_hint(wrapped(self))
        self.server_hinweis.setText(self.tr("Die Adresse nennt Ihnen die IT."))
        self.testen = QPushButton(self.tr("Verbindung &testen"), self)
        self.ergebnis = wrapped(self)
        self.ergebnis.setObjectName("verbindungsergebnis")
        self.ergebnis.setAccessibleName(self.tr("Ergebnis des Verbindungstests"))

        self._gruppe = QButtonGroup(self)
        for button in (self.lokal, self.datei, self.server):
            self._gruppe.addButton(button)
        self.lokal.setChecked(True)

        grid = QGridLayout(self)
        grid.setColumnMinimumWidth(0, 20)
        grid.addWidget(self.lokal, 0, 0, 1, 3)
        grid.addWidget(self.lokal_hinweis, 1, 1, 1, 2)
        grid.addWidget(self.datei, 2, 0, 1, 3)
        grid.addWidget(self.datei_pfad, 3, 1)
        grid.addWidget(self.durchsuchen, 3, 2)
        grid.addWidget(self.gemeinsam, 4, 1, 1, 2)
        grid.addWidget(self.server, 5, 0, 1, 3)
        grid.addWidget(self.server_adresse, 6, 1, 1, 2)
        grid.addWidget(self.server_hinweis, 7, 1, 1, 2)
        test_row = QHBoxLayout()
        test_row.addWidget(self.testen)
        test_row.addWidget(self.ergebnis, 1)
        grid.addLayout(test_row, 8, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        self._chain(self.lokal, self.datei, self.datei_pfad, self.durchsuchen, self.gemeinsam, self.server,
                    self.server_adresse, self.testen)

        self._gruppe.buttonToggled.connect(lambda *_: self._on_choice())
        self.datei_pfad.textChanged.connect(self._on_edit)
        self.server_adresse.textChanged.connect(self._on_edit)
        self.gemeinsam.toggled.connect(lambda _on: self.changed.emit())
        self.durchsuchen.clicked.connect(self.browse)
        self.testen.clicked.connect(self.test_connection)
        #: the test running now (its answer is dropped when the choice changed meanwhile)
        self._test_token = 0
        self._on_choice()

    def _chain(self, *widgets: QWidget) -> None:
        for before, after in pairwise(widgets):
            QWidget.setTabOrder(before, after)

    # --- value --------------------------------------------------------------------------------------
    def art(self) -> DatenbankArt:
        if self.datei.isChecked():
            return DatenbankArt.DATEI
        if self.server.isChecked():
            return DatenbankArt.SERVER
        return DatenbankArt.LOKAL

    def value(self) -> tuple[str | None, bool]:
        """(datenbank, gemeinsam) as the settings store them; the embedded default is None."""
        art = self.art()
        if art is DatenbankArt.DATEI:
            return self.datei_pfad.text().strip() or None, self.gemeinsam.isChecked()
        if art is DatenbankArt.SERVER:
            return self.server_adresse.text().strip() or None, False
        return None, False

    def set_value(self, datenbank: str | None, gemeinsam: bool) -> None:
        art = kind_of(datenbank)
        if art is DatenbankArt.DATEI:
            self.datei_pfad.setText(datenbank or "")
            self.gemeinsam.setChecked(gemeinsam)
            self.datei.setChecked(True)
        elif art is DatenbankArt.SERVER:
            self.server_adresse.setText(datenbank or "")
            self.server.setChecked(True)
        else:
            self.lokal.setChecked(True)
        self._on_choice()

    def problem(self) -> tuple[str, QWidget] | None:
        """What is missing for the choice (German), and the field to go to; None when complete."""
        art = self.art()
        if art is DatenbankArt.DATEI and not self.datei_pfad.text().strip():
            return self.tr("Bitte die gemeinsame Datenbankdatei angeben."), self.datei_pfad
        if art is DatenbankArt.SERVER and not self.server_adresse.text().strip():
            return self.tr("Bitte die Adresse des Datenbankservers angeben."), self.server_adresse
        return None

    # --- behaviour ----------------------------------------------------------------------------------
    def _on_choice(self) -> None:
        art = self.art()
        for widget in (self.datei_pfad, self.durchsuchen, self.gemeinsam):
            widget.setEnabled(art is DatenbankArt.DATEI)
        self.server_adresse.setEnabled(art is DatenbankArt.SERVER)
        self._on_edit()

    def _on_edit(self) -> None:
        self._test_token += 1  # an answer for the previous value is no longer news
        self.ergebnis.clear()
        self.testen.setEnabled(True)
        self.changed.emit()

    def browse(self) -> None:
        """Choose an existing database file, or name a new one (created when the choice is applied)."""
        start = self.datei_pfad.text().strip() or str(paths.data_dir())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Datenbankdatei wählen"), start,
            self.tr("IQ-Datenbank (*.sqlite *.db);;Alle Dateien (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.datei_pfad.setText(chosen)
            self.datei.setChecked(True)

    def test_target(self) -> str:
        """What the test opens: the chosen file or server, or the embedded default."""
        value, _gemeinsam = self.value()
        return value or str(paths.default_database_path())

    def test_connection(self) -> None:
        """Open the choice read-only in a worker thread; the answer appears beside the button."""
        problem = self.problem()
        if problem is not None:
            self.show_result(problem[0], ok=False)
            problem[1].setFocus()
            return
        from iq_desktop.services.connection_check import check_connection

        self._test_token += 1
        token, target = self._test_token, self.test_target()
        self.testen.setEnabled(False)
        self.ergebnis.setText(self.tr("Verbindung wird geprüft …"))

        def done(verbindung) -> None:
            if shiboken6.isValid(self) and token == self._test_token:
                self.testen.setEnabled(True)
                self.show_result(verbindung.meldung(), ok=True)

        def failed(exc: BaseException) -> None:
            if not (shiboken6.isValid(self) and token == self._test_token):
                return
            self.testen.setEnabled(True)
            if isinstance(exc, IQError):
                self.show_result(exc.message, ok=False)
            else:
                log.error("connection test failed", exc_info=exc)
                self.show_result(self.tr("Die Verbindung ließ sich nicht prüfen ({art}). Einzelheiten stehen im "
                                         "Protokoll: {pfad}").format(art=type(exc).__name__, pfad=paths.log_file()),
                                 ok=False)

        background.run_in_background(lambda: check_connection(target), done, failed)

    def show_result(self, text: str, *, ok: bool) -> None:
        """The test's answer, with a word and a sign, not only a colour."""
        from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN

        self.ergebnis.setStyleSheet("" if ok else f"color: {ERROR_COLOUR};")
        self.ergebnis.setText(("✓ " + text) if ok else f"{WARN} {text}")
