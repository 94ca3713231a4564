"""A date field in TT.MM.JJJJ with a calendar popup that may also be empty.

QDateEdit has no empty state; its lowest date stands for "no date" and shows
the special text (an en dash, or "beliebig" in a filter).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QStyle, QStyleOptionComboBox, QWidget

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
        calendar.installEventFilter(self)
        self.setToolTip(self.tr("TT.MM.JJJJ; F4 oder Alt+Pfeil nach unten öffnet den Kalender, Entf leert das Feld"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Entf empties the field: a date that no longer applies can be removed without the mouse.

        A digit typed into an empty field starts a date: the field takes today's date with the
        day selected, so "15.03.2027" typed key by key reads as that date (the special "–" text
        would otherwise swallow the keys).
        """
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.set_value(None)
            event.accept()
            return
        if event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            event.accept()
            return
        if self.value() is None and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        if event.text() == "." and self._section_just_entered():
            event.accept()  # Qt moved on after a complete "15" already; this dot must not skip the month
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Open the calendar as a click on the arrow does (QDateEdit offers no key and no method for it)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        centre = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            QApplication.sendEvent(self, QMouseEvent(kind, centre, self.mapToGlobal(centre),
                                                     Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                                     Qt.KeyboardModifier.NoModifier))

    def _section_just_entered(self) -> bool:
        """The whole current section is selected: the cursor arrived there by itself (or by Tab)."""
        line = self.lineEdit()
        return line.hasSelectedText() and line.selectedText() == self.sectionText(self.currentSection())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The calendar of an empty field opens at the current month, not in January 1900."""
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())  # shown only: nothing is chosen
        return super().eventFilter(watched, event)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
