"""bench/generate.py: sizes, a database the program opens and judges, determinism, the command line."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.generate import DEFAULT_HEUTE, GenerateError, Summary, generate, main
from iq_desktop import __version__
from iq_desktop.db.database import Database
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.enums import AuditAktion, ProjektStatus
from iq_desktop.models import Base
from iq_desktop.services.portfolio import get_leitprojekt, list_projects
from iq_desktop.services.rules import check_rules
from iq_desktop.services.status_reports import snapshot

HEUTE = DEFAULT_HEUTE


@pytest.fixture(scope="module")
def scale1(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    return generate(tmp_path_factory.mktemp("bench") / "scale1.sqlite", 1, seed=1, heute=HEUTE)


@pytest.fixture
def lesen(scale1: Summary) -> Iterator[Database]:
    database, _ = open_database(resolve_location(str(scale1.path)), Zugriff.ZUM_LESEN)
    yield database
    database.close()


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def _sql(path: Path, query: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_scale_1_is_one_city(scale1: Summary) -> None:
    n = scale1.counts
    assert (n["korridorthema"], n["leitprojekt"], n["person"]) == (6, 30, 300)
    assert (n["mitwirkung"], n["audit_eintrag"], n["sitzung"]) == (1667, 3333, 20)
    assert 90 <= n["phase"] <= 93  # the seeded three phases each, a few projects add one
    assert 90 <= n["etappenziel"] <= 220
    assert 40 <= n["risiko"] <= 140
    assert 50 <= n["sachstand"] <= 150
    assert 5 <= n["entscheidung"] <= 60
    assert n["begriff"] == 3 and n["gremium"] == 6 and n["stammdaten_eintrag"] == 34  # the real seed
    assert set(n) == set(Base.metadata.tables)
    assert {name: _sql(scale1.path, f"SELECT count(*) FROM {name}")[0][0] for name in n} == n
    statuses = dict(_sql(scale1.path, "SELECT status, count(*) FROM leitprojekt GROUP BY status"))
    assert set(statuses) == {s.value for s in ProjektStatus}
    assert statuses["laufend"] > 15


def test_the_file_is_a_normal_database_at_head(scale1: Summary, lesen: Database) -> None:
    assert lesen.read_only
    assert _sql(scale1.path, "PRAGMA journal_mode") == [("wal",)]  # a local file, as the program leaves it
    assert _sql(scale1.path, "PRAGMA foreign_key_check") == []
    assert _sql(scale1.path, "PRAGMA integrity_check") == [("ok",)]


def test_rules_find_several_kinds_of_problems_but_not_in_most_projects(lesen: Database) -> None:
    bericht = check_rules(lesen, stichtag=HEUTE, berichtszyklus_tage=30)
    regeln = {b.regel for b in bericht.befunde}
    assert {2, 4, 5, 6, 7} <= regeln
    aktive = [p for p in list_projects(lesen, stichtag=HEUTE) if p.status not in (
        ProjektStatus.ABGESCHLOSSEN, ProjektStatus.ABGEBROCHEN)]
    betroffen = {b.leitprojekt_id for b in bericht.befunde if b.leitprojekt_id is not None}
    assert 0 < len(betroffen) <= len(aktive) / 2  # not most of them
    assert sum(p.veraltet for p in aktive) == sum(b.regel == 7 for b in bericht.befunde) >= 1


def test_portfolio_lists_and_opens_the_projects(lesen: Database) -> None:
    alle = list_projects(lesen, stichtag=HEUTE, mit_archiv=True)
    assert len(alle) == 30 and len({p.titel for p in alle}) == 30
    assert len(list_projects(lesen, stichtag=HEUTE)) < 30  # some are archived
    for zeile in alle[:: 10]:
        detail = get_leitprojekt(lesen, zeile.id)
        assert detail.titel == zeile.titel and detail.korridorthema == zeile.korridorthema
        assert detail.mitwirkungen and detail.phasen and detail.buergermeister
        if detail.sachstaende:  # a Sachstand freezes the shape the program's own snapshot has
            stand = json.loads(_sql(Path(lesen.location.sqlite_path or ""),
                                    f"SELECT stand FROM sachstand WHERE id = {detail.sachstaende[0].id}")[0][0])
            assert stand.keys() == snapshot(detail).keys()


def test_audit_trail_reads_like_the_hooks(scale1: Summary) -> None:
    rows = _sql(scale1.path, "SELECT id, zeitpunkt, benutzer, rechner, programmversion, entitaet, entitaet_id, "
                             "aktion, leitprojekt_id, aenderungen FROM audit_eintrag ORDER BY id")
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)  # ids in time order
    assert rows[-1][1] < f"{HEUTE + dt.timedelta(days=1)}"
    assert {r[7] for r in rows} == {a.value for a in AuditAktion}
    assert {r[5] for r in rows} <= set(Base.metadata.tables)
    assert all(r[2] and r[3] and r[4] == __version__ for r in rows)
    for row in rows[:: 50]:
        aenderungen = json.loads(row[9])
        assert aenderungen and all(isinstance(v, list) and len(v) == 2 for v in aenderungen.values())
    # "Aktualisiert am" of a project is its latest change
    veraltet = _sql(scale1.path, "SELECT count(*) FROM leitprojekt l WHERE aktualisiert_am < "
                                 "(SELECT max(zeitpunkt) FROM audit_eintrag a WHERE a.leitprojekt_id = l.id)")
    assert veraltet == [(0,)]


def test_same_seed_same_data_other_seed_other_data(scale1: Summary, tmp_path: Path) -> None:
    wieder = generate(tmp_path / "wieder.sqlite", 1, seed=1, heute=HEUTE)
    anders = generate(tmp_path / "anders.sqlite", 1, seed=2, heute=HEUTE)
    assert _dump(wieder.path) == _dump(scale1.path)
    assert _dump(anders.path) != _dump(scale1.path)
    assert anders.counts["leitprojekt"] == 30


def test_refuses_an_existing_file_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ziel = tmp_path / "da.sqlite"
    ziel.write_bytes(b"not a database")
    with pytest.raises(GenerateError, match="exists"):
        generate(ziel, 1)
    assert main(["--scale", "1", "-o", str(ziel)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and "--force" in err
    assert ziel.read_bytes() == b"not a database"

    # forced, and every date derives from --heute (nothing reads the clock)
    assert main(["--scale", "1", "-o", str(ziel), "--force", "--seed", "3", "--heute", "2019-05-01"]) == 0
    assert "leitprojekt" in capsys.readouterr().out
    spaetestens = "2019-05-02"
    for query in ("SELECT max(zeitpunkt) FROM audit_eintrag", "SELECT max(aktualisiert_am) FROM leitprojekt",
                  "SELECT max(erstellt_am) FROM sachstand", "SELECT max(angelegt_am) FROM stammdaten_eintrag",
                  "SELECT max(erfasst_am) FROM regel_ausnahme"):
        wert = _sql(ziel, query)[0][0]
        assert wert is None or wert < spaetestens, query


@pytest.mark.parametrize("argv", [
    ["--scale", "0", "-o", "x.sqlite"],
    ["--scale", "1"],
    ["--scale", "1", "-o", "x.sqlite", "--heute", "1.11.2026"],
    ["--scale", "1", "-o", "fehlt/x.sqlite"],
])
def test_errors_exit_with_code_2_and_one_line(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.sqlite").exists()


def test_scale_2_doubles_the_corridors(tmp_path: Path) -> None:
    summary = generate(tmp_path / "scale2.sqlite", 2, seed=1, heute=HEUTE)
    n = summary.counts
    assert n["korridorthema"] == 12 and n["dezernat"] == 12
    assert (n["leitprojekt"], n["person"], n["mitwirkung"], n["audit_eintrag"]) == (63, 633, 3333, 6667)
    namen = [name for (name,) in _sql(summary.path, "SELECT name FROM korridorthema")]
    assert len(set(namen)) == 12 and "Mobilität" in namen


def test_list_rows_agree_with_each_projects_detail(lesen: Database) -> None:
    """The list's plain SQL (also the quick start's) against the ORM path of the project detail."""
    from iq_desktop.services import derived

    rows = list_projects(lesen, stichtag=HEUTE, mit_archiv=True)
    assert len(rows) == 30
    for row in rows:
        detail = get_leitprojekt(lesen, row.id)
        phase = derived.current_phase(detail.phasen)
        milestone = derived.next_milestone(detail.etappenziele)
        risk = derived.top_risk(detail.risiken)
        leads = {m.person for m in detail.projektleitung if derived.not_ended(m.bis, HEUTE)}
        assert (row.titel, row.korridorthema, row.status, row.ampel) == (
            detail.titel, detail.korridorthema, detail.status, detail.ampel)
        assert row.aktuelle_phase == (phase.name if phase else None)
        assert (row.naechstes_etappenziel, row.naechstes_etappenziel_am) == (
            (milestone.titel, milestone.faellig_am) if milestone else (None, None))
        assert (row.top_risiko, row.top_risiko_score) == (
            (risk.titel, risk.wahrscheinlichkeit * risk.auswirkung) if risk else (None, None))
        assert set(filter(None, (row.projektleitung or "").split(", "))) == leads
        assert row.aktualisiert_am == detail.aktualisiert_am
        assert row.nicht_oeffentlich == detail.nicht_oeffentlich
