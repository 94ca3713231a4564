"""The calendar file: RFC 5545 structure, folding and escaping, stable UIDs, German summaries."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.exports.calendar import escape_text, fold, write_calendar
from iq_desktop.exports.files import ExportFehler
from iq_desktop.services import meetings, milestones
from iq_desktop.services.meetings import list_sitzungen
from iq_desktop.services.portfolio_tables import calendar_milestones
from tests.exports.conftest import LANGER_TITEL, SONDERZEICHEN, DemoFile


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse(data: bytes) -> list[dict[str, str]]:
    """A tiny iCalendar reader: checks the physical lines, unfolds them, returns the events' properties."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    for line in physical:
        assert b"\n" not in line and b"\r" not in line  # CRLF only, nothing bare
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never cuts a character in two
    lines: list[str] = []
    for raw in physical:
        text = raw.decode("utf-8")
        if text.startswith(" "):
            lines[-1] += text[1:]
        else:
            lines.append(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:-//") for line in lines)
    events, current = [], None
    for line in lines[1:-1]:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, value = line.split(":", 1)
            current[name] = value
    assert current is None
    return events


@pytest.fixture
def calendar(demo_file: DemoFile, tmp_path: Path) -> tuple[Path, list[dict[str, str]]]:
    database, _ = open_database(resolve_location(str(demo_file.path)), Zugriff.ZUM_LESEN)
    try:
        path = write_calendar(database, tmp_path / "iq.ics")
    finally:
        database.close()
    return path, parse(path.read_bytes())


def test_every_milestone_of_working_projects_and_every_meeting_is_an_all_day_event(calendar, demo_db) -> None:
    _, events = calendar
    expected = len(calendar_milestones(demo_db)) + len(list_sitzungen(demo_db))
    assert len(events) == expected > 100
    for event in events:
        assert {"UID", "DTSTAMP", "SEQUENCE", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY", "DESCRIPTION",
                "STATUS"} <= set(event)
        assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"])
        start = dt.datetime.strptime(event["DTSTART;VALUE=DATE"], "%Y%m%d").date()
        end = dt.datetime.strptime(event["DTEND;VALUE=DATE"], "%Y%m%d").date()
        assert end - start == dt.timedelta(days=1)
    assert len({e["UID"] for e in events}) == len(events)


def test_summaries_and_descriptions_are_german(calendar) -> None:
    _, events = calendar
    summaries = [_unescape(e["SUMMARY"]) for e in events]
    assert "Etappenziel: =SUMME(A1:A9) (=HYPERLINK(\"https://example.invalid\";\"Klick\"))" in summaries
    assert any(re.fullmatch(r"Etappenziel erreicht: .+ \(.+\)", s) for s in summaries)
    assert any(re.fullmatch(r"[\w-]+: Sitzung, TOP \S+", s) for s in summaries)
    meeting = next(e for e in events if e["UID"].startswith("sitzung-"))
    assert "öffentlich" in _unescape(meeting["DESCRIPTION"])
    milestone = next(e for e in events if "SUMME" in e["SUMMARY"])
    description = _unescape(milestone["DESCRIPTION"]).split("\n")
    assert description[:2] == ["Status: offen", "fällig am: 01.02.2027"]
    assert "Korridorthema: Mobilität" in description


def test_commas_semicolons_backslashes_and_long_umlaut_lines(calendar) -> None:
    path, events = calendar
    summaries = {_unescape(e["SUMMARY"]) for e in events}
    assert f"Etappenziel: {SONDERZEICHEN} (+49 721 133-0)" in summaries
    assert f"Etappenziel: {LANGER_TITEL} (-5 % Lärm)" in summaries
    raw = path.read_bytes().decode("utf-8")
    assert "Planung\\; Bau\\, Test \\\\ Abnahme" in raw


def test_fold_and_escape_by_the_rules() -> None:
    assert escape_text("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "SUMMARY:" + "ä" * 80
    folded = fold(line).split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in folded)
    assert folded[1].startswith(" ") and "".join([folded[0], *(p[1:] for p in folded[1:])]) == line
    assert fold("SHORT:x") == "SHORT:x"


def test_uids_stay_and_sequence_grows_so_a_reimport_updates(demo_file: DemoFile, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(demo_file.path, copy)
    database, _ = open_database(resolve_location(str(copy)), Zugriff.ZUM_ARBEITEN)
    try:
        before = {e["UID"]: e for e in parse(write_calendar(database, tmp_path / "a.ics").read_bytes())}
        target = next(m for m in calendar_milestones(database) if m.zeile.titel == "=SUMME(A1:A9)").zeile
        milestones.reach_etappenziel(database, etappenziel_id=target.id, erreicht_am=dt.date(2026, 11, 20))
        sitzung = list_sitzungen(database)[0]
        meetings.record_sitzung_result(database, sitzung_id=sitzung.id, ergebnis="zur Kenntnis genommen")
        after = {e["UID"]: e for e in parse(write_calendar(database, tmp_path / "b.ics").read_bytes())}
    finally:
        database.close()
    assert set(after) == set(before)
    uid = f"etappenziel-{target.id}@iq-desktop"
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    assert after[uid]["DTSTART;VALUE=DATE"] == "20261120"
    assert _unescape(after[uid]["SUMMARY"]).startswith("Etappenziel erreicht: =SUMME(A1:A9)")
    meeting_uid = f"sitzung-{sitzung.id}@iq-desktop"
    assert int(after[meeting_uid]["SEQUENCE"]) > int(before[meeting_uid]["SEQUENCE"])
    assert "zur Kenntnis genommen" in _unescape(after[meeting_uid]["DESCRIPTION"])


def test_a_dropped_milestone_is_cancelled_not_deleted(demo_file: DemoFile, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(demo_file.path, copy)
    database, _ = open_database(resolve_location(str(copy)), Zugriff.ZUM_ARBEITEN)
    try:
        target = next(m for m in calendar_milestones(database) if m.zeile.titel == SONDERZEICHEN).zeile
        milestones.drop_etappenziel(database, etappenziel_id=target.id)
        events = {e["UID"]: e for e in parse(write_calendar(database, tmp_path / "c.ics").read_bytes())}
    finally:
        database.close()
    event = events[f"etappenziel-{target.id}@iq-desktop"]
    assert event["STATUS"] == "CANCELLED" and _unescape(event["SUMMARY"]).startswith("Etappenziel entfallen:")


def test_an_empty_database_gives_no_empty_calendar(db, tmp_path: Path) -> None:
    with pytest.raises(ExportFehler, match="Der Kalender bliebe leer"):
        write_calendar(db, tmp_path / "leer.ics")
    assert not (tmp_path / "leer.ics").exists()
