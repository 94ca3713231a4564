"""The organisation's terms reach every export: with the city's current words, no original one is left."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.exports.calendar import write_calendar
from iq_desktop.exports.excel_overview import write_excel_overview
from iq_desktop.exports.word_report import write_word_report
from iq_desktop.services.terminology import Begriffsfassung, set_terms
from tests.exports.conftest import HEUTE, DemoFile

#: the original words in any form (Leitprojekte, Korridorthemas, Korridorbeauftragten, …)
ORIGINAL = re.compile(r"Leitprojekt|Korridorthem|Korridorbeauftragt")


def _data_with_terms(path: Path) -> set[str]:
    """Text the users wrote that happens to contain an original term (the demo's "Fortschreibung der
    Leitprojekte" as a meeting's topic): data, not the program's words."""
    import sqlite3

    found: set[str] = set()
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table == "begriff":
                continue
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            for row in cursor:
                found.update(v for v in row if isinstance(v, str) and ORIGINAL.search(v))
    return found


def _unfolded(ics: str) -> str:
    """The calendar's text as written: lines unfolded, RFC 5545 escapes undone."""
    text = ics.replace("\r\n ", "").replace("\n ", "")
    return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def _texts_of_workbook(path: Path) -> list[str]:
    book = load_workbook(path)
    texts = [*book.sheetnames, book.properties.title or ""]
    for sheet in book.worksheets:
        texts += [sheet.oddFooter.left.text or "", sheet.oddFooter.right.text or ""]
        texts += [str(c) for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
        texts += [str(chart.title.tx.rich.p[0].r[0].t) for chart in sheet._charts if chart.title is not None]
    return texts


def _texts_of_document(path: Path) -> list[str]:
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    texts += [p.text for section in document.sections for p in section.footer.paragraphs]
    texts += [document.core_properties.title or ""]
    # the pictures' alternative texts
    texts += [d.get("descr", "") for d in document.element.body.iter()
              if d.tag.endswith("}docPr")]
    return texts


def test_every_export_speaks_the_current_terms(demo_file: DemoFile, tmp_path: Path) -> None:
    copy = tmp_path / "zukunft.sqlite"
    shutil.copy(demo_file.path, copy)
    database, _ = open_database(resolve_location(str(copy)), Zugriff.ZUM_ARBEITEN)
    try:
        set_terms(database, Begriffsfassung.ZUKUNFT)
        excel = write_excel_overview(database, tmp_path / "übersicht.xlsx", stichtag=HEUTE)
        word = write_word_report(database, tmp_path / "bericht.docx", stichtag=HEUTE)
        calendar = write_calendar(database, tmp_path / "termine.ics")
    finally:
        database.close()

    workbook_texts = _texts_of_workbook(excel)
    document_texts = _texts_of_document(word)
    calendar_text = _unfolded(calendar.read_text(encoding="utf-8"))
    assert any("Zukunftsprojekt" in t for t in workbook_texts)
    assert any("Zukunftsprojekt" in t for t in document_texts)
    data = sorted(_data_with_terms(copy), key=len, reverse=True)
    assert data, "the demo has a meeting topic with an original term: the data filter is tested too"

    def without_data(text: str) -> str:
        for value in data:
            text = text.replace(value, "")
        return text

    left = [t for t in [*workbook_texts, *document_texts, *calendar_text.splitlines()]
            if ORIGINAL.search(without_data(t))]
    assert not left, left[:10]
