"""The 5×5 risk matrix (probability up, impact across) painted on any QPainter.

Each cell is tinted by the band of its score and carries the score itself,
so the band never depends on colour alone; the risks in a cell are named by
their short labels (R1, R2, …) that the report's risk table explains.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from iq_desktop.i18n import translate
from iq_desktop.presentation import BAND_FARBEN, score_band, score_word

#: the colours the matrix draws with, besides the bands' (the PNG palette needs them all)
TEXT_COLOUR = "#212121"
SCORE_COLOUR = "#616161"
COLOURS = (TEXT_COLOUR, SCORE_COLOUR)
#: the cell of a risk: (Wahrscheinlichkeit, Auswirkung), each 1..5
Zelle = tuple[int, int]


def describe_risk_matrix(risks: Sequence[tuple[str, str, int, int]]) -> str:
    """The matrix in words; ``risks`` are (label, title, probability, impact)."""
    if not risks:
        return translate("Risiken", "Risikomatrix: kein offenes Risiko")
    parts = [
        translate("Risiken", "{kurz} {titel}: Wahrscheinlichkeit {w}, Auswirkung {a}, Risikowert {s} ({band})").format(
            kurz=label, titel=titel, w=w, a=a, s=w * a, band=score_word(w * a))
        for label, titel, w, a in risks
    ]
    return translate("Risiken", "Risikomatrix mit Wahrscheinlichkeit (senkrecht) und Auswirkung (waagerecht), "
                     "je 1 bis 5: ") + "; ".join(parts)


def paint_risk_matrix(
    painter: QPainter, rect: QRectF, cells: Mapping[Zelle, Sequence[str]], text_colour: str = TEXT_COLOUR
) -> None:
    """Paint the matrix into ``rect`` with the painter's current font."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    metrics = QFontMetricsF(font)
    line = metrics.height()
    axis_title = line + 4  # the rotated "Wahrscheinlichkeit" at the left, "Auswirkung" at the bottom
    numbers = metrics.horizontalAdvance("5") + 8
    grid_left = rect.left() + axis_title + numbers
    grid_bottom = rect.bottom() - axis_title - line - 2
    size = min((rect.right() - grid_left - 2) / 5, (grid_bottom - rect.top() - 2) / 5)
    grid_top = grid_bottom - 5 * size
    text_pen = QPen(QColor(text_colour))
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * 0.8)
    else:
        small.setPixelSize(max(6, round(font.pixelSize() * 0.8)))
    bold = QFont(font)
    bold.setBold(True)

    for probability in range(1, 6):
        for impact in range(1, 6):
            cell = QRectF(grid_left + (impact - 1) * size, grid_top + (5 - probability) * size, size, size)
            score = probability * impact
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(QColor(BAND_FARBEN[score_band(score)]))
            painter.drawRect(cell)
            painter.setPen(QPen(QColor(SCORE_COLOUR)))
            painter.setFont(small)
            painter.drawText(cell.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             str(score))
            labels = cells.get((probability, impact), ())
            if labels:
                painter.setPen(text_pen)
                painter.setFont(bold)
                painter.drawText(cell.adjusted(3, line * 0.6, -3, -2),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, ", ".join(labels))
    painter.setFont(font)
    painter.setPen(text_pen)
    for value in range(1, 6):
        painter.drawText(QRectF(grid_left - numbers, grid_top + (5 - value) * size, numbers - 4, size),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        painter.drawText(QRectF(grid_left + (value - 1) * size, grid_bottom + 2, size, line),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(value))
    painter.drawText(QRectF(grid_left, grid_bottom + line + 4, 5 * size, line),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, translate("Risiken", "Auswirkung"))
    painter.save()
    painter.translate(QPointF(rect.left() + line / 2 + 2, grid_top + 2.5 * size))
    painter.rotate(-90)
    painter.drawText(QRectF(-2.5 * size, -line / 2, 5 * size, line), Qt.AlignmentFlag.AlignCenter,
                     translate("Risiken", "Wahrscheinlichkeit"))
    painter.restore()


def matrix_size(font_height: float, cell: float = 52) -> tuple[float, float]:
    """A comfortable (width, height) for cells of ``cell`` pixels."""
    side = 5 * cell
    return side + 2 * font_height + 20, side + 2 * font_height + 12
