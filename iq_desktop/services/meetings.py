"""Use cases of Gremien and Sitzungen: plan, change and delete a meeting, link a Sachstand to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iq_desktop.db.database import Database
from iq_desktop.formatting import german_sort_key
from iq_desktop.i18n import translate
from iq_desktop.models import Gremium, Leitprojekt, Sachstand, Sitzung
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError, NichtGefunden
from iq_desktop.services.read_models import BerichteterSachstand, SitzungDetail, SitzungZeile

#: the usual results of a Beratungsfolge row; the field takes any other text as well
ERGEBNISSE = ("vorberaten", "beschlossen", "zur Kenntnis genommen")


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


def sitzung_id_on(db: Database, *, datum: dt.date, gremium_id: int | None = None) -> int:
    """The meeting on ``datum`` (of that Gremium, if given); an error names the choices when it is unclear."""
    with db.reading() as session:
        query = (select(Sitzung.id, Gremium.name).join(Gremium, Gremium.id == Sitzung.gremium_id)
                 .where(Sitzung.datum == datum).order_by(Gremium.position, Gremium.name))
        if gremium_id is not None:
            query = query.where(Sitzung.gremium_id == gremium_id)
        found = session.execute(query).all()
        gremium = None if gremium_id is None else v.get_or_fail(session, Gremium, gremium_id, was="Das Gremium").name
    if len(found) == 1:
        return found[0][0]
    tag = v.format_date(datum)
    if found:
        raise DomainError(
            translate("Sitzungen", "Am {d} tagen mehrere Gremien: {alle}. Bitte das Gremium angeben.").format(
                d=tag, alle=", ".join(name for _, name in found)), feld="gremium_id")
    if gremium is not None:
        raise NichtGefunden(translate("Sitzungen", "Für {g} ist am {d} keine Sitzung eingetragen. Bitte das "
                                      "Datum prüfen oder die Sitzung zuerst anlegen.").format(g=gremium, d=tag))
    raise NichtGefunden(translate("Sitzungen", "Am {d} ist keine Sitzung eingetragen. Bitte das Datum prüfen "
                                  "oder die Sitzung zuerst anlegen.").format(d=tag))


def _checked_fields(
    session: Session,
    *,
    sitzung_id: int | None,
    gremium_id: int,
    datum: dt.date | None,
    top: str | None,
    oeffentlich: bool,
    vorlage_nr: str | None,
    ergebnis: str | None,
    bemerkung: str | None,
) -> dict[str, Any]:
    """The columns of a new or changed Sitzung, checked; ``sitzung_id`` is the one being changed."""
    gremium = v.get_or_fail(session, Gremium, gremium_id, was="Das Gremium")
    if datum is None:
        raise DomainError(translate("Sitzungen", "Bitte das Datum der Sitzung angeben."), feld="datum")
    same_day = select(Sitzung.id).where(Sitzung.gremium_id == gremium_id, Sitzung.datum == datum)
    if sitzung_id is not None:
        same_day = same_day.where(Sitzung.id != sitzung_id)
    if session.scalar(same_day) is not None:
        raise DomainError(
            translate("Sitzungen", "Für {g} ist am {d} schon eine Sitzung eingetragen.").format(
                g=gremium.name, d=v.format_date(datum)
            ),
            feld="datum",
        )
    return {
        "gremium_id": gremium_id,
        "datum": datum,
        "top": v.bounded_text(top, feld="top", bezeichnung="TOP", max_len=20),
        "oeffentlich": bool(oeffentlich),
        "vorlage_nr": v.bounded_text(vorlage_nr, feld="vorlage_nr", bezeichnung="Vorlage Nr.", max_len=30),
        "ergebnis": v.bounded_text(ergebnis, feld="ergebnis", bezeichnung="Ergebnis"),
        "bemerkung": v.optional_text(bemerkung),
    }


def plan_sitzung(
    db: Database,
    *,
    gremium_id: int,
    datum: dt.date | None,
    top: str | None = None,
    oeffentlich: bool = False,
    vorlage_nr: str | None = None,
    ergebnis: str | None = None,
    bemerkung: str | None = None,
) -> int:
    """A new meeting; one per Gremium and day. A past one may be entered with its result."""
    with db.transaction() as session:
        sitzung = Sitzung(**_checked_fields(
            session, sitzung_id=None, gremium_id=gremium_id, datum=datum, top=top, oeffentlich=oeffentlich,
            vorlage_nr=vorlage_nr, ergebnis=ergebnis, bemerkung=bemerkung))
        session.add(sitzung)
        session.flush()
        return sitzung.id


def _linked(session: Session, sitzung_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Sachstand).where(Sachstand.sitzung_id == sitzung_id)) or 0


def update_sitzung(
    db: Database,
    *,
    sitzung_id: int,
    expected_version: int | None,
    gremium_id: int,
    datum: dt.date | None,
    top: str | None,
    oeffentlich: bool,
    vorlage_nr: str | None,
    ergebnis: str | None,
    bemerkung: str | None,
) -> int:
    """Change every field of a meeting; returns the new version.

    The Gremium stays while Sachstände are linked: they were reported to that
    Gremium, and a Sachstand's audience is part of what it froze.
    """
    with db.transaction() as session:
        sitzung = v.get_for_update(session, Sitzung, sitzung_id, expected_version, was="Die Sitzung")
        fields = _checked_fields(
            session, sitzung_id=sitzung_id, gremium_id=gremium_id, datum=datum, top=top, oeffentlich=oeffentlich,
            vorlage_nr=vorlage_nr, ergebnis=ergebnis, bemerkung=bemerkung)
        if gremium_id != sitzung.gremium_id and (n := _linked(session, sitzung_id)):
            raise DomainError(
                translate("Sitzungen", "Das Gremium kann nicht gewechselt werden: {n} Sachstände wurden in dieser "
                          "Sitzung berichtet. Bitte zuerst ihre Zuordnung lösen.").format(n=n)
                if n > 1 else
                translate("Sitzungen", "Das Gremium kann nicht gewechselt werden: ein Sachstand wurde in dieser "
                          "Sitzung berichtet. Bitte zuerst seine Zuordnung lösen."),
                feld="gremium_id",
            )
        for name, value in fields.items():
            if getattr(sitzung, name) != value:
                setattr(sitzung, name, value)
        session.flush()
        return sitzung.version


def record_sitzung_result(
    db: Database, *, sitzung_id: int, ergebnis: str, expected_version: int | None = None
) -> None:
    """e.g. "vorberaten", "beschlossen", "zur Kenntnis genommen"."""
    with db.transaction() as session:
        sitzung = v.get_for_update(session, Sitzung, sitzung_id, expected_version, was="Die Sitzung")
        sitzung.ergebnis = v.required_text(ergebnis, feld="ergebnis", bezeichnung="Ergebnis")


def delete_sitzung(db: Database, *, sitzung_id: int, expected_version: int | None) -> None:
    """Remove a meeting entered by mistake; refused while a Sachstand names it as where it was reported."""
    with db.transaction() as session:
        sitzung = v.get_for_update(session, Sitzung, sitzung_id, expected_version, was="Die Sitzung")
        n = _linked(session, sitzung_id)
        if n:
            was = translate("Sitzungen", "Die Sitzung von {g} am {d}").format(
                g=sitzung.gremium.name, d=v.format_date(sitzung.datum))
            raise DomainError(
                (translate("Sitzungen", "{was} wird nicht gelöscht: {n} Sachstände wurden in ihr berichtet. Bitte "
                           "deren Zuordnung zuerst lösen oder ändern.") if n > 1 else
                 translate("Sitzungen", "{was} wird nicht gelöscht: ein Sachstand wurde in ihr berichtet. Bitte "
                           "seine Zuordnung zuerst lösen oder ändern.")).format(was=was, n=n)
            )
        session.delete(sitzung)


def link_sachstand(db: Database, *, sachstand_id: int, sitzung_id: int | None, expected_version: int | None) -> int:
    """Say in which meeting a Sachstand was reported (``None``: in none); returns its new version.

    Only the link changes; the texts and the frozen state stay as recorded. A
    Sachstand written for a Gremium goes only to a meeting of that Gremium; one
    without a Gremium takes the meeting's.
    """
    with db.transaction() as session:
        sachstand = v.get_for_update(session, Sachstand, sachstand_id, expected_version, was="Der Sachstand")
        sitzung = v.get_or_fail(session, Sitzung, sitzung_id, was="Die Sitzung") if sitzung_id is not None else None
        _link(sachstand, sitzung)
        session.flush()
        return sachstand.version


def record_report_history(db: Database, *, sitzung_id: int, sachstaende: Sequence[tuple[int, int]]) -> int:
    """A report for this meeting was written: link the Sachstände that went into it, all or none.

    ``sachstaende`` are (id, version as read for the report); a Sachstand that
    changed since (or went to another meeting) refuses the whole history with
    the conflict error, so the report and its record never disagree. Returns
    how many links were made.
    """
    with db.transaction() as session:
        sitzung = v.get_or_fail(session, Sitzung, sitzung_id, was="Die Sitzung")
        for sachstand_id, version in sachstaende:
            _link(v.get_for_update(session, Sachstand, sachstand_id, version, was="Der Sachstand"), sitzung)
        session.flush()
    return len(sachstaende)


def _link(sachstand: Sachstand, sitzung: Sitzung | None) -> None:
    if sitzung is not None:
        if sachstand.gremium_id is not None and sitzung.gremium_id != sachstand.gremium_id:
            raise DomainError(
                translate("Sitzungen", "Der Sachstand wurde für {g} geschrieben; die Sitzung gehört zu {s}.")
                .format(g=sachstand.gremium.name if sachstand.gremium else "", s=sitzung.gremium.name),
                feld="sitzung_id",
            )
        if sachstand.gremium_id is None:
            sachstand.gremium_id = sitzung.gremium_id
    sitzung_id = sitzung.id if sitzung is not None else None
    if sachstand.sitzung_id != sitzung_id:
        sachstand.sitzung_id = sitzung_id


# --- reading --------------------------------------------------------------------------------------------


def _rows(session: Session, *, gremium_id: int | None = None, sitzung_id: int | None = None) -> list[SitzungZeile]:
    linked = (
        select(Sachstand.sitzung_id, func.count().label("n"))
        .where(Sachstand.sitzung_id.is_not(None))
        .group_by(Sachstand.sitzung_id)
        .subquery()
    )
    query = (
        select(Sitzung, Gremium.name, func.coalesce(linked.c.n, 0))
        .join(Gremium, Gremium.id == Sitzung.gremium_id)
        .outerjoin(linked, linked.c.sitzung_id == Sitzung.id)
        .order_by(Sitzung.datum, Gremium.position, Gremium.name)
    )
    if gremium_id is not None:
        query = query.where(Sitzung.gremium_id == gremium_id)
    if sitzung_id is not None:
        query = query.where(Sitzung.id == sitzung_id)
    return [
        SitzungZeile(s.id, s.version, s.gremium_id, name, s.datum, s.top, s.oeffentlich, s.vorlage_nr, s.ergebnis,
                     s.bemerkung, n)
        for s, name, n in session.execute(query).all()
    ]


def list_sitzungen(db: Database) -> list[SitzungZeile]:
    """Every meeting, oldest first, with its Gremium and the number of Sachstände reported in it."""
    with db.reading() as session:
        return _rows(session)


def sitzungen_of(db: Database, gremium_id: int) -> list[SitzungZeile]:
    """The meetings of one Gremium, oldest first: the choices for a Sachstand written for it."""
    with db.reading() as session:
        return _rows(session, gremium_id=gremium_id)


def get_sitzung(db: Database, sitzung_id: int) -> SitzungDetail:
    """One meeting and the Sachstände reported in it."""
    with db.reading() as session:
        v.get_or_fail(session, Sitzung, sitzung_id, was="Die Sitzung")
        rows = _rows(session, sitzung_id=sitzung_id)
        reports = session.execute(
            select(Sachstand.id, Sachstand.version, Sachstand.leitprojekt_id, Leitprojekt.titel, Sachstand.stichtag,
                   Sachstand.ampel, Sachstand.nicht_oeffentlich)
            .join(Leitprojekt, Leitprojekt.id == Sachstand.leitprojekt_id)
            .where(Sachstand.sitzung_id == sitzung_id)
        ).all()
    return SitzungDetail(rows[0], tuple(
        BerichteterSachstand(*row) for row in sorted(reports, key=lambda r: (german_sort_key(r.titel), r.id))))


def list_gremien(db: Database) -> list[tuple[int, str]]:
    """The Gremien in their order, as (id, name): the choices for a Sachstand's meeting."""
    with db.reading() as session:
        return [(row.id, row.name) for row in session.execute(
            select(Gremium.id, Gremium.name).order_by(Gremium.position, Gremium.name))]
