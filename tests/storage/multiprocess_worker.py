"""A desk in its own process, for tests/storage/test_multiprocess.py.

Run as ``python multiprocess_worker.py MODE DB_PATH OUT_PATH CONFIG_JSON``:

* ``stress``: read-modify-write cycles on an overlapping set of records until the
  test says stop (many of these run at once);
* ``kill``: saves whole project profiles in a loop until the test kills the process.

The worker opens the database the way the program does (``open_database``), as the
user named by ``LOGNAME``/``USER`` (the test sets one per process), prints ``ready``
on stdout and starts when a line arrives on stdin. Everything it learns from the
services goes to OUT_PATH as JSON lines, each written with one ``os.write`` *after*
the service call returned: a line ``{"t": "ack", ...}`` is a save the user was told
had succeeded, and the test holds the database to it. A process killed between
commit and ``os.write`` leaves a committed save without its line; that is allowed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import random
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from iq_desktop.db.database import Database
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.services.projects import Steckbrief
from iq_desktop.services.read_models import BudgetZeile, LeitprojektDetail, ZielvereinbarungZeile, ZielZeile

#: the fields of a stress record that each save changes, by table: the value written is unique per save
STRESS_FIELD = {"leitprojekt": "ampel_notiz", "risiko": "massnahmen", "phase": "geplante_schritte"}

#: text fields of the profile that every ``kill`` save sets to its token
PROFILE_TEXT_FIELDS = (
    "beitrag_korridor", "zielgruppe", "chancen_nutzen", "einbindung_zielgruppe", "einbindung_intern",
    "einbindung_extern", "internationalitaet_wie", "digitalisierung_wie", "partizipation_wie", "personal",
    "ausblick",
)
#: rows each ``kill`` save inserts into the child tables (the old ones are deleted)
PROFILE_CHILD_ROWS = {"projekt_ziel": 3, "projekt_kanal": 2, "projekt_budget": 2, "zielvereinbarung": 1}


def kill_token(round_no: int, seq: int) -> str:
    """The mark one ``kill`` save puts on every field and child row it writes."""
    return f"r{round_no:03d}s{seq:06d}"


def token_number(token: str) -> int:
    """The token as one number, unique over all rounds: budget amounts carry it."""
    round_no, seq = token[1:].split("s")
    return int(round_no) * 1_000_000 + int(seq)


def token_of_number(number: int) -> str:
    return kill_token(number // 1_000_000, number % 1_000_000)


def profile_for(detail: LeitprojektDetail, token: str, strategie_ids: Sequence[int]) -> Steckbrief:
    """The whole profile one ``kill`` save writes: every part derived from ``token``.

    The description is long (several database pages), so a save writes many pages
    and a kill has a fair chance to land in the middle of one.
    """
    number = token_number(token)
    daten = Steckbrief.from_detail(detail, strategie_ids=profile_strategie(strategie_ids, number))
    changes: dict[str, Any] = {name: token for name in PROFILE_TEXT_FIELDS}
    changes.update(
        beschreibung=" ".join([token] + [f"{token}·Beschreibung"] * 400),  # no outer blanks: they are trimmed
        zielgruppe_aktiv_eingebunden=number % 2 == 0,
        internationalitaet=number % 3 == 0,
        digitalisierung=number % 3 == 1,
        partizipation=number % 3 == 2,
        ziele=(ZielZeile(1, 0, f"{token} Ziel 1"), ZielZeile(2, 1, f"{token} Ziel 1a"),
               ZielZeile(3, 0, f"{token} Ziel 2")),
        kanaele=(f"{token} Newsletter", f"{token} Bürgerforum"),
        budgets=(BudgetZeile("2025/2026", number, number + 1, number + 2),
                 BudgetZeile("2027/2028", number, None, None)),
        zielvereinbarungen=(ZielvereinbarungZeile(2026, f"{token} Zielvereinbarung", number % 2 == 0, None),),
    )
    return dataclasses.replace(daten, **changes)


def profile_strategie(strategie_ids: Sequence[int], number: int) -> tuple[int, ...]:
    """Two strategy tags per save, different from one save to the next (rows in projekt_strategie)."""
    ids = sorted(strategie_ids)
    return tuple(sorted({ids[number % len(ids)], ids[(number * 7 + 3) % len(ids)]}))


class Log:
    """JSON lines, each with a single ``os.write`` on an O_APPEND file: a kill leaves whole lines."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, **entry: Any) -> None:
        os.write(self._fd, (json.dumps(entry, default=str) + "\n").encode())


def _open(db_path: str) -> Database:
    database, _ = open_database(resolve_location(db_path), Zugriff.ZUM_ARBEITEN)
    return database


def _wait_for_go() -> None:
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        raise SystemExit(2)  # the test gave up on us


def run_stress(db_path: str, log: Log, config: dict[str, Any]) -> None:
    """Read-modify-write cycles on records picked at random (half from a hot set) until told to stop.

    The test stops the writers (by creating the file ``config["stop"]``) once they ran long
    enough and saved often enough; ``config["max_seconds"]`` ends an orphaned worker.
    """
    from iq_desktop.enums import Ampel, RisikoStatus
    from iq_desktop.errors import VersionKonflikt
    from iq_desktop.services import phases, portfolio, projects, risks

    login = os.environ["LOGNAME"]
    rng = random.Random(config["seed"])
    records: list[list[Any]] = config["records"]  # [key, table, projekt_id, row_id]
    hot: list[list[Any]] = [r for r in records if r[0] in set(config["hot"])]
    db = _open(db_path)
    _wait_for_go()
    started = time.monotonic()
    log.write(t="go", at=started)  # the clock is system-wide: the test stops the writers by it
    attempts = errors = 0
    read_s = save_s = longest_save_s = 0.0  # time spent reading and saving (the rest: the pauses between)
    stop = Path(config["stop"])
    while not stop.exists() and time.monotonic() - started < config["max_seconds"]:
        attempts += 1
        key, table, projekt_id, row_id = rng.choice(hot if rng.random() < 0.5 else records)
        value = f"{login}#{attempts}"
        stage, version = "read", None
        began = time.monotonic()
        try:
            detail = portfolio.get_leitprojekt(db, projekt_id)
            if table == "leitprojekt":
                version = detail.version
            else:
                version = next(r.version for r in (detail.risiken if table == "risiko" else detail.phasen)
                               if r.id == row_id)
            read_s += time.monotonic() - began
            time.sleep(rng.uniform(0, 0.008))  # the user types: others may save meanwhile
            stage, began = "save", time.monotonic()
            if table == "leitprojekt":
                projects.set_ampel(db, projekt_id=projekt_id, ampel=rng.choice(list(Ampel)), notiz=value,
                                   expected_version=version)
            elif table == "risiko":
                risks.assess_risiko(db, risiko_id=row_id, wahrscheinlichkeit=rng.randint(1, 5),
                                    auswirkung=rng.randint(1, 5), massnahmen=value,
                                    status=RisikoStatus.IN_BEARBEITUNG, expected_version=version)
            else:
                von = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
                phases.plan_phase(db, phase_id=row_id, geplant_von=von, geplant_bis=von + dt.timedelta(days=30),
                                  geplante_schritte=value, expected_version=version)
        except VersionKonflikt as konflikt:
            save_s += time.monotonic() - began
            log.write(t="conflict", rec=key, value=value, erwartet=konflikt.erwartet, version_read=version,
                      gespeichert=konflikt.gespeichert, objekt_typ=konflikt.objekt_typ,
                      objekt_id=konflikt.objekt_id, von=konflikt.geaendert_von)
            continue
        except Exception as exc:  # anything else reaching a user is a finding: the test reports it
            errors += 1
            log.write(t="error", rec=key, value=value, stage=stage, type=type(exc).__name__, message=str(exc)[:500])
            if errors > 200:
                raise
            continue
        save_s += time.monotonic() - began
        longest_save_s = max(longest_save_s, time.monotonic() - began)
        log.write(t="ack", rec=key, value=value, version=version + 1)
    log.write(t="done", elapsed=time.monotonic() - started, attempts=attempts, read_s=read_s, save_s=save_s,
              longest_save_s=longest_save_s)
    db.close()


def run_kill(db_path: str, log: Log, config: dict[str, Any]) -> None:
    """Save whole project profiles, one project after the other, until killed."""
    from sqlalchemy.orm import configure_mappers

    from iq_desktop.services import portfolio, projects

    configure_mappers()  # what any program has done long before it saves: the round measures the open itself
    _wait_for_go()
    db = _open(db_path)
    log.write(t="open", at=time.monotonic())  # the clock is system-wide: the test compares it with its own
    seq = 0
    while True:
        seq += 1
        projekt_id = config["projects"][seq % len(config["projects"])]
        token = kill_token(config["round"], seq)
        detail = portfolio.get_leitprojekt(db, projekt_id)
        version = projects.save_steckbrief(db, projekt_id=projekt_id, expected_version=detail.version,
                                           daten=profile_for(detail, token, config["strategie_ids"]))
        log.write(t="ack", projekt=projekt_id, token=token, version=version, at=time.monotonic())


def main(argv: list[str]) -> int:
    mode, db_path, out_path, config = argv[1], argv[2], Path(argv[3]), json.loads(argv[4])
    log = Log(out_path)
    try:
        {"stress": run_stress, "kill": run_kill}[mode](db_path, log, config)
    except BaseException:
        traceback.print_exc()
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
