"""Writes the audit trail and keeps "Aktualisiert am" of projects, inside every flush.

Both happen in the same transaction as the change itself: a session event
collects what the flush inserts, updates and deletes and writes one
``audit_eintrag`` row per object, then stamps the owning Leitprojekt's
``aktualisiert_am`` with a plain UPDATE (which deliberately leaves the
project's version counter alone, so editing a milestone never makes a
concurrent edit of the profile look stale).
"""

from __future__ import annotations

import datetime as dt
import enum
import getpass
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, event, insert, inspect, update
from sqlalchemy.orm import Session, sessionmaker

from iq_desktop import __version__
from iq_desktop.enums import AuditAktion
from iq_desktop.models import AuditEintrag, Base, Leitprojekt, Mitwirkung, Person, StammdatenEintrag

#: session.info key of the rows the current flush deleted (see _collect_delete)
_DELETED = "audit_deleted"
#: session.info key of the projects whose own UPDATE or INSERT carries the new stamp
_STAMPED = "audit_stamped"

# built once: a save holds the write lock while they run
_INSERT_AUDIT = insert(AuditEintrag)
_STAMP_PROJECTS = (
    update(Leitprojekt.__table__)
    .where(Leitprojekt.__table__.c.id.in_(bindparam("ids", expanding=True)))
    .values(aktualisiert_am=bindparam("jetzt"))
)

#: columns whose changes are not worth a line in the trail
_UNAUDITED = {"version", "aktualisiert_am", "stand"}


@dataclass(frozen=True)
class Actor:
    """Who makes the changes of a session: OS login, PC, program version."""

    login: str
    rechner: str
    programmversion: str = __version__

    @classmethod
    def current(cls) -> Actor:
        try:
            login = getpass.getuser()
        except (KeyError, OSError):  # no user name in a stripped-down environment
            login = "unbekannt"
        return cls(login=login, rechner=socket.gethostname() or "unbekannt")


@dataclass
class AuditContext:
    actor: Actor
    #: returns naive UTC; the demo generator replaces it to write history
    clock: Callable[[], dt.datetime]


def install_audit(factory: sessionmaker[Session], context: AuditContext) -> None:
    factory.kw.setdefault("info", {})["audit"] = context
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    if not event.contains(Base, "after_delete", _collect_delete):
        event.listen(Base, "after_delete", _collect_delete, propagate=True)


def _collect_delete(_mapper: Any, _connection: Any, target: object) -> None:
    """Every row the flush deletes, orphans of a ``delete-orphan`` collection too.

    ``session.deleted`` holds only what was passed to ``session.delete()``: a goal
    dropped from a project's list would otherwise leave the trail unseen.
    """
    session = inspect(target).session
    if session is not None and "audit" in session.info:
        session.info.setdefault(_DELETED, []).append(target)


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    context: AuditContext | None = session.info.get("audit")
    if context is None:
        return
    session.info.pop(_DELETED, None)  # left by a flush that failed half way
    stamped: list[Leitprojekt] = []
    now = context.clock()
    for obj in session.new:
        if isinstance(obj, Leitprojekt):
            if obj.aktualisiert_am is None:
                obj.aktualisiert_am = now
            stamped.append(obj)
    for obj in session.dirty:
        # a changed project gets its stamp in its own UPDATE, not in a second one after the flush
        if isinstance(obj, Leitprojekt) and session.is_modified(obj, include_collections=False):
            obj.aktualisiert_am = now
            stamped.append(obj)
    session.info[_STAMPED] = stamped


def _after_flush(session: Session, _flush_context: Any) -> None:
    context: AuditContext | None = session.info.get("audit")
    if context is None:
        return
    now = context.clock()
    rows: list[dict[str, Any]] = []
    touched: set[int] = set()
    stamped = {obj.id for obj in session.info.pop(_STAMPED, [])}
    deleted = {id(obj): obj for obj in (*session.deleted, *session.info.pop(_DELETED, []))}
    for action, objects in (
        (AuditAktion.ANGELEGT, session.new),
        (AuditAktion.GEAENDERT, [obj for obj in session.dirty if id(obj) not in deleted]),
        (AuditAktion.GELOESCHT, deleted.values()),
    ):
        # sets have no order; sorting makes the trail's row order reproducible
        for obj in sorted(objects, key=_sort_key):
            if isinstance(obj, AuditEintrag | StammdatenEintrag):  # bookkeeping, not user data
                continue
            if action is AuditAktion.GEAENDERT:
                changes = _changes(obj)
                if not changes:
                    continue
            else:
                changes = _values(obj, new=action is AuditAktion.ANGELEGT)
            projekt_id = _project_of(obj)
            if projekt_id is not None:
                touched.add(projekt_id)
            state = inspect(obj)
            rows.append(
                {
                    "zeitpunkt": now,
                    "benutzer": context.actor.login,
                    "rechner": context.actor.rechner,
                    "programmversion": context.actor.programmversion,
                    "entitaet": state.mapper.local_table.name,
                    "entitaet_id": "/".join(str(v) for v in _primary_key(obj)),
                    "aktion": action,
                    "leitprojekt_id": projekt_id,
                    "person_id": _person_of(obj),
                    "aenderungen": changes,
                }
            )
    if not rows:
        return
    connection = session.connection()
    connection.execute(_INSERT_AUDIT, rows)
    touched -= stamped
    if touched:
        connection.execute(_STAMP_PROJECTS, {"ids": sorted(touched), "jetzt": now})


def _sort_key(obj: object) -> tuple[str, str]:
    return inspect(obj).mapper.local_table.name, "/".join(f"{v:>12}" for v in _primary_key(obj))


def _primary_key(obj: object) -> tuple[Any, ...]:
    """The primary key values; in after_flush new objects have them but no identity yet."""
    return tuple(inspect(obj).mapper.primary_key_from_instance(obj))


def _project_of(obj: object) -> int | None:
    if isinstance(obj, Leitprojekt):
        return obj.id
    return getattr(obj, "leitprojekt_id", None)


def _person_of(obj: object) -> int | None:
    if isinstance(obj, Person):
        return obj.id
    return getattr(obj, "person_id", None) if isinstance(obj, Mitwirkung) else None


def _values(obj: object, *, new: bool) -> dict[str, list[Any]]:
    state = inspect(obj)
    result: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _UNAUDITED:
            continue
        value = _plain(state.dict.get(attr.key))
        if value is None:
            continue
        result[attr.key] = [None, value] if new else [value, None]
    return result


def _changes(obj: object) -> dict[str, list[Any]]:
    state = inspect(obj)
    result: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _UNAUDITED:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = _plain(history.deleted[0]) if history.deleted else None
        new = _plain(history.added[0]) if history.added else None
        if old != new:
            result[attr.key] = [old, new]
    for rel in state.mapper.relationships:
        if rel.secondary is None:
            continue
        history = state.attrs[rel.key].history
        if history.added or history.deleted:
            unchanged = [_primary_key(o)[0] for o in history.unchanged]
            removed = [_primary_key(o)[0] for o in history.deleted]
            added = [_primary_key(o)[0] for o in history.added]
            result[rel.key] = [sorted(unchanged + removed), sorted(unchanged + added)]
    return result


def _plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return None
    if value is not None and not isinstance(value, str | int | float | bool):
        return str(value)
    return value
