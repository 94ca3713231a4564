"""Calendar helpers: every date of the plan derives from ``heute`` through these."""

from __future__ import annotations

import datetime as dt

#: stored timestamps are naive UTC; office hours 07:00–17:00 local are 06:00–16:00 UTC
DAY_START = dt.time(6, 0)
WORKDAY_SECONDS = 10 * 3600
#: fixed public holidays (month, day) on which no Gremium meets
FEIERTAGE = frozenset({(1, 1), (1, 6), (5, 1), (10, 3), (11, 1), (12, 24), (12, 25), (12, 26), (12, 31)})


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def clip(value: dt.date, lo: dt.date, hi: dt.date) -> dt.date:
    return max(lo, min(value, hi))


def dhh(jahr: int) -> int:
    """First year of the Doppelhaushalt that contains ``jahr`` (2025 -> 2024, as in 2024/2025)."""
    return jahr - jahr % 2
