"""Who has the database open: one row per running program, kept alive by a heartbeat.

A program registers when it opens a database for work, beats every
:data:`HEARTBEAT` and removes its row when it closes. A PC that crashed stops
beating; after :data:`GONE_AFTER` it no longer counts, so it blocks no one
for ever. Maintenance (migration, restore) refuses while others are present.

Plain Core statements in their own short transactions: bookkeeping, not user
data, so no audit rows and no version counters; the idle change check
(newest audit id) does not see heartbeats.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass

from sqlalchemy import delete, insert, inspect, select, update
from sqlalchemy.engine import Connection, Engine

from iq_desktop.db.audit import Actor
from iq_desktop.db.engine import BEGIN_MODE
from iq_desktop.errors import DatenbankFehler
from iq_desktop.i18n import translate
from iq_desktop.models.housekeeping import Anwesenheit

log = logging.getLogger(__name__)

#: how often a running program says it is still there
HEARTBEAT = dt.timedelta(seconds=30)
#: a program silent for this long counts as gone (crashed PC, cut network)
GONE_AFTER = dt.timedelta(minutes=2)
#: rows this old are removed when a program registers (crashed PCs leave theirs behind)
FORGOTTEN_AFTER = dt.timedelta(days=1)

_TABLE = Anwesenheit.__table__


@dataclass(frozen=True)
class Anwesend:
    """Another program that has the database open."""

    benutzer: str
    rechner: str
    seit: dt.datetime  #: naive UTC
    programmversion: str


class WartungBlockiert(DatenbankFehler):
    """Maintenance refused: others have the database open."""

    def __init__(self, message: str, anwesende: list[Anwesend]) -> None:
        super().__init__(message)
        self.anwesende = anwesende


def _writer(engine: Engine) -> Engine:
    return engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"}) if engine.dialect.name == "sqlite" else engine


def register(engine: Engine, actor: Actor, now: dt.datetime) -> int:
    """Record this program as present; returns its row id for the heartbeat."""
    with _writer(engine).begin() as connection:
        connection.execute(delete(_TABLE).where(_TABLE.c.herzschlag < now - FORGOTTEN_AFTER))
        result = connection.execute(
            insert(_TABLE).values(
                benutzer=actor.login, rechner=actor.rechner, prozess=os.getpid(),
                programmversion=actor.programmversion, seit=now, herzschlag=now,
            )
        )
        return int(result.inserted_primary_key[0])


def beat(engine: Engine, own_id: int, actor: Actor, now: dt.datetime) -> int:
    """Renew this program's heartbeat; returns its row id.

    A row that vanished (a restore emptied the table, or the PC slept past a
    cleanup) is registered anew rather than silently missing.
    """
    with _writer(engine).begin() as connection:
        renewed = connection.execute(update(_TABLE).where(_TABLE.c.id == own_id).values(herzschlag=now)).rowcount
    return own_id if renewed else register(engine, actor, now)


def leave(engine: Engine, own_id: int) -> None:
    with _writer(engine).begin() as connection:
        connection.execute(delete(_TABLE).where(_TABLE.c.id == own_id))


def others(bind: Engine | Connection, now: dt.datetime, *, own_id: int | None = None) -> list[Anwesend]:
    """Everyone else whose heartbeat is recent, longest present first.

    A database without the table (schema before 0002) knows no one.
    """
    query = (
        select(_TABLE.c.benutzer, _TABLE.c.rechner, _TABLE.c.seit, _TABLE.c.programmversion)
        .where(_TABLE.c.herzschlag >= now - GONE_AFTER)
        .order_by(_TABLE.c.seit, _TABLE.c.id)
    )
    if own_id is not None:
        query = query.where(_TABLE.c.id != own_id)

    def run(connection: Connection) -> list[Anwesend]:
        if not inspect(connection).has_table(_TABLE.name):
            return []
        return [Anwesend(*row) for row in connection.execute(query)]

    if isinstance(bind, Connection):
        return run(bind)
    with bind.connect() as connection:
        return run(connection)


def describe(anwesende: list[Anwesend]) -> str:
    """``mueller (PC KA-PC-0815, seit 08:12)``, local time, for messages and the status bar."""
    parts = []
    for person in anwesende:
        since = person.seit.replace(tzinfo=dt.UTC).astimezone()
        parts.append(
            translate("Anwesenheit", "{benutzer} (PC {rechner}, seit {zeit})").format(
                benutzer=person.benutzer, rechner=person.rechner, zeit=f"{since:%d.%m. %H:%M}")
        )
    return ", ".join(parts)


def refuse_maintenance(bind: Engine | Connection, now: dt.datetime, what: str) -> None:
    """Raise :class:`WartungBlockiert` naming who else has the database open, if anyone."""
    anwesende = others(bind, now)
    if anwesende:
        log.info("%s refused: %d others present", what, len(anwesende))
        raise WartungBlockiert(
            translate("Anwesenheit", "{was} ist nicht möglich, solange andere mit der Datenbank arbeiten: "
                      "{wer}. Bitte sie bitten, IQ Desktop zu schließen, und dann erneut versuchen "
                      "(ein abgestürzter PC zählt nach zwei Minuten nicht mehr).")
            .format(was=what, wer=describe(anwesende)),
            anwesende,
        )
