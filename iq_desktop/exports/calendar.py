"""Etappenziele and Sitzungen as an iCalendar file (RFC 5545) that Outlook and other calendars import.

Written by hand: the format needed here is a few dozen lines (all-day events,
text escaping, line folding), and a library such as ``icalendar`` would add a
dependency, and its time-zone machinery, to the installer for no gain.

Each event keeps its UID from export to export ("etappenziel-12@iq-desktop"),
and its SEQUENCE is the record's version, so importing a newer file updates
the entries instead of adding them twice. The ids are those of one database:
the calendars of two databases (the demo and the real one) belong in two
Outlook calendars. Dates have no time of day in the program, so every event
is an all-day event that does not block time; a dropped Etappenziel stays
in the file as cancelled, so a re-import marks it instead of keeping it.
Etappenziele of archived Leitprojekte are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from iq_desktop import __version__
from iq_desktop.db.database import Database
from iq_desktop.enums import EtappenzielStatus
from iq_desktop.exports.files import ExportFehler, write_replacing
from iq_desktop.i18n import translate
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.meetings import list_sitzungen
from iq_desktop.services.portfolio_tables import ImProjekt, calendar_milestones
from iq_desktop.services.read_models import EtappenzielZeile, SitzungZeile
from iq_desktop.services.terminology import load_terms
from iq_desktop.services.validate import format_date

PRODID = f"-//IQ Desktop//IQ Desktop {__version__}//DE"
#: RFC 5545, 3.1: content lines are folded at 75 octets
MAX_OCTETS = 75
_UID_DOMAIN = "iq-desktop"
#: control characters other than the tab are not allowed in a text value
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def write_calendar(db: Database, path: Path) -> Path:
    """Write the working projects' Etappenziele and all Sitzungen to ``path`` (an .ics file); returns ``path``.

    Reads only. The file appears when complete (``ExportFehler`` otherwise, and
    an existing file stays as it was).
    """
    stamp = db.clock()  # naive UTC
    terms = load_terms(db)
    events = [*(_milestone(m, terms, stamp) for m in calendar_milestones(db)),
              *(_meeting(s, stamp) for s in list_sitzungen(db))]
    if not events:
        raise ExportFehler(translate("Kalender", "Der Kalender bliebe leer: es gibt noch keine Etappenziele und keine "
                                                 "Sitzungen."))
    name = translate("Kalender", "IQ-Prozess: Etappenziele und Sitzungen")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(name)}"]
    for event in events:
        lines.extend(event)
    lines.append("END:VCALENDAR")
    data = "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
    return write_replacing(Path(path), lambda target: target.write_bytes(data))


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (continuations begin with a space),
    never inside a UTF-8 character."""
    if len(line.encode("utf-8")) <= MAX_OCTETS:
        return line
    pieces, current, size, limit = [], [], 0, MAX_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1  # the leading space counts
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _date(value: dt.date) -> str:
    return value.strftime("%Y%m%d")


def _event(*, uid: str, stamp: dt.datetime, sequence: int, day: dt.date, summary: str, description: str,
           category: str, cancelled: bool = False) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}@{_UID_DOMAIN}",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"SEQUENCE:{max(sequence - 1, 0)}",
        f"DTSTART;VALUE=DATE:{_date(day)}",
        f"DTEND;VALUE=DATE:{_date(day + dt.timedelta(days=1))}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"CATEGORIES:{escape_text(category)}",
        f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def _lines(pairs: Iterable[tuple[str, str | None]]) -> str:
    return "\n".join(f"{label}: {value}" for label, value in pairs if value)


def _milestone(eintrag: ImProjekt[EtappenzielZeile], terms: Begriffe, stamp: dt.datetime) -> list[str]:
    e = eintrag.zeile
    if e.status is EtappenzielStatus.ERREICHT:
        summary = translate("Kalender", "Etappenziel erreicht: {titel} ({projekt})")
    elif e.status is EtappenzielStatus.ENTFALLEN:
        summary = translate("Kalender", "Etappenziel entfallen: {titel} ({projekt})")
    else:
        summary = translate("Kalender", "Etappenziel: {titel} ({projekt})")
    kommunikation = " / ".join(
        word for flag, word in ((e.kommunikation_intern, translate("Kalender", "intern")),
                                (e.kommunikation_extern, translate("Kalender", "extern"))) if flag)
    if kommunikation and e.kommunikation_wie:
        kommunikation += f" ({e.kommunikation_wie})"
    description = _lines((
        (translate("Kalender", "Status"), e.status.label),
        (translate("Kalender", "fällig am"), format_date(e.faellig_am)),
        (translate("Kalender", "erreicht am"), format_date(e.erreicht_am)),
        (terms.leitprojekt, eintrag.leitprojekt),
        (terms.korridorthema, eintrag.korridorthema),
        (translate("Kalender", "Phase"), e.phase),
        (translate("Kalender", "Kommunikation"), kommunikation),
        (translate("Kalender", "kommuniziert am"), format_date(e.kommuniziert_am)),
    ))
    day = e.erreicht_am if e.status is EtappenzielStatus.ERREICHT and e.erreicht_am else e.faellig_am
    return _event(uid=f"etappenziel-{e.id}", stamp=stamp, sequence=e.version, day=day,
                  summary=summary.format(titel=e.titel, projekt=eintrag.leitprojekt), description=description,
                  category=translate("Kalender", "Etappenziel"), cancelled=e.status is EtappenzielStatus.ENTFALLEN)


def _meeting(s: SitzungZeile, stamp: dt.datetime) -> list[str]:
    summary = (translate("Kalender", "{gremium}: Sitzung, TOP {top}") if s.top else
               translate("Kalender", "{gremium}: Sitzung")).format(gremium=s.gremium, top=s.top)
    description = _lines((
        (translate("Kalender", "Sitzung"), translate("Kalender", "öffentlich") if s.oeffentlich else
         translate("Kalender", "nicht öffentlich")),
        (translate("Kalender", "Vorlage Nr."), s.vorlage_nr),
        (translate("Kalender", "Ergebnis"), s.ergebnis),
        (translate("Kalender", "Berichtete Sachstände"), str(s.sachstaende) if s.sachstaende else None),
        (translate("Kalender", "Bemerkung"), s.bemerkung),
    ))
    return _event(uid=f"sitzung-{s.id}", stamp=stamp, sequence=s.version, day=s.datum, summary=summary,
                  description=description, category=translate("Kalender", "Sitzung"))
