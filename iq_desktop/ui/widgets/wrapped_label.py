"""A word-wrapped label that keeps every line visible."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """Asks for the height its lines need at its width.

    A tab page is laid out by size hints, not by height for width; a plain
    word-wrapped label there had its third line cut in half.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._claim_height()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim_height()

    def _claim_height(self) -> None:
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
