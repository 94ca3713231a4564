"""Cells for openpyxl's write-only worksheets: text that stays text, German dates, wrapped text, row heights.

Speed matters here: the overview of a large portfolio has half a million
cells, and openpyxl spends most of an export on them. Three things keep the
cost near that of writing bare values (bench/export_excel.py measures it):

* The workbook's default cell format (``cellXfs[0]``, what every cell without
  a style of its own shows, and the cell style "Normal", which LibreOffice
  shows instead) is Arial 10, wrapped, aligned at the top. Plain values, which
  openpyxl writes cheapest, therefore wrap in their columns and a tall row
  still reads as a line; only dates and text that looks like a formula carry
  a style.
* A styled cell is not built per value. Each date column (and each text
  column, for text that looks like a formula) has one cell object, which takes
  the row's value: the write-only worksheet writes a row's cells before it is
  given the next row (``WriteOnlyWorksheet.append``). A test reads every value
  back.
* Row heights are set, not left to the reader: LibreOffice does not fit them
  to wrapped text when it opens a file (see :mod:`text_metrics`). Rows of the
  same height share one plain mapping of row attributes, which the
  write-only writer merges into each row element (``WorksheetWriter.write_row``);
  building openpyxl's ``RowDimension`` for every row cost more than the row's cells.

These lean on openpyxl 3.1's write-only internals (named above); the tests
read the files back and fail if a newer openpyxl writes them differently.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook.child import _WorkbookChild

from iq_desktop.exports.excel_sheets import Art, Blatt, Spalte, Wert
from iq_desktop.exports.text_metrics import column_units, line_count, text_pixels, text_width

SCHRIFT, GROESSE = "Arial", 10
#: Excel's height of a line of Arial 10, in points
ZEILENHOEHE = 12.75
DATUMSFORMAT = "DD.MM.YYYY"
#: the header's blue, as in Excel's table style "TableStyleMedium2"
KOPF_FARBE = "4472C4"
#: Excel keeps at most this many characters in a cell
MAX_ZEICHEN = 32767
#: what makes Excel read typed text as a formula (and CSV injection's usual suspects)
FORMEL_ANFANG = ("=", "+", "-", "@", "\t", "\r")
#: the filter button beside a header word, in pixels
_KNOPF_PIXEL = 18


class Stile:
    """The few cell styles of a workbook, built once; sets the workbook's default format (see above)."""

    def __init__(self, wb: Workbook) -> None:
        umbruch = Alignment(vertical="top", wrap_text=True)
        schrift = Font(name=SCHRIFT, size=GROESSE, family=2)
        wb._fonts = IndexedList([schrift])
        default = StyleArray()
        default.alignmentId = wb._alignments.add(umbruch)
        # cellXfs[0]: what a cell without a style of its own shows (openpyxl's own default has no alignment)
        wb._cell_styles = IndexedList([default])
        # and openpyxl's "no style" (of columns and rows) means that default too, not a plain second format
        wb._cell_styles._dict[StyleArray()] = 0
        # LibreOffice shows a cell without a style in the cell style "Normal" (cellStyleXfs[0]) instead
        for named in wb._named_styles:
            if named.name == "Normal":
                named.font = schrift
                named.alignment = umbruch
        # a style lives in the workbook's lists; a detached prototype cell registers it there
        self._ws = _WorkbookChild(wb, "prototype")
        self.datum = self._style(number_format=DATUMSFORMAT,
                                 alignment=Alignment(horizontal="center", vertical="top", wrap_text=True))
        self.als_text = self._style(alignment=umbruch, quotePrefix=True)
        # the table style colours the header in Excel; LibreOffice shows table styles plain, so say it here too
        kopf = {"font": Font(name=SCHRIFT, size=GROESSE, bold=True, color="FFFFFF"),
                "fill": PatternFill("solid", start_color=KOPF_FARBE)}
        #: a header sits over its values: numbers right, dates centred, text left
        self.kopf = {
            art: self._style(**kopf, alignment=Alignment(horizontal=horizontal, vertical="top", wrap_text=True))
            for art, horizontal in ((Art.TEXT, None), (Art.LANGTEXT, None), (Art.ZAHL, "right"),
                                    (Art.DATUM, "center"))
        }
        self.titel = self._style(font=Font(name=SCHRIFT, size=14, bold=True), alignment=umbruch)
        self.hinweis = self._style(font=Font(name=SCHRIFT, size=9, italic=True, color="595959"),
                                   alignment=umbruch)

    def _style(self, **attributes: object) -> StyleArray:
        cell = WriteOnlyCell(self._ws)  # type: ignore[arg-type]
        for name, value in attributes.items():
            setattr(cell, name, value)
        return cell._style


class _Vorlage(Cell):
    """A styled cell handed to openpyxl with one value after another (see the module's docstring)."""

    __slots__ = ()

    def __repr__(self) -> str:
        # openpyxl formats a cell it is given into an exception message it then catches: keep that cheap
        return "<Vorlage>"


def clean_text(value: str) -> str:
    """Text as a cell can hold it: no control characters, Excel's length limit, line breaks as \\n."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > MAX_ZEICHEN:
        value = value[: MAX_ZEICHEN - 1] + "…"
    return value


def text_cell(ws, text: str, style: StyleArray) -> Cell:
    """A single styled text cell that is text whatever it begins with (titles, headers)."""
    cell = WriteOnlyCell(ws)
    cell._value, cell.data_type = clean_text(text), "s"
    cell._style = StyleArray(style)
    return cell


def lines_height(lines: int, size: float = GROESSE) -> float:
    """Points for ``lines`` lines of text at font ``size``."""
    return round(lines * ZEILENHOEHE * size / GROESSE, 2)


class Zeilenschreiber:
    """A sheet's rows as ``WriteOnlyWorksheet.append`` takes them, each with the height its text needs.

    Per column: a date gets the column's own date cell, a text is cleaned once
    (titles, names and roles repeat from row to row, so the cleaned text and
    its line count are kept), one that looks like a formula gets the column's
    own quoted text cell, numbers pass as they are.
    """

    def __init__(self, ws, stile: Stile, spalten: Sequence[Spalte], breiten: Sequence[float]) -> None:
        def vorlage(style: StyleArray, data_type: str) -> _Vorlage:
            cell = _Vorlage(ws, style_array=style)
            cell.data_type = data_type
            return cell

        self._ws = ws
        self._daten = tuple((i, vorlage(stile.datum, "d")) for i, s in enumerate(spalten) if s.art is Art.DATUM)
        self._texte = tuple(
            (i, breiten[i], vorlage(stile.als_text, "s"), {})
            for i, s in enumerate(spalten) if s.art in (Art.TEXT, Art.LANGTEXT)
        )
        #: one row format per height, shared by every row of that height
        self._hoehen: dict[int, dict[str, str]] = {}

    def _text(self, raw: str, breite: float, known: dict) -> tuple[str | None, int]:
        """(clean text, or None when it must be a quoted text cell; its line count), kept per column."""
        found = known.get(raw)
        if found is None:
            text = clean_text(raw)
            found = known[raw] = (None if text.startswith(FORMEL_ANFANG) else text, line_count(text, breite))
        return found

    def append(self, row: int, values: Sequence[Wert]) -> None:
        """Write ``values`` as row ``row`` (the next one) of the sheet."""
        cells: list[object] = list(values)
        lines = 1
        for index, breite, quoted, known in self._texte:
            raw = cells[index]
            if raw is None:
                continue
            text, count = self._text(raw, breite, known)  # type: ignore[arg-type]
            if text is None:
                quoted._value = clean_text(raw)  # type: ignore[arg-type]
                cells[index] = quoted
            else:
                cells[index] = text
            if count > lines:
                lines = count
        for index, cell in self._daten:
            if cells[index] is not None:
                cell._value = cells[index]
                cells[index] = cell
        if lines > 1:
            # openpyxl's write-only writer takes a row's attributes from ``row_dimensions`` as a mapping
            # (``WorksheetWriter.write_row``); a plain one is shared by the rows of a height, where building a
            # RowDimension per row cost more than writing the row's cells
            dimension = self._hoehen.get(lines)
            if dimension is None:
                dimension = self._hoehen[lines] = {"ht": str(lines_height(lines)), "customHeight": "1"}
            self._ws.row_dimensions[row] = dimension
        self._ws.append(cells)


def _text_widths(blatt: Blatt, index: int, cap: float) -> tuple[float, float]:
    """The widest line and the widest word among a column's texts, in pixels.

    Words are measured only in lines wider than ``cap`` pixels (the column's
    most): a word in a line that fits is no wider than the column gets anyway.
    """
    widest_line = widest_word = 0.0
    for value in {row[index] for row in blatt.zeilen}:
        if value.__class__ is not str:
            continue
        for line in value.split("\n"):  # type: ignore[union-attr]
            width = text_width(line)
            widest_line = max(widest_line, width)
            if width > cap and width > widest_word:  # else no word in it can matter
                widest_word = max(widest_word, *(text_width(word) for word in line.split(" ")))
    return widest_line, widest_word


def column_widths(blatt: Blatt) -> list[float]:
    """Each column as wide as its values need, up to the column's most (text wraps beyond), never narrower
    than its longest word or a header word beside the filter button."""
    widths = []
    for index, spalte in enumerate(blatt.spalten):
        header = max(text_width(word, bold=True) for word in spalte.titel.split()) + _KNOPF_PIXEL
        if spalte.art is Art.DATUM:
            content = word = text_width("00.00.0000")
        elif spalte.art is Art.ZAHL:
            numbers = [row[index] for row in blatt.zeilen if row[index] is not None]
            content = word = max((text_width(str(n)) for n in (min(numbers), max(numbers))), default=0) \
                if numbers else 0
        else:
            content, word = _text_widths(blatt, index, text_pixels(spalte.breite))
        # a word is not cut while it fits a reasonable column (a long web address may be)
        longest_word = min(column_units(word), max(spalte.breite, 24))
        width = max(min(column_units(content), spalte.breite), longest_word, column_units(header), 5.0)
        widths.append(round(width, 1))
    return widths
