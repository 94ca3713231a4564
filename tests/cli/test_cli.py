"""The command line as ../shared/cli.md describes it, run in-process against real files."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from iq_desktop import __version__, paths
from iq_desktop.cli import main
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.enums import Rolle
from tests.unit.builders import compliant_project, make_org, person, staff_confirmed


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _conflict_db(path: Path) -> None:
    database, _ = open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN)
    org = make_org(database)
    a = compliant_project(database, org, "Digital Booster")
    b = compliant_project(database, org, "Grüne Höfe", korridor="Grüne Stadt")
    doppelt = person(database, org, "Beispiel")
    staff_confirmed(database, a, doppelt, Rolle.MITGLIED)
    staff_confirmed(database, b, doppelt, Rolle.MITGLIED)
    database.close()


def test_version(capsys) -> None:
    assert _run(capsys, "--version") == (0, f"IQ Desktop {__version__}\n", "")


def test_init_creates_then_reports_current(capsys, db_path: Path) -> None:
    code, out, err = _run(capsys, "init", "--db", str(db_path))
    assert code == 0 and err == ""
    assert f"Datenbank angelegt: {db_path}" in out and "Stammdaten ergänzt: 34 Einträge" in out
    code, out, _ = _run(capsys, "--db", str(db_path), "init")  # --db before the command works too
    assert code == 0 and "Datenbank ist aktuell" in out


def test_init_without_db_uses_the_embedded_default(capsys) -> None:
    code, out, _ = _run(capsys, "init")
    assert code == 0
    assert paths.default_database_path().exists()
    assert str(paths.default_database_path()) in out


def test_check_exits_0_without_findings_and_never_writes(capsys, db_path: Path) -> None:
    _run(capsys, "init", "--db", str(db_path))
    before, mtime = _digest(db_path), os.stat(db_path).st_mtime_ns
    code, out, err = _run(capsys, "check", "--db", str(db_path))
    assert (code, err) == (0, "")
    assert "Keine Befunde" in out
    assert _digest(db_path) == before and os.stat(db_path).st_mtime_ns == mtime


def test_check_reports_the_one_project_conflict_and_exits_1(capsys, db_path: Path) -> None:
    _conflict_db(db_path)
    before = _digest(db_path)
    code, out, err = _run(capsys, "check", "--db", str(db_path), "--stichtag", "22.11.2026")
    assert code == 1 and err == ""
    assert "Regelprüfung zum Stichtag 22.11.2026" in out
    assert "Regel 2 – Eine Person wirkt nur in einem Leitprojekt mit" in out
    assert "Frau Beispiel (Mitglied der Leitprojektgruppe) wirkt zugleich in „Grüne Höfe“ mit" in out
    assert _digest(db_path) == before


def test_overridden_findings_are_listed_marked_and_do_not_count(capsys, db_path: Path) -> None:
    from iq_desktop.services import rules

    _conflict_db(db_path)
    database, _ = open_database(resolve_location(str(db_path)), Zugriff.ZUM_ARBEITEN)
    for befund in rules.check_rules(database, stichtag=dt.date(2026, 11, 22)).offen:
        rules.override_finding(database, pruefung=befund.pruefung, objekt_typ=befund.objekt_typ,
                               objekt_id=befund.objekt_id, begruendung="Übergangszeit bis zum Jahresende vereinbart.")
    database.close()
    code, out, _ = _run(capsys, "check", "--db", str(db_path), "--stichtag", "22.11.2026")
    assert code == 0
    assert "0 offene Befunde, 2 mit Begründung übergangen" in out
    assert out.count("[übergangen]") == 2 and "Übergangszeit bis zum Jahresende vereinbart." in out


@pytest.mark.parametrize("command", [["check"], ["init"], ["migrate"]])
def test_a_directory_as_database_is_one_german_line(capsys, tmp_path: Path, command: list[str]) -> None:
    code, out, err = _run(capsys, *command, "--db", str(tmp_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "ist ein Ordner, keine Datenbankdatei" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [["check"], ["init"], ["migrate"]])
def test_a_corrupt_file_is_refused_and_stays_byte_for_byte(capsys, tmp_path: Path, command: list[str]) -> None:
    bad = tmp_path / "kaputt.sqlite"
    bad.write_bytes(os.urandom(8192))
    before = _digest(bad)
    code, _, err = _run(capsys, *command, "--db", str(bad))
    assert code == 2 and err.count("\n") == 1 and "keine SQLite-Datenbank" in err
    assert _digest(bad) == before


def test_check_on_a_missing_file_says_how_to_create_it(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "neu.sqlite"
    code, _, err = _run(capsys, "check", "--db", str(missing))
    assert code == 2 and "nicht gefunden" in err and "iq-desktop init" in err
    assert not missing.exists()


def test_usage_errors_are_german_one_line_exit_2(capsys) -> None:
    code, out, err = _run(capsys, "pruefen")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "unbekannter Befehl 'pruefen'" in err and "iq-desktop --help" in err
    code, _, err = _run(capsys, "check", "--stichtag", "2026-11-22")
    assert code == 2 and "„2026-11-22“ ist kein Datum im Format TT.MM.JJJJ" in err
    code, _, err = _run(capsys, "check", "--unbekannt")
    assert code == 2 and "unbekannte Angabe: --unbekannt" in err


def test_help_is_german(capsys) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    assert out.startswith("Aufruf: iq-desktop")
    assert "Optionen:" in out and "diese Hilfe zeigen und beenden" in out
    for english in ("usage:", "show this help", "positional arguments", "options:"):
        assert english not in out


def test_unexpected_errors_go_to_the_log_not_the_screen(capsys, db_path: Path, monkeypatch) -> None:
    from iq_desktop import cli

    def boom(_args) -> int:
        raise RuntimeError("interner Fehler")

    monkeypatch.setitem(cli._COMMANDS, "migrate", boom)
    code, _, err = _run(capsys, "migrate", "--db", str(db_path))
    assert code == 2 and err.count("\n") == 1
    assert "Unerwarteter Fehler (RuntimeError)" in err and str(paths.log_file()) in err
    assert "Traceback" not in err
    assert "RuntimeError: interner Fehler" in paths.log_file().read_text(encoding="utf-8")
