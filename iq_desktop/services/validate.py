"""Small checks shared by the use cases; each raises DomainError with a German message.

Field names (``bezeichnung``) are the German labels of the form; they are
looked up in the "Felder" translation context.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from iq_desktop.errors import VersionKonflikt
from iq_desktop.formatting import format_date
from iq_desktop.i18n import translate
from iq_desktop.services.errors import DomainError, NichtGefunden

__all__ = ["format_date"]  # re-exported: the messages here use it

T = TypeVar("T")


def required_text(value: str | None, *, feld: str, bezeichnung: str, max_len: int = 200) -> str:
    """Trimmed text that must not be empty and must fit its column."""
    text = (value or "").strip()
    if not text:
        raise DomainError(
            translate("Prüfung", "Bitte „{feld}“ ausfüllen.").format(feld=translate("Felder", bezeichnung)), feld=feld
        )
    return bounded_text(text, feld=feld, bezeichnung=bezeichnung, max_len=max_len) or text


def optional_text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def bounded_text(value: str | None, *, feld: str, bezeichnung: str, max_len: int = 200) -> str | None:
    text = optional_text(value)
    if text is not None and len(text) > max_len:
        raise DomainError(
            translate("Prüfung", "„{feld}“ ist zu lang (höchstens {n} Zeichen).").format(
                feld=translate("Felder", bezeichnung), n=max_len
            ),
            feld=feld,
        )
    return text


def date_order(
    start: dt.date | None, end: dt.date | None, *, feld: str, start_name: str, end_name: str
) -> None:
    if start is not None and end is not None and end < start:
        raise DomainError(
            translate("Prüfung", "„{ende}“ ({e}) liegt vor „{beginn}“ ({b}).").format(
                ende=translate("Felder", end_name),
                e=format_date(end),
                beginn=translate("Felder", start_name),
                b=format_date(start),
            ),
            feld=feld,
        )


def scale_1_to_5(value: int, *, feld: str, bezeichnung: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise DomainError(
            translate("Prüfung", "„{feld}“ muss zwischen 1 und 5 liegen.").format(
                feld=translate("Felder", bezeichnung)
            ),
            feld=feld,
        )
    return value


def percent(value: int | None, *, feld: str, bezeichnung: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        raise DomainError(
            translate("Prüfung", "„{feld}“ muss zwischen 0 und 100 Prozent liegen.").format(
                feld=translate("Felder", bezeichnung)
            ),
            feld=feld,
        )
    return value


def get_or_fail(session: Session, model: type[T], ident: object, *, was: str) -> T:
    """The row with that key, or a German "not found" error naming what was sought."""
    obj = session.get(model, ident)
    if obj is None:
        raise NichtGefunden(
            translate("Prüfung", "{was} (Nr. {id}) wurde nicht gefunden – vielleicht hat es "
                      "jemand anderes gelöscht. Bitte die Ansicht aktualisieren (F5).").format(
                was=was, id=ident
            )
        )
    return obj


def get_for_update(
    session: Session, model: type[T], ident: object, expected_version: int | None, *, was: str
) -> T:
    """The row to change: it must still exist and, when a form loaded it, still be at that version."""
    obj = get_or_fail(session, model, ident, was=was)
    check_version(session, obj, expected_version, was=translate("Prüfung", was))
    return obj


def check_version(session: Session, obj: Any, expected_version: int | None, *, was: str) -> None:
    """Refuse to save ``obj`` when it changed since the form loaded ``expected_version``.

    ``None`` means the caller edits without a form (the command line, the demo):
    the database's own version check at flush still refuses a lost update.
    """
    if expected_version is None or obj.version == expected_version:
        return
    table = obj.__table__.name
    wer = last_changed_by(session, table, obj.id)
    raise VersionKonflikt(
        translate("Prüfung", "{was} wurde inzwischen {von}geändert. Es wurde nichts überschrieben: "
                  "bitte die gespeicherte Fassung ansehen und die eigenen Änderungen erneut eintragen.")
        .format(was=was, von=translate("Prüfung", "von {wer} ").format(wer=wer) if wer else ""),
        objekt_typ=table, objekt_id=obj.id, erwartet=expected_version, gespeichert=obj.version,
        geaendert_von=wer,
    )


def last_changed_by(session: Session, table: str, ident: object) -> str | None:
    """"Benutzer am PC, TT.MM.JJJJ HH:MM" of the newest audit row of that row, if there is one."""
    from sqlalchemy import select

    from iq_desktop.models import AuditEintrag

    row = session.execute(
        select(AuditEintrag.benutzer, AuditEintrag.rechner, AuditEintrag.zeitpunkt)
        .where(AuditEintrag.entitaet == table, AuditEintrag.entitaet_id == str(ident))
        .order_by(AuditEintrag.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    local = row.zeitpunkt.replace(tzinfo=dt.UTC).astimezone()  # stored as naive UTC
    return translate("Prüfung", "{benutzer} am PC {pc}, {zeit}").format(
        benutzer=row.benutzer, pc=row.rechner, zeit=local.strftime("%d.%m.%Y %H:%M"))
