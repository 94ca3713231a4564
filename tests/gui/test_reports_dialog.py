"""Berichte in the window: the dialog writes the Excel overview, the Word report and the calendar off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import QTimer

from iq_desktop.services import meetings, status_reports
from iq_desktop.ui.reports.dialog import Art, ReportDialog

from .conftest import Portfolio
from .keys import replace_text

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def _dialog(window: MainWindow, art: Art) -> ReportDialog:
    dialog = ReportDialog(window._db, window._stand.terms, window, art=art)
    dialog.show()
    return dialog


def _run(qtbot, dialog: ReportDialog, target: Path) -> Path:
    replace_text(dialog.ziel, str(target))
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog._running, timeout=60_000)
    assert dialog.written == target, dialog.message.text()
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    assert dialog.message.text() == f"Geschrieben: {target}"
    return target


def test_the_excel_overview_from_the_window(window: MainWindow, portfolio: Portfolio, tmp_path: Path, qtbot) -> None:
    dialog = _dialog(window, Art.EXCEL)
    assert not dialog.umfang.isVisible()  # scope and meeting belong to the Word report only
    path = _run(qtbot, dialog, tmp_path / "übersicht.xlsx")
    book = load_workbook(path)
    assert "Übersicht" in book.sheetnames
    titles = [row[2] for row in book["Übersicht"].iter_rows(values_only=True)]
    assert "Digital Booster" in titles
    dialog.reject()


def test_a_word_report_for_a_meeting_links_the_sachstand(window: MainWindow, portfolio: Portfolio, db: Database,
                                                          tmp_path: Path, qtbot) -> None:
    booster = portfolio.projekte["Digital Booster"]
    gremium = meetings.gremium_id(db, "IQ-Lenkungsgruppe")
    sitzung = meetings.plan_sitzung(db, gremium_id=gremium, datum=db.today(), top="3")
    status_reports.record_sachstand(db, projekt_id=booster, stichtag=db.today(), gremium_id=gremium,
                                    erreicht="Pilot läuft")
    dialog = _dialog(window, Art.WORD)
    assert dialog.umfang.isVisible() and dialog.sitzung.isVisible()
    dialog.umfang.setCurrentIndex(next(i for i in range(dialog.umfang.count())
                                       if dialog.umfang.itemData(i) == (None, booster)))
    dialog.gremium.setCurrentIndex(dialog.gremium.findData(gremium))
    assert dialog.sitzung.currentData() == sitzung  # the next (here: today's) meeting is chosen
    path = _run(qtbot, dialog, tmp_path / "bericht.docx")
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "Digital Booster" in text and "Innenstadt-Management" not in text
    [reported] = meetings.get_sitzung(db, sitzung).sachstaende
    assert reported.leitprojekt_id == booster
    dialog.reject()


def test_the_calendar_and_a_refused_target(window: MainWindow, portfolio: Portfolio, tmp_path: Path, qtbot) -> None:
    dialog = _dialog(window, Art.KALENDER)
    assert not dialog.stichtag.isEnabled()
    dialog.ziel.clear()
    assert not dialog.start()
    assert dialog.message.text() == "⚠ Bitte eine Zieldatei angeben."
    path = _run(qtbot, dialog, tmp_path / "termine.ics")
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    dialog.reject()


def test_an_unwritable_target_is_said_in_german_and_nothing_is_left(window: MainWindow, portfolio: Portfolio,
                                                                    tmp_path: Path, qtbot) -> None:
    dialog = _dialog(window, Art.EXCEL)
    target = tmp_path / "fehlt" / "tiefer" / "übersicht.xlsx"
    (tmp_path / "fehlt").write_text("eine Datei, kein Ordner")
    replace_text(dialog.ziel, str(target))
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog._running, timeout=60_000)
    assert dialog.written is None
    assert dialog.message.text().startswith("⚠ ") and "Traceback" not in dialog.message.text()
    assert not dialog.open_button.isVisible()
    dialog.reject()


def test_the_menu_opens_the_dialog_and_the_lists_are_read_again(window: MainWindow, portfolio: Portfolio) -> None:
    seen: list[str] = []

    def look() -> None:
        dialog = window.report_dialog
        seen.append(dialog.art.currentData().name)
        dialog.reject()

    QTimer.singleShot(0, look)
    window.action_word.trigger()
    assert seen == ["WORD"] and window.report_dialog is None
    assert [a.text() for a in window.menuBar().actions()][3] == "Berichte"
