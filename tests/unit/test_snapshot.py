"""Database.snapshot(): an export's reads see one state of the data while another desk saves."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.exports import excel_overview, word_report
from iq_desktop.services import corridors, projects
from iq_desktop.services.portfolio import list_projects


def _titles(db) -> list[str]:
    return sorted(p.titel for p in list_projects(db))


def test_reads_in_a_snapshot_do_not_see_a_save_made_meanwhile(db, db_path: Path) -> None:
    korridor = corridors.korridorthema_id(db, "Mobilität")
    projects.set_up_leitprojekt(db, titel="Radschnellweg", korridorthema_id=korridor)
    with db.snapshot():
        before = _titles(db)
        # another desk (another connection, as another PC) saves now
        other = sqlite3.connect(db_path, timeout=5)
        other.execute("UPDATE leitprojekt SET titel = 'Radschnellweg Nord', version = version + 1")
        other.commit()
        other.close()
        assert _titles(db) == before == ["Radschnellweg"]
    assert _titles(db) == ["Radschnellweg Nord"]  # after the snapshot: the saved state


def test_no_write_inside_a_snapshot(db) -> None:
    korridor = corridors.korridorthema_id(db, "Mobilität")
    with db.snapshot(), pytest.raises(RuntimeError, match="snapshot"):
        projects.set_up_leitprojekt(db, titel="Nicht hier", korridorthema_id=korridor)
    assert _titles(db) == []


@pytest.mark.parametrize("export", ["excel", "word"])
def test_an_export_reads_in_one_transaction(db, tmp_path: Path, export: str) -> None:
    from iq_desktop.services.demo import fill_demo

    fill_demo(db)
    reader, _ = open_database(resolve_location(str(db.location.sqlite_path)), Zugriff.ZUM_LESEN)
    begun: list[object] = []
    event.listen(reader.engine, "begin", lambda connection: begun.append(connection))
    try:
        if export == "excel":
            excel_overview.write_excel_overview(reader, tmp_path / "ü.xlsx")
        else:
            word_report.write_word_report(reader, tmp_path / "b.docx")
    finally:
        reader.close()
    assert len(begun) == 1, f"{len(begun)} transactions: the export's reads are not one snapshot"
