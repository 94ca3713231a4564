"""German display conventions shared by every layer, free of Qt and the database layer."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

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


#: between an amount and its currency sign, so "€" never wraps onto a line of its own
_NBSP = "\u00a0"
#: "12500", "12.500", "12.500,50", "12.500,-"; the dot only between groups of three digits
_AMOUNT = re.compile(r"-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2}|,-{1,2})?")


def format_euro(value: int | Decimal | None) -> str:
    """German amount with cents and the euro sign: "12.500,00 €" ("" for none)."""
    if value is None:
        return ""
    english = f"{value:,.2f}"  # 12,500.00
    return english.translate(str.maketrans({",": ".", ".": ","})) + _NBSP + "€"


def format_amount(value: int | None) -> str:
    """A whole-euro amount as typed in German: "12.500" ("" for none)."""
    return "" if value is None else f"{value:,d}".replace(",", ".")


def parse_amount(text: str) -> Decimal | None:
    """Read a German amount ("12500", "12.500", "12.500,50", "12.500,00 €"); None for an empty text.

    Raises ValueError for anything else, e.g. "12.5" (a dot there is neither German
    thousands grouping nor a decimal comma, so the intended amount is unclear).
    """
    cleaned = text.replace("€", "").replace("\u2212", "-")
    cleaned = "".join(cleaned.split())  # spaces, also non-breaking ones, as thousands separators
    if not cleaned:
        return None
    if not _AMOUNT.fullmatch(cleaned):
        raise ValueError(text)
    return Decimal(cleaned.rstrip("-").rstrip(",").replace(".", "").replace(",", "."))
