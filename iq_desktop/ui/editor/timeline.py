"""Phases as bars and milestones as diamonds against today, the strip above the phase table.

Each bar is labelled with its phase's name and status, each diamond carries
its date; the line for today is labelled "heute". A milestone that no longer
applies (entfallen) is not drawn, only named in the description. The widget's accessible
description tells the same in words, so nothing depends on seeing it. The
painting itself is shared with the Word report (:mod:`iq_desktop.charts.timeline`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from iq_desktop.charts.timeline import TimelineLook, describe_timeline, paint_timeline, timeline_height
from iq_desktop.enums import EtappenzielStatus
from iq_desktop.services.read_models import EtappenzielZeile, PhaseZeile


class Timeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: list[PhaseZeile] = []
        self._milestones: list[EtappenzielZeile] = []
        self._all_milestones: list[EtappenzielZeile] = []
        self._today = dt.date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Zeitleiste der Phasen und Etappenziele"))

    def _look(self) -> TimelineLook:
        return TimelineLook(text_colour=self.palette().windowText().color().name())

    def set_data(self, phases: Sequence[PhaseZeile], milestones: Sequence[EtappenzielZeile], today: dt.date) -> None:
        self._phases, self._today, self._all_milestones = list(phases), today, list(milestones)
        self._milestones = [z for z in milestones if z.status is not EtappenzielStatus.ENTFALLEN]  # drawn
        self.setFixedHeight(round(timeline_height(self._phases, self._milestones, self._look())))
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe().replace("; ", "\n"))
        self.update()

    def describe(self) -> str:
        return describe_timeline(self._phases, self._all_milestones, self._today)  # dropped ones in words too

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_timeline(painter, QRectF(self.rect()), self._phases, self._milestones, self._today, self._look())
        painter.end()
