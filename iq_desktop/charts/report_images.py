"""The Word report's charts as PNG with their alternative text: a project's timeline and its risk matrix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QFontMetricsF

from iq_desktop.charts.image import PIXELS_PER_CM, chart_font, ensure_gui_application, render_png
from iq_desktop.charts.risk_matrix import describe_risk_matrix, matrix_size, paint_risk_matrix
from iq_desktop.charts.timeline import TimelineLook, describe_timeline, paint_timeline, timeline_height
from iq_desktop.i18n import translate
from iq_desktop.services.read_models import EtappenzielZeile, PhaseZeile

#: the printed timeline's width: the text width of an A4 page with the template's margins, a little less
TIMELINE_WIDTH_CM = 16.0


@dataclass(frozen=True)
class Chart:
    png: bytes
    width_cm: float
    height_cm: float
    alt: str


def timeline_chart(phases: Sequence[PhaseZeile], milestones: Sequence[EtappenzielZeile], stichtag: dt.date) -> Chart:
    label = translate("Timeline", "Stichtag")
    look = TimelineLook(milestone_rows=True, year_lines=True, today_label=label)
    width = TIMELINE_WIDTH_CM * PIXELS_PER_CM
    height = timeline_height(phases, milestones, look)
    png = render_png(width, height, lambda painter, rect: paint_timeline(painter, rect, phases, milestones, stichtag,
                                                                          look))
    alt = translate("Timeline", "Zeitleiste der Phasen und Etappenziele. ") + describe_timeline(
        phases, milestones, stichtag, label)
    return Chart(png, TIMELINE_WIDTH_CM, height / PIXELS_PER_CM, alt)


def risk_matrix_chart(risks: Sequence[tuple[str, str, int, int]]) -> Chart:
    """``risks``: (label, title, probability, impact) of each risk shown."""
    ensure_gui_application()  # font metrics need it before the first picture
    cells: dict[tuple[int, int], list[str]] = {}
    for label, _title, probability, impact in risks:
        cells.setdefault((probability, impact), []).append(label)
    width, height = matrix_size(QFontMetricsF(chart_font()).height(), cell=38)
    png = render_png(width, height, lambda painter, rect: paint_risk_matrix(painter, rect, cells))
    return Chart(png, width / PIXELS_PER_CM, height / PIXELS_PER_CM, describe_risk_matrix(risks))
