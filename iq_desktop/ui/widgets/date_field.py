"""A date field in TT.MM.JJJJ with a calendar popup that may also be empty.

QDateEdit has no empty state; its lowest date stands for "no date" and shows
the special text (an en dash, or "beliebig" in a filter).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

#: the lowest date the field holds; it means "no date" (dates of the 20th century remain possible)
NO_DATE = QDate(1900, 1, 1)


class DateField(QDateEdit):
    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "–") -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(empty_text)
        self.setDate(NO_DATE)
        calendar = self.calendarWidget()
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        self.setToolTip(self.tr("TT.MM.JJJJ; Alt+Pfeil nach unten öffnet den Kalender, Entf leert das Feld"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Entf empties the field: a date that no longer applies can be removed without the mouse."""
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.set_value(None)
            event.accept()
            return
        super().keyPressEvent(event)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
