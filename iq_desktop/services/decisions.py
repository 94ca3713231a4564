"""Use cases of the decision log: note an issue or a decision needed, send dissent to the
Clearingstelle (Stabsstelle VME), record the decision."""

from __future__ import annotations

import datetime as dt

from iq_desktop.db.database import Database
from iq_desktop.enums import EntscheidungsArt, EntscheidungsStatus
from iq_desktop.i18n import translate
from iq_desktop.models import Entscheidung, Leitprojekt
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError


def log_entscheidung(
    db: Database,
    *,
    projekt_id: int,
    art: EntscheidungsArt,
    titel: str,
    beschreibung: str | None = None,
    zu_entscheiden_durch: str | None = None,
    faellig_bis: dt.date | None = None,
    erfasst_am: dt.date | None = None,
    nicht_oeffentlich: bool = False,
) -> int:
    with db.transaction() as session:
        v.get_or_fail(session, Leitprojekt, projekt_id, was="Das Leitprojekt")
        erfasst_am = erfasst_am or db.today()
        v.date_order(erfasst_am, faellig_bis, feld="faellig_bis",
                     start_name="erfasst am", end_name="fällig bis")
        eintrag = Entscheidung(
            leitprojekt_id=projekt_id,
            art=EntscheidungsArt(art),
            titel=v.required_text(titel, feld="titel", bezeichnung="Titel"),
            beschreibung=v.optional_text(beschreibung),
            zu_entscheiden_durch=v.bounded_text(
                zu_entscheiden_durch, feld="zu_entscheiden_durch", bezeichnung="zu entscheiden durch"
            ),
            faellig_bis=faellig_bis,
            erfasst_am=erfasst_am,
            status=EntscheidungsStatus.OFFEN,
            nicht_oeffentlich=bool(nicht_oeffentlich),
        )
        session.add(eintrag)
        session.flush()
        return eintrag.id


def send_to_clearingstelle(
    db: Database, *, entscheidung_id: int, am: dt.date | None = None, expected_version: int | None = None
) -> None:
    """Dissent in a project team goes to the Stabsstelle VME as Clearingstelle."""
    with db.transaction() as session:
        eintrag = v.get_for_update(session, Entscheidung, entscheidung_id, expected_version, was="Der Eintrag")
        if eintrag.status is not EntscheidungsStatus.OFFEN:
            raise DomainError(
                translate("Entscheidungen", "Nur ein offener Eintrag kann an die Clearingstelle gehen.")
            )
        eintrag.art = EntscheidungsArt.DISSENS
        eintrag.an_clearingstelle_am = am or db.today()
        eintrag.zu_entscheiden_durch = translate("Entscheidungen", "Clearingstelle (Stabsstelle VME)")


def record_decision(
    db: Database,
    *,
    entscheidung_id: int,
    ergebnis: str,
    entschieden_am: dt.date | None = None,
    entschieden_durch: str | None = None,
    expected_version: int | None = None,
) -> None:
    with db.transaction() as session:
        eintrag = v.get_for_update(session, Entscheidung, entscheidung_id, expected_version, was="Der Eintrag")
        entschieden_am = entschieden_am or db.today()
        v.date_order(eintrag.erfasst_am, entschieden_am, feld="entschieden_am",
                     start_name="erfasst am", end_name="entschieden am")
        eintrag.ergebnis = v.required_text(ergebnis, feld="ergebnis", bezeichnung="Ergebnis", max_len=4000)
        eintrag.entschieden_am = entschieden_am
        eintrag.entschieden_durch = v.bounded_text(
            entschieden_durch, feld="entschieden_durch", bezeichnung="entschieden durch"
        )
        eintrag.status = EntscheidungsStatus.ENTSCHIEDEN
