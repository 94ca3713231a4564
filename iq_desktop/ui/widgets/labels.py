"""Label styles shared by the panes: section headings and quiet hints."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

#: grey of hints ("Wird geladen …"); 7:1 on white
HINWEIS_FARBE = "#4a4a4a"


def style_section(label: QLabel) -> QLabel:
    """A pane's heading: bold, a little larger than the body text."""
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def style_hint(label: QLabel) -> QLabel:
    """A quiet line that explains an empty or waiting state."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(HINWEIS_FARBE))
    label.setPalette(palette)
    return label


def wrapped(parent: QWidget | None, text: str = "") -> QLabel:
    """A word-wrapped label for a dialog, whose layout asks it for its height at its width
    (a tab page's layout does not: there :class:`~iq_desktop.ui.widgets.wrapped_label.WrappedLabel`)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label
