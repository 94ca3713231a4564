"""One German collator for every list the window sorts ("Übersicht" before "Verkehr", 10 after 9)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt

COLLATOR = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))
COLLATOR.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
COLLATOR.setNumericMode(True)

#: a row's sort key for one column: a tuple; strings in it compare with the collator
SortKey = tuple[Any, ...]


def compare_keys(a: SortKey, b: SortKey) -> int:
    """Compare two sort keys: strings with a German collator (ä with a, 10 after 9), the rest by value."""
    for x, y in zip(a, b, strict=False):
        if isinstance(x, str) and isinstance(y, str):
            result = COLLATOR.compare(x, y)
        elif isinstance(x, dt.datetime | dt.date | int | float | bool) and type(x) is type(y):
            result = (x > y) - (x < y)
        else:  # mixed types (only with empty values): compare their text
            result = COLLATOR.compare(str(x), str(y))
        if result:
            return result
    return len(a) - len(b)
