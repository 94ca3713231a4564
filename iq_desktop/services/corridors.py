"""Use cases of a Korridorthema: its Bürgermeister/in, its Korridorbeauftragte, its yearly résumé."""

from __future__ import annotations

from sqlalchemy import select

from iq_desktop.db.database import Database
from iq_desktop.i18n import translate
from iq_desktop.models import KorridorJahresbericht, Korridorthema, Person
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError, NichtGefunden


def korridorthema_id(db: Database, name: str) -> int:
    """The id of the Korridorthema with that name (exact, else case-insensitive)."""
    with db.reading() as session:
        rows = session.execute(select(Korridorthema.id, Korridorthema.name)).all()
    for ident, stored in rows:
        if stored == name:
            return ident
    for ident, stored in rows:
        if stored.casefold() == name.strip().casefold():
            return ident
    raise NichtGefunden(
        translate("Korridor", "Ein Korridorthema „{name}“ gibt es nicht. Vorhanden: {alle}.").format(
            name=name, alle=", ".join(r[1] for r in rows)
        )
    )


def describe_korridorthema(
    db: Database,
    *,
    korridorthema_id: int,
    buergermeister_id: int | None,
    ziele: str | None = None,
    beschreibung: str | None = None,
    laufzeit_von: int | None = None,
    laufzeit_bis: int | None = None,
) -> None:
    """Set the owner, goals, description and period of a theme."""
    with db.transaction() as session:
        korridor = v.get_or_fail(session, Korridorthema, korridorthema_id, was="Das Korridorthema")
        if buergermeister_id is not None:
            v.get_or_fail(session, Person, buergermeister_id, was="Die Person")
        if laufzeit_von is not None and laufzeit_bis is not None and laufzeit_bis < laufzeit_von:
            raise DomainError(
                translate("Korridor", "Das Ende der Laufzeit liegt vor ihrem Beginn."),
                feld="laufzeit_bis",
            )
        korridor.buergermeister_id = buergermeister_id
        korridor.ziele = v.optional_text(ziele)
        korridor.beschreibung = v.optional_text(beschreibung)
        korridor.laufzeit_von = laufzeit_von
        korridor.laufzeit_bis = laufzeit_bis


def appoint_korridorbeauftragte(db: Database, *, korridorthema_id: int, person_id: int) -> None:
    """Add a Korridorbeauftragte/r to a theme (a theme may have more than one)."""
    with db.transaction() as session:
        korridor = v.get_or_fail(session, Korridorthema, korridorthema_id, was="Das Korridorthema")
        person = v.get_or_fail(session, Person, person_id, was="Die Person")
        if person not in korridor.beauftragte:
            korridor.beauftragte.append(person)


def record_jahresbericht(
    db: Database,
    *,
    korridorthema_id: int,
    jahr: int,
    resuemee: str | None,
    ausblick: str | None,
) -> None:
    """Write (or rewrite) the theme's résumé and outlook for one year."""
    with db.transaction() as session:
        v.get_or_fail(session, Korridorthema, korridorthema_id, was="Das Korridorthema")
        bericht = session.scalar(
            select(KorridorJahresbericht).where(
                KorridorJahresbericht.korridorthema_id == korridorthema_id,
                KorridorJahresbericht.jahr == jahr,
            )
        )
        if bericht is None:
            bericht = KorridorJahresbericht(korridorthema_id=korridorthema_id, jahr=jahr)
            session.add(bericht)
        bericht.resuemee = v.optional_text(resuemee)
        bericht.ausblick = v.optional_text(ausblick)
        bericht.bearbeitet_von = db.actor.login
