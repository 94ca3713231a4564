"""Who is working: the program's user record for the operating-system login, where there is one."""

from __future__ import annotations

from sqlalchemy import select

from iq_desktop.db.database import Database
from iq_desktop.models import Benutzer


def display_name(db: Database) -> str:
    """The display name of the user behind this session's login, else the login itself."""
    login = db.actor.login
    with db.reading() as session:
        name = session.scalar(select(Benutzer.anzeigename).where(Benutzer.login == login, Benutzer.aktiv.is_(True)))
    return name or login
