"""Typed, versioned user settings stored as JSON under the platformdirs config folder."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from iq_desktop import paths
from iq_desktop.errors import IQError
from iq_desktop.i18n import translate
from iq_desktop.reference import BERICHTSZYKLUS_TAGE

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


class EinstellungenFehler(IQError):
    """The settings file cannot be used as it is."""


def _optional_text(value: object) -> bool:
    return value is None or (isinstance(value, str) and bool(value.strip()))


_CHECKS = {
    "datenbank": _optional_text,
    "datenbank_gemeinsam": lambda v: isinstance(v, bool),
    "berichtszyklus_tage": lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 366,
    "sicherungsordner": _optional_text,
    "sicherungen_behalten": lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 365,
    "sprache": lambda v: v in ("de", "en"),
}


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

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings; a missing file gives the defaults.

        A file that cannot be read or holds wrong values is an error with a
        German message, never a silent fallback: the defaults would point to
        another database than the one IT configured.
        """
        path = path or settings_file()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
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
        settings = cls()
        for name, check in _CHECKS.items():
            if name in raw:
                value = raw[name]
                if not check(value):
                    raise EinstellungenFehler(
                        translate("Einstellungen", "In den Einstellungen „{pfad}“ ist der Wert von „{name}“ "
                                  "ungültig ({wert!r}). Bitte korrigieren oder den Eintrag löschen.")
                        .format(pfad=path, name=name, wert=value)
                    )
                setattr(settings, name, value)
        return settings

    def save(self, path: Path | None = None) -> None:
        path = path or settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)

    def backup_dir(self) -> Path:
        return Path(self.sicherungsordner) if self.sicherungsordner else paths.default_backup_dir()


def settings_file() -> Path:
    return paths.config_dir() / "einstellungen.json"
