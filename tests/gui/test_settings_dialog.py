"""Extras → Einstellungen: values shown, validated, saved, applied (terms, cycle, database switch)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.services.reporting_cycle import reporting_cycle
from iq_desktop.services.terminology import Begriffsfassung, load_terms
from iq_desktop.settings import Settings, settings_file
from iq_desktop.ui import dialogs
from iq_desktop.ui.settings.database_choice import DatenbankArt
from iq_desktop.ui.settings.dialog import EinstellungenDialog

from .keys import replace_text
from .mnemonics import alt_letters, used_twice
from .modal import in_modal

if TYPE_CHECKING:
    from iq_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def _dialog(window: MainWindow) -> EinstellungenDialog:
    return window.settings_dialog  # type: ignore[attr-defined]


def test_changes_are_saved_and_applied(window: MainWindow, db, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, message: said.append(message))

    def work(dialog: EinstellungenDialog) -> None:
        assert dialog.datenbank.art() is DatenbankArt.LOKAL
        assert dialog.zyklus.value() == 30 and dialog.begriffe.currentData() is Begriffsfassung.ORIGINAL
        dialog.tabs.setCurrentIndex(1)
        replace_text(dialog.autor, "Erika Muster")
        replace_text(dialog.organisation, "Stadt Karlsruhe – Stabsstelle VME")
        dialog.tabs.setCurrentIndex(2)
        dialog.sprache.setCurrentIndex(dialog.sprache.findData("en"))
        dialog.begriffe.setCurrentIndex(dialog.begriffe.findData(Begriffsfassung.ZUKUNFT))
        dialog.zyklus.setValue(45)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    failures = in_modal(lambda: _dialog(window), work)
    window.action_settings.trigger()
    assert not failures, failures

    stored = json.loads(settings_file().read_text(encoding="utf-8"))
    assert (stored["bericht_autor"], stored["sprache"]) == ("Erika Muster", "en")
    # terms and cycle are in the database, for everyone working with it
    assert load_terms(db).leitprojekt == "Zukunftsprojekt"
    assert reporting_cycle(db, 30) == 45 and stored["berichtszyklus_tage"] == 30
    assert window._stand.berichtszyklus_tage == 45
    assert said == ["Die Sprache wechselt beim nächsten Start von IQ Desktop."]
    # the screens use the new words at once
    model = window.navigation.model
    tree_texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("Zukunftsthemen" in (t or "") for t in tree_texts), tree_texts


def test_an_incomplete_choice_keeps_the_dialog_open_and_says_why(window: MainWindow) -> None:
    def work(dialog: EinstellungenDialog) -> None:
        dialog.datenbank.datei.setChecked(True)
        dialog.tabs.setCurrentIndex(2)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible()
        assert dialog.tabs.currentIndex() == 0  # back where the problem is
        assert "Bitte die gemeinsame Datenbankdatei angeben." in dialog.fehler.text()
        replace_text(dialog.datenbank.datei_pfad, "/nirgends/vorlage.docx")
        dialog.tabs.setCurrentIndex(1)
        replace_text(dialog.vorlage, "/nirgends/vorlage.dotx")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert "muss eine .docx-Datei sein" in dialog.fehler.text() and dialog.tabs.currentIndex() == 1
        dialog.vorlage.clear()
        replace_text(dialog.sicherungsordner, "Sicherungen")  # relative: where would that be?
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert "vollständigen Pfad des Sicherungsordners" in dialog.fehler.text()
        dialog.done(QDialog.DialogCode.Rejected)

    failures = in_modal(lambda: _dialog(window), work)
    window.action_settings.trigger()
    assert not failures, failures
    assert not settings_file().exists()  # nothing saved


def test_switching_to_another_database_reopens_the_window_on_it(window: MainWindow, tmp_path: Path, qtbot) -> None:
    from iq_desktop import app

    other = tmp_path / "andere.sqlite"
    database, _ = open_database(resolve_location(str(other)), Zugriff.ZUM_ARBEITEN)
    database.close()  # an empty IQ database
    window.reopen_requested.connect(lambda: app._reopen(window, window._context))
    assert window.project_count() == 7

    def work(dialog: EinstellungenDialog) -> None:
        dialog.datenbank.datei.setChecked(True)
        replace_text(dialog.datenbank.datei_pfad, str(other))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    failures = in_modal(lambda: _dialog(window), work)
    window.action_settings.trigger()
    assert not failures, failures
    qtbot.waitUntil(lambda: window.project_count() == 0)
    assert str(other) in window.windowTitle()
    assert Settings.load().datenbank == str(other)
    window._context.database.close()


def test_connection_test_reports_in_words(qtbot, db) -> None:
    dialog = EinstellungenDialog(Settings(), load_terms(db))
    qtbot.addWidget(dialog)
    dialog.show()
    wahl = dialog.datenbank
    wahl.datei.setChecked(True)
    replace_text(wahl.datei_pfad, str(db.location.sqlite_path))
    qtbot.mouseClick(wahl.testen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wahl.ergebnis.text().startswith("✓"), timeout=10_000)
    assert "Leitprojekte" in wahl.ergebnis.text()
    replace_text(wahl.datei_pfad, str(db.location.sqlite_path) + ".fehlt")
    assert wahl.ergebnis.text() == ""  # the old answer is gone with the old value
    qtbot.mouseClick(wahl.testen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nicht gefunden" in wahl.ergebnis.text(), timeout=10_000)
    assert not wahl.ergebnis.text().startswith("✓")
    dialog.done(QDialog.DialogCode.Rejected)


def test_every_page_has_unique_alt_letters_and_named_inputs(qtbot, db) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

    dialog = EinstellungenDialog(Settings(), load_terms(db))
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        letters = alt_letters(dialog) + [
            (t.split("&", 1)[1][0].casefold(), t) for t in (dialog.tabs.tabText(i) for i in range(dialog.tabs.count()))]
        assert not used_twice(letters), used_twice(letters)
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox) + dialog.findChildren(QSpinBox):
        if widget.parent() is not None and not isinstance(widget.parent(), QComboBox | QSpinBox):
            assert widget.accessibleName().strip(), widget
    dialog.done(QDialog.DialogCode.Rejected)
