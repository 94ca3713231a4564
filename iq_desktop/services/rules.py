"""The rule engine: the seven rules of the IQ process, judged as of a reference date.

Every finding names its rule, a check key (``pruefung``), the object it is
about and a German text; the UI, the command line and the reports show the
same findings. A finding can be overridden with a reason (who, when, why are
recorded); overridden findings are still listed but do not count.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import bindparam, func, or_, select

from iq_desktop.db.database import Database, PlainReader
from iq_desktop.enums import EtappenzielStatus, ProjektStatus, Rolle, Schwere
from iq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from iq_desktop.models import (
    Etappenziel,
    Korridorthema,
    Leitprojekt,
    Mitwirkung,
    Person,
    RegelAusnahme,
    korridor_beauftragte,
)
from iq_desktop.reference import BERICHTSZYKLUS_TAGE, MAX_LEITPROJEKTE_JE_KORRIDOR
from iq_desktop.services import derived
from iq_desktop.services import validate as v
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.errors import DomainError
from iq_desktop.services.names import addressed_name
from iq_desktop.services.portfolio_rows import read_cycle
from iq_desktop.services.read_models import Ausnahme, Befund, Regelbericht
from iq_desktop.services.terminology import load_terms

OBJEKT_KORRIDOR = "korridorthema"
OBJEKT_PROJEKT = "leitprojekt"
OBJEKT_MITWIRKUNG = "mitwirkung"

#: rule number -> title template ({Leitprojekt} etc. from the terminology)
REGELN: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Regeln", "Höchstens fünf {Leitprojekte} je {Korridorthema}"),
    2: QT_TRANSLATE_NOOP("Regeln", "Eine Person wirkt nur in einem {Leitprojekt} mit"),
    3: QT_TRANSLATE_NOOP("Regeln", "Benennung und Zustimmung"),
    4: QT_TRANSLATE_NOOP("Regeln", "Projektleitung und Kick-off"),
    5: QT_TRANSLATE_NOOP("Regeln", "Internationalität, Digitalisierung, Partizipation"),
    6: QT_TRANSLATE_NOOP("Regeln", "Kommunizierbarer Zeitrahmen"),
    7: QT_TRANSLATE_NOOP("Regeln", "Regelmäßige Berichte"),
}


def rule_title(regel: int, terms: Begriffe) -> str:
    return translate("Regeln", REGELN[regel]).format(**terms.format_args())


@dataclass(frozen=True, slots=True)
class _Projekt:
    id: int
    titel: str
    korridor: str
    status: ProjektStatus
    beginn: dt.date | None
    geplantes_ende: dt.date | None
    kickoff_am: dt.date | None
    internationalitaet: bool
    internationalitaet_wie: str | None
    digitalisierung: bool
    digitalisierung_wie: str | None
    partizipation: bool
    partizipation_wie: str | None
    aktualisiert_am: dt.datetime


_AKTIV = Leitprojekt.status.not_in((ProjektStatus.ABGESCHLOSSEN, ProjektStatus.ABGEBROCHEN))

# built once: on a small portfolio, building a statement costs more than running it
_PROJEKTE_SQL = (
    select(
        Leitprojekt.id, Leitprojekt.titel, Korridorthema.name.label("korridor"),
        Leitprojekt.status, Leitprojekt.beginn, Leitprojekt.geplantes_ende,
        Leitprojekt.kickoff_am, Leitprojekt.internationalitaet,
        Leitprojekt.internationalitaet_wie, Leitprojekt.digitalisierung,
        Leitprojekt.digitalisierung_wie, Leitprojekt.partizipation,
        Leitprojekt.partizipation_wie, Leitprojekt.aktualisiert_am,
    )
    .join(Korridorthema, Korridorthema.id == Leitprojekt.korridorthema_id)
    .where(_AKTIV)
)
_KORRIDORE_SQL = (
    select(Korridorthema.id, Korridorthema.name, func.count(Leitprojekt.id))
    .outerjoin(Leitprojekt, (Leitprojekt.korridorthema_id == Korridorthema.id) & _AKTIV)
    .group_by(Korridorthema.id, Korridorthema.name)
    .order_by(Korridorthema.position)
)
_MITWIRKUNGEN_SQL = (
    select(
        Mitwirkung.id, Mitwirkung.leitprojekt_id, Mitwirkung.person_id, Mitwirkung.rolle,
        Mitwirkung.von, Mitwirkung.bis, Mitwirkung.benannt_am,
        Mitwirkung.zustimmung_dezernat_am, Mitwirkung.zustimmung_amtsleitung_am,
        Mitwirkung.zustimmung_person_am, Person.anrede, Person.titel, Person.vorname,
        Person.nachname, Person.externe_organisation_id,
    )
    .join(Person, Person.id == Mitwirkung.person_id)
    .join(Leitprojekt, Leitprojekt.id == Mitwirkung.leitprojekt_id)
    .where(_AKTIV, or_(Mitwirkung.bis.is_(None), Mitwirkung.bis >= bindparam("stichtag")))
    .order_by(Mitwirkung.leitprojekt_id, Mitwirkung.id)
)
_BEAUFTRAGTE_SQL = select(korridor_beauftragte.c.person_id)
_MIT_ETAPPENZIELEN_SQL = select(Etappenziel.leitprojekt_id).where(Etappenziel.status != EtappenzielStatus.ENTFALLEN)


def check_rules(
    db: Database,
    *,
    stichtag: dt.date | None = None,
    berichtszyklus_tage: int = BERICHTSZYKLUS_TAGE,
    projekt_id: int | None = None,
) -> Regelbericht:
    """Judge every non-archived Leitprojekt as of ``stichtag`` (today unless given).

    ``projekt_id`` judges one project only (the editor's staffing warnings): the
    staffing read is then that of its people, in whatever project, not the portfolio's.
    """
    stichtag = stichtag or db.today()
    terms = load_terms(db)
    fmt = terms.format_args()
    mitwirkungen_sql = _MITWIRKUNGEN_SQL
    if projekt_id is not None:
        mitwirkungen_sql = mitwirkungen_sql.where(Mitwirkung.person_id.in_(
            select(Mitwirkung.person_id).where(Mitwirkung.leitprojekt_id == projekt_id).scalar_subquery()))
    with db.reading() as session:
        berichtszyklus_tage = read_cycle(PlainReader(session), berichtszyklus_tage)
        # Core rows through the session's connection: the ORM's row loading costs a tenth of a
        # second per 30,000 Mitwirkungen and adds nothing for plain columns
        connection = session.connection()
        projekte = {row.id: _Projekt(**row._asdict()) for row in connection.execute(_PROJEKTE_SQL)}
        korridore = connection.execute(_KORRIDORE_SQL).all()
        # only what can still be judged: staffing of active projects that has not ended (the
        # database filters, so a large archive costs nothing here; derived.not_ended in SQL)
        mitwirkungen = connection.execute(mitwirkungen_sql, {"stichtag": stichtag}).all()
        beauftragte = set(connection.scalars(_BEAUFTRAGTE_SQL))
        mit_etappenzielen = set(connection.scalars(_MIT_ETAPPENZIELEN_SQL))
        ausnahmen = {
            (a.pruefung, a.objekt_typ, a.objekt_id): Ausnahme(a.begruendung, a.erfasst_von, a.erfasst_am, a.id)
            for a in session.scalars(select(RegelAusnahme))
        }

    befunde: list[Befund] = []

    def add(regel: int, pruefung: str, schwere: Schwere, objekt_typ: str, objekt_id: int,
            korridor: str, projekt: _Projekt | None, text: str) -> None:
        befunde.append(
            Befund(
                regel=regel,
                pruefung=pruefung,
                regel_titel=rule_title(regel, terms),
                schwere=schwere,
                objekt_typ=objekt_typ,
                objekt_id=objekt_id,
                korridorthema=korridor,
                leitprojekt_id=projekt.id if projekt else None,
                leitprojekt=projekt.titel if projekt else None,
                text=text,
                ausnahme=ausnahmen.get((pruefung, objekt_typ, objekt_id)),
            )
        )

    # Rule 1: at most five Leitprojekte per Korridorthema (recommended).
    for korridor_id, name, anzahl in korridore:
        if anzahl > MAX_LEITPROJEKTE_JE_KORRIDOR:
            add(1, "1", Schwere.HINWEIS, OBJEKT_KORRIDOR, korridor_id, name, None,
                translate("Regeln", "{name} hat {n} aktive {Leitprojekte}; empfohlen sind höchstens {max}.")
                .format(name=name, n=anzahl, max=MAX_LEITPROJEKTE_JE_KORRIDOR, **fmt))

    # Rule 2: a person works in only one Leitprojekt (project lead and group members).
    gruppe: dict[int, list] = defaultdict(list)
    for m in mitwirkungen:
        if m.rolle.in_projektgruppe and m.person_id not in beauftragte:
            gruppe[m.person_id].append(m)
    for eintraege in gruppe.values():
        for m in eintraege:
            andere = [
                o for o in eintraege
                if o.leitprojekt_id != m.leitprojekt_id and derived.overlaps(m.von, m.bis, o.von, o.bis)
            ]
            if not andere:
                continue
            projekt = projekte[m.leitprojekt_id]
            titel = ", ".join(sorted({f"„{projekte[o.leitprojekt_id].titel}“" for o in andere}))
            add(2, "2", Schwere.WARNUNG, OBJEKT_MITWIRKUNG, m.id, projekt.korridor, projekt,
                translate("Regeln", "{person} ({rolle}) wirkt zugleich in {andere} mit "
                          "(Faustregel: eine Person, ein {Leitprojekt}).")
                .format(person=addressed_name(m.anrede, m.titel, m.vorname, m.nachname),
                        rolle=m.rolle.label, andere=titel, **fmt))

    # Rule 3: named by the Bürgermeister/in; city staff need three consents.
    for m in mitwirkungen:
        if m.rolle in (Rolle.AUFTRAGGEBER, Rolle.ANSPRECHPERSON):
            continue
        fehlt = []
        if m.benannt_am is None:
            fehlt.append(translate("Regeln", "Benennung durch die/den Bürgermeister/in"))
        if m.externe_organisation_id is None:
            for value, label in (
                (m.zustimmung_dezernat_am, QT_TRANSLATE_NOOP("Regeln", "Zustimmung des Dezernats")),
                (m.zustimmung_amtsleitung_am, QT_TRANSLATE_NOOP("Regeln", "Zustimmung der Amtsleitung")),
                (m.zustimmung_person_am, QT_TRANSLATE_NOOP("Regeln", "Zustimmung der Person")),
            ):
                if value is None:
                    fehlt.append(translate("Regeln", label))
        if fehlt:
            projekt = projekte[m.leitprojekt_id]
            template = (
                translate("Regeln", "{person} ({rolle}): es fehlt die {was}.")
                if len(fehlt) == 1
                else translate("Regeln", "{person} ({rolle}): es fehlen: {was}.")
            )
            add(3, "3", Schwere.WARNUNG, OBJEKT_MITWIRKUNG, m.id, projekt.korridor, projekt,
                template
                .format(person=addressed_name(m.anrede, m.titel, m.vorname, m.nachname),
                        rolle=m.rolle.label, was=", ".join(fehlt)))

    projektleitungen = {m.leitprojekt_id for m in mitwirkungen if m.rolle is Rolle.PROJEKTLEITUNG}
    for projekt in projekte.values():
        # Rule 4: a Projektleitung, and a kick-off at the start.
        if projekt.id not in projektleitungen:
            add(4, "4.projektleitung", Schwere.WARNUNG, OBJEKT_PROJEKT, projekt.id, projekt.korridor, projekt,
                translate("Regeln", "Das {Leitprojekt} hat keine Projektleitung.").format(**fmt))
        if projekt.kickoff_am is None and projekt.beginn is not None and projekt.beginn <= stichtag:
            add(4, "4.kickoff", Schwere.WARNUNG, OBJEKT_PROJEKT, projekt.id, projekt.korridor, projekt,
                translate("Regeln", "Begonnen am {beginn}, aber kein Kick-off mit der Projektgruppe "
                          "und der/dem Bürgermeister/in erfasst.").format(beginn=v.format_date(projekt.beginn)))

        # Rule 5: the three aspects considered where possible (or a note why not).
        fehlend = [
            translate("Regeln", label)
            for flag, wie, label in (
                (projekt.internationalitaet, projekt.internationalitaet_wie,
                 QT_TRANSLATE_NOOP("Regeln", "Internationalität")),
                (projekt.digitalisierung, projekt.digitalisierung_wie,
                 QT_TRANSLATE_NOOP("Regeln", "Digitalisierung")),
                (projekt.partizipation, projekt.partizipation_wie,
                 QT_TRANSLATE_NOOP("Regeln", "Partizipation")),
            )
            if not flag and not (wie or "").strip()
        ]
        if fehlend:
            add(5, "5", Schwere.HINWEIS, OBJEKT_PROJEKT, projekt.id, projekt.korridor, projekt,
                translate("Regeln", "Nicht berücksichtigt und nicht begründet: {aspekte}.")
                .format(aspekte=", ".join(fehlend)))

        # Rule 6: a planned end and milestones make the time frame communicable.
        if projekt.geplantes_ende is None:
            add(6, "6.ende", Schwere.WARNUNG, OBJEKT_PROJEKT, projekt.id, projekt.korridor, projekt,
                translate("Regeln", "Kein geplantes Ende angegeben."))
        if projekt.id not in mit_etappenzielen:
            add(6, "6.etappenziele", Schwere.WARNUNG, OBJEKT_PROJEKT, projekt.id, projekt.korridor, projekt,
                translate("Regeln", "Keine Etappenziele geplant."))

        # Rule 7: reports flow regularly.
        if derived.is_stale(projekt.aktualisiert_am, stichtag, berichtszyklus_tage):
            add(7, "7", Schwere.WARNUNG, OBJEKT_PROJEKT, projekt.id, projekt.korridor, projekt,
                translate("Regeln", "Zuletzt aktualisiert am {datum} – länger als {tage} Tage "
                          "(Berichtszyklus) her.")
                .format(datum=v.format_date(derived.local_date(projekt.aktualisiert_am)),
                        tage=berichtszyklus_tage))

    if projekt_id is not None:
        befunde = [b for b in befunde if b.leitprojekt_id == projekt_id]
    korridor_order = {name: i for i, (_, name, _) in enumerate(korridore)}
    befunde.sort(key=lambda b: (korridor_order.get(b.korridorthema, 99), b.leitprojekt or "", b.regel,
                                b.pruefung, b.objekt_id))
    return Regelbericht(stichtag=stichtag, berichtszyklus_tage=berichtszyklus_tage, befunde=tuple(befunde))


def override_finding(
    db: Database, *, pruefung: str, objekt_typ: str, objekt_id: int, begruendung: str
) -> int:
    """Proceed despite a finding: record who overrode it, when and why."""
    with db.transaction() as session:
        begruendung_text = v.required_text(
            begruendung, feld="begruendung", bezeichnung="Begründung", max_len=4000
        )
        if len(begruendung_text) < 10:
            raise DomainError(
                translate("Regeln", "Bitte die Begründung in einem ganzen Satz angeben – sie wird im "
                          "Regelbericht gezeigt."),
                feld="begruendung",
            )
        existing = session.scalar(
            select(RegelAusnahme).where(
                RegelAusnahme.pruefung == pruefung,
                RegelAusnahme.objekt_typ == objekt_typ,
                RegelAusnahme.objekt_id == objekt_id,
            )
        )
        if existing is None:
            existing = RegelAusnahme(pruefung=pruefung, objekt_typ=objekt_typ, objekt_id=objekt_id)
            session.add(existing)
        existing.begruendung = begruendung_text
        existing.erfasst_von = db.actor.login
        existing.erfasst_am = db.clock()
        session.flush()
        return existing.id


def withdraw_override(db: Database, *, ausnahme_id: int) -> None:
    with db.transaction() as session:
        session.delete(v.get_or_fail(session, RegelAusnahme, ausnahme_id, was="Die Ausnahme"))
