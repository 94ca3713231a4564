"""German display texts of the window (dates, "veraltet", milestone cells), free of the database layer."""

from __future__ import annotations

import datetime as dt

from iq_desktop.formatting import format_date
from iq_desktop.i18n import translate
from iq_desktop.services import derived


def format_updated(aktualisiert_am: dt.datetime) -> str:
    """The local calendar day of a stored naive-UTC timestamp, dd.mm.yyyy."""
    return format_date(derived.local_date(aktualisiert_am))


def stale_tooltip(berichtszyklus_tage: int) -> str:
    return translate(
        "Formate", "Veraltet: länger als der Berichtszyklus von {n} Tagen nicht aktualisiert."
    ).format(n=berichtszyklus_tage)


def updated_text(aktualisiert_am: dt.datetime, veraltet: bool) -> str:
    """e.g. "12.08.2026" or "12.08.2026 · veraltet"."""
    text = format_updated(aktualisiert_am)
    if veraltet:
        text += " · " + translate("Formate", "veraltet")
    return text


def milestone_cell(titel: str | None, faellig_am: dt.date | None) -> str:
    """For a narrow cell, date first so eliding cuts the title: "15.03.2026 · Pilot im Bürgerbüro"."""
    if not titel:
        return ""
    return f"{format_date(faellig_am)} · {titel}" if faellig_am else titel


def milestone_text(titel: str | None, faellig_am: dt.date | None) -> str:
    """In running text: "Pilot im Bürgerbüro, fällig am 15.03.2026"."""
    if not titel:
        return ""
    if faellig_am is None:
        return titel
    return translate("Formate", "{titel}, fällig am {datum}").format(titel=titel, datum=format_date(faellig_am))
