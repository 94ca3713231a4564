"""Extras → Einstellungen: database, backups, reports, language and the organisation's terms.

The dialog edits a copy of the settings and hands back what changed; the
main window applies it (saves the file, switches the database, stores the
terms in the database). The terms are not a personal setting: they live in
the database and change for everyone working with it, which the page says.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iq_desktop import paths
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.terminology import Begriffsfassung, current_version
from iq_desktop.settings import Settings
from iq_desktop.ui.settings.database_choice import DatenbankWahl
from iq_desktop.ui.widgets.discard_guard import AsksBeforeDiscarding
from iq_desktop.ui.widgets.labels import style_hint, wrapped

#: what the language choice offers: code, name in its own language
SPRACHEN = (("de", "Deutsch"), ("en", "English"))


@dataclass(frozen=True)
class Aenderung:
    """What the user chose: the new settings, and the terms to store (None: unchanged)."""

    settings: Settings
    begriffe: Begriffsfassung | None
    #: the reporting cycle to store for everyone (None: unchanged)
    berichtszyklus_tage: int | None
    datenbank_gewechselt: bool
    sprache_gewechselt: bool


class EinstellungenDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, settings: Settings, begriffe: Begriffe | None, parent: QWidget | None = None, *,
                 berichtszyklus_tage: int | None = None) -> None:
        """``begriffe`` and ``berichtszyklus_tage``: the open database's; None when no database is open
        (what applies to everyone is then not offered)."""
        super().__init__(parent)
        self._zyklus = berichtszyklus_tage if berichtszyklus_tage is not None else settings.berichtszyklus_tage
        self.setWindowTitle(self.tr("Einstellungen"))
        self._settings = settings
        self._fassung = current_version(begriffe) if begriffe is not None else None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._database_page(begriffe or Begriffe.original()), self.tr("&Datenbank"))
        self.tabs.addTab(self._reports_page(), self.tr("&Sicherung und Berichte"))
        self.tabs.addTab(self._language_page(begriffe), self.tr("S&prache und Begriffe"))

        self.fehler = wrapped(self)
        self.fehler.setObjectName("fehler")
        self.fehler.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.fehler)
        layout.addWidget(self.buttons)
        self._load(settings)
        self.resize(max(680, self.sizeHint().width()), self.sizeHint().height())

    # --- pages --------------------------------------------------------------------------------------
    def _database_page(self, begriffe: Begriffe) -> QWidget:
        page = QWidget(self)
        self.datenbank = DatenbankWahl(page)
        hint = style_hint(wrapped(page))
        hint.setText(self.tr("Eine andere Datenbank wird nach „OK“ geöffnet; ein offenes {Leitprojekt} wird "
                             "vorher geschlossen (ungespeicherte Änderungen werden erfragt).")
                     .format(**begriffe.format_args()))
        layout = QVBoxLayout(page)
        layout.addWidget(self.datenbank)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _row(self, form: QFormLayout, text: str, widget: QWidget, accessible: str,
             hint: str | None = None) -> None:
        label = QLabel(text, form.parentWidget())
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        if hint:
            widget.setAccessibleDescription(hint)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            note = style_hint(wrapped(form.parentWidget()))
            note.setText(hint)
            box.addWidget(note)
            form.addRow(label, box)
        else:
            form.addRow(label, widget)

    def _with_button(self, field: QLineEdit, button: QPushButton) -> QWidget:
        holder = QWidget(field.parentWidget())
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        row.addWidget(button)
        return holder

    def _reports_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.sicherungsordner = QLineEdit(page)
        self.sicherungsordner.setPlaceholderText(str(paths.default_backup_dir()))
        self.sicherungsordner_waehlen = QPushButton(self.tr("Ordner &wählen …"), page)
        self.sicherungsordner_waehlen.setAccessibleName(self.tr("Sicherungsordner wählen"))
        self.sicherungsordner_waehlen.clicked.connect(self._choose_backup_folder)
        self._row(form, self.tr("Sicherungso&rdner:"), self._with_button(self.sicherungsordner,
                                                                          self.sicherungsordner_waehlen),
                  self.tr("Sicherungsordner"),
                  self.tr("Hier legt IQ Desktop beim ersten Öffnen eines Tages eine Sicherung einer "
                          "SQLite-Datenbank ab. Leer: der Standardordner."))
        self.sicherungsordner.setAccessibleName(self.tr("Sicherungsordner"))
        self.behalten = QSpinBox(page)
        self.behalten.setRange(1, 365)
        self.behalten.setMaximumWidth(140)
        self._row(form, self.tr("&Anzahl Sicherungen:"), self.behalten, self.tr("Anzahl Sicherungen"),
                  self.tr("So viele tägliche Sicherungen bleiben; ältere werden gelöscht."))
        self.autor = QLineEdit(page)
        self.autor.setPlaceholderText(self.tr("Leer: Ihr hinterlegter Name, sonst Ihr Anmeldename"))
        self._row(form, self.tr("Ver&fasser/in:"), self.autor, self.tr("Verfasser/in der Sachstandsberichte"))
        self.organisation = QLineEdit(page)
        self.organisation.setPlaceholderText(self.tr("z. B. Stadt Karlsruhe – Stabsstelle VME"))
        self._row(form, self.tr("&Organisation:"), self.organisation, self.tr("Organisation im Bericht"),
                  self.tr("Steht im Kopf des Sachstandsberichts."))
        self.vorlage = QLineEdit(page)
        self.vorlage.setPlaceholderText(self.tr("die mitgelieferte Vorlage"))
        self.vorlage_waehlen = QPushButton(self.tr("Vorlage wä&hlen …"), page)
        self.vorlage_waehlen.setAccessibleName(self.tr("Word-Vorlage wählen"))
        self.vorlage_waehlen.clicked.connect(self._choose_template)
        self._row(form, self.tr("Word-&Vorlage:"), self._with_button(self.vorlage, self.vorlage_waehlen),
                  self.tr("Word-Vorlage"),
                  self.tr("Eine .docx-Datei im Erscheinungsbild der Stadt (siehe docs/word-vorlage.md)."))
        self.vorlage.setAccessibleName(self.tr("Word-Vorlage"))
        return page

    def _language_page(self, begriffe: Begriffe | None) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        personal = QFormLayout()
        layout.addLayout(personal)
        self.sprache = QComboBox(page)
        for code, name in SPRACHEN:
            self.sprache.addItem(name, code)
        self._row(personal, self.tr("Spra&che:"), self.sprache, self.tr("Sprache der Oberfläche"),
                  self.tr("Gilt ab dem nächsten Start von IQ Desktop."))

        shared = QGroupBox(self.tr("Für alle, die mit dieser Datenbank arbeiten"), page)
        layout.addWidget(shared)
        layout.addStretch(1)
        form = QFormLayout(shared)
        self.begriffe = QComboBox(shared)
        self.begriffe.addItem(self.tr("Korridorthema, Leitprojekt, Korridorbeauftragte (Regeln von 2017)"),
                              Begriffsfassung.ORIGINAL)
        self.begriffe.addItem(self.tr("Zukunftsthema, Zukunftsprojekt, Zukunftsbeauftragte (heutige "
                                      "Bezeichnungen)"), Begriffsfassung.ZUKUNFT)
        if begriffe is not None and self._fassung is None:
            self.begriffe.addItem(self.tr("Eigene Begriffe: {Korridorthema}, {Leitprojekt}, {Korridorbeauftragte}")
                                  .format(**begriffe.format_args()), None)
        self._row(form, self.tr("Begr&iffe:"), self.begriffe, self.tr("Begriffe des IQ-Prozesses"),
                  self.tr("Auf jedem Bildschirm und in jedem Bericht."))
        self.zyklus = QSpinBox(shared)
        self.zyklus.setRange(1, 366)
        self.zyklus.setSuffix(self.tr(" Tage"))
        self.zyklus.setMaximumWidth(140)
        self._row(form, self.tr("Berichts&zyklus:"), self.zyklus, self.tr("Berichtszyklus in Tagen"),
                  self.tr("Ohne neuen Sachstand gilt ein Projekt nach so vielen Tagen als „veraltet“ (Regel 7)."))
        if begriffe is None:
            shared.setEnabled(False)
            shared.setTitle(self.tr("Für alle, die mit der Datenbank arbeiten (erst mit geöffneter Datenbank)"))
        return page

    # --- values -------------------------------------------------------------------------------------
    def _load(self, settings: Settings) -> None:
        self.datenbank.set_value(settings.datenbank, settings.datenbank_gemeinsam)
        self.sicherungsordner.setText(settings.sicherungsordner or "")
        self.behalten.setValue(settings.sicherungen_behalten)
        self.zyklus.setValue(self._zyklus)
        self.autor.setText(settings.bericht_autor or "")
        self.organisation.setText(settings.bericht_organisation or "")
        self.vorlage.setText(settings.bericht_vorlage or "")
        self.sprache.setCurrentIndex(max(0, self.sprache.findData(settings.sprache)))
        self.begriffe.setCurrentIndex(max(0, self.begriffe.findData(self._fassung)))

    def values(self) -> dict[str, Any]:
        datenbank, gemeinsam = self.datenbank.value()
        return {
            "datenbank": datenbank,
            "datenbank_gemeinsam": gemeinsam,
            "sicherungsordner": self.sicherungsordner.text().strip() or None,
            "sicherungen_behalten": self.behalten.value(),
            "bericht_autor": self.autor.text().strip() or None,
            "bericht_organisation": self.organisation.text().strip() or None,
            "bericht_vorlage": self.vorlage.text().strip() or None,
            "sprache": self.sprache.currentData(),
            "begriffe": self.begriffe.currentData() if self.begriffe.isEnabled() else None,
            "zyklus": self.zyklus.value() if self.zyklus.isEnabled() else None,
        }

    def aenderung(self) -> Aenderung:
        values = self.values()
        fassung, zyklus = values.pop("begriffe"), values.pop("zyklus")
        new = self._settings.copy(**values)
        return Aenderung(
            settings=new,
            begriffe=fassung if fassung is not None and fassung != self._fassung else None,
            berichtszyklus_tage=zyklus if zyklus is not None and zyklus != self._zyklus else None,
            datenbank_gewechselt=(new.datenbank, new.datenbank_gemeinsam)
            != (self._settings.datenbank, self._settings.datenbank_gemeinsam),
            sprache_gewechselt=new.sprache != self._settings.sprache,
        )

    def problem(self) -> tuple[str, QWidget, int] | None:
        """What keeps the settings from being used: German text, the field, its tab."""
        db_problem = self.datenbank.problem()
        if db_problem is not None:
            return db_problem[0], db_problem[1], 0
        vorlage = self.vorlage.text().strip()
        if vorlage:
            path = Path(vorlage)
            if not path.is_absolute():
                return (self.tr("Bitte den vollständigen Pfad der Word-Vorlage angeben (z. B. mit „Vorlage "
                                "wählen …“)."), self.vorlage, 1)
            if path.suffix.lower() != ".docx":
                return self.tr("Die Word-Vorlage muss eine .docx-Datei sein."), self.vorlage, 1
            if not path.is_file():
                return self.tr("Die Word-Vorlage „{pfad}“ gibt es nicht.").format(pfad=vorlage), self.vorlage, 1
        ordner = self.sicherungsordner.text().strip()
        if ordner and not Path(ordner).is_absolute():
            return (self.tr("Bitte den vollständigen Pfad des Sicherungsordners angeben (z. B. mit „Ordner "
                            "wählen …“)."), self.sicherungsordner, 1)
        if ordner and Path(ordner).exists() and not Path(ordner).is_dir():
            return (self.tr("„{pfad}“ ist eine Datei, kein Ordner.").format(pfad=ordner),
                    self.sicherungsordner, 1)
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            text, field, tab = problem
            from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN

            self.fehler.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.fehler.setText(f"{WARN} {text}")
            self.fehler.show()
            self.tabs.setCurrentIndex(tab)
            field.setFocus()
            return
        super().accept()

    # --- choosers -----------------------------------------------------------------------------------
    def _choose_backup_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sicherungsordner wählen"),
                                                  self.sicherungsordner.text().strip()
                                                  or str(paths.default_backup_dir().parent))
        if chosen:
            self.sicherungsordner.setText(chosen)

    def _choose_template(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Word-Vorlage wählen"),
                                                      self.vorlage.text().strip() or str(Path.home()),
                                                      self.tr("Word-Dokument (*.docx)"))
        if chosen:
            self.vorlage.setText(chosen)
