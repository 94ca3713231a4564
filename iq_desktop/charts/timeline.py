"""Phases as bars and milestones as diamonds against a reference day, painted on any QPainter.

Two looks: the project window's strip (all milestones on one line, details in
the tooltip) and the printed one of the Word report (one labelled line per
milestone, year lines and a legend, since paper has no tooltip). Both come
with :func:`describe_timeline`, the same content in words for screen readers
and as an image's alternative text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from iq_desktop.enums import EtappenzielStatus
from iq_desktop.formatting import format_date
from iq_desktop.i18n import translate
from iq_desktop.presentation import PHASEN_FARBEN
from iq_desktop.services.read_models import EtappenzielZeile, PhaseZeile

#: the colours the timeline draws with, besides the phases' (the PNG palette needs them all)
TEXT_COLOUR = "#212121"
MILESTONE_COLOUR = "#37474f"
DROPPED_COLOUR = "#9e9e9e"
TODAY_COLOUR = "#b71c1c"
YEAR_LINE_COLOUR = "#e0e0e0"
COLOURS = (TEXT_COLOUR, MILESTONE_COLOUR, DROPPED_COLOUR, TODAY_COLOUR, YEAR_LINE_COLOUR)


@dataclass(frozen=True)
class TimelineLook:
    """How the timeline is laid out; the defaults are the project window's strip."""

    text_colour: str = TEXT_COLOUR
    row_height: float = 22.0
    margin: float = 8.0
    #: one row per milestone with its title and date (print); else all on one line
    milestone_rows: bool = False
    #: a thin line and the year at each 1 January
    year_lines: bool = False
    #: the word at the reference day's line
    today_label: str = ""


def span(phase: PhaseZeile) -> tuple[dt.date | None, dt.date | None]:
    """A phase's period: actual dates where known, else planned ones."""
    return phase.ist_von or phase.geplant_von, phase.ist_bis or phase.geplant_bis


def timeline_height(phases: Sequence[PhaseZeile], milestones: Sequence[EtappenzielZeile], look: TimelineLook) -> float:
    """The height the timeline needs for its rows, axis and labels."""
    if not look.milestone_rows:
        return look.margin * 2 + look.row_height * (len(phases) + 1) + 16
    rows = len(phases) + max(len(milestones), 1)
    return look.margin * 2 + look.row_height * rows + 2 * look.row_height


def date_range(
    phases: Sequence[PhaseZeile], milestones: Sequence[EtappenzielZeile], today: dt.date
) -> tuple[dt.date, dt.date]:
    """First and last day shown: everything dated plus the reference day, with a little room."""
    dates = [today] + [d for p in phases for d in span(p) if d is not None]
    dates += [z.faellig_am for z in milestones] + [z.erreicht_am for z in milestones if z.erreicht_am]
    first, last = min(dates), max(dates)
    if first == last:
        first, last = first - dt.timedelta(days=30), last + dt.timedelta(days=30)
    padding = dt.timedelta(days=max((last - first).days // 20, 7))
    return first - padding, last + padding


def describe_timeline(
    phases: Sequence[PhaseZeile], milestones: Sequence[EtappenzielZeile], today: dt.date, today_label: str = ""
) -> str:
    """Everything the timeline shows, in words (accessible description, alternative text)."""
    parts = []
    for phase in phases:
        start, end = span(phase)
        parts.append(translate("Timeline", "{name}: {status}, {von} bis {bis}").format(
            name=phase.name, status=phase.status.label, von=format_date(start) or "–", bis=format_date(end) or "–"))
    for ziel in milestones:
        if ziel.status is EtappenzielStatus.ERREICHT and ziel.erreicht_am is not None:
            parts.append(translate("Timeline", "Etappenziel {titel}: fällig am {datum}, erreicht am {erreicht}").format(
                titel=ziel.titel, datum=format_date(ziel.faellig_am), erreicht=format_date(ziel.erreicht_am)))
        else:
            parts.append(translate("Timeline", "Etappenziel {titel}: fällig am {datum}, {status}").format(
                titel=ziel.titel, datum=format_date(ziel.faellig_am), status=ziel.status.label))
    label = today_label or translate("Timeline", "heute")
    parts.append(f"{label}: {format_date(today)}")
    return "; ".join(parts)


def _diamond(x: float, y: float, size: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(x, y - size)
    path.lineTo(x + size, y)
    path.lineTo(x, y + size)
    path.lineTo(x - size, y)
    path.closeSubpath()
    return path


def _paint_diamond(painter: QPainter, ziel: EtappenzielZeile, x: float, y: float) -> None:
    """Filled: erreicht; white: offen; grey and dashed: entfallen (the legend and the text say so too)."""
    if ziel.status is EtappenzielStatus.ENTFALLEN:
        painter.setPen(QPen(QColor(DROPPED_COLOUR), 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("white"))
    else:
        painter.setPen(QPen(QColor(MILESTONE_COLOUR), 1))
        painter.setBrush(QColor(MILESTONE_COLOUR) if ziel.status is EtappenzielStatus.ERREICHT else QColor("white"))
    painter.drawPath(_diamond(x, y, 6))


def paint_timeline(
    painter: QPainter,
    rect: QRectF,
    phases: Sequence[PhaseZeile],
    milestones: Sequence[EtappenzielZeile],
    today: dt.date,
    look: TimelineLook = TimelineLook(),
) -> None:
    """Paint into ``rect`` with the painter's current font."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(painter.font())
    first, last = date_range(phases, milestones, today)
    margin, row = look.margin, look.row_height
    heading = translate("Timeline", "Etappenziele")
    labels = [f"{p.name} ({p.status.label})" for p in phases]
    labels += [z.titel for z in milestones] if look.milestone_rows else [heading]
    share = 0.4 if look.milestone_rows else 1 / 3
    label_width = min(max((metrics.horizontalAdvance(text) for text in labels), default=0) + 12, rect.width() * share)
    left = rect.left() + label_width + margin
    width = max(rect.width() - label_width - 2 * margin, 50)
    days = max((last - first).days, 1)

    def x_of(day: dt.date) -> float:
        return left + width * (day - first).days / days

    def label(top: float, text: str) -> None:
        painter.setPen(text_pen)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, label_width - 6)
        painter.drawText(QRectF(rect.left() + margin, top, label_width - 6, row),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)

    text_pen = QPen(QColor(look.text_colour))
    top_of_rows = rect.top() + margin
    n_rows = len(phases) + (max(len(milestones), 1) if look.milestone_rows else 1)
    bottom_of_rows = top_of_rows + n_rows * row
    if look.year_lines:
        _paint_years(painter, metrics, first, last, x_of, top_of_rows, bottom_of_rows, text_pen, rect.right())
    x_today = x_of(today)
    today_pen = QPen(QColor(TODAY_COLOUR), 1.5, Qt.PenStyle.DashLine)
    if look.milestone_rows:  # on paper behind bars and labels, which stay readable
        painter.setPen(today_pen)
        painter.drawLine(QPointF(x_today, top_of_rows), QPointF(x_today, bottom_of_rows + 8))

    for index, phase in enumerate(phases):
        top = top_of_rows + index * row
        label(top, f"{phase.name} ({phase.status.label})")
        start, end = span(phase)
        if start is None:
            continue
        end = end or max(start, today)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PHASEN_FARBEN[phase.status]))
        painter.drawRoundedRect(QRectF(x_of(start), top + 4, max(x_of(end) - x_of(start), 3), row - 8), 3, 3)

    first_milestone_row = top_of_rows + len(phases) * row
    if look.milestone_rows:
        _paint_milestone_rows(painter, metrics, milestones, x_of, first_milestone_row, row, label, text_pen,
                              left + width)
        axis = bottom_of_rows
    else:
        axis = first_milestone_row + row / 2
        painter.setPen(QPen(QColor(DROPPED_COLOUR), 1))
        painter.drawLine(QPointF(left, axis), QPointF(left + width, axis))
        label(axis - row / 2, heading)
        for ziel in milestones:
            _paint_diamond(painter, ziel, x_of(ziel.faellig_am), axis)

    today_text = look.today_label or translate("Timeline", "heute")
    if look.milestone_rows:
        _paint_legend(painter, metrics, rect, axis + row, today_text, text_pen)
    else:
        painter.setPen(today_pen)
        painter.drawLine(QPointF(x_today, top_of_rows), QPointF(x_today, axis + 8))
        painter.setPen(QPen(QColor(TODAY_COLOUR)))
        painter.drawText(QPointF(x_today + 3, axis + 20), today_text)


def _paint_years(painter: QPainter, metrics: QFontMetricsF, first: dt.date, last: dt.date, x_of, top: float,
                 bottom: float, text_pen: QPen, right: float) -> None:
    years = range(first.year + 1, last.year + 1)
    step = max(1, len(years) // 8 + (1 if len(years) % 8 else 0)) if len(years) > 8 else 1
    for year in years:
        x = x_of(dt.date(year, 1, 1))
        painter.setPen(QPen(QColor(YEAR_LINE_COLOUR), 1))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        if (year - first.year - 1) % step == 0:
            painter.setPen(text_pen)
            text = str(year)
            width = metrics.horizontalAdvance(text)
            left = min(x - width / 2, right - width - 1)  # the last year stays inside the picture
            painter.drawText(QPointF(left, bottom + metrics.ascent() + 3), text)


def _paint_milestone_rows(painter: QPainter, metrics: QFontMetricsF, milestones: Sequence[EtappenzielZeile], x_of,
                          top: float, row: float, label, text_pen: QPen, right: float) -> None:
    if not milestones:
        label(top, translate("Timeline", "keine Etappenziele"))
        return
    for index, ziel in enumerate(milestones):
        y = top + index * row
        label(y, ziel.titel)
        reached = ziel.status is EtappenzielStatus.ERREICHT and ziel.erreicht_am is not None
        # on paper a reached milestone stands where it was reached, its text says when
        x = x_of(ziel.erreicht_am if reached and ziel.erreicht_am else ziel.faellig_am)
        centre = y + row / 2
        _paint_diamond(painter, ziel, x, centre)
        if reached and ziel.erreicht_am is not None:
            text = translate("Timeline", "erreicht {datum}").format(datum=format_date(ziel.erreicht_am))
        elif ziel.status is EtappenzielStatus.ENTFALLEN:
            text = translate("Timeline", "entfallen")
        else:
            text = format_date(ziel.faellig_am)
        advance = metrics.horizontalAdvance(text)
        baseline = centre + (metrics.ascent() - metrics.descent()) / 2
        x_text = x + 10 if x + 10 + advance <= right else x - 10 - advance
        painter.fillRect(QRectF(x_text - 2, baseline - metrics.ascent(), advance + 4, metrics.height()),
                         QColor("white"))  # a line behind the date does not strike it through
        painter.setPen(text_pen)
        painter.drawText(QPointF(x_text, baseline), text)


def _paint_legend(painter: QPainter, metrics: QFontMetricsF, rect: QRectF, top: float, today_text: str,
                  text_pen: QPen) -> None:
    """What the signs mean, so nothing depends on guessing."""
    x = rect.left() + 8
    centre = top + metrics.height() / 2 + 2
    baseline = centre + (metrics.ascent() - metrics.descent()) / 2

    def text(word: str) -> None:
        nonlocal x
        painter.setPen(text_pen)
        painter.drawText(QPointF(x, baseline), word)
        x += metrics.horizontalAdvance(word) + 18

    for status, word in ((EtappenzielStatus.ERREICHT, translate("Timeline", "erreicht")),
                         (EtappenzielStatus.OFFEN, translate("Timeline", "offen")),
                         (EtappenzielStatus.ENTFALLEN, translate("Timeline", "entfallen"))):
        sample = EtappenzielZeile(0, 0, "", None, dt.date.min, None, status, False, False, None, None)
        _paint_diamond(painter, sample, x + 6, centre)
        x += 16
        text(word)
    painter.setPen(QPen(QColor(TODAY_COLOUR), 1.5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x + 4, centre - 7), QPointF(x + 4, centre + 7))
    x += 10
    painter.setPen(QPen(QColor(TODAY_COLOUR)))
    painter.drawText(QPointF(x, baseline), today_text)
