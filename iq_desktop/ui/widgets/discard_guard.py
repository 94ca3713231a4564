"""Forms in a dialog ask before Abbrechen, Esc or the close box throw typed input away."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent

from iq_desktop.ui import dialogs


class AsksBeforeDiscarding:
    """Mix into a QDialog with a ``values()`` method: what it holds when first shown is the
    base; leaving with other values asks first (``dialogs.confirm_discard``)."""

    _opened_values: Any = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._opened_values is None:
            self._opened_values = self.values()
        super().showEvent(event)  # type: ignore[misc]

    def reject(self) -> None:
        opened = self._opened_values
        if opened is not None and self.values() != opened and not dialogs.confirm_discard(
                self, self.windowTitle()):  # type: ignore[arg-type]
            return  # stays open with the input
        super().reject()  # type: ignore[misc]

    def values(self) -> Any:
        raise NotImplementedError
