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
    assert "Frau Beispiel (Mitglied der Projektgruppe) wirkt zugleich in „Grüne Höfe“ mit" in out
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
    assert "Unerwarteter Fehler" in err and str(paths.log_file()) in err
    assert "RuntimeError" not in err  # Python's names stay in the log
    assert "Traceback" not in err
    assert "RuntimeError: interner Fehler" in paths.log_file().read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-11-22", "„2026-11-22“ ist kein Datum im Format TT.MM.JJJJ"),
        ("31.02.2026", "den 31.02.2026 gibt es nicht im Kalender"),
        ("01.12.0001", "01.12.0001 liegt außerhalb der Jahre 2000 bis 2100"),
    ],
)
def test_stichtag_errors_say_what_is_wrong(capsys, value: str, message: str) -> None:
    code, _, err = _run(capsys, "check", "--stichtag", value)
    assert code == 2 and message in err and err.count("\n") == 1


def test_stichtag_accepts_short_day_and_month(capsys, db_path: Path) -> None:
    _run(capsys, "init", "--db", str(db_path))
    code, out, _ = _run(capsys, "check", "--db", str(db_path), "--stichtag", "1.2.2026")
    assert code == 0 and "Stichtag 01.02.2026" in out


def test_self_test_and_version_stand_alone(capsys) -> None:
    code, _, err = _run(capsys, "--self-test", "init")
    assert code == 2 and "ohne Befehl" in err


def test_check_refuses_an_in_memory_database(capsys) -> None:
    code, out, err = _run(capsys, "check", "--db", ":memory:")
    assert code == 2 and out == "" and "Arbeitsspeicher" in err


def test_migrate_does_not_create_a_mistyped_database(capsys, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "migrate", "--db", str(tmp_path / "tippfehler.sqlite"))
    assert code == 2 and "nicht gefunden" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{ kaputt", "sind nicht lesbar (Zeile 1)"),
        ('{"datenbank": 5}', "der Wert von „datenbank“ ungültig"),
        ('{"berichtszyklus_tage": 0}', "der Wert von „berichtszyklus_tage“ ungültig"),
        ("[1, 2]", "nicht das erwartete Format"),
    ],
)
def test_broken_settings_stop_with_a_german_line_and_stay_as_they_are(capsys, content: str, message: str) -> None:
    from iq_desktop.settings import settings_file

    target = settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content, encoding="utf-8")
    code, out, err = _run(capsys, "check")
    assert code == 2 and out == "" and message in err and str(target) in err
    assert target.read_text(encoding="utf-8") == content
    assert not paths.default_database_path().exists()


def test_settings_choose_the_database_and_the_reporting_cycle(capsys, db_path: Path) -> None:
    import json

    from iq_desktop.settings import settings_file

    _conflict_db(db_path)
    target = settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"datenbank": str(db_path), "berichtszyklus_tage": 45}), encoding="utf-8")
    code, out, _ = _run(capsys, "check", "--stichtag", "22.11.2026")
    assert code == 1 and "(Berichtszyklus 45 Tage)" in out and "Regel 2" in out


def test_an_unwritable_log_file_falls_back_without_noise(capsys, monkeypatch) -> None:
    import logging

    import iq_desktop.cli as cli
    from iq_desktop import logging_setup

    def boom(_args) -> int:
        raise RuntimeError("interner Fehler")

    monkeypatch.setitem(cli._COMMANDS, "migrate", boom)
    log_file = paths.log_file()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    log_file.mkdir()  # a folder where the file should be: not writable as a file, even for root
    logging_setup._configured = None
    try:
        code, _, err = _run(capsys, "migrate")
        assert code == 2 and "Traceback" not in err and "Logging error" not in err
        fallback = logging_setup._fallback()
        assert str(fallback) in err  # the message names the log that was really written
        assert "RuntimeError: interner Fehler" in fallback.read_text(encoding="utf-8")
    finally:
        logging_setup._configured = None
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_iq_desktop", False):
                logging.getLogger().removeHandler(handler)
                handler.close()
