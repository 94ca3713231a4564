"""Presence for the window: join, beat, leave, and who else is there (see ``db.presence``)."""

from __future__ import annotations

from iq_desktop.db import presence
from iq_desktop.db.database import Database
from iq_desktop.db.presence import HEARTBEAT, Anwesend, describe

__all__ = ["HEARTBEAT", "Anwesend", "beat", "describe", "join", "leave"]


def join(db: Database) -> tuple[int, list[Anwesend]]:
    """Register this program; returns its presence id and who else is there."""
    now = db.clock()
    own_id = presence.register(db.engine, db.actor, now)
    return own_id, presence.others(db.engine, now, own_id=own_id)


def beat(db: Database, own_id: int) -> tuple[int, list[Anwesend]]:
    now = db.clock()
    own_id = presence.beat(db.engine, own_id, db.actor, now)
    return own_id, presence.others(db.engine, now, own_id=own_id)


def leave(db: Database, own_id: int) -> None:
    presence.leave(db.engine, own_id)
