"""Typed, versioned user settings stored as JSON under the platformdirs config folder."""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from iq_desktop import paths
from iq_desktop.reference import BERICHTSZYKLUS_TAGE

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    #: database path or SQLAlchemy URL; None = the embedded default
    datenbank: str | None = None
    #: days after which a project without update counts as stale (rule 7)
    berichtszyklus_tage: int = BERICHTSZYKLUS_TAGE
    #: folder for automatic backups; None = "Sicherungen" in the data folder
    sicherungsordner: str | None = None
    sprache: str = "de"

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings; a missing or unreadable file gives the defaults.

        An unreadable file is kept aside (``.defekt``) rather than overwritten,
        so nothing the user set is silently lost.
        """
        path = path or settings_file()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("settings file does not hold an object")
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            with contextlib.suppress(OSError):
                path.replace(path.with_suffix(path.suffix + ".defekt"))
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        values["version"] = SETTINGS_VERSION
        settings = cls(**values)
        if not isinstance(settings.berichtszyklus_tage, int) or settings.berichtszyklus_tage < 1:
            settings.berichtszyklus_tage = BERICHTSZYKLUS_TAGE
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
