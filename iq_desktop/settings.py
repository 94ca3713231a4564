"""Typed, versioned user settings stored as JSON under the platformdirs config folder.

IT can preset values for everyone (the shared database above all): a
``vorgaben.json`` beside the program (written by the installer) or a
machine-wide one in the site config folder (``C:\\ProgramData\\IQ-Desktop`` on
Windows, e.g. by group policy). Presets apply as long as a user has saved no
settings of their own (so a corrected preset still reaches everyone who never
changed anything); the machine-wide file wins over the one beside the program.
Once the user saves (the welcome or the Einstellungen dialog), the user's own
file rules, so a change there is never undone by a preset.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

from iq_desktop import paths
from iq_desktop.errors import IQError
from iq_desktop.i18n import translate
from iq_desktop.reference import BERICHTSZYKLUS_TAGE

log = logging.getLogger(__name__)

#: 1: database, backups, cycle, language; 2: report defaults, first-start flag
SETTINGS_VERSION = 2
PRESETS_NAME = "vorgaben.json"
SPRACHEN = ("de", "en")


class EinstellungenFehler(IQError):
    """The settings file cannot be used as it is."""


def _optional_text(value: object) -> bool:
    return value is None or (isinstance(value, str) and bool(value.strip()))


def _count(low: int, high: int):
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


_CHECKS = {
    "datenbank": _optional_text,
    "datenbank_gemeinsam": lambda v: isinstance(v, bool),
    "berichtszyklus_tage": _count(1, 366),
    "sicherungsordner": _optional_text,
    "sicherungen_behalten": _count(1, 365),
    "sprache": lambda v: v in SPRACHEN,
    "bericht_autor": _optional_text,
    "bericht_organisation": _optional_text,
    "bericht_vorlage": _optional_text,
}

#: what IT may preset for everyone (not the language or a user's name)
PRESETTABLE = ("datenbank", "datenbank_gemeinsam", "berichtszyklus_tage", "sicherungsordner",
               "sicherungen_behalten", "bericht_organisation", "bericht_vorlage")


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    #: database path or SQLAlchemy URL; None = the embedded default
    datenbank: str | None = None
    #: the SQLite file is shared by several PCs although its path does not show a network drive
    #: (e.g. a share mounted under a local folder); recorded in the database at the next opening
    datenbank_gemeinsam: bool = False
    #: days after which a project without update counts as stale (rule 7)
    berichtszyklus_tage: int = BERICHTSZYKLUS_TAGE
    #: folder for automatic backups; None = "Sicherungen" in the data folder
    sicherungsordner: str | None = None
    #: how many daily backups stay in the backup folder
    sicherungen_behalten: int = 14
    sprache: str = "de"
    #: the Sachstandsbericht's author when the Berichte dialog leaves it empty (None: the user's name)
    bericht_autor: str | None = None
    #: the organisation named on the report's title block (e.g. "Stadt Karlsruhe – Stabsstelle VME")
    bericht_organisation: str | None = None
    #: a corporate-design Word template (None: the one shipped with the program)
    bericht_vorlage: str | None = None

    @classmethod
    def load(cls, path: Path | None = None, *, presets: tuple[Path, ...] | None = None) -> Settings:
        """Read the settings; without a file of the user's: the presets (if any) over the defaults.

        A file that cannot be read or holds wrong values is an error with a
        German message, never a silent fallback: the defaults would point to
        another database than the one IT configured.
        """
        path = path or settings_file()
        raw = _read_json(path)
        if raw is None:
            settings = cls()
            for preset in preset_files() if presets is None else presets:
                values = _read_json(preset)
                if values is not None:
                    settings._apply({k: v for k, v in values.items() if k in PRESETTABLE}, preset)
                    log.info("settings preset from %s", preset)
            return settings
        settings = cls()
        settings._apply(raw, path)
        return settings

    def _apply(self, raw: dict[str, Any], path: Path) -> None:
        for name, check in _CHECKS.items():
            if name in raw:
                value = raw[name]
                if not check(value):
                    raise EinstellungenFehler(
                        translate("Einstellungen", "In den Einstellungen „{pfad}“ ist der Wert von „{name}“ "
                                  "ungültig ({wert!r}). Bitte korrigieren oder den Eintrag löschen.")
                        .format(pfad=path, name=name, wert=value)
                    )
                setattr(self, name, value.strip() if isinstance(value, str) else value)

    def save(self, path: Path | None = None) -> None:
        """Write the settings (the whole file at once: a crash leaves the old one)."""
        path = path or settings_file()
        self.version = SETTINGS_VERSION
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            log.warning("settings not saved to %s", path, exc_info=True)
            raise EinstellungenFehler(
                translate("Einstellungen", "Die Einstellungen konnten nicht gespeichert werden ({pfad}). Bitte "
                          "prüfen, ob der Ordner beschreibbar ist.").format(pfad=path)
            ) from exc

    def backup_dir(self) -> Path:
        return Path(self.sicherungsordner) if self.sicherungsordner else paths.default_backup_dir()

    def copy(self, **changes: Any) -> Settings:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return Settings(**values)


def _read_json(path: Path) -> dict[str, Any] | None:
    """The file's JSON object; None when there is no file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))  # Notepad may write a BOM
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("settings file %s unreadable: %s", path, exc)
        where = f" (Zeile {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise EinstellungenFehler(
            translate("Einstellungen", "Die Einstellungen „{pfad}“ sind nicht lesbar{wo}. Bitte die Datei "
                      "korrigieren oder löschen; ohne sie gelten die Standardwerte.").format(pfad=path, wo=where)
        ) from exc
    if not isinstance(raw, dict):
        raise EinstellungenFehler(
            translate("Einstellungen", "Die Einstellungen „{pfad}“ haben nicht das erwartete Format. Bitte "
                      "die Datei korrigieren oder löschen.").format(pfad=path)
        )
    return raw


def settings_file() -> Path:
    return paths.config_dir() / "einstellungen.json"


def preset_files() -> tuple[Path, ...]:
    """Where IT's presets may lie, the weaker first: beside the program, then machine-wide."""
    found = []
    if getattr(sys, "frozen", False):  # the installed program (PyInstaller)
        found.append(Path(sys.executable).resolve().parent / PRESETS_NAME)
    found.append(platformdirs.site_config_path(paths.APP_NAME, appauthor=False) / PRESETS_NAME)
    return tuple(found)


def needs_first_start(settings_path: Path | None = None, *, presets: tuple[Path, ...] | None = None) -> bool:
    """No settings of the user's, no preset and no embedded database yet: the welcome asks where to work.

    An existing embedded database (a user of an earlier version) counts as a choice made.
    """
    if (settings_path or settings_file()).exists():
        return False
    if any(p.exists() for p in (preset_files() if presets is None else presets)):
        return False
    return not paths.default_database_path().exists()
