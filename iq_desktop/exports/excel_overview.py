"""The Excel overview for the IQ-Lenkungsgruppe: one workbook, a worksheet table per sheet.

What goes on the sheets is decided in :mod:`excel_sheets`; this module writes
it with openpyxl in write-only mode (rows streamed to the file, so the
largest portfolio costs little more than writing its cells): real tables
with filter buttons and a table style, a frozen header, German dates,
conditional colours keyed on the cells' words (so they follow edits), print
settings (A4 landscape, fit to width, header row repeated, "Seite x von y")
and a native stacked bar chart of the Ampeln.

Every text from the database is written as a text cell, never as a formula;
one that begins with =, +, - or @ also gets Excel's quote prefix, so editing
the cell later does not turn it into one either.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from iq_desktop import __version__
from iq_desktop.db.database import Database
from iq_desktop.enums import Ampel
from iq_desktop.exports.excel_cells import (
    ZEILENHOEHE,
    Stile,
    Zeilenschreiber,
    clean_text,
    column_widths,
    lines_height,
    text_cell,
)
from iq_desktop.exports.excel_sheets import (
    HOHES_RISIKO,
    Blatt,
    Mappe,
    Markierung,
    build_workbook_content,
)
from iq_desktop.exports.files import write_replacing
from iq_desktop.exports.text_metrics import line_count
from iq_desktop.i18n import translate
from iq_desktop.reference import BERICHTSZYKLUS_TAGE
from iq_desktop.services.portfolio_tables import portfolio_tables
from iq_desktop.services.rules import check_rules

Fortschritt = Callable[[int, int], None]

#: title line, note line, then the table's header row
TITEL_ZEILE, HINWEIS_ZEILE, KOPF_ZEILE = 1, 2, 3
ERSTE_DATENZEILE = KOPF_ZEILE + 1

_TABELLENSTIL = "TableStyleMedium2"
# Excel's own "Gut", "Neutral" and "Schlecht" colours: readable on screen and in print
_GRUEN, _GRUEN_SCHRIFT = "C6EFCE", "006100"
_GELB, _GELB_SCHRIFT = "FFEB9C", "9C5700"
_ROT, _ROT_SCHRIFT = "FFC7CE", "9C0006"
_HINWEIS, _HINWEIS_SCHRIFT = "FCE4D6", "843C0C"
_GRAU_SCHRIFT = "808080"
_KEINE_ANGABE = "BFBFBF"


def write_excel_overview(
    db: Database,
    path: Path,
    *,
    stichtag: dt.date | None = None,
    berichtszyklus_tage: int = BERICHTSZYKLUS_TAGE,
    progress: Fortschritt | None = None,
) -> Path:
    """Write the overview as of ``stichtag`` (today) to ``path``; returns ``path``.

    Reads through the services (never writes the database). The file appears
    only when complete; an error raises ``ExportFehler`` (German) and leaves an
    existing file at ``path`` as it was.
    """
    stichtag = stichtag or db.today()
    melden = progress or (lambda _done, _total: None)
    total = 3 + 7  # two reads, the sheets, saving
    melden(0, total)
    with db.snapshot():  # sheets and findings from one state of the data, even while another desk saves
        tabellen = portfolio_tables(db, stichtag=stichtag, berichtszyklus_tage=berichtszyklus_tage)
        melden(1, total)
        bericht = check_rules(db, stichtag=stichtag, berichtszyklus_tage=berichtszyklus_tage)
    melden(2, total)
    mappe = build_workbook_content(tabellen, bericht)
    return write_replacing(Path(path), lambda target: save_workbook(mappe, target, progress=melden, done=2,
                                                                     total=total))


def save_workbook(
    mappe: Mappe, target: Path, *, progress: Fortschritt | None = None, done: int = 0, total: int = 0
) -> None:
    """Write ``mappe`` to ``target`` (the caller takes care of where and how it lands)."""
    wb = Workbook(write_only=True)
    stile = Stile(wb)
    for index, blatt in enumerate(mappe.blaetter):
        ws = wb.create_sheet(_sheet_name(blatt.name))
        letzte_zeile = _write_sheet(ws, blatt, stile, mappe.stichtag)
        if index == mappe.diagramm_blatt:
            _add_chart(ws, mappe, letzte_zeile)
        if progress:
            progress(done + index + 1, total)
    titel = translate("Excel-Übersicht", "IQ-Prozess: Übersicht der {Leitprojekte}, Stand {datum}").format(
        datum=mappe.stichtag.strftime("%d.%m.%Y"), **mappe.begriffe.format_args())
    wb.properties.title = titel
    wb.properties.creator = f"IQ Desktop {__version__}"
    wb.properties.language = "de-DE"
    wb.save(target)
    if progress:
        progress(total, total)


# --- columns -------------------------------------------------------------------------------------


def unique_headers(titles: Sequence[str]) -> list[str]:
    """Table headers must be distinct text (an organisation's terms could coincide)."""
    seen: set[str] = set()
    result = []
    for title in titles:
        name, n = clean_text(title).replace("\n", " ").strip() or "Spalte", 1
        candidate = name
        while candidate.casefold() in seen:
            n += 1
            candidate = f"{name} ({n})"
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


def _sheet_name(name: str) -> str:
    """Excel's rules for sheet names: at most 31 characters, none of []:*?/\\."""
    return "".join("_" if c in "[]:*?/\\" else c for c in name)[:31]


# --- a sheet -------------------------------------------------------------------------------------


def _write_sheet(ws, blatt: Blatt, stile: Stile, stichtag: dt.date) -> int:
    """Title, note and table; returns the table's last row."""
    breiten = column_widths(blatt)
    kopf = unique_headers([s.titel for s in blatt.spalten])
    letzte_spalte = get_column_letter(len(blatt.spalten))
    zeilen = blatt.zeilen or [tuple(None for _ in blatt.spalten)]  # a table needs a data row
    letzte_zeile = KOPF_ZEILE + len(zeilen)

    # what write-only mode writes before the rows: widths, heights, the frozen header
    for index, breite in enumerate(breiten, start=1):
        ws.column_dimensions[get_column_letter(index)].width = round(breite, 1)
    gesamt = sum(breiten)
    ws.sheet_format.defaultRowHeight = ZEILENHOEHE
    ws.row_dimensions[TITEL_ZEILE].height = lines_height(line_count(blatt.titel, gesamt, 14, bold=True), 14)
    ws.row_dimensions[HINWEIS_ZEILE].height = lines_height(line_count(blatt.hinweis, gesamt, 9), 9) + 3
    ws.row_dimensions[KOPF_ZEILE].height = lines_height(max(
        line_count(name, breite, bold=True) for name, breite in zip(kopf, breiten, strict=True)))
    ws.freeze_panes = f"A{ERSTE_DATENZEILE}"
    _print_setup(ws, blatt)
    for rng in (f"A{TITEL_ZEILE}:{letzte_spalte}{TITEL_ZEILE}", f"A{HINWEIS_ZEILE}:{letzte_spalte}{HINWEIS_ZEILE}"):
        if len(blatt.spalten) > 1:
            ws.merged_cells.add(rng)

    ws.append([text_cell(ws, blatt.titel, stile.titel)])
    ws.append([text_cell(ws, blatt.hinweis, stile.hinweis)])
    ws.append([text_cell(ws, name, stile.kopf[spalte.art]) for name, spalte in zip(kopf, blatt.spalten, strict=True)])
    schreiber = Zeilenschreiber(ws, stile, blatt.spalten, breiten)
    for row, values in enumerate(zeilen, start=ERSTE_DATENZEILE):
        schreiber.append(row, values)

    ref = f"A{KOPF_ZEILE}:{letzte_spalte}{letzte_zeile}"
    table = Table(displayName=blatt.tabelle, ref=ref)
    table.tableColumns = [TableColumn(id=i, name=name) for i, name in enumerate(kopf, start=1)]
    table.autoFilter = AutoFilter(ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=_TABELLENSTIL, showRowStripes=True, showColumnStripes=False,
                                          showFirstColumn=False, showLastColumn=False)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually")
        ws.add_table(table)  # they are: the header names above
    _add_markings(ws, blatt, stichtag, letzte_zeile)
    return letzte_zeile


def _fill(colour: str) -> PatternFill:
    # both colours: Excel reads a differential fill's bgColor, LibreOffice its fgColor
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour, bgColor=colour)


def _formula_text(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _add_markings(ws, blatt: Blatt, stichtag: dt.date, letzte_zeile: int) -> None:
    """Conditional formats on the data rows, keyed on what the cells say (they follow later edits)."""
    if not blatt.regeln:
        return
    last_col = get_column_letter(len(blatt.spalten))
    for regel in blatt.regeln:
        col = get_column_letter(regel.spalte + 1)
        cells = f"{col}{ERSTE_DATENZEILE}:{col}{letzte_zeile}"
        first = f"${col}{ERSTE_DATENZEILE}"
        if regel.art is Markierung.AMPEL:
            for ampel, fill, font in ((Ampel.GRUEN, _GRUEN, _GRUEN_SCHRIFT), (Ampel.GELB, _GELB, _GELB_SCHRIFT),
                                      (Ampel.ROT, _ROT, _ROT_SCHRIFT)):
                ws.conditional_formatting.add(cells, CellIsRule(
                    operator="equal", formula=[_formula_text(ampel.label)], fill=_fill(fill),
                    font=Font(color=font, bold=True)))
        elif regel.art is Markierung.REGELHINWEIS:
            ws.conditional_formatting.add(cells, FormulaRule(
                formula=[f"LEN(TRIM({first}))>0"], fill=_fill(_HINWEIS), font=Font(color=_HINWEIS_SCHRIFT)))
        elif regel.art is Markierung.GRAU:
            condition = ",".join(f"{first}={_formula_text(w)}" for w in regel.woerter)
            ws.conditional_formatting.add(
                f"A{ERSTE_DATENZEILE}:{last_col}{letzte_zeile}",
                FormulaRule(formula=[f"OR({condition})"], font=Font(color=_GRAU_SCHRIFT, italic=True)))
        elif regel.art is Markierung.UEBERFAELLIG:
            assert regel.bezug is not None
            bezug = f"${get_column_letter(regel.bezug + 1)}{ERSTE_DATENZEILE}"
            status = ",".join(f"{bezug}={_formula_text(w)}" for w in regel.woerter)
            frist = f"DATE({stichtag.year},{stichtag.month},{stichtag.day})"
            ws.conditional_formatting.add(cells, FormulaRule(
                formula=[f'AND(OR({status}),{first}<>"",{first}<{frist})'], fill=_fill(_ROT),
                font=Font(color=_ROT_SCHRIFT, bold=True)))
        elif regel.art is Markierung.HOCH:
            ws.conditional_formatting.add(cells, CellIsRule(
                operator="greaterThanOrEqual", formula=[str(HOHES_RISIKO)], fill=_fill(_ROT),
                font=Font(color=_ROT_SCHRIFT, bold=True)))


def _footer_text(text: str) -> str:
    return text.replace("&", "&&")


def _print_setup(ws, blatt: Blatt) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = f"{KOPF_ZEILE}:{KOPF_ZEILE}"
    ws.page_margins = PageMargins(left=0.3, right=0.3, top=0.4, bottom=0.6, header=0.2, footer=0.25)
    ws.oddFooter.left.text = _footer_text(blatt.titel)
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = translate("Excel-Übersicht", "Seite &P von &N")
    ws.oddFooter.right.size = 8


# --- the chart -----------------------------------------------------------------------------------

_SERIEN_FARBEN = ("70AD47", "FFC000", "C00000", _KEINE_ANGABE)


def _add_chart(ws, mappe: Mappe, letzte_zeile: int) -> None:
    """Stacked bars: per corridor its working Leitprojekte by Ampel (grün, gelb, rot, keine Angabe)."""
    anzahl = len(mappe.ampeln)
    if anzahl == 0:
        return
    t = mappe.begriffe
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.gapWidth = 60
    chart.title = translate("Excel-Übersicht", "{Leitprojekte} je {Korridorthema} nach Ampel").format(**t.format_args())
    data = Reference(ws, min_col=2, max_col=5, min_row=KOPF_ZEILE, max_row=KOPF_ZEILE + anzahl)
    categories = Reference(ws, min_col=1, min_row=ERSTE_DATENZEILE, max_row=KOPF_ZEILE + anzahl)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    for series, colour in zip(chart.series, _SERIEN_FARBEN, strict=True):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.x_axis.scaling.orientation = "maxMin"  # the first corridor on top, as in the table
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.crosses = "max"  # with the categories reversed: the count axis stays at the bottom
    chart.y_axis.title = translate("Excel-Übersicht", "Anzahl {Leitprojekte}").format(**t.format_args())
    chart.y_axis.majorUnit = 1 if max((a.summe for a in mappe.ampeln), default=0) <= 12 else None
    chart.y_axis.scaling.min = 0
    chart.legend.position = "b"
    chart.width = 24
    chart.height = min(60.0, max(9.0, 1.2 * anzahl + 4))
    ws.add_chart(chart, f"A{letzte_zeile + 3}")
