"""The Excel overview read back with openpyxl (and through LibreOffice): sheets, tables, print settings, text."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.enums import Ampel, ProjektStatus
from iq_desktop.exports import excel_overview
from iq_desktop.exports.excel_overview import write_excel_overview
from iq_desktop.exports.excel_sheets import build_workbook_content
from iq_desktop.exports.files import ExportFehler
from iq_desktop.services.portfolio import list_projects
from iq_desktop.services.portfolio_tables import portfolio_tables
from iq_desktop.services.rules import check_rules
from tests.exports import office
from tests.exports.conftest import FORMEL_TITEL, HEUTE, DemoFile

BLAETTER = ["Übersicht", "Ampeln", "Mitwirkung", "Etappenziele", "Risiken", "Phasen", "Regelprüfung"]


@pytest.fixture(scope="module")
def export(demo_file: DemoFile, tmp_path_factory: pytest.TempPathFactory) -> Path:
    database, _ = open_database(resolve_location(str(demo_file.path)), Zugriff.ZUM_LESEN)
    try:
        return write_excel_overview(database, tmp_path_factory.mktemp("excel") / "Übersicht.xlsx", stichtag=HEUTE)
    finally:
        database.close()


@pytest.fixture(scope="module")
def wb(export: Path) -> Iterator[Workbook]:
    workbook = load_workbook(export)
    yield workbook
    workbook.close()


def _table(ws):
    (table,) = ws.tables.values()
    return table


def _rows(ws) -> list[tuple]:
    """The table's data rows as values."""
    table = _table(ws)
    first, last = re.fullmatch(r"A(\d+):[A-Z]+(\d+)", table.ref).groups()
    return [row for row in ws.iter_rows(min_row=int(first) + 1, max_row=int(last), values_only=True)]


def _column(ws, header: str) -> list:
    names = _table(ws).column_names
    return [row[names.index(header)] for row in _rows(ws)]


def test_the_sheets_in_order_each_one_table_with_exact_ref_and_string_headers(wb: Workbook) -> None:
    assert wb.sheetnames == BLAETTER
    names = set()
    for ws in wb.worksheets:
        table = _table(ws)
        assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", table.name) and not re.fullmatch(r"[A-Za-z]{1,3}\d+", table.name)
        names.add(table.name.casefold())
        assert table.tableStyleInfo.name == "TableStyleMedium2"
        assert table.autoFilter.ref == table.ref
        first_col, first_row, last_col, last_row = re.fullmatch(r"([A-Z]+)(\d+):([A-Z]+)(\d+)", table.ref).groups()
        assert (first_col, first_row) == ("A", "3")
        assert int(last_row) == ws.max_row > 3
        header = [cell for cell in ws[3]][: len(table.tableColumns)]
        assert [c.value for c in header] == table.column_names
        assert all(c.data_type == "s" and c.value for c in header)
        assert len({n.casefold() for n in table.column_names}) == len(table.column_names)
        assert last_col == header[-1].column_letter
    assert len(names) == len(BLAETTER)


def test_title_line_with_the_stand_date_above_each_table_and_the_frozen_header(wb: Workbook) -> None:
    for ws in wb.worksheets:
        assert "22.11.2026" in ws["A1"].value
        assert ws["A1"].font.b
        assert ws["A2"].value  # the note: what the sheet holds
        assert ws.freeze_panes == "A4"
    assert wb["Übersicht"]["A1"].value == "Übersicht der Leitprojekte – Stand 22.11.2026"
    assert wb["Regelprüfung"]["A1"].value == "Regelprüfung zum Stichtag 22.11.2026"


def test_print_ready_a4_landscape_fit_to_width_header_repeated_page_x_of_y(wb: Workbook) -> None:
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (int(ws.page_setup.fitToWidth), int(ws.page_setup.fitToHeight)) == (1, 0)
        assert ws.print_title_rows == "$3:$3"
        assert "Seite &P von &N" in ws.oddFooter.right.text


def test_one_row_per_leitprojekt_archive_included_and_umlauts_intact(wb: Workbook, demo_db) -> None:
    ws = wb["Übersicht"]
    titles = _column(ws, "Leitprojekt")
    projects = list_projects(demo_db, stichtag=HEUTE, mit_archiv=True)
    assert sorted(titles) == sorted(p.titel for p in projects)
    assert len(titles) == len(set(titles)) == 28
    status = dict(zip(titles, _column(ws, "Status"), strict=True))
    assert status["Fußgängerleitsystem und digitale Stadtinformation"] == ProjektStatus.ABGESCHLOSSEN.label
    corridors = set(_column(ws, "Korridorthema"))
    assert {"Zukunft Innenstadt", "Mobilität", "Wirtschafts- und Wissenschaftsstadt"} <= corridors
    assert "Dr. Miriam Lautenschläger" in _column(ws, "Bürgermeister/in")


def test_formula_like_titles_stay_text_with_a_quote_prefix(wb: Workbook) -> None:
    ws = wb["Übersicht"]
    column = _table(ws).column_names.index("Leitprojekt") + 1
    cells = {c.value: c for c in (ws.cell(row, column) for row in range(4, ws.max_row + 1))}
    for title in FORMEL_TITEL:
        cell = cells[title]
        assert cell.data_type == "s" and cell.quotePrefix, title
    milestone = next(c for row in wb["Etappenziele"].iter_rows(min_row=4) for c in row if c.value == "=SUMME(A1:A9)")
    assert milestone.data_type == "s"


def test_no_formula_anywhere(export: Path) -> None:
    with zipfile.ZipFile(export) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in archive.read(name).decode("utf-8"), name


def test_every_value_reads_back_as_written(wb: Workbook, demo_db) -> None:
    """The rows stream through shared styled cells (excel_cells): every value must still be its own."""
    tabellen = portfolio_tables(demo_db, stichtag=HEUTE, berichtszyklus_tage=30)
    mappe = build_workbook_content(tabellen, check_rules(demo_db, stichtag=HEUTE))
    for blatt, ws in zip(mappe.blaetter, wb.worksheets, strict=True):
        expected = [tuple(dt.datetime.combine(v, dt.time()) if isinstance(v, dt.date) else v for v in row)
                    for row in blatt.zeilen]
        assert _rows(ws) == expected, blatt.name


def test_dates_are_dates_in_german_format(wb: Workbook) -> None:
    ws = wb["Etappenziele"]
    column = _table(ws).column_names.index("fällig am") + 1
    cells = [ws.cell(row, column) for row in range(4, ws.max_row + 1)]
    assert cells and all(c.is_date and c.number_format == "DD.MM.YYYY" for c in cells)


def test_ampel_is_a_word_coloured_by_rules_keyed_on_the_word(wb: Workbook) -> None:
    ws = wb["Übersicht"]
    assert set(_column(ws, "Ampel")) <= {Ampel.GRUEN.label, Ampel.GELB.label, Ampel.ROT.label, None}
    column = "F"
    assert _table(ws).column_names[5] == "Ampel"
    rules = {r.formula[0]: r for cf in ws.conditional_formatting for r in cf.rules if str(cf.sqref).startswith(column)}
    assert set(rules) == {'"grün"', '"gelb"', '"rot"'}
    assert all(r.type == "cellIs" and r.operator == "equal" and r.dxf.fill is not None for r in rules.values())


def test_rule_findings_are_marked_where_they_occur(wb: Workbook, demo_db) -> None:
    bericht = check_rules(demo_db, stichtag=HEUTE)
    staffing = [b for b in bericht.offen if b.objekt_typ == "mitwirkung"]
    hinweise = [h for h in _column(wb["Mitwirkung"], "Regelhinweise") if h]
    assert staffing and len(hinweise) == len({b.objekt_id for b in staffing})
    assert any("Regel 2:" in h and "wirkt zugleich in" in h for h in hinweise)
    overview = dict(zip(_column(wb["Übersicht"], "Leitprojekt"), _column(wb["Übersicht"], "Regelhinweise"),
                        strict=True))
    for befund in bericht.offen:
        if befund.objekt_typ == "leitprojekt":
            assert f"Regel {befund.regel}: {befund.text}" in overview[befund.leitprojekt]
    corridor_hints = _column(wb["Ampeln"], "Regelhinweise")
    assert any(h and h.startswith("Regel 1:") for h in corridor_hints)  # Mobilität now has nine
    regelpruefung = _rows(wb["Regelprüfung"])
    assert len(regelpruefung) == len(bericht.befunde)
    assert {row[6] for row in regelpruefung} == {"offen", "übergangen"}
    marked = [cf for cf in wb["Mitwirkung"].conditional_formatting if str(cf.sqref).startswith("N")]
    assert marked and marked[0].rules[0].formula == ["LEN(TRIM($N4))>0"]


def test_native_stacked_bar_chart_of_the_ampeln(export: Path, wb: Workbook) -> None:
    with zipfile.ZipFile(export) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        xml = archive.read(charts[0]).decode("utf-8")
    chart = ElementTree.fromstring(xml)
    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
          "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    (bar,) = chart.findall(".//c:barChart", ns)
    assert bar.find("c:barDir", ns).get("val") == "bar" and bar.find("c:grouping", ns).get("val") == "stacked"
    series = bar.findall("c:ser", ns)
    assert [s.find("c:tx/c:strRef/c:f", ns).text.replace("$", "") for s in series] == \
        [f"'Ampeln'!{c}3" for c in "BCDE"]
    assert "".join(t.text for t in chart.find("c:chart/c:title", ns).iter(f"{{{ns['a']}}}t")) == \
        "Leitprojekte je Korridorthema nach Ampel"
    ws = wb["Ampeln"]
    counts = _rows(ws)
    assert [row[0] for row in counts][:2] == ["Zukunft Innenstadt", "Moderne Verwaltung"]
    archived = {s.label for s in ProjektStatus if s.archiviert}
    working = [s for s in _column(wb["Übersicht"], "Status") if s not in archived]
    assert sum(row[5] for row in counts) == len(working)


def test_columns_are_readable_and_long_text_rows_are_tall_enough(wb: Workbook) -> None:
    ws = wb["Übersicht"]
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEFGHIJKL"}
    assert all(5 <= w <= 40 for w in widths.values())
    heights = [ws.row_dimensions[r].height for r in range(4, ws.max_row + 1)]
    assert any(h and h >= 25.5 for h in heights)  # wrapped titles get their lines


def test_terms_of_the_organisation_name_headers_and_titles(demo_file: DemoFile, tmp_path: Path) -> None:
    copy = tmp_path / "zukunft.sqlite"
    copy.write_bytes(demo_file.path.read_bytes())
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE begriff SET singular='Zukunftsprojekt', plural='Zukunftsprojekte', "
                           "genitiv='Zukunftsprojekts' WHERE schluessel='leitprojekt'")
        connection.execute("UPDATE begriff SET singular='Zukunftsthema', plural='Zukunftsthemen', "
                           "genitiv='Zukunftsthemas' WHERE schluessel='korridorthema'")
    connection.close()
    database, _ = open_database(resolve_location(str(copy)), Zugriff.ZUM_LESEN)
    try:
        path = write_excel_overview(database, tmp_path / "z.xlsx", stichtag=HEUTE)
    finally:
        database.close()
    workbook = load_workbook(path)
    assert workbook["Übersicht"]["A1"].value == "Übersicht der Zukunftsprojekte – Stand 22.11.2026"
    assert _table(workbook["Mitwirkung"]).column_names[:2] == ["Zukunftsthema", "Zukunftsprojekt"]
    with zipfile.ZipFile(path) as archive:
        assert "Zukunftsprojekte je Zukunftsthema nach Ampel" in archive.read("xl/charts/chart1.xml").decode()


def test_an_empty_database_still_gives_valid_tables(db, tmp_path: Path) -> None:
    path = write_excel_overview(db, tmp_path / "leer.xlsx", stichtag=HEUTE)
    workbook = load_workbook(path)
    for ws in workbook.worksheets:
        if ws.title != "Ampeln":  # the six corridors are reference data
            assert re.fullmatch(r"A3:[A-Z]+4", _table(ws).ref)  # a table needs one (empty) data row
            assert all(v is None for v in _rows(ws)[0])
    assert "Keine Befunde" in workbook["Regelprüfung"]["A2"].value


def test_progress_is_reported_to_the_end(demo_db, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    write_excel_overview(demo_db, tmp_path / "p.xlsx", stichtag=HEUTE, progress=lambda d, t: steps.append((d, t)))
    done = [d for d, _ in steps]
    assert done == sorted(done) and steps[0][0] == 0 and steps[-1][0] == steps[-1][1]


def test_a_failed_export_leaves_the_old_file_and_no_temporary_one(demo_db, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "Übersicht.xlsx"
    target.write_bytes(b"the previous export")

    def broken(*_args, **_kwargs) -> None:
        raise RuntimeError("mitten im Schreiben")

    monkeypatch.setattr(excel_overview, "save_workbook", broken)
    with pytest.raises(RuntimeError):
        write_excel_overview(demo_db, target, stichtag=HEUTE)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["Übersicht.xlsx"]


def test_a_file_open_in_excel_gives_a_german_message(demo_db, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "Übersicht.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(_src, _dst) -> None:
        raise PermissionError(13, "Der Prozess kann nicht auf die Datei zugreifen")  # what Windows says

    monkeypatch.setattr("iq_desktop.exports.files.os.replace", locked)
    with pytest.raises(ExportFehler, match="vermutlich noch geöffnet"):
        write_excel_overview(demo_db, target, stichtag=HEUTE)
    assert target.read_bytes() == b"open in Excel"
    assert [p.name for p in tmp_path.iterdir()] == ["Übersicht.xlsx"]


@pytest.mark.parametrize("where", ["missing", "directory"])
def test_an_impossible_target_is_refused_in_german(demo_db, tmp_path: Path, where: str) -> None:
    target = tmp_path / "fehlt" / "a.xlsx" if where == "missing" else tmp_path
    with pytest.raises(ExportFehler, match=r"gibt es nicht|ist ein Ordner"):
        write_excel_overview(demo_db, target, stichtag=HEUTE)


def test_libreoffice_prints_it_with_titles_projects_and_umlauts(export: Path, tmp_path: Path) -> None:
    pdf = office.to_pdf(export, tmp_path)
    text = office.pdf_text(pdf)
    for expected in ("Übersicht der Leitprojekte – Stand 22.11.2026", "Innenstadtdialog", "Mobilität",
                     "Lautenschläger", "Seite 1 von", "Regelprüfung zum Stichtag 22.11.2026",
                     "Leitprojekte je Korridorthema nach Ampel", '=HYPERLINK("https://', "=SUMME(A1:A9)"):
        assert expected in " ".join(text.split()) or expected in text, expected
    assert office.pdf_pages(pdf) >= len(BLAETTER)
