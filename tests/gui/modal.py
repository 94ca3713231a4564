"""Working in a modal dialog from a test: the code runs once the dialog's own event loop has started."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def in_modal(dialog_of: Callable[[], D | None], work: Callable[[D], None]) -> list[BaseException]:
    """Run ``work`` on the dialog ``dialog_of()`` returns once it is open; failures are handed back.

    Call it right before the click that opens the dialog, and assert the returned list is
    empty afterwards. A failing ``work`` closes the dialog, so the test does not hang.
    """
    failures: list[BaseException] = []

    def run() -> None:
        dialog = dialog_of()
        try:
            assert dialog is not None and dialog.isVisible(), "the dialog did not open"
            work(dialog)
        except BaseException as exc:  # reported by the test, not lost in the event loop
            failures.append(exc)
            if dialog is not None and dialog.isVisible():
                discard(dialog)

    QTimer.singleShot(0, run)
    return failures


def discard(dialog: QDialog) -> None:
    """Close the dialog as Abbrechen does after the user confirmed dropping the input
    (the question itself has its own test: tests/gui/test_pages.py)."""
    dialog.done(QDialog.DialogCode.Rejected)
