"""Settings: the user's file, IT's presets at the first start, and the first-start decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iq_desktop import paths
from iq_desktop.settings import SETTINGS_VERSION, EinstellungenFehler, Settings, needs_first_start, settings_file


def _write(path: Path, values: object, *, bom: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(("\ufeff" if bom else "") + json.dumps(values), encoding="utf-8")
    return path


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    target = tmp_path / "einstellungen.json"
    settings = Settings(datenbank=r"\\server\iq\iq.sqlite", datenbank_gemeinsam=True, berichtszyklus_tage=45,
                        sicherungsordner=str(tmp_path / "s"), sicherungen_behalten=7, sprache="en",
                        bericht_autor="Erika Muster", bericht_organisation="Stadt Karlsruhe – Stabsstelle VME",
                        bericht_vorlage=str(tmp_path / "cd.docx"))
    settings.save(target)
    assert Settings.load(target, presets=()) == settings
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == SETTINGS_VERSION


def test_version_1_file_reads_with_new_defaults(tmp_path: Path) -> None:
    target = _write(tmp_path / "e.json", {"version": 1, "datenbank": "/x/iq.sqlite", "sprache": "de"})
    settings = Settings.load(target, presets=())
    assert settings.datenbank == "/x/iq.sqlite"
    assert settings.bericht_autor is None and settings.bericht_vorlage is None


def test_wrong_value_is_a_german_error_naming_the_entry(tmp_path: Path) -> None:
    target = _write(tmp_path / "e.json", {"bericht_autor": 42})
    with pytest.raises(EinstellungenFehler, match="bericht_autor"):
        Settings.load(target, presets=())


def test_presets_apply_only_without_a_users_file_and_machine_wide_wins(tmp_path: Path) -> None:
    beside = _write(tmp_path / "programm" / "vorgaben.json",
                    {"datenbank": r"\\alt\iq.sqlite", "datenbank_gemeinsam": True, "berichtszyklus_tage": 60},
                    bom=True)  # Notepad writes a BOM
    machine = _write(tmp_path / "programdata" / "vorgaben.json",
                     {"datenbank": r"\\server\iq\iq.sqlite", "sprache": "en", "bericht_autor": "IT"})
    own = tmp_path / "user" / "einstellungen.json"
    settings = Settings.load(own, presets=(beside, machine))
    assert settings.datenbank == r"\\server\iq\iq.sqlite"  # machine-wide over beside the program
    assert settings.datenbank_gemeinsam is True and settings.berichtszyklus_tage == 60
    # a user's language and name are not IT's to preset
    assert settings.sprache == "de" and settings.bericht_autor is None

    _write(own, {"datenbank": "/lokal.sqlite"})
    assert Settings.load(own, presets=(beside, machine)).datenbank == "/lokal.sqlite"


def test_broken_preset_is_reported_not_ignored(tmp_path: Path) -> None:
    broken = tmp_path / "vorgaben.json"
    broken.write_text("{ kaputt", encoding="utf-8")
    with pytest.raises(EinstellungenFehler, match=r"vorgaben\.json"):
        Settings.load(tmp_path / "none.json", presets=(broken,))


def test_first_start_only_without_settings_preset_or_embedded_database(tmp_path: Path) -> None:
    preset = tmp_path / "vorgaben.json"
    assert needs_first_start(presets=(preset,))
    _write(preset, {"datenbank": "/x.sqlite"})
    assert not needs_first_start(presets=(preset,))
    preset.unlink()
    paths.default_database_path().parent.mkdir(parents=True, exist_ok=True)
    paths.default_database_path().write_bytes(b"")  # a user of an earlier version
    assert not needs_first_start(presets=(preset,))
    paths.default_database_path().unlink()
    Settings().save()
    assert settings_file().exists() and not needs_first_start(presets=(preset,))


def test_unwritable_settings_folder_is_a_german_error(tmp_path: Path) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(EinstellungenFehler, match="nicht gespeichert"):
        Settings().save(blocker / "einstellungen.json")
