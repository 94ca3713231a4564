"""Phases as bars and milestones as diamonds against today, the strip above the phase table.

Each bar is labelled with its phase's name and status, each diamond carries
its date; the line for today is labelled "heute". A milestone that no longer
applies (entfallen) is not drawn. The widget's accessible description tells
the same in words, so nothing depends on seeing it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from iq_desktop.enums import EtappenzielStatus, PhasenStatus
from iq_desktop.formatting import format_date
from iq_desktop.services.read_models import EtappenzielZeile, PhaseZeile

_BAR = {PhasenStatus.NICHT_BEGONNEN: "#cfd8dc", PhasenStatus.LAUFEND: "#64b5f6", PhasenStatus.ABGESCHLOSSEN: "#81c784"}
ROW_HEIGHT = 22
MARGIN = 8


def _span(phase: PhaseZeile) -> tuple[dt.date | None, dt.date | None]:
    return phase.ist_von or phase.geplant_von, phase.ist_bis or phase.geplant_bis


class Timeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: list[PhaseZeile] = []
        self._milestones: list[EtappenzielZeile] = []
        self._today = dt.date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Zeitleiste der Phasen und Etappenziele"))

    def set_data(self, phases: Sequence[PhaseZeile], milestones: Sequence[EtappenzielZeile], today: dt.date) -> None:
        self._phases, self._milestones, self._today = list(phases), list(milestones), today
        self.setFixedHeight(MARGIN * 2 + ROW_HEIGHT * (len(self._phases) + 1) + 16)
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe().replace("; ", "\n"))
        self.update()

    def describe(self) -> str:
        parts = []
        for phase in self._phases:
            start, end = _span(phase)
            parts.append(self.tr("{name}: {status}, {von} bis {bis}").format(
                name=phase.name, status=phase.status.label, von=format_date(start) or "–", bis=format_date(end) or "–"))
        for ziel in self._milestones:
            parts.append(self.tr("Etappenziel {titel}: fällig am {datum}, {status}").format(
                titel=ziel.titel, datum=format_date(ziel.faellig_am), status=ziel.status.label))
        parts.append(self.tr("heute: {datum}").format(datum=format_date(self._today)))
        return "; ".join(parts)

    def _drawn_milestones(self) -> list[EtappenzielZeile]:
        return [z for z in self._milestones if z.status is not EtappenzielStatus.ENTFALLEN]

    def _range(self) -> tuple[dt.date, dt.date]:
        dates = [self._today] + [d for p in self._phases for d in _span(p) if d is not None]
        dates += [z.faellig_am for z in self._drawn_milestones()]
        first, last = min(dates), max(dates)
        if first == last:
            first, last = first - dt.timedelta(days=30), last + dt.timedelta(days=30)
        padding = dt.timedelta(days=max((last - first).days // 20, 7))
        return first - padding, last + padding

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = self._range()
        metrics = self.fontMetrics()
        labels = [f"{p.name} ({p.status.label})" for p in self._phases] + [self.tr("Etappenziele")]
        label_width = min(max(metrics.horizontalAdvance(text) for text in labels) + 12, self.width() // 3)
        width = max(self.width() - label_width - 2 * MARGIN, 50)
        days = max((last - first).days, 1)

        def x_of(day: dt.date) -> float:
            return label_width + MARGIN + width * (day - first).days / days

        text_pen = QPen(self.palette().windowText().color())
        for row, phase in enumerate(self._phases):
            top = MARGIN + row * ROW_HEIGHT
            painter.setPen(text_pen)
            painter.drawText(QRectF(MARGIN, top, label_width - 6, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             f"{phase.name} ({phase.status.label})")
            start, end = _span(phase)
            if start is None:
                continue
            end = end or max(start, self._today)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(_BAR[phase.status]))
            painter.drawRoundedRect(QRectF(x_of(start), top + 4, max(x_of(end) - x_of(start), 3), ROW_HEIGHT - 8), 3, 3)

        axis = MARGIN + len(self._phases) * ROW_HEIGHT + ROW_HEIGHT / 2
        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        painter.drawLine(QPointF(label_width + MARGIN, axis), QPointF(label_width + MARGIN + width, axis))
        painter.setPen(text_pen)
        painter.drawText(QRectF(MARGIN, axis - ROW_HEIGHT / 2, label_width - 6, ROW_HEIGHT),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.tr("Etappenziele"))
        for ziel in self._drawn_milestones():
            x = x_of(ziel.faellig_am)
            diamond = QPainterPath()
            diamond.moveTo(x, axis - 6)
            diamond.lineTo(x + 6, axis)
            diamond.lineTo(x, axis + 6)
            diamond.lineTo(x - 6, axis)
            diamond.closeSubpath()
            reached = ziel.status is EtappenzielStatus.ERREICHT
            painter.setPen(QPen(QColor("#37474f"), 1))
            painter.setBrush(QColor("#37474f") if reached else QColor("white"))  # filled = erreicht (tooltip says so)
            painter.drawPath(diamond)

        today = x_of(self._today)
        painter.setPen(QPen(QColor("#b71c1c"), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(today, MARGIN), QPointF(today, axis + 8))
        painter.setPen(QPen(QColor("#b71c1c")))
        painter.drawText(QPointF(today + 3, axis + 20), self.tr("heute"))
        painter.end()
