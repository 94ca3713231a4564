"""Reading the audit trail (the viewer) and keeping it no longer than the city decided.

The trail is written by the flush hook in ``db.audit``; here it is read back,
filtered by project, person, user and period, with German names for what
changed. The retention period lives in the database (every PC applies the
same one) and old rows are removed once a day; the removal itself is one
row of the trail, so no one deletes history unseen.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select

from iq_desktop.db.database import Database
from iq_desktop.enums import (
    Ampel,
    AuditAktion,
    EtappenzielStatus,
    PhasenStatus,
    ProjektStatus,
    RisikoStatus,
    Rolle,
)
from iq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from iq_desktop.models import AuditEintrag, DatenbankEigenschaft, Leitprojekt, Person
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.db_properties import store_property
from iq_desktop.services.errors import DomainError
from iq_desktop.services.names import full_name
from iq_desktop.services.terminology import load_terms

#: the database property holding the retention in years; missing = keep for ever
RETENTION = "audit_aufbewahrung_jahre"
#: the viewer shows at most this many rows, newest first
VIEWER_LIMIT = 1000

_CONTEXT = "Protokoll"
#: German names of the tables a user changes (untranslated source strings)
_ENTITIES = {
    "leitprojekt": QT_TRANSLATE_NOOP("Protokoll", "Leitprojekt"),
    "korridorthema": QT_TRANSLATE_NOOP("Protokoll", "Korridorthema"),
    "korridor_jahresbericht": QT_TRANSLATE_NOOP("Protokoll", "Jahresbericht"),
    "mitwirkung": QT_TRANSLATE_NOOP("Protokoll", "Mitwirkung"),
    "phase": QT_TRANSLATE_NOOP("Protokoll", "Phase"),
    "etappenziel": QT_TRANSLATE_NOOP("Protokoll", "Etappenziel"),
    "risiko": QT_TRANSLATE_NOOP("Protokoll", "Risiko"),
    "entscheidung": QT_TRANSLATE_NOOP("Protokoll", "Entscheidung"),
    "sachstand": QT_TRANSLATE_NOOP("Protokoll", "Sachstand"),
    "person": QT_TRANSLATE_NOOP("Protokoll", "Person"),
    "gremium": QT_TRANSLATE_NOOP("Protokoll", "Gremium"),
    "sitzung": QT_TRANSLATE_NOOP("Protokoll", "Sitzung"),
    "dezernat": QT_TRANSLATE_NOOP("Protokoll", "Dezernat"),
    "amt": QT_TRANSLATE_NOOP("Protokoll", "Amt"),
    "abteilung": QT_TRANSLATE_NOOP("Protokoll", "Abteilung"),
    "externe_organisation": QT_TRANSLATE_NOOP("Protokoll", "Externe Organisation"),
    "projekt_ziel": QT_TRANSLATE_NOOP("Protokoll", "Projektziel"),
    "projekt_kanal": QT_TRANSLATE_NOOP("Protokoll", "Kanal"),
    "projekt_budget": QT_TRANSLATE_NOOP("Protokoll", "Budget"),
    "zielvereinbarung": QT_TRANSLATE_NOOP("Protokoll", "Zielvereinbarung"),
    "regel_ausnahme": QT_TRANSLATE_NOOP("Protokoll", "Regelausnahme"),
    "begriff": QT_TRANSLATE_NOOP("Protokoll", "Begriff"),
    "benutzer": QT_TRANSLATE_NOOP("Protokoll", "Benutzer"),
    "datenbank_eigenschaft": QT_TRANSLATE_NOOP("Protokoll", "Datenbankeinstellung"),
    "audit_eintrag": QT_TRANSLATE_NOOP("Protokoll", "Änderungsprotokoll"),
}


def entity_label(table: str, begriffe: Begriffe | None = None) -> str:
    """How the trail names a table; the IQ terms as the organisation names them."""
    if begriffe is not None and table in ("leitprojekt", "korridorthema"):
        return begriffe.leitprojekt if table == "leitprojekt" else begriffe.korridorthema
    source = _ENTITIES.get(table)
    return translate(_CONTEXT, source) if source else table.replace("_", " ").capitalize()


@dataclass(frozen=True)
class AuditFilter:
    projekt_id: int | None = None
    person_id: int | None = None
    benutzer: str | None = None
    von: dt.date | None = None  #: first day, local time
    bis: dt.date | None = None  #: last day, local time, inclusive


@dataclass(frozen=True)
class AuditZeile:
    id: int
    zeitpunkt: dt.datetime  #: local time
    benutzer: str
    rechner: str
    programmversion: str
    entitaet: str  #: German
    entitaet_id: str
    aktion: AuditAktion
    projekt: str | None
    aenderungen: dict[str, list[Any]]

    def changes_text(self, separator: str = "; ") -> str:
        """``Ampel: gruen → rot; Ampel notiz: – → Budget fehlt``; ids the columns show are left out."""
        return separator.join(
            f"{field_label(field)}: {value_text(old)} → {value_text(new)}"
            for field, (old, new) in sorted(self.aenderungen.items())
            if field not in ("id", "leitprojekt_id")
        )


#: stored enum values shown as their German words ("gruen" → "grün", "in_bearbeitung" → "in Bearbeitung")
_WORDED = (Ampel, ProjektStatus, PhasenStatus, EtappenzielStatus, RisikoStatus, Rolle)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
_ENUM_VALUE = re.compile(r"[a-z]+(_[a-z]+)+")

#: column names spelt without umlauts, and how a reader spells them
_SPELLING = {
    "aemter": "Ämter", "begruendung": "Begründung", "buergermeister": "Bürgermeister",
    "entitaet": "Entität", "faellig": "fällig", "internationalitaet": "Internationalität",
    "kanaele": "Kanäle", "kuerzel": "Kürzel", "massnahmen": "Maßnahmen", "naechste": "nächste",
    "pruefung": "Prüfung", "oeffentlich": "öffentlich", "resuemee": "Resümee", "sachstaende": "Sachstände",
    "aenderungen": "Änderungen",
    "schluessel": "Schlüssel",
}


#: the labels ``field_label`` makes of the tables' columns, declared for the translation catalogue
#: (tests/unit/test_catalogue.py keeps the list complete)
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("Felder", "Abteilung id"), QT_TRANSLATE_NOOP("Felder", "Aktion"),
    QT_TRANSLATE_NOOP("Felder", "Aktiv"), QT_TRANSLATE_NOOP("Felder", "Aktualisiert am"),
    QT_TRANSLATE_NOOP("Felder", "Ampel"), QT_TRANSLATE_NOOP("Felder", "Ampel budget"),
    QT_TRANSLATE_NOOP("Felder", "Ampel notiz"), QT_TRANSLATE_NOOP("Felder", "Ampel personal"),
    QT_TRANSLATE_NOOP("Felder", "Ampel zeit"), QT_TRANSLATE_NOOP("Felder", "Amt id"),
    QT_TRANSLATE_NOOP("Felder", "An clearingstelle am"), QT_TRANSLATE_NOOP("Felder", "Angelegt am"),
    QT_TRANSLATE_NOOP("Felder", "Anrede"), QT_TRANSLATE_NOOP("Felder", "Anteil prozent"),
    QT_TRANSLATE_NOOP("Felder", "Anzeigename"), QT_TRANSLATE_NOOP("Felder", "Art"),
    QT_TRANSLATE_NOOP("Felder", "Ausblick"), QT_TRANSLATE_NOOP("Felder", "Ausgegeben"),
    QT_TRANSLATE_NOOP("Felder", "Auswirkung"), QT_TRANSLATE_NOOP("Felder", "Bearbeitet von"),
    QT_TRANSLATE_NOOP("Felder", "Beginn"), QT_TRANSLATE_NOOP("Felder", "Begründung"),
    QT_TRANSLATE_NOOP("Felder", "Beitrag korridor"), QT_TRANSLATE_NOOP("Felder", "Bemerkung"),
    QT_TRANSLATE_NOOP("Felder", "Benannt am"), QT_TRANSLATE_NOOP("Felder", "Benannt von id"),
    QT_TRANSLATE_NOOP("Felder", "Benutzer"), QT_TRANSLATE_NOOP("Felder", "Beschreibung"),
    QT_TRANSLATE_NOOP("Felder", "Bewilligt"), QT_TRANSLATE_NOOP("Felder", "Bezeichnung"),
    QT_TRANSLATE_NOOP("Felder", "Bis"), QT_TRANSLATE_NOOP("Felder", "Bürgermeister id"),
    QT_TRANSLATE_NOOP("Felder", "Chancen nutzen"), QT_TRANSLATE_NOOP("Felder", "Datum"),
    QT_TRANSLATE_NOOP("Felder", "Dezernat id"), QT_TRANSLATE_NOOP("Felder", "Digitalisierung"),
    QT_TRANSLATE_NOOP("Felder", "Digitalisierung wie"), QT_TRANSLATE_NOOP("Felder", "Doppelhaushalt"),
    QT_TRANSLATE_NOOP("Felder", "Ebene"), QT_TRANSLATE_NOOP("Felder", "Einbindung extern"),
    QT_TRANSLATE_NOOP("Felder", "Einbindung intern"), QT_TRANSLATE_NOOP("Felder", "Einbindung zielgruppe"),
    QT_TRANSLATE_NOOP("Felder", "Email"), QT_TRANSLATE_NOOP("Felder", "Entität"),
    QT_TRANSLATE_NOOP("Felder", "Entität id"), QT_TRANSLATE_NOOP("Felder", "Entscheidungsbedarf"),
    QT_TRANSLATE_NOOP("Felder", "Entschieden am"), QT_TRANSLATE_NOOP("Felder", "Entschieden durch"),
    QT_TRANSLATE_NOOP("Felder", "Erfasst am"), QT_TRANSLATE_NOOP("Felder", "Erfasst von"),
    QT_TRANSLATE_NOOP("Felder", "Ergebnis"), QT_TRANSLATE_NOOP("Felder", "Erkannt am"),
    QT_TRANSLATE_NOOP("Felder", "Erreicht"), QT_TRANSLATE_NOOP("Felder", "Erreicht am"),
    QT_TRANSLATE_NOOP("Felder", "Erstellt am"), QT_TRANSLATE_NOOP("Felder", "Erstellt von"),
    QT_TRANSLATE_NOOP("Felder", "Externe organisation id"), QT_TRANSLATE_NOOP("Felder", "Funktion"),
    QT_TRANSLATE_NOOP("Felder", "Fällig am"), QT_TRANSLATE_NOOP("Felder", "Fällig bis"),
    QT_TRANSLATE_NOOP("Felder", "Genitiv"), QT_TRANSLATE_NOOP("Felder", "Genus"),
    QT_TRANSLATE_NOOP("Felder", "Geplant"), QT_TRANSLATE_NOOP("Felder", "Geplant bis"),
    QT_TRANSLATE_NOOP("Felder", "Geplant von"), QT_TRANSLATE_NOOP("Felder", "Geplante schritte"),
    QT_TRANSLATE_NOOP("Felder", "Geplantes ende"), QT_TRANSLATE_NOOP("Felder", "Gremium id"),
    QT_TRANSLATE_NOOP("Felder", "Herzschlag"), QT_TRANSLATE_NOOP("Felder", "Internationalität"),
    QT_TRANSLATE_NOOP("Felder", "Internationalität wie"), QT_TRANSLATE_NOOP("Felder", "Ist bis"),
    QT_TRANSLATE_NOOP("Felder", "Ist dca"), QT_TRANSLATE_NOOP("Felder", "Ist von"),
    QT_TRANSLATE_NOOP("Felder", "Jahr"), QT_TRANSLATE_NOOP("Felder", "Kickoff am"),
    QT_TRANSLATE_NOOP("Felder", "Kommunikation extern"), QT_TRANSLATE_NOOP("Felder", "Kommunikation intern"),
    QT_TRANSLATE_NOOP("Felder", "Kommunikation wie"), QT_TRANSLATE_NOOP("Felder", "Kommuniziert am"),
    QT_TRANSLATE_NOOP("Felder", "Korridorthema id"), QT_TRANSLATE_NOOP("Felder", "Kürzel"),
    QT_TRANSLATE_NOOP("Felder", "Langname"), QT_TRANSLATE_NOOP("Felder", "Laufzeit bis"),
    QT_TRANSLATE_NOOP("Felder", "Laufzeit von"), QT_TRANSLATE_NOOP("Felder", "Login"),
    QT_TRANSLATE_NOOP("Felder", "Maßnahmen"), QT_TRANSLATE_NOOP("Felder", "Nachname"),
    QT_TRANSLATE_NOOP("Felder", "Name"), QT_TRANSLATE_NOOP("Felder", "Nicht öffentlich"),
    QT_TRANSLATE_NOOP("Felder", "Nächste Prüfung"), QT_TRANSLATE_NOOP("Felder", "Nächste schritte"),
    QT_TRANSLATE_NOOP("Felder", "Objekt id"), QT_TRANSLATE_NOOP("Felder", "Objekt typ"),
    QT_TRANSLATE_NOOP("Felder", "Ort"), QT_TRANSLATE_NOOP("Felder", "Partizipation"),
    QT_TRANSLATE_NOOP("Felder", "Partizipation wie"), QT_TRANSLATE_NOOP("Felder", "Person id"),
    QT_TRANSLATE_NOOP("Felder", "Personal"), QT_TRANSLATE_NOOP("Felder", "Phase id"),
    QT_TRANSLATE_NOOP("Felder", "Plural"), QT_TRANSLATE_NOOP("Felder", "Position"),
    QT_TRANSLATE_NOOP("Felder", "Programmversion"), QT_TRANSLATE_NOOP("Felder", "Projektstatus"),
    QT_TRANSLATE_NOOP("Felder", "Prozess"), QT_TRANSLATE_NOOP("Felder", "Prüfung"),
    QT_TRANSLATE_NOOP("Felder", "Rechner"), QT_TRANSLATE_NOOP("Felder", "Resümee"),
    QT_TRANSLATE_NOOP("Felder", "Rolle"), QT_TRANSLATE_NOOP("Felder", "Schlüssel"),
    QT_TRANSLATE_NOOP("Felder", "Seit"), QT_TRANSLATE_NOOP("Felder", "Singular"),
    QT_TRANSLATE_NOOP("Felder", "Sitzung id"), QT_TRANSLATE_NOOP("Felder", "Stand"),
    QT_TRANSLATE_NOOP("Felder", "Status"), QT_TRANSLATE_NOOP("Felder", "Stichtag"),
    QT_TRANSLATE_NOOP("Felder", "Strategie element id"), QT_TRANSLATE_NOOP("Felder", "Telefon"),
    QT_TRANSLATE_NOOP("Felder", "Text"), QT_TRANSLATE_NOOP("Felder", "Titel"), QT_TRANSLATE_NOOP("Felder", "Top"),
    QT_TRANSLATE_NOOP("Felder", "Verantwortlich id"), QT_TRANSLATE_NOOP("Felder", "Version"),
    QT_TRANSLATE_NOOP("Felder", "Von"), QT_TRANSLATE_NOOP("Felder", "Vorlage nr"),
    QT_TRANSLATE_NOOP("Felder", "Vorname"), QT_TRANSLATE_NOOP("Felder", "Wahrscheinlichkeit"),
    QT_TRANSLATE_NOOP("Felder", "Wert"), QT_TRANSLATE_NOOP("Felder", "Zeitpunkt"),
    QT_TRANSLATE_NOOP("Felder", "Ziele"), QT_TRANSLATE_NOOP("Felder", "Zielgruppe"),
    QT_TRANSLATE_NOOP("Felder", "Zielgruppe aktiv eingebunden"), QT_TRANSLATE_NOOP("Felder", "Zu entscheiden durch"),
    QT_TRANSLATE_NOOP("Felder", "Zustimmung amtsleitung am"), QT_TRANSLATE_NOOP("Felder", "Zustimmung dezernat am"),
    QT_TRANSLATE_NOOP("Felder", "Zustimmung person am"), QT_TRANSLATE_NOOP("Felder", "Änderungen"),
    QT_TRANSLATE_NOOP("Felder", "Öffentlich"),
)


def field_label(field: str) -> str:
    """``faellig_am`` → ``Fällig am``: the column name as a reader writes it (translated where Qt is loaded)."""
    words = [_SPELLING.get(word, word) for word in field.split("_")]
    text = " ".join(words)
    return translate("Felder", text[:1].upper() + text[1:])


def value_text(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return translate("Protokoll", "ja") if value else translate("Protokoll", "nein")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "–"
    if isinstance(value, str):
        for kind in _WORDED:
            if value in kind._value2member_map_:
                return kind(value).label
        if _ISO_DATE.fullmatch(value):
            return f"{value[8:10]}.{value[5:7]}.{value[:4]}"
        if _ISO_MOMENT.fullmatch(value):  # stored as UTC
            moment = dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC).astimezone()
            return f"{moment:%d.%m.%Y %H:%M}"
        if _ENUM_VALUE.fullmatch(value):  # e.g. nicht_begonnen
            return value.replace("_", " ")
    return str(value)


@dataclass(frozen=True)
class FilterAuswahl:
    """What the viewer's filter lists offer: (id, name) pairs and the user logins in the trail."""

    projekte: list[tuple[int, str]]
    personen: list[tuple[int, str]]
    benutzer: list[str]


def _utc(day: dt.date) -> dt.datetime:
    """Local midnight of ``day`` as naive UTC (the trail's time)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC).replace(tzinfo=None)


def read_trail(db: Database, auswahl: AuditFilter, *, limit: int = VIEWER_LIMIT) -> tuple[list[AuditZeile], bool]:
    """The newest rows matching ``auswahl``; the flag says there were more than ``limit``."""
    a = AuditEintrag.__table__
    p = Leitprojekt.__table__
    query = (
        select(a.c.id, a.c.zeitpunkt, a.c.benutzer, a.c.rechner, a.c.programmversion, a.c.entitaet,
               a.c.entitaet_id, a.c.aktion, p.c.titel, a.c.aenderungen)
        .select_from(a.outerjoin(p, p.c.id == a.c.leitprojekt_id))
        .order_by(a.c.id.desc())
        .limit(limit + 1)
    )
    if auswahl.projekt_id is not None:
        query = query.where(a.c.leitprojekt_id == auswahl.projekt_id)
    if auswahl.person_id is not None:
        query = query.where(a.c.person_id == auswahl.person_id)
    if auswahl.benutzer:
        query = query.where(a.c.benutzer == auswahl.benutzer)
    if auswahl.von is not None:
        query = query.where(a.c.zeitpunkt >= _utc(auswahl.von))
    if auswahl.bis is not None:
        query = query.where(a.c.zeitpunkt < _utc(auswahl.bis + dt.timedelta(days=1)))
    with db.reading() as session:
        rows = session.execute(query).all()
    begriffe = load_terms(db)
    result = [
        AuditZeile(
            id=row.id,
            zeitpunkt=row.zeitpunkt.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None),
            benutzer=row.benutzer, rechner=row.rechner, programmversion=row.programmversion,
            entitaet=entity_label(row.entitaet, begriffe), entitaet_id=row.entitaet_id, aktion=AuditAktion(row.aktion),
            projekt=row.titel, aenderungen=row.aenderungen or {},
        )
        for row in rows[:limit]
    ]
    return result, len(rows) > limit


def filter_choices(db: Database) -> FilterAuswahl:
    with db.reading() as session:
        projekte = session.execute(select(Leitprojekt.id, Leitprojekt.titel).order_by(Leitprojekt.titel)).all()
        personen = session.execute(
            select(Person.id, Person.titel, Person.vorname, Person.nachname).order_by(Person.nachname, Person.vorname)
        ).all()
        benutzer = session.execute(
            select(AuditEintrag.benutzer).distinct().order_by(AuditEintrag.benutzer)
        ).scalars().all()
    return FilterAuswahl(
        projekte=[(r.id, r.titel) for r in projekte],
        personen=[(r.id, full_name(r.titel, r.vorname, r.nachname)) for r in personen],
        benutzer=list(benutzer),
    )


def retention_years(db: Database) -> int | None:
    with db.reading() as session:
        value = session.get(DatenbankEigenschaft, RETENTION)
    return int(value.wert) if value is not None else None


def set_retention_years(db: Database, years: int | None) -> None:
    """Keep the trail ``years`` years (1 to 30), or for ever (None); recorded in the trail itself."""
    if years is not None and not 1 <= years <= 30:
        raise DomainError(translate("Protokoll", "Die Aufbewahrungsdauer muss zwischen 1 und 30 Jahren liegen."),
                          feld="aufbewahrung")
    with db.transaction() as session:
        store_property(session, RETENTION, None if years is None else str(years))


def prune_expired(db: Database) -> int:
    """Remove rows older than the retention period; returns how many went (0 without a period)."""
    years = retention_years(db)
    if years is None:
        return 0
    now = db.clock()
    cutoff = now.replace(year=now.year - years) if not (now.month == 2 and now.day == 29) else \
        now.replace(year=now.year - years, day=28)
    a = AuditEintrag.__table__
    with db.transaction() as session:
        count = session.execute(select(func.count()).select_from(a).where(a.c.zeitpunkt < cutoff)).scalar_one()
        if not count:
            return 0
        session.execute(delete(a).where(a.c.zeitpunkt < cutoff))
        session.execute(insert(a).values(
            zeitpunkt=now, benutzer=db.actor.login, rechner=db.actor.rechner,
            programmversion=db.actor.programmversion, entitaet="audit_eintrag", entitaet_id="*",
            aktion=AuditAktion.GELOESCHT,
            aenderungen={"eintraege_vor": [cutoff.date().isoformat(), None], "anzahl": [count, None]},
        ))
    return count
