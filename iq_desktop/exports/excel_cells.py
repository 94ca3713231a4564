"""Cells for openpyxl's write-only worksheets: text that stays text, German dates, wrapped text, row heights.

Speed matters here: the overview of a large portfolio has half a million
cells, and openpyxl spends most of an export on them. Two things keep the
cost at that of writing bare values:

* The workbook's default cell format (``cellXfs[0]``, what every cell without
  a style of its own shows, and the cell style "Normal", which LibreOffice
  shows instead) is Arial 10, wrapped, aligned at the top. Plain values, which
  openpyxl writes cheapest, therefore wrap in their columns and a tall row
  still reads as a line; only dates and text that looks like a formula carry
  a style.
* A styled cell is not built per value. Each kind exists once per sheet and is
  handed to openpyxl with the next value: the write-only worksheet writes each
  cell of a row generator before asking for the next
  (``WriteOnlyWorksheet._values_to_row``), so the same object can carry every
  value of its kind. A test reads every value back.

Row heights are set, not left to the reader: LibreOffice does not fit them to
wrapped text when it opens a file (see :mod:`text_metrics`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook.child import _WorkbookChild
from openpyxl.worksheet.dimensions import RowDimension

from iq_desktop.exports.excel_sheets import Art, Blatt, Wert
from iq_desktop.exports.text_metrics import column_units, line_count, text_width

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
    """A sheet's rows as ``WriteOnlyWorksheet.append`` takes them, and each row's height."""

    def __init__(self, ws, stile: Stile, breiten: Sequence[float]) -> None:
        self._datum = _Vorlage(ws, style_array=stile.datum)
        self._datum.data_type = "d"
        self._als_text = _Vorlage(ws, style_array=stile.als_text)
        self._als_text.data_type = "s"
        self._breiten = tuple(breiten)
        #: per column: text -> lines (titles, names and words repeat from row to row)
        self._zeilen: tuple[dict[str, int], ...] = tuple({} for _ in breiten)
        #: one row format per height, shared by the rows of that height (openpyxl builds one slowly)
        self._hoehen: dict[float, RowDimension] = {}
        self._ws = ws

    def set_height(self, row: int, values: Sequence[Wert]) -> None:
        """Give row ``row`` the height its text needs (before it is written)."""
        height = self.height(values)
        if height is None:
            return
        dimension = self._hoehen.get(height)
        if dimension is None:
            dimension = self._hoehen[height] = RowDimension(self._ws, index=row, ht=height)
        # the row number is written from the row itself, not from its format: one format serves many rows
        self._ws.row_dimensions[row] = dimension

    def height(self, values: Sequence[Wert]) -> float | None:
        """The row's height in points when its text takes more than one line, else None (the default)."""
        most = 1
        for value, breite, known in zip(values, self._breiten, self._zeilen, strict=True):
            if value.__class__ is str:
                lines = known.get(value)  # type: ignore[call-overload]
                if lines is None:
                    lines = known[value] = line_count(value, breite)  # type: ignore[index, arg-type]
                if lines > most:
                    most = lines
        return lines_height(most) if most > 1 else None

    def row(self, values: Sequence[Wert]) -> Iterator[object]:
        for value in values:
            if value.__class__ is str:
                text = clean_text(value)  # type: ignore[arg-type]
                if text.startswith(FORMEL_ANFANG):
                    self._als_text._value = text
                    yield self._als_text
                else:
                    yield text
            elif isinstance(value, dt.date):
                self._datum._value = value
                yield self._datum
            else:
                yield value


def _text_widths(blatt: Blatt, index: int) -> tuple[float, float]:
    """The widest line and the widest word among a column's texts, in pixels."""
    widest_line = widest_word = 0.0
    for value in {row[index] for row in blatt.zeilen}:
        if value.__class__ is not str:
            continue
        for line in value.split("\n"):  # type: ignore[union-attr]
            width = text_width(line)
            widest_line = max(widest_line, width)
            if width > widest_word:  # else no word in it can be wider
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
            content, word = _text_widths(blatt, index)
        # a word is not cut while it fits a reasonable column (a long web address may be)
        longest_word = min(column_units(word), max(spalte.breite, 24))
        width = max(min(column_units(content), spalte.breite), longest_word, column_units(header), 5.0)
        widths.append(round(width, 1))
    return widths
