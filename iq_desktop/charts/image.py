"""Charts as PNG bytes, without a window: a QImage painted in memory.

QPainter needs Qt's font machinery, which a QGuiApplication sets up. The
window already has one (a QApplication); the command line gets a windowless
one here, on Linux with the "offscreen" platform so no display is needed.
Painting on a QImage is allowed in any thread, so the window's export worker
can draw too.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from iq_desktop.charts import risk_matrix, timeline
from iq_desktop.presentation import BAND_FARBEN, PHASEN_FARBEN

#: the application this module created (kept, or Qt would tear it down again)
_application: QGuiApplication | None = None

#: logical pixels per centimetre in the document: an image of 640 pixels prints 16 cm wide
PIXELS_PER_CM = 40.0
#: device pixels per logical pixel: about 200 dpi on paper, sharp enough to print
SCALE = 2.0


@functools.cache
def _palette() -> list[int]:
    """The charts' colours, each blended with white and with the text colour in eight steps, and a grey ramp."""
    inks = (*PHASEN_FARBEN.values(), *BAND_FARBEN.values(), *timeline.COLOURS, *risk_matrix.COLOURS)
    base = [QColor(c) for c in inks]
    white, text = QColor("white"), QColor(timeline.TEXT_COLOUR)
    colours = {QColor(g, g, g).rgb() for g in range(0, 256, 17)}
    for colour in base:
        for other in (white, text):
            for step in range(9):
                t = step / 8
                colours.add(QColor(round(colour.red() * (1 - t) + other.red() * t),
                                   round(colour.green() * (1 - t) + other.green() * t),
                                   round(colour.blue() * (1 - t) + other.blue() * t)).rgb())
    return sorted(colours)[:256]


def ensure_gui_application() -> None:
    """Create a windowless QGuiApplication unless one exists (command line, tests)."""
    global _application
    if QGuiApplication.instance() is not None:
        return
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("charts outside the main thread need an existing QGuiApplication")
    arguments = ["iq-desktop"]
    if "QT_QPA_PLATFORM" not in os.environ and not sys.platform.startswith(("win", "darwin")):
        arguments += ["-platform", "offscreen"]  # no X server or Wayland needed for a scheduled export
    _application = QGuiApplication(arguments)


def chart_font(pixel_size: int = 11) -> QFont:
    """A sans-serif font that exists everywhere (Arial, else its metric twin or DejaVu Sans)."""
    font = QFont("Arial")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(pixel_size)
    return font


def render_png(width: float, height: float, paint: Callable[[QPainter, QRectF], None]) -> bytes:
    """Paint ``width`` × ``height`` logical pixels on white and return them as PNG bytes."""
    ensure_gui_application()
    image = QImage(round(width * SCALE), round(height * SCALE), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(SCALE)
    dots_per_metre = round(PIXELS_PER_CM * SCALE * 100)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setFont(chart_font())
        paint(painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    # A chart has few colours: as a palette image it is a third of the size and written
    # eight times faster; light compression costs a fraction of the default's time for a
    # few percent in size. The palette holds the charts' own colours and their blends
    # (antialiased edges), so no colour shifts.
    indexed = image.convertToFormat(QImage.Format.Format_Indexed8, _palette(),
                                    Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    indexed.save(buffer, "PNG", 80)
    buffer.close()
    return data.data()
