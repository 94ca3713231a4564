"""Sachstände: record a dated, frozen snapshot of a project; compare two of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from iq_desktop.db.database import Database
from iq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from iq_desktop.models import Gremium, Leitprojekt, Sachstand, Sitzung
from iq_desktop.services import derived
from iq_desktop.services import validate as v
from iq_desktop.services.audit_trail import field_label
from iq_desktop.services.errors import DomainError
from iq_desktop.services.portfolio import get_leitprojekt
from iq_desktop.services.read_models import LeitprojektDetail

#: bump when the shape of ``Sachstand.stand`` changes; old snapshots keep their number
STAND_FORMAT = 1


def snapshot(detail: LeitprojektDetail) -> dict[str, Any]:
    """The structured copy a Sachstand freezes (JSON-safe)."""
    phase = derived.current_phase(detail.phasen)
    return {
        "format": STAND_FORMAT,
        "titel": detail.titel,
        "status": detail.status.value,
        "ampel": detail.ampel.value if detail.ampel else None,
        "ampel_notiz": detail.ampel_notiz,
        "geplantes_ende": _iso(detail.geplantes_ende),
        "aktuelle_phase": phase.name if phase else None,
        "phasen": [
            {"name": p.name, "status": p.status.value, "ist_von": _iso(p.ist_von), "ist_bis": _iso(p.ist_bis)}
            for p in detail.phasen
        ],
        "etappenziele": [
            {"titel": e.titel, "faellig_am": _iso(e.faellig_am), "erreicht_am": _iso(e.erreicht_am),
             "status": e.status.value}
            for e in detail.etappenziele
        ],
        "risiken": [
            {"titel": r.titel, "wahrscheinlichkeit": r.wahrscheinlichkeit, "auswirkung": r.auswirkung,
             "score": r.score, "status": r.status.value, "nicht_oeffentlich": r.nicht_oeffentlich}
            for r in detail.risiken
            if r.status.offen
        ],
        "mitwirkungen": [
            {"person": m.person, "rolle": m.rolle.value, "von": _iso(m.von), "bis": _iso(m.bis)}
            for m in detail.mitwirkungen
        ],
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def record_sachstand(
    db: Database,
    *,
    projekt_id: int,
    stichtag: dt.date,
    gremium_id: int | None = None,
    sitzung_id: int | None = None,
    erreicht: str | None = None,
    naechste_schritte: str | None = None,
    entscheidungsbedarf: str | None = None,
    ausblick: str | None = None,
    nicht_oeffentlich: bool = False,
) -> int:
    """Write the secretariat's texts and freeze the project's state as of now."""
    detail = get_leitprojekt(db, projekt_id)
    with db.transaction() as session:
        projekt = v.get_or_fail(session, Leitprojekt, projekt_id, was="Das Leitprojekt")
        if projekt.version != detail.version:
            raise DomainError(
                translate("Sachstand", "„{t}“ wurde gerade geändert. Bitte den Sachstand erneut "
                          "erfassen.").format(t=projekt.titel)
            )
        if sitzung_id is not None:
            sitzung = v.get_or_fail(session, Sitzung, sitzung_id, was="Die Sitzung")
            if gremium_id is not None and sitzung.gremium_id != gremium_id:
                raise DomainError(
                    translate("Sachstand", "Die Sitzung gehört zu einem anderen Gremium."), feld="sitzung_id"
                )
            gremium_id = sitzung.gremium_id
        if gremium_id is not None:
            v.get_or_fail(session, Gremium, gremium_id, was="Das Gremium")
        texts = {
            "erreicht": v.optional_text(erreicht),
            "naechste_schritte": v.optional_text(naechste_schritte),
            "entscheidungsbedarf": v.optional_text(entscheidungsbedarf),
            "ausblick": v.optional_text(ausblick),
        }
        if not any(texts.values()):
            raise DomainError(
                translate("Sachstand", "Ein Sachstand braucht mindestens einen Text (Erreichtes, "
                          "nächste Schritte, Entscheidungsbedarf oder Ausblick)."),
                feld="erreicht",
            )
        sachstand = Sachstand(
            leitprojekt_id=projekt_id,
            stichtag=stichtag,
            gremium_id=gremium_id,
            sitzung_id=sitzung_id,
            nicht_oeffentlich=bool(nicht_oeffentlich),
            ampel=detail.ampel,
            projektstatus=detail.status,
            stand=snapshot(detail),
            erstellt_am=db.clock(),
            erstellt_von=db.actor.login,
            **texts,
        )
        session.add(sachstand)
        session.flush()
        return sachstand.id


@dataclass(frozen=True, slots=True)
class Aenderung:
    """One difference between two snapshots, in German for the reader."""

    bereich: str
    was: str
    vorher: str | None
    nachher: str | None


def compare_staende(vorher: dict[str, Any], nachher: dict[str, Any]) -> list[Aenderung]:
    """What changed from one Sachstand's frozen state to the next, field by field."""
    result: list[Aenderung] = []
    for key, label in (("status", QT_TRANSLATE_NOOP("Felder", "Status")),
                       ("ampel", QT_TRANSLATE_NOOP("Felder", "Ampel")),
                       ("aktuelle_phase", QT_TRANSLATE_NOOP("Felder", "Aktuelle Phase")),
                       ("geplantes_ende", QT_TRANSLATE_NOOP("Felder", "Geplantes Ende"))):
        if vorher.get(key) != nachher.get(key):
            result.append(Aenderung(translate("Sachstand", "Projekt"), translate("Felder", label),
                                    vorher.get(key), nachher.get(key)))
    for section, key, fields, label in (
        ("phasen", "name", ("status",), QT_TRANSLATE_NOOP("Felder", "Phase")),
        ("etappenziele", "titel", ("status", "faellig_am", "erreicht_am"), QT_TRANSLATE_NOOP("Felder", "Etappenziel")),
        ("risiken", "titel", ("score", "status"), QT_TRANSLATE_NOOP("Felder", "Risiko")),
        ("mitwirkungen", "person", ("rolle", "bis"), QT_TRANSLATE_NOOP("Felder", "Mitwirkung")),
    ):
        old = {item[key]: item for item in vorher.get(section, [])}
        new = {item[key]: item for item in nachher.get(section, [])}
        bereich = translate("Felder", label)
        for name in sorted(new.keys() - old.keys()):
            result.append(Aenderung(bereich, name, None, translate("Sachstand", "neu")))
        for name in sorted(old.keys() - new.keys()):
            result.append(Aenderung(bereich, name, translate("Sachstand", "vorhanden"),
                                    translate("Sachstand", "entfallen")))
        for name in sorted(old.keys() & new.keys()):
            for f in fields:
                if old[name].get(f) != new[name].get(f):
                    result.append(Aenderung(bereich, f"{name}: {f}", _text(old[name].get(f)),
                                            _text(new[name].get(f))))
    return result


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


#: fields of the frozen state that are no column name a reader knows
_SNAPSHOT_FIELDS = {"score": QT_TRANSLATE_NOOP("Felder", "Risikowert")}


def aenderung_was(aenderung: Aenderung) -> str:
    """What changed, for a reader: ``Zwölf Leistungen: erreicht_am`` → ``Zwölf Leistungen: Erreicht am``."""
    name, _, field = aenderung.was.rpartition(": ")
    if not name:
        return aenderung.was
    label = translate("Felder", _SNAPSHOT_FIELDS[field]) if field in _SNAPSHOT_FIELDS else field_label(field)
    return f"{name}: {label}"


def frozen_states(db: Database, sachstand_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The structured copies (``stand``) of these Sachstände, by id, for :func:`compare_staende`."""
    wanted = sorted(set(sachstand_ids))
    if not wanted:
        return {}
    with db.reading() as session:
        rows = session.execute(select(Sachstand.id, Sachstand.stand).where(Sachstand.id.in_(wanted))).all()
    return {ident: stand for ident, stand in rows}


def changes_for(db: Database, *, projekt_id: int, sachstand_id: int | None = None) -> list[Aenderung] | None:
    """What changed up to a Sachstand since the one before it; None when there is no earlier one.

    Without ``sachstand_id``: what changed since the newest Sachstand until now (for writing the next).
    """
    with db.reading() as session:
        rows = session.execute(
            select(Sachstand.id, Sachstand.stand)
            .where(Sachstand.leitprojekt_id == projekt_id)
            .order_by(Sachstand.stichtag, Sachstand.id)
        ).all()
    if sachstand_id is None:
        if not rows:
            return None
        return compare_staende(rows[-1].stand, snapshot(get_leitprojekt(db, projekt_id)))
    ids = [row.id for row in rows]
    if sachstand_id not in ids:
        return None
    place = ids.index(sachstand_id)
    if place == 0:
        return None
    return compare_staende(rows[place - 1].stand, rows[place].stand)
