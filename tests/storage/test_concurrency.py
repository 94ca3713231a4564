"""Two desks on one database (a SQLite file, a PostgreSQL database): a stale save never overwrites,
and the loser learns who saved first."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from sqlalchemy import update

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.enums import Ampel, PhasenStatus, ProjektStatus, Rolle
from iq_desktop.errors import VersionKonflikt
from iq_desktop.models import Leitprojekt
from iq_desktop.services import corridors, milestones, phases, portfolio, projects, risks, staffing
from iq_desktop.services.staffing import Zustimmung


@pytest.fixture
def zwei_plaetze(db: Database) -> Iterator[tuple[Database, Database, int]]:
    """The same database opened twice, as by two secretariats at two PCs."""
    projekt = projects.set_up_leitprojekt(
        db, titel="Digital Booster", korridorthema_id=corridors.korridorthema_id(db, "Moderne Verwaltung"),
        beginn=dt.date(2024, 2, 23),
    )
    location = db.location
    andere = Database(create_engine_for(location, read_only=False), location, read_only=False,
                      actor=Actor(login="mueller", rechner="KA-PC-0815"))
    yield db, andere, projekt
    andere.close()


def _stored(db: Database, projekt: int):
    return portfolio.get_leitprojekt(db, projekt)


def test_the_second_of_two_saves_from_the_same_version_is_refused(zwei_plaetze) -> None:
    hier, dort, projekt = zwei_plaetze
    version = _stored(hier, projekt).version  # both forms were opened at this version

    projects.set_ampel(dort, projekt_id=projekt, ampel=Ampel.ROT, notiz="Budget fehlt", expected_version=version)
    with pytest.raises(VersionKonflikt) as refused:
        projects.set_ampel(hier, projekt_id=projekt, ampel=Ampel.GRUEN, expected_version=version)

    konflikt = refused.value
    assert (konflikt.objekt_typ, konflikt.objekt_id) == ("leitprojekt", projekt)
    assert (konflikt.erwartet, konflikt.gespeichert) == (version, version + 1)
    assert konflikt.geaendert_von.startswith("mueller am PC KA-PC-0815, ")
    assert "„Digital Booster“ wurde inzwischen von mueller am PC KA-PC-0815" in konflikt.message
    stored = _stored(hier, projekt)
    assert (stored.ampel, stored.ampel_notiz, stored.version) == (Ampel.ROT, "Budget fehlt", version + 1)


@pytest.mark.parametrize("change", [
    lambda db, p, v: projects.change_status(db, projekt_id=p, status=ProjektStatus.PAUSIERT, expected_version=v),
    lambda db, p, v: projects.record_kickoff(db, projekt_id=p, datum=dt.date(2024, 3, 1), expected_version=v),
], ids=["status", "kickoff"])
def test_status_and_kickoff_belong_to_the_same_versioned_unit(zwei_plaetze, change) -> None:
    hier, dort, projekt = zwei_plaetze
    before = _stored(hier, projekt)
    projects.set_ampel(dort, projekt_id=projekt, ampel=Ampel.GELB, expected_version=before.version)
    with pytest.raises(VersionKonflikt):
        change(hier, projekt, before.version)
    stored = _stored(hier, projekt)
    assert (stored.status, stored.kickoff_am) == (before.status, before.kickoff_am)  # nothing written
    change(hier, projekt, stored.version)  # with the stored version it goes through
    assert _stored(hier, projekt).version == stored.version + 1


def test_a_save_that_loses_the_race_inside_the_transaction_is_refused_too(zwei_plaetze) -> None:
    """Both checks passed at the same moment: the UPDATE's own version condition refuses the second."""
    hier, _dort, projekt = zwei_plaetze
    with pytest.raises(VersionKonflikt, match="im selben Augenblick"), hier.transaction() as session:
        row = session.get(Leitprojekt, projekt)
        # another desk's save lands between this desk's read and its write
        session.execute(update(Leitprojekt).where(Leitprojekt.id == projekt)
                        .values(version=Leitprojekt.version + 1, ampel=Ampel.ROT)
                        .execution_options(synchronize_session=False))
        row.ampel = Ampel.GRUEN
    stored = _stored(hier, projekt)
    assert stored.ampel is None  # the whole transaction was rolled back, nothing half written


def _rows(db: Database, projekt: int) -> dict[str, tuple[int, int]]:
    """(id, version) of the project's first phase, milestone, risk and Mitwirkung."""
    detail = portfolio.get_leitprojekt(db, projekt)
    return {
        "phase": (detail.phasen[0].id, detail.phasen[0].version),
        "etappenziel": (detail.etappenziele[0].id, detail.etappenziele[0].version),
        "risiko": (detail.risiken[0].id, detail.risiken[0].version),
        "mitwirkung": (detail.mitwirkungen[0].id, detail.mitwirkungen[0].version),
    }


EDITS = {
    "phase": lambda db, i, v: phases.move_phase(db, phase_id=i, status=PhasenStatus.LAUFEND,
                                               am=dt.date(2024, 3, 1), expected_version=v),
    "etappenziel": lambda db, i, v: milestones.reach_etappenziel(db, etappenziel_id=i, erreicht_am=dt.date(2024, 5, 2),
                                                                 expected_version=v),
    "risiko": lambda db, i, v: risks.close_risiko(db, risiko_id=i, expected_version=v),
    "mitwirkung": lambda db, i, v: staffing.record_consent(db, mitwirkung_id=i, zustimmung=Zustimmung.PERSON,
                                                           am=dt.date(2024, 3, 4), expected_version=v),
}


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_each_staffing_phase_milestone_and_risk_row_has_its_own_version(zwei_plaetze, kind: str) -> None:
    hier, dort, projekt = zwei_plaetze
    from tests.unit.builders import make_org, person

    milestones.plan_etappenziel(hier, projekt_id=projekt, titel="Workshop", faellig_am=dt.date(2024, 5, 1))
    risks.log_risiko(hier, projekt_id=projekt, titel="Personal fehlt", wahrscheinlichkeit=3, auswirkung=4)
    staffing.staff_person(hier, projekt_id=projekt, person_id=person(hier, make_org(hier), "Schmidt"),
                          rolle=Rolle.MITGLIED)
    before = _rows(hier, projekt)
    ident, version = before[kind]

    # another row of the same project changed: this row's version still holds
    other = next(k for k in sorted(EDITS) if k != kind)
    EDITS[other](dort, before[other][0], before[other][1])
    EDITS[kind](hier, ident, version)
    assert _rows(hier, projekt)[kind][1] == version + 1

    # the same row, saved from a form that still holds the old version: refused
    with pytest.raises(VersionKonflikt, match=re.escape(
            f"wurde inzwischen von {hier.actor.login} am PC {hier.actor.rechner}, ")):
        EDITS[kind](dort, ident, version)
    assert _rows(hier, projekt)[kind][1] == version + 1


def test_two_desks_writing_at_once_wait_their_turn_instead_of_failing(zwei_plaetze) -> None:
    """Writes take the write lock when they begin: the second desk waits for it.

    SQLite: BEGIN IMMEDIATE and the busy timeout; with a deferred BEGIN both would read
    first, and the one that then wants to write while the other commits would fail at
    once with "database is locked". PostgreSQL: the program's advisory lock; without it
    both would read the same version, and the later save would be refused as stale.
    """
    import threading
    import time

    hier, dort, projekt = zwei_plaetze
    errors: list[BaseException] = []
    begun = threading.Event()

    def slow_desk() -> None:
        try:
            with dort.transaction() as session:
                row = session.get(Leitprojekt, projekt)
                begun.set()
                time.sleep(0.5)  # a use case that takes its time between read and write
                row.ampel_notiz = "zuerst"
        except BaseException as exc:
            errors.append(exc)
            begun.set()

    worker = threading.Thread(target=slow_desk)
    before = _stored(hier, projekt).version
    worker.start()
    begun.wait(5)
    projects.set_ampel(hier, projekt_id=projekt, ampel=Ampel.GELB, notiz="danach")  # waits for the lock
    worker.join(10)
    assert errors == []
    stored = _stored(hier, projekt)
    assert (stored.ampel_notiz, stored.version) == ("danach", before + 2)  # both saved, in turn
