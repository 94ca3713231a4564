"""The first start's set-up: the embedded default, a new or existing shared file, demo data, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from iq_desktop import paths
from iq_desktop.errors import IQError
from iq_desktop.services.errors import DomainError
from iq_desktop.services.first_start import set_up


def _count(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM leitprojekt").fetchone()[0]


def test_the_embedded_default_is_created_with_demo_data(tmp_path: Path) -> None:
    einrichtung = set_up(None, gemeinsam=False, create=False, demo=True, backup_dir=tmp_path / "s")
    assert einrichtung.angelegt and einrichtung.demo is not None
    assert einrichtung.anzeige == str(paths.default_database_path())
    assert _count(paths.default_database_path()) == einrichtung.demo.leitprojekte > 20


def test_a_missing_file_is_created_only_when_confirmed(tmp_path: Path) -> None:
    target = tmp_path / "freigabe" / "iq.sqlite"
    target.parent.mkdir()
    with pytest.raises(IQError, match="nicht gefunden"):
        set_up(str(target), gemeinsam=True, create=False, demo=False, backup_dir=tmp_path)
    assert not target.exists()
    einrichtung = set_up(str(target), gemeinsam=True, create=True, demo=False, backup_dir=tmp_path)
    assert einrichtung.angelegt and einrichtung.demo is None and _count(target) == 0


def test_demo_data_only_into_an_empty_database(tmp_path: Path) -> None:
    target = tmp_path / "iq.sqlite"
    set_up(str(target), gemeinsam=False, create=True, demo=True, backup_dir=tmp_path)
    before = _count(target)
    with pytest.raises(DomainError):
        set_up(str(target), gemeinsam=False, create=False, demo=True, backup_dir=tmp_path)
    assert _count(target) == before  # nothing added, nothing lost


def test_an_unreachable_server_is_a_german_message(tmp_path: Path) -> None:
    with pytest.raises(IQError, match="nicht erreichbar"):
        set_up("postgresql+psycopg://iq:geheim@127.0.0.1:1/iq", gemeinsam=False, create=False, demo=False,
               backup_dir=tmp_path)
