"""The audit trail to be: events planned with every entity, kept newest first up to the budget.

Core inserts bypass the ORM ``after_flush`` hook, so the trail is written here, in the
hook's exact format (:mod:`iq_desktop.db.audit`). Each planner records what happened to
its rows as events; only when writing are the newest ``budget`` of them kept, so go-live
(the first audit row) is wherever that budget reaches back to.
"""

from __future__ import annotations

import datetime as dt
import enum
import random
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Table

from iq_desktop import __version__
from iq_desktop.enums import AuditAktion

#: the hook leaves these columns out of the trail (iq_desktop.db.audit._UNAUDITED)
UNAUDITED = frozenset({"version", "aktualisiert_am", "stand"})
#: IT's account, which set up the database and seeded it
ADMIN_LOGIN = "it-iqadmin"
ADMIN_RECHNER = "KA-SRV-IQ01"


def plain(value: Any) -> Any:
    """A JSON-safe column value, as the audit hook writes it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


@dataclass(frozen=True, slots=True)
class Actor:
    """Who an audit row names: OS login and PC, as ``Actor.current()`` would."""

    login: str
    rechner: str


class Owner(Protocol):
    """What the trail needs of a Leitprojekt whose rows an event belongs to."""

    last_update: dt.datetime

    @property
    def id(self) -> int: ...


@dataclass(slots=True)
class Event:
    """One audit row to be: the changes are a ready dict, or taken from ``row`` when written.

    A creation or deletion keeps a reference to its row, not a copy of the changes: the
    changes are built only for the events the budget keeps.
    """

    zeitpunkt: dt.datetime
    seq: int
    table: str
    entity_id: str
    aktion: AuditAktion
    leitprojekt_id: int | None
    actor: Actor
    changes: dict[str, list[Any]] | None = None
    row: dict[str, Any] | None = None
    fields: Collection[str] | None = None
    overrides: dict[str, Any] | None = None

    def aenderungen(self) -> dict[str, list[Any]]:
        if self.changes is not None:
            return self.changes
        assert self.row is not None
        values = dict(self.row)
        if self.overrides:
            values.update(self.overrides)
        result: dict[str, list[Any]] = {}
        for key, value in values.items():
            if key in UNAUDITED or value is None or (self.fields is not None and key not in self.fields):
                continue
            p = plain(value)
            result[key] = [None, p] if self.aktion is AuditAktion.ANGELEGT else [p, None]
        return result


class AuditTrail:
    """Collects the planned events; ``seq`` keeps events of the same moment in planning order."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.events: list[Event] = []
        self._seq = 0

    def event(
        self,
        zeitpunkt: dt.datetime,
        table: Table,
        entity_id: object,
        aktion: AuditAktion,
        actor: Actor,
        *,
        projekt: Owner | None = None,
        changes: dict[str, list[Any]] | None = None,
        row: dict[str, Any] | None = None,
        fields: Collection[str] | None = None,
        overrides: dict[str, Any] | None = None,
    ) -> None:
        """Plan one audit row; a project's events never lie after its last update."""
        if projekt is not None and zeitpunkt > projekt.last_update:
            zeitpunkt = projekt.last_update - dt.timedelta(seconds=self.rng.randint(30, 900))
        self._seq += 1
        self.events.append(
            Event(zeitpunkt, self._seq, table.name, str(entity_id), aktion,
                  projekt.id if projekt is not None else None, actor, changes, row, fields, overrides)
        )

    def created(self, zeitpunkt: dt.datetime, table: Table, row: dict[str, Any], actor: Actor, *,
                projekt: Owner | None = None, fields: Collection[str] | None = None,
                overrides: dict[str, Any] | None = None, ausgenommen: Collection[str] = ()) -> None:
        """The row was created: every field (or ``fields``, or all but ``ausgenommen``) from nothing."""
        if ausgenommen:
            fields = [key for key in row if key not in ausgenommen]
        self.event(zeitpunkt, table, row["id"], AuditAktion.ANGELEGT, actor, projekt=projekt, row=row,
                   fields=fields, overrides=overrides)

    def changed(self, zeitpunkt: dt.datetime, table: Table, entity_id: object, actor: Actor,
                changes: dict[str, list[Any]], *, projekt: Owner | None = None) -> None:
        values = {key: [plain(old), plain(new)] for key, (old, new) in changes.items()}
        self.event(zeitpunkt, table, entity_id, AuditAktion.GEAENDERT, actor, projekt=projekt, changes=values)

    def rows(self, first_id: int, budget: int, tables: dict[Table, list[dict[str, Any]]]) -> list[dict[str, Any]]:
        """The newest ``budget`` events, oldest first, as audit rows.

        The ``version`` of each row in ``tables`` is set to follow the changes kept, as the
        ORM's version counter would have counted them.
        """
        self.events.sort(key=lambda e: (e.zeitpunkt, e.seq))
        kept = self.events[-budget:] if budget > 0 else []
        aenderungen: Counter[tuple[str, str]] = Counter(
            (e.table, e.entity_id) for e in kept if e.aktion is AuditAktion.GEAENDERT)
        for table, rows in tables.items():
            if "version" in table.c and "id" in table.c:
                for row in rows:
                    n = aenderungen.get((table.name, str(row["id"])))
                    if n:
                        row["version"] = 1 + n
        staffing_person = {
            str(row["id"]): row["person_id"] for table, rows in tables.items() if table.name == "mitwirkung"
            for row in rows
        }
        return [
            {
                "id": first_id + i, "zeitpunkt": e.zeitpunkt, "benutzer": e.actor.login, "rechner": e.actor.rechner,
                "programmversion": __version__, "entitaet": e.table, "entitaet_id": e.entity_id, "aktion": e.aktion,
                "leitprojekt_id": e.leitprojekt_id, "person_id": _person_of(e, staffing_person),
                "aenderungen": e.aenderungen(),
            }
            for i, e in enumerate(kept)
        ]


def _person_of(event: Event, staffing_person: dict[str, int]) -> int | None:
    """The person an audit row concerns, as the flush hook records it (a person, a staffing row)."""
    if event.table == "person":
        return int(event.entity_id)
    if event.table == "mitwirkung":
        if event.row is not None:
            return event.row.get("person_id")
        return staffing_person.get(event.entity_id)
    return None
