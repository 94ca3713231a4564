"""How wide text is in Arial (and its metric twin Liberation Sans): for column widths and row heights.

LibreOffice does not fit row heights to wrapped text when it opens an .xlsx
file, so the overview sets them itself; Excel then shows the same. The sheets
use Arial, present on every Windows PC and replaced by the metrically
identical Liberation Sans where LibreOffice runs, so one table of advance
widths (in thousandths of the font size, read from Liberation Sans) serves
both.
"""

from __future__ import annotations

import functools

_ZEICHEN = (
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
    "äöüÄÖÜßéèáàçñ„“”‚‘’–—…€§°×·•"
)
_NORMAL = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
    722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
    278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 556, 556, 556, 667, 778,
    722, 611, 556, 556, 556, 556, 500, 556, 333, 333, 333, 222, 222, 222, 556, 1000, 1000, 556, 556,
    400, 584, 333, 350,
)

_FETT = (
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
    722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
    278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 556, 611, 611, 722, 778,
    722, 611, 556, 556, 556, 556, 556, 611, 500, 500, 500, 278, 278, 278, 556, 1000, 1000, 556, 556,
    400, 584, 333, 350,
)

#: a character not in the table (another script, a symbol) counts as a wide one
_UNBEKANNT = 800

#: Excel's column width unit: the widest digit of the default font (Arial 10 pt) at 96 dpi, in pixels
PIXEL_JE_ZEICHEN = 7
#: a cell's padding, in pixels (two on each side and the grid line)
_RAND = 5

class _Pixel(dict[str, int]):
    """Character -> advance width in whole pixels at 96 dpi (screen rendering rounds each glyph)."""

    def __init__(self, size: float, bold: bool) -> None:
        scale = size * 96 / 72 / 1000
        super().__init__((c, round(w * scale)) for c, w in zip(_ZEICHEN, _FETT if bold else _NORMAL, strict=True))
        self._unknown = round(_UNBEKANNT * scale)

    def __missing__(self, key: str) -> int:
        return self._unknown


_TABELLEN: dict[tuple[float, bool], _Pixel] = {}


@functools.lru_cache(maxsize=1 << 16)
def text_width(text: str, size: float = 10, *, bold: bool = False) -> int:
    """Width of ``text`` on one line, in pixels at 96 dpi (kept: titles and names recur across sheets)."""
    table = _TABELLEN.get((size, bold))
    if table is None:
        table = _TABELLEN[(size, bold)] = _Pixel(size, bold)
    return sum(map(table.__getitem__, text))


def column_units(pixels: float) -> float:
    """The column width (Excel's unit) that shows ``pixels`` of text."""
    return (pixels + _RAND) / PIXEL_JE_ZEICHEN


def text_pixels(column_width: float) -> float:
    """The pixels of text a column ``column_width`` units wide shows on one line."""
    return column_width * PIXEL_JE_ZEICHEN - _RAND


@functools.lru_cache(maxsize=1 << 16)
def line_count(text: str, column_width: float, size: float = 10, *, bold: bool = False) -> int:
    """Lines ``text`` takes when wrapped in a column ``column_width`` units wide (breaks at spaces,
    a word longer than the line is cut), the way Excel and LibreOffice wrap it."""
    available = text_pixels(column_width)
    space = text_width(" ", size, bold=bold)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            width = text_width(word, size, bold=bold)
            candidate = used + space + width if used else width
            if candidate <= available:
                used = candidate
                continue
            if used:
                lines += 1  # the word starts the next line
            while width > available > 0:  # a word wider than the line is cut
                lines += 1
                width -= available
            used = width
    return lines
