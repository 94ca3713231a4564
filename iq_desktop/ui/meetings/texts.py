"""German display texts of a Sitzung: ö/nö, how soon, and its name in a choice list."""

from __future__ import annotations

import datetime as dt

from iq_desktop.formatting import format_date
from iq_desktop.i18n import translate
from iq_desktop.services.read_models import SitzungZeile


def oeffentlich_word(oeffentlich: bool) -> str:
    """ö/nö written out: "öffentlich" or "nicht öffentlich"."""
    return translate("Sitzungen", "öffentlich") if oeffentlich else translate("Sitzungen", "nicht öffentlich")


def how_soon(datum: dt.date, today: dt.date) -> str:
    """"heute", "morgen", "in 12 Tagen"; empty for a meeting that is over."""
    days = (datum - today).days
    if days < 0:
        return ""
    if days == 0:
        return translate("Sitzungen", "heute")
    if days == 1:
        return translate("Sitzungen", "morgen")
    return translate("Sitzungen", "in {n} Tagen").format(n=days)


def date_cell(datum: dt.date, today: dt.date) -> str:
    """The date, and for a coming meeting how soon: "03.12.2026 · in 12 Tagen"."""
    soon = how_soon(datum, today)
    return f"{format_date(datum)} · {soon}" if soon else format_date(datum)


def sitzung_choice(row: SitzungZeile, *, with_gremium: bool = False) -> str:
    """A meeting in a choice list: "03.12.2026 · TOP 3" or "IQ-Lenkungsgruppe · 03.12.2026 · TOP 3"."""
    parts = [row.gremium] if with_gremium else []
    parts.append(format_date(row.datum))
    if row.top:
        parts.append(translate("Sitzungen", "TOP {top}").format(top=row.top))
    return " · ".join(parts)
