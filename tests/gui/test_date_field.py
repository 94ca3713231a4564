"""The date field: empty, typed into, and its calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from iq_desktop.ui.widgets.date_field import DateField

from .keys import send_keys


def test_typing_a_date_into_an_empty_field(qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    assert field.value() is None and field.text() == "–"
    for char in "15.03.2027":
        QTest.keyClick(field, char)
    assert field.value() == dt.date(2027, 3, 15)


def test_typing_with_umlaut_free_text_helper_and_then_clearing(qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    send_keys(field, "01.12.2026")
    assert field.value() == dt.date(2026, 12, 1)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None


def test_the_calendar_of_an_empty_field_opens_at_this_month_and_chooses_nothing(qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    calendar = field.calendarWidget()
    QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # opens the calendar
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert field.value() is None
    QTest.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.value() is None
    field.set_value(dt.date(2024, 5, 2))
    QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 5)
    QTest.keyClick(calendar, Qt.Key.Key_Escape)


def test_short_and_full_typing_into_a_filled_field(qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    for char in "1.3.2027":
        QTest.keyClick(field, char)
    assert field.value() == dt.date(2027, 3, 1)
    field.setSelectedSection(field.Section.DaySection)
    for char in "24.12.2028":
        QTest.keyClick(field, char)
    assert field.value() == dt.date(2028, 12, 24)
