"""Draw the program icon (resources/icons/iq-desktop.png and .ico) with QtGui, offscreen.

    .venv/bin/python scripts/build_icon.py [--if-missing]

The mark is a rounded square in dark red with a white "IQ" and a thin gold
diagonal band (the colours of Karlsruhe's coat of arms). The letters are
drawn as shapes, not text, so the result does not depend on the fonts of the
machine that runs this script. Each size is drawn on its own pixel grid
rather than scaled down from 256 px, so the letters stay sharp at 16 px.

Writes:

* ``resources/icons/iq-desktop.png``: 256 px, the source for every other use;
* ``resources/icons/iq-desktop.ico``: 16, 24, 32, 48, 64 and 256 px. Qt's ICO
  writer stores one image per file, so this script writes the ICO container
  itself: 32-bit DIBs up to 64 px and PNG for 256 px, the layout Windows'
  own icons use;
* ``iq_desktop/resources/icons/iq-desktop.png``: a copy the running program
  sets as its window icon.

The generated files are committed like any image; run this script after
changing the drawing. ``--if-missing`` (the build scripts) leaves existing
files alone, so a build never rewrites committed files.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
PNG = ROOT / "resources" / "icons" / "iq-desktop.png"
ICO = ROOT / "resources" / "icons" / "iq-desktop.ico"
PACKAGE_PNG = ROOT / "iq_desktop" / "resources" / "icons" / "iq-desktop.png"
ICO_SIZES = (16, 24, 32, 48, 64, 256)

RED_TOP = QColor("#B0202F")
RED_BOTTOM = QColor("#7A1020")
GOLD = QColor("#F2C230")
WHITE = QColor("#FFFFFF")


def draw(size: int) -> QImage:
    """The icon at ``size`` × ``size`` pixels (ARGB32, transparent corners)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = size <= 24
    # the square fills the image; a tiny inset at large sizes keeps the edge smooth
    inset = 0.0 if small else size / 64
    square = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    radius = size * (0.16 if small else 0.2)
    outline = QPainterPath()
    outline.addRoundedRect(square, radius, radius)

    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, size))
    gradient.setColorAt(0.0, RED_TOP)
    gradient.setColorAt(1.0, RED_BOTTOM)
    painter.fillPath(outline, QBrush(gradient))

    if size >= 48:  # the gold band: a detail that only reads at larger sizes
        painter.save()
        painter.setClipPath(outline)
        band = QPainterPath()
        start = size * 0.74  # clear of the Q's tail
        width = size * 0.075 * 1.41
        band.moveTo(start, size + 1)
        band.lineTo(size + 1, start)
        band.lineTo(size + 1, start + width)
        band.lineTo(start + width, size + 1)
        band.closeSubpath()
        painter.fillPath(band, GOLD)
        painter.restore()

    _draw_letters(painter, size)
    painter.end()
    return image


def _draw_letters(painter: QPainter, size: int) -> None:
    """A white "I" and "Q" as shapes, snapped to whole pixels at small sizes."""
    def px(value: float) -> float:
        return float(round(value)) if size <= 48 else value

    stroke = max(2.0, px(size * 0.125))
    top = px(size * 0.22)
    bottom = px(size * 0.78)
    height = bottom - top

    # I: a bar
    i_left = px(size * 0.17)
    painter.fillRect(QRectF(i_left, top, stroke, height), WHITE)

    # Q: a ring and a tail
    q_left = i_left + stroke + max(1.0, px(size * 0.09))
    q_right = px(size * 0.83)
    ring = QRectF(q_left + stroke / 2, top + stroke / 2, q_right - q_left - stroke, height - stroke)
    pen = QPen(WHITE, stroke)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ring)
    tail = QPen(WHITE, stroke * (1.0 if size <= 24 else 0.9))
    tail.setCapStyle(Qt.PenCapStyle.SquareCap if size <= 24 else Qt.PenCapStyle.RoundCap)
    painter.setPen(tail)
    centre = ring.center()
    painter.drawLine(
        QPointF(centre.x() + ring.width() * 0.12, centre.y() + ring.height() * 0.18),
        QPointF(q_right - stroke * 0.25, bottom - stroke * 0.15),
    )


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA DIB as an ICO entry holds it: bottom-up rows, doubled height, an empty AND mask."""
    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA bytes in memory, not premultiplied
    rows = [bytes(argb.constScanLine(y))[: size * 4] for y in range(size)]
    pixels = b"".join(reversed(rows))
    mask_row = ((size + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(pixels), 0, 0, 0, 0)
    return header + pixels + bytes(mask_row * size)


def ico_bytes(images: list[QImage]) -> bytes:
    """The ICO container: header, one directory entry per image, then the images."""
    payloads = [png_bytes(image) if image.width() >= 256 else dib_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for image, payload in zip(images, payloads, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return header + entries + b"".join(payloads)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--if-missing", action="store_true",
                        help="nothing to do when the icon files exist (build scripts)")
    args = parser.parse_args(argv)
    if args.if_missing and all(path.exists() for path in (PNG, ICO, PACKAGE_PNG)):
        print("build_icon: icon files present, nothing to do")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    PNG.parent.mkdir(parents=True, exist_ok=True)
    PNG.write_bytes(png_bytes(draw(256)))
    ICO.write_bytes(ico_bytes([draw(size) for size in ICO_SIZES]))
    PACKAGE_PNG.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PNG, PACKAGE_PNG)
    for path in (PNG, ICO, PACKAGE_PNG):
        print(f"build_icon: {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
