"""Writing an export's file: all or nothing, and the errors a user can act on in German."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from iq_desktop.exports.files import ExportFehler, write_replacing


def test_the_new_file_replaces_the_old_one_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "bericht.xlsx"
    target.write_bytes(b"alt")
    seen: list[bytes] = []

    def write(temporary: Path) -> None:
        assert temporary.parent == tmp_path and temporary != target
        seen.append(target.read_bytes())  # the old file is still there while the new one is written
        temporary.write_bytes(b"neu")

    assert write_replacing(target, write) == target
    assert seen == [b"alt"] and target.read_bytes() == b"neu"
    assert [p.name for p in tmp_path.iterdir()] == ["bericht.xlsx"]


def test_an_interruption_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "bericht.xlsx"

    def write(temporary: Path) -> None:
        temporary.write_bytes(b"halb")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_replacing(target, write)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_without_write_permission(tmp_path: Path, monkeypatch) -> None:
    def refuse(self: Path, *_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ExportFehler, match="darf nicht geschrieben werden"):
        write_replacing(tmp_path / "a.ics", lambda _t: None)


def test_a_full_disk(tmp_path: Path) -> None:
    def write(_temporary: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportFehler, match="kein Platz mehr"):
        write_replacing(tmp_path / "a.xlsx", write)
    assert list(tmp_path.iterdir()) == []


def test_another_system_error_is_named_without_english_words(tmp_path: Path) -> None:
    def write(_temporary: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(ExportFehler) as caught:
        write_replacing(tmp_path / "a.xlsx", write)
    assert "Input/output" not in caught.value.message and "konnte nicht geschrieben werden" in caught.value.message
