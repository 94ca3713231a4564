"""Berichte: the Excel overview, the Word Sachstandsbericht or the calendar, written off the GUI thread.

The user picks what (and for the report: scope, Gremium, Sitzung, Stichtag,
author), and where; the export runs in a worker with a progress bar, the
window stays usable, and at the end the dialog offers to open the file or its
folder. Errors arrive as the exports' German messages; nothing half-written
remains (the exports write beside the target and rename at the end).
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.errors import IQError
from iq_desktop.formatting import format_date
from iq_desktop.i18n import translate
from iq_desktop.settings import Settings
from iq_desktop.ui.background import run_in_background
from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN
from iq_desktop.ui.widgets.date_field import DateField
from iq_desktop.ui.widgets.labels import style_hint

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.begriffe import Begriffe

log = logging.getLogger(__name__)


class Art(enum.Enum):
    """What the dialog writes, with its file suffix."""

    EXCEL = ".xlsx"
    WORD = ".docx"
    KALENDER = ".ics"

    @property
    def label(self) -> str:
        return {
            Art.EXCEL: translate("Berichte", "Excel-Übersicht für die IQ-Lenkungsgruppe"),
            Art.WORD: translate("Berichte", "Sachstandsbericht (Word)"),
            Art.KALENDER: translate("Berichte", "Kalender: Etappenziele und Sitzungen (iCalendar)"),
        }[self]

    @property
    def file_filter(self) -> str:
        return {
            Art.EXCEL: translate("Berichte", "Excel-Arbeitsmappe (*.xlsx)"),
            Art.WORD: translate("Berichte", "Word-Dokument (*.docx)"),
            Art.KALENDER: translate("Berichte", "Kalenderdatei (*.ics)"),
        }[self]


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


class ReportDialog(QDialog):
    """Modal while open; the export itself runs in a worker thread."""

    def __init__(self, db: Database, terms: Begriffe, parent: QWidget | None = None, *,
                 art: Art = Art.EXCEL, folder: Path | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._terms = terms
        self._settings = settings or Settings()
        self._folder = folder or Path.home()
        self._running = False
        #: the file written last (tests and "Öffnen")
        self.written: Path | None = None
        args = terms.format_args()
        self.setWindowTitle(self.tr("Berichte erstellen"))

        self.art = QComboBox(self)
        for kind in Art:
            self.art.addItem(kind.label, kind)
        self.umfang = QComboBox(self)
        self.gremium = QComboBox(self)
        self.sitzung = QComboBox(self)
        self.stichtag = DateField(self)
        self.autor = QLineEdit(self)
        self.autor.setText(self._settings.bericht_autor or "")
        self.autor.setPlaceholderText(self.tr("Leer: Ihr hinterlegter Name, sonst Ihr Anmeldename"))
        self.ziel = QLineEdit(self)
        self.browse = QPushButton(self.tr("Durch&suchen …"), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Fortschritt"))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.start_button = QPushButton(self.tr("&Erstellen"), self)
        self.start_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Datei ö&ffnen"), self)
        self.folder_button = QPushButton(self.tr("&Ordner öffnen"), self)
        self.close_button = QPushButton(self.tr("Schl&ießen"), self)
        for button in (self.open_button, self.folder_button):
            button.hide()

        form = QFormLayout()
        ziel_row = QHBoxLayout()
        ziel_row.addWidget(self.ziel, 1)
        ziel_row.addWidget(self.browse)
        self._word_rows: list[tuple[QLabel, QWidget]] = []
        for text, widget, name, word_only in (
                (self.tr("&Was:"), self.art, self.tr("Art des Berichts"), False),
                (self.tr("&Umfang:"), self.umfang, self.tr("Umfang des Berichts"), True),
                (self.tr("&Gremium:"), self.gremium, self.tr("Gremium"), True),
                (self.tr("Si&tzung:"), self.sitzung, self.tr("Sitzung"), True),
                (self.tr("Stic&htag:"), self.stichtag, self.tr("Stichtag"), False),
                (self.tr("&Verfasst von:"), self.autor, self.tr("Verfasst von"), True),
                (self.tr("&Zieldatei:"), self.ziel, self.tr("Zieldatei"), False)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, ziel_row if widget is self.ziel else widget)
            if word_only:
                self._word_rows.append((label, widget))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = style_hint(QLabel(self.tr(
            "Ein Sachstandsbericht für eine Sitzung vermerkt, welcher Sachstand jedes {Leitprojekts} darin berichtet "
            "wurde; für eine öffentliche Sitzung bleibt alles weg, was als nicht öffentlich markiert ist.")
            .format(**args), self))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self._fill_choices()
        self.stichtag.set_value(db.today())
        self.art.currentIndexChanged.connect(lambda _i: self._art_changed())
        self.gremium.currentIndexChanged.connect(lambda _i: self._fill_sitzungen())
        self.browse.clicked.connect(self.choose_target)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(lambda: self._open(self.written))
        self.folder_button.clicked.connect(lambda: self._open(self.written.parent if self.written else None))
        self.art.setCurrentIndex(self.art.findData(art))
        self._art_changed()
        self.resize(640, self.sizeHint().height())

    # --- choices --------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        from iq_desktop.services import meetings
        from iq_desktop.services.portfolio import corridor_tree

        args = self._terms.format_args()
        self.umfang.addItem(self.tr("alle {Leitprojekte} (ganzer Prozess)").format(**args), (None, None))
        for korridor in corridor_tree(self._db):
            self.umfang.addItem(self.tr("{Korridorthema} {name}").format(name=korridor.name, **args),
                                (korridor.id, None))
            for projekt in korridor.projekte:
                self.umfang.addItem(f"    {projekt.titel}", (None, projekt.id))
        self.gremium.addItem(self.tr("ohne Gremium"), None)
        for ident, name in meetings.list_gremien(self._db):
            self.gremium.addItem(name, ident)
        self._fill_sitzungen()

    def _fill_sitzungen(self) -> None:
        from iq_desktop.services import meetings

        self.sitzung.clear()
        self.sitzung.addItem(self.tr("ohne Sitzung"), None)
        gremium_id = self.gremium.currentData()
        if gremium_id is None:
            self.sitzung.setEnabled(False)
            return
        self.sitzung.setEnabled(True)
        today = self._db.today()
        coming = None
        for zeile in meetings.sitzungen_of(self._db, gremium_id):
            text = format_date(zeile.datum) + (self.tr(", TOP {top}").format(top=zeile.top) if zeile.top else "") + (
                self.tr(" (öffentlich)") if zeile.oeffentlich else self.tr(" (nicht öffentlich)"))
            self.sitzung.addItem(text, zeile.id)
            if coming is None and zeile.datum >= today:
                coming = self.sitzung.count() - 1
        if coming is not None:
            self.sitzung.setCurrentIndex(coming)  # the next meeting is the usual one

    def _art_changed(self) -> None:
        art: Art = self.art.currentData()
        for label, widget in self._word_rows:
            label.setVisible(art is Art.WORD)
            widget.setVisible(art is Art.WORD)
        self.stichtag.setEnabled(art is not Art.KALENDER)
        name = {Art.EXCEL: self.tr("IQ-Uebersicht"), Art.WORD: self.tr("Sachstandsbericht"),
                Art.KALENDER: self.tr("IQ-Termine")}[art]  # file names: no umlauts
        current = Path(self.ziel.text()) if self.ziel.text().strip() else None
        folder = current.parent if current is not None else self._folder
        self.ziel.setText(str(folder / f"{name}_{self._db.today():%Y-%m-%d}{art.value}"))

    def choose_target(self) -> None:
        art: Art = self.art.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Zieldatei wählen"), self.ziel.text(), art.file_filter)
        if path:
            self.ziel.setText(path if path.endswith(art.value) else path + art.value)

    # --- running ----------------------------------------------------------------------------------
    def start(self) -> bool:
        """Check the input, then write in a worker thread; False when refused at once."""
        if self._running:
            return False
        art: Art = self.art.currentData()
        text = self.ziel.text().strip()
        if not text:
            return self._refuse(self.tr("Bitte eine Zieldatei angeben."))
        target = Path(text).expanduser()
        if target.suffix.lower() != art.value:
            target = target.with_suffix(art.value)
        stichtag = self.stichtag.value()
        if art is not Art.KALENDER and stichtag is None:
            return self._refuse(self.tr("Bitte einen Stichtag angeben (TT.MM.JJJJ)."))
        work = self._work(art, target, stichtag)
        self._running = True
        self.written = None
        for widget in (self.start_button, self.open_button, self.folder_button):
            widget.setEnabled(False)
        self.open_button.hide()
        self.folder_button.hide()
        self.message.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        if self._db.location.in_memory:  # one shared connection: no second thread on it
            try:
                self._done(work())
            except BaseException as exc:
                self._failed(exc)
        else:
            run_in_background(work, self._done, self._failed)
        return True

    def _work(self, art: Art, target: Path, stichtag: dt.date | None) -> Any:
        db, zyklus = self._db, self._settings.berichtszyklus_tage
        relay = _Progress(self)
        relay.moved.connect(self._moved)

        def progress(done: int, total: int) -> None:
            relay.moved.emit(done, total)

        if art is Art.EXCEL:
            def work() -> Path:
                from iq_desktop.exports.excel_overview import write_excel_overview

                return write_excel_overview(db, target, stichtag=stichtag, progress=progress,
                                            berichtszyklus_tage=zyklus)
        elif art is Art.WORD:
            korridor_id, projekt_id = self.umfang.currentData()
            gremium_id, sitzung_id = self.gremium.currentData(), self.sitzung.currentData()
            autor = self.autor.text().strip() or None
            organisation = self._settings.bericht_organisation
            vorlage = Path(self._settings.bericht_vorlage) if self._settings.bericht_vorlage else None

            def work() -> Path:
                from iq_desktop.exports.word_report import write_word_report

                return write_word_report(db, target, korridor_id=korridor_id, projekt_id=projekt_id,
                                         gremium_id=gremium_id, sitzung_id=sitzung_id, stichtag=stichtag,
                                         autor=autor, organisation=organisation, template=vorlage,
                                         progress=progress)
        else:
            def work() -> Path:
                from iq_desktop.exports.calendar import write_calendar

                return write_calendar(db, target)
        return work

    def _moved(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _done(self, path: Path) -> None:
        self._finish()
        self.written = Path(path)
        self._say(self.tr("Geschrieben: {pfad}").format(pfad=self.written), error=False)
        for button in (self.open_button, self.folder_button):
            button.show()
            button.setEnabled(True)
        self.open_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, IQError):
            log.warning("export failed: %s", exc.message)
            self._say(exc.message, error=True)
        else:
            log.error("export failed", exc_info=exc)
            from iq_desktop import paths

            self._say(self.tr("Der Bericht konnte wegen eines unerwarteten Fehlers nicht geschrieben werden. "
                              "Einzelheiten stehen im Protokoll: {pfad}").format(pfad=paths.log_file()), error=True)

    def _finish(self) -> None:
        self._running = False
        self.progress.hide()
        self.start_button.setEnabled(True)

    def _refuse(self, message: str) -> bool:
        self._say(message, error=True)
        return False

    def _say(self, message: str, *, error: bool) -> None:
        self.message.setText(f"{WARN} {message}" if error else message)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message.show()

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def reject(self) -> None:
        if self._running:  # the worker still writes; the dialog stays until it is done
            self._say(self.tr("Der Bericht wird noch geschrieben – bitte einen Moment warten."), error=False)
            return
        super().reject()
