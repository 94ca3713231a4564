"""``iq-desktop export excel`` and ``export ics``: files written, database untouched, German one-line errors."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from iq_desktop.cli import main
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from tests.unit.builders import compliant_project, make_org


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """Two projects with their milestones, built through the services."""
    path = tmp_path / "demo.sqlite"
    database, _ = open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN)
    org = make_org(database)
    compliant_project(database, org, "Digital Booster")
    compliant_project(database, org, "Grüne Höfe", korridor="Grüne Stadt")
    database.close()
    return path


def test_export_excel_writes_the_overview_and_never_the_database(capsys, demo: Path, tmp_path: Path) -> None:
    before, mtime = _digest(demo), os.stat(demo).st_mtime_ns
    target = tmp_path / "Übersicht.xlsx"
    code, out, err = _run(capsys, "export", "excel", "--db", str(demo), "-o", str(target), "--stichtag", "1.10.2026")
    assert (code, err) == (0, "")
    assert out == f"Excel-Übersicht geschrieben: {target}\n"
    workbook = load_workbook(target)
    assert workbook["Übersicht"]["A1"].value == "Übersicht der Leitprojekte – Stand 01.10.2026"
    assert _digest(demo) == before and os.stat(demo).st_mtime_ns == mtime


def test_db_may_stand_before_the_command_and_ics_is_written(capsys, demo: Path, tmp_path: Path) -> None:
    before = _digest(demo)
    target = tmp_path / "iq.ics"
    code, out, err = _run(capsys, "--db", str(demo), "export", "ics", "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"Kalender geschrieben: {target}\n"
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert _digest(demo) == before


@pytest.mark.parametrize("ausgabe", ["excel", "ics"])
def test_an_unknown_database_is_one_german_line_and_nothing_is_created(capsys, tmp_path: Path, ausgabe: str) -> None:
    missing = tmp_path / "tippfehler.sqlite"
    target = tmp_path / ("x.xlsx" if ausgabe == "excel" else "x.ics")
    code, out, err = _run(capsys, "export", ausgabe, "--db", str(missing), "-o", str(target))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "nicht gefunden" in err and "iq-desktop init" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-10-01", "„2026-10-01“ ist kein Datum im Format TT.MM.JJJJ"),
        ("30.02.2026", "den 30.02.2026 gibt es nicht im Kalender"),
    ],
)
def test_a_bad_stichtag_says_what_is_wrong(capsys, demo: Path, tmp_path: Path, value: str, message: str) -> None:
    code, _, err = _run(capsys, "export", "excel", "--db", str(demo), "-o", str(tmp_path / "a.xlsx"),
                        "--stichtag", value)
    assert code == 2 and message in err and err.count("\n") == 1
    assert not (tmp_path / "a.xlsx").exists()


def test_an_unwritable_target_is_refused_in_german_and_the_folder_stays_clean(capsys, demo: Path,
                                                                              tmp_path: Path) -> None:
    code, _, err = _run(capsys, "export", "excel", "--db", str(demo), "-o", str(tmp_path / "fehlt" / "a.xlsx"))
    assert code == 2 and err.count("\n") == 1 and "Den Ordner" in err and "gibt es nicht" in err
    code, _, err = _run(capsys, "export", "ics", "--db", str(demo), "-o", str(tmp_path))
    assert code == 2 and "braucht die Endung .ics" in err
    folder = tmp_path / "ordner.ics"
    folder.mkdir()
    code, _, err = _run(capsys, "export", "ics", "--db", str(demo), "-o", str(folder))
    assert code == 2 and "ist ein Ordner" in err
    assert "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_folder_is_refused_in_german(capsys, demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "nur-lesen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _, err = _run(capsys, "export", "excel", "--db", str(demo), "-o", str(folder / "a.xlsx"))
    finally:
        folder.chmod(0o700)
    assert code == 2 and "darf nicht geschrieben werden" in err
    assert list(folder.iterdir()) == []


def test_a_file_locked_by_excel_keeps_its_content(capsys, demo: Path, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "Übersicht.xlsx"
    target.write_bytes(b"still open in Excel")

    def locked(_src, _dst) -> None:
        raise PermissionError(13, "access denied")

    monkeypatch.setattr("iq_desktop.exports.files.os.replace", locked)
    code, out, err = _run(capsys, "export", "excel", "--db", str(demo), "-o", str(target))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "vermutlich noch geöffnet" in err and "Excel" in err
    assert target.read_bytes() == b"still open in Excel"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite")] == ["Übersicht.xlsx"]


def test_the_wrong_suffix_and_a_missing_kind_are_usage_errors(capsys, demo: Path, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "export", "excel", "--db", str(demo), "-o", str(tmp_path / "a.xls"))
    assert code == 2 and "braucht die Endung .xlsx" in err and "iq-desktop --help" in err
    code, _, err = _run(capsys, "export")
    assert code == 2 and "es fehlt die Angabe: AUSGABE" in err
    code, _, err = _run(capsys, "export", "pdf")
    assert code == 2 and "ungültige Angabe 'pdf'" in err


def test_export_refuses_an_in_memory_database(capsys, tmp_path: Path) -> None:
    code, out, err = _run(capsys, "export", "ics", "--db", ":memory:", "-o", str(tmp_path / "a.ics"))
    assert code == 2 and out == "" and "Arbeitsspeicher" in err


def test_help_is_german(capsys) -> None:
    code, out, _ = _run(capsys, "export", "excel", "--help")
    assert code == 0 and out.startswith("Aufruf: iq-desktop export excel")
    assert "--stichtag TT.MM.JJJJ" in out and "Zieldatei (.xlsx)" in out
