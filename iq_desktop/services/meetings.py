"""Use cases of Gremien and Sitzungen: plan a meeting, record its result."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from iq_desktop.db.database import Database
from iq_desktop.i18n import translate
from iq_desktop.models import Gremium, Sitzung
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError, NichtGefunden


def gremium_id(db: Database, name: str) -> int:
    """The id of the Gremium with that name or long name (case-insensitive)."""
    with db.reading() as session:
        rows = session.execute(select(Gremium.id, Gremium.name, Gremium.langname)).all()
    wanted = name.strip().casefold()
    for ident, kurz, lang in rows:
        if wanted in (kurz.casefold(), (lang or "").casefold()):
            return ident
    raise NichtGefunden(
        translate("Sitzungen", "Ein Gremium „{n}“ gibt es nicht. Vorhanden: {alle}.").format(
            n=name, alle=", ".join(r[1] for r in rows)
        )
    )


def plan_sitzung(
    db: Database,
    *,
    gremium_id: int,
    datum: dt.date,
    top: str | None = None,
    oeffentlich: bool = False,
    vorlage_nr: str | None = None,
    bemerkung: str | None = None,
) -> int:
    with db.transaction() as session:
        gremium = v.get_or_fail(session, Gremium, gremium_id, was="Das Gremium")
        clash = session.scalar(
            select(Sitzung.id).where(Sitzung.gremium_id == gremium_id, Sitzung.datum == datum)
        )
        if clash is not None:
            raise DomainError(
                translate("Sitzungen", "Für {g} ist am {d} schon eine Sitzung eingetragen.").format(
                    g=gremium.name, d=v.format_date(datum)
                ),
                feld="datum",
            )
        sitzung = Sitzung(
            gremium_id=gremium_id,
            datum=datum,
            top=v.bounded_text(top, feld="top", bezeichnung="TOP", max_len=20),
            oeffentlich=bool(oeffentlich),
            vorlage_nr=v.bounded_text(vorlage_nr, feld="vorlage_nr", bezeichnung="Vorlage Nr.", max_len=30),
            bemerkung=v.optional_text(bemerkung),
        )
        session.add(sitzung)
        session.flush()
        return sitzung.id


def record_sitzung_result(db: Database, *, sitzung_id: int, ergebnis: str) -> None:
    """e.g. "vorberaten", "beschlossen", "zur Kenntnis genommen"."""
    with db.transaction() as session:
        sitzung = v.get_or_fail(session, Sitzung, sitzung_id, was="Die Sitzung")
        sitzung.ergebnis = v.required_text(ergebnis, feld="ergebnis", bezeichnung="Ergebnis")


def list_gremien(db: Database) -> list[tuple[int, str]]:
    """The Gremien in their order, as (id, name): the choices for a Sachstand's meeting."""
    with db.reading() as session:
        return [(row.id, row.name) for row in session.execute(
            select(Gremium.id, Gremium.name).order_by(Gremium.position, Gremium.name))]
