"""`iq-desktop export word`: exit codes, German messages, and the database untouched unless a Sitzung is named."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from iq_desktop.cli import main
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.services import meetings
from tests.exports.reports import Bericht, build_report_portfolio, headings, read

pytestmark = pytest.mark.usefixtures("qapp")  # see tests/exports/test_word_report.py


@pytest.fixture
def bericht(db_path: Path) -> Bericht:
    database, _ = open_database(resolve_location(str(db_path)), Zugriff.ZUM_ARBEITEN)
    try:
        return build_report_portfolio(database)
    finally:
        database.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys: pytest.CaptureFixture[str], db_path: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["export", "word", "--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_whole_process_by_default_and_the_database_stays_as_it_was(
        capsys, db_path: Path, bericht: Bericht, tmp_path: Path) -> None:
    before = _digest(db_path)
    target = tmp_path / "bericht.docx"
    code, out, err = _run(capsys, db_path, "-o", str(target), "--stichtag", "22.11.2026")
    assert (code, err) == (0, "")
    assert out == f"Sachstandsbericht geschrieben: {target} (3 Leitprojekte)\n"
    assert headings(read(target), 2) == ["Digital Booster", "Digitale Schule", "Grüne Höfe (nicht öffentlich)"]
    assert _digest(db_path) == before


@pytest.mark.parametrize(("args", "expected"), [
    (("--projekt", "Digital Booster"), ["Digital Booster"]),
    (("--projekt", "{booster}"), ["Digital Booster"]),
    (("--korridor", "grüne stadt"), ["Grüne Höfe (nicht öffentlich)"]),
])
def test_scope_by_title_id_or_corridor(capsys, db_path: Path, bericht: Bericht, tmp_path: Path,
                                       args: tuple[str, str], expected: list[str]) -> None:
    target = tmp_path / "bericht.docx"
    option, value = args
    code, _, err = _run(capsys, db_path, "-o", str(target), option, value.format(booster=bericht.booster))
    assert (code, err) == (0, "")
    assert headings(read(target), 2) == expected


def test_a_sitzung_records_the_report_history(capsys, db_path: Path, bericht: Bericht, tmp_path: Path) -> None:
    code, out, err = _run(capsys, db_path, "-o", str(tmp_path / "ha.docx"), "--gremium", "Hauptausschuss",
                          "--sitzung", "08.12.2026", "--stichtag", "22.11.2026")
    assert (code, err) == (0, "")
    assert "Als in der Sitzung Hauptausschuss am 08.12.2026 berichtet vermerkt: 2 Sachstände" in out
    database, _ = open_database(resolve_location(str(db_path)), Zugriff.ZUM_LESEN)
    try:
        assert sorted(s.id for s in meetings.get_sitzung(database, bericht.ha_dezember).sachstaende) == sorted(
            [bericht.s3, bericht.s_hoefe])
    finally:
        database.close()


@pytest.mark.parametrize(("args", "message"), [
    (("--projekt", "Digital"), "„Digital“ passt auf mehrere Leitprojekte: Nr. {booster} „Digital Booster“, "
                               "Nr. {schule} „Digitale Schule“"),
    (("--projekt", "Unbekannt"), "Ein Leitprojekt „Unbekannt“ gibt es nicht"),
    (("--gremium", "Stadtrat"), "Ein Gremium „Stadtrat“ gibt es nicht. Vorhanden: IQ-Lenkungsgruppe"),
    (("--korridor", "Weltraum"), "Ein Korridorthema „Weltraum“ gibt es nicht"),
    (("--stichtag", "31.02.2026"), "--stichtag: den 31.02.2026 gibt es nicht im Kalender"),
    (("--sitzung", "2026-12-08"), "„2026-12-08“ ist kein Datum im Format TT.MM.JJJJ"),
    (("--gremium", "Gemeinderat", "--sitzung", "08.12.2026"), "Für Gemeinderat ist am 08.12.2026 keine Sitzung"),
    (("--projekt", "1", "--korridor", "Grüne Stadt"), "nicht zusammen mit --projekt erlaubt"),
    (("--vorlage", "fehlt.dotx"), "Die Word-Vorlage „fehlt.dotx“ gibt es nicht"),
])
def test_wrong_arguments_exit_2_with_one_german_line(
        capsys, db_path: Path, bericht: Bericht, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    before = _digest(db_path)
    target = tmp_path / "bericht.docx"
    code, out, err = _run(capsys, db_path, "-o", str(target), *args)
    assert code == 2 and out == ""
    assert message.format(booster=bericht.booster, schule=bericht.schule) in err
    assert err.startswith("iq-desktop: ") and err.count("\n") == 1
    assert not target.exists()
    assert _digest(db_path) == before


@pytest.mark.parametrize(("name", "message"), [
    ("fehlt/bericht.docx", "Den Ordner „{tmp}/fehlt“ gibt es nicht"),
    ("bericht.xlsx", "bitte einen Dateinamen mit der Endung .docx angeben"),
    ("~$ericht.docx", ""),  # Word's owner file of bericht.docx, created below
])
def test_an_unwritable_target_exits_2(capsys, db_path: Path, bericht: Bericht, tmp_path: Path, name: str,
                                      message: str) -> None:
    if name.startswith("~$"):
        (tmp_path / name).write_bytes(b"owner")
        name, message = "bericht.docx", "„{tmp}/bericht.docx“ ist gerade geöffnet, vermutlich in Word"
    code, _, err = _run(capsys, db_path, "-o", str(tmp_path / name))
    assert code == 2
    assert message.format(tmp=tmp_path) in err


def test_export_needs_a_kind(capsys, db_path: Path, bericht: Bericht) -> None:
    code = main(["export", "--db", str(db_path)])
    _, err = capsys.readouterr()
    assert code == 2 and "es fehlt die Angabe: AUSGABE" in err
