"""German display conventions shared by every layer, free of Qt and the database layer."""

from __future__ import annotations

import datetime as dt

_DIN_5007 = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def format_date(value: dt.date | None) -> str:
    """German date, dd.mm.yyyy ("" for none)."""
    return value.strftime("%d.%m.%Y") if value is not None else ""


def german_sort_key(text: str) -> str:
    """Dictionary order (DIN 5007-1): umlauts sort with their base letter, case ignored.

    SQLite's default collation puts "Übergreifend" after "Zukunft"; lists built by
    the services sort with this key so the command line and exports agree with
    the window.
    """
    return text.casefold().translate(_DIN_5007)
