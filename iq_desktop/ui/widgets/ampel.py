"""The Ampel (traffic light) as a painted symbol (● grün, ▲ gelb, ■ rot) next to its German word, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QComboBox, QWidget

from iq_desktop.enums import Ampel
from iq_desktop.i18n import translate
from iq_desktop.presentation import AMPEL_FARBEN, OHNE_ANGABE_FARBE, ampel_word

__all__ = ["AMPEL_FARBEN", "OHNE_ANGABE_FARBE", "ampel_accessible", "ampel_icon", "ampel_pixmap", "ampel_word"]

_cache: dict[tuple[Ampel | None, int, float], QIcon] = {}


def ampel_accessible(ampel: Ampel | None) -> str:
    """What a screen reader says, e.g. "Ampel gelb"."""
    return translate("Ampel", "Ampel {wort}").format(wort=ampel_word(ampel))


def ampel_pixmap(ampel: Ampel | None, size: int = 12) -> QPixmap:
    """A round dot of ``size`` logical pixels: filled in the Ampel colour, or a grey ring."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = size / 2 - 1
        centre = QPointF(size / 2, size / 2)
        if ampel is None:
            pen = QPen(QColor(OHNE_ANGABE_FARBE))
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius - 0.5, radius - 0.5)
        else:
            colour = QColor(AMPEL_FARBEN[ampel])
            painter.setPen(QPen(colour.darker(130), 1.0))
            painter.setBrush(colour)
            # a shape per state, so the symbol is told apart without colour: ● grün, ▲ gelb, ■ rot
            if ampel is Ampel.ROT:
                painter.drawRect(QRectF(1.5, 1.5, 2 * radius - 1, 2 * radius - 1))
            elif ampel is Ampel.GELB:
                painter.drawPolygon(QPolygonF([QPointF(size / 2, 0.5), QPointF(size - 0.5, size - 1.0),
                                               QPointF(0.5, size - 1.0)]))
            else:
                painter.drawEllipse(QRectF(1, 1, 2 * radius, 2 * radius))
    finally:
        painter.end()
    return pixmap


def ampel_icon(ampel: Ampel | None, size: int = 12) -> QIcon:
    """The dot as an icon for item views (cached per Ampel, size and pixel ratio)."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    key = (ampel, size, ratio)
    icon = _cache.get(key)
    if icon is None:
        pixmap = ampel_pixmap(ampel, size)
        icon = QIcon(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)  # keep the true colour on a selected row
        _cache[key] = icon
    return icon


class AmpelAuswahl(QComboBox):
    """A choice of "keine Angabe", grün, gelb, rot: each with its dot and its word.

    ``value()`` gives the :class:`Ampel` itself (item data would hand back a plain string).
    """

    CHOICES: tuple[Ampel | None, ...] = (None, Ampel.GRUEN, Ampel.GELB, Ampel.ROT)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for ampel in self.CHOICES:
            self.addItem(ampel_icon(ampel), ampel_word(ampel))
            self.setItemData(self.count() - 1, ampel_accessible(ampel), Qt.ItemDataRole.AccessibleTextRole)

    def value(self) -> Ampel | None:
        index = self.currentIndex()
        return self.CHOICES[index] if 0 <= index < len(self.CHOICES) else None

    def set_value(self, ampel: Ampel | None) -> None:
        self.setCurrentIndex(self.CHOICES.index(Ampel(ampel) if ampel is not None else None))
