"""Trying a database before the settings point to it: the Einstellungen dialog's and the welcome's test."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.i18n import translate
from iq_desktop.models import Leitprojekt
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.terminology import load_terms


@dataclass(frozen=True, slots=True)
class Verbindung:
    """What the test found: where, and how many Leitprojekte are there."""

    anzeige: str
    leitprojekte: int
    begriffe: Begriffe

    def meldung(self) -> str:
        return translate("Verbindung", "Verbindung hergestellt: {ort} – {n} {Leitprojekte}.").format(
            ort=self.anzeige, n=self.leitprojekte, **self.begriffe.format_args())


def check_connection(value: str) -> Verbindung:
    """Open ``value`` (a file path or a server URL) read-only, count its Leitprojekte, close it.

    Never creates or migrates anything. Raises the database layer's German
    errors (file missing, server unreachable, driver missing, schema too old or
    too new, not an IQ database).
    """
    location = resolve_location(value.strip())
    database, _ = open_database(location, Zugriff.ZUM_LESEN, must_exist=True)
    try:
        with database.reading() as session:
            count = session.scalar(select(func.count()).select_from(Leitprojekt)) or 0
        begriffe = load_terms(database)
    finally:
        database.close()
    return Verbindung(location.display, int(count), begriffe)
