"""The question boxes of ui/dialogs.py: German buttons, the safe default, the answer handed back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from iq_desktop.ui import dialogs


def _answer(clicked: str, seen: list[list[str]]) -> None:
    def run() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append([b.text() for b in box.buttons()] + [box.defaultButton().text()])
        next(b for b in box.buttons() if b.text() == clicked).click()

    QTimer.singleShot(0, run)


@pytest.mark.parametrize(("ask", "clicked", "expected", "buttons", "default"), [
    (lambda: dialogs.ask_unsaved(None, "Digital Booster"), "&Verwerfen", QMessageBox.StandardButton.Discard,
     {"&Speichern", "&Verwerfen", "&Abbrechen"}, "&Speichern"),
    (lambda: dialogs.confirm_discard(None, "Neue Sitzung"), "&Verwerfen", True, {"&Verwerfen", "&Abbrechen"},
     "&Abbrechen"),
    (lambda: dialogs.confirm_drop_inputs(None, "ein neues Risiko"), "&Zurück zur Eingabe", False,
     {"&Verwerfen", "&Zurück zur Eingabe"}, "&Zurück zur Eingabe"),
    (lambda: dialogs.confirm_delete(None, "Die Sitzung löschen?"), "&Löschen", True, {"&Löschen", "&Abbrechen"},
     "&Abbrechen"),
    (lambda: dialogs.confirm(None, "Entfällt?", "&Entfallen lassen"), "&Abbrechen", False,
     {"&Entfallen lassen", "&Abbrechen"}, "&Abbrechen"),
    (lambda: dialogs.ask_retry(None, "Die Datenbank ist gesperrt."), "&Erneut versuchen", True,
     {"&Erneut versuchen", "&Abbrechen"}, "&Erneut versuchen"),
])
def test_question_boxes(qapp, ask, clicked, expected, buttons, default) -> None:
    seen: list[list[str]] = []
    _answer(clicked, seen)
    assert ask() == expected
    [texts] = seen
    assert set(texts[:-1]) == buttons and texts[-1] == default
