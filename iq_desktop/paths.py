"""Where IQ Desktop keeps its files: platformdirs folders, never the install folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "IQ-Desktop"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    """The embedded default database, created on first start."""
    return data_dir() / "iq-desktop.sqlite"


def default_backup_dir() -> Path:
    return data_dir() / "Sicherungen"


def log_file() -> Path:
    return log_dir() / "iq-desktop.log"
