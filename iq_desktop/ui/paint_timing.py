"""Run work right after a widget's next frame is on screen.

``QTimer.singleShot(0, …)`` after ``show()`` is not enough: on X11 and Windows
the window's first expose arrives from the window system a little later, so a
zero timer runs *before* the first paint and the user stares at an empty frame
while the database opens. Waiting for the first paint event (and one more
event-loop turn, in which the painted frame is flushed) puts the frame,
navigation and "wird geladen" on screen first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        # a widget that is not painted (window started minimised, covered) still gets its turn
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._widget.removeEventFilter(self)
        callback()


def after_next_paint(widget: QWidget, callback: Callable[[], None], *, fallback_ms: int = 1000) -> None:
    """Call ``callback`` once, in the event-loop turn after ``widget``'s next paint (or after ``fallback_ms``)."""
    _AfterPaint(widget, callback, fallback_ms)
