"""One German collator for every list the window sorts ("Übersicht" before "Verkehr", 10 after 9)."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt

COLLATOR = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))
COLLATOR.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
COLLATOR.setNumericMode(True)
