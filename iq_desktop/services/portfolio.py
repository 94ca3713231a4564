"""Read side: the project list, the navigation tree and one project in full.

Lists are built from a handful of flat queries (one per table, not one per
project) and the derived values of :mod:`derived`, so a portfolio of a
thousand projects loads as quickly as one of thirty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from iq_desktop.db.database import Database
from iq_desktop.enums import Rolle
from iq_desktop.i18n import translate
from iq_desktop.models import (
    Etappenziel,
    Korridorthema,
    Leitprojekt,
    Mitwirkung,
    Person,
    Risiko,
    Sachstand,
)
from iq_desktop.reference import BERICHTSZYKLUS_TAGE
from iq_desktop.services import portfolio_rows
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError, NichtGefunden
from iq_desktop.services.names import full_name
from iq_desktop.services.read_models import (
    BudgetZeile,
    EntscheidungZeile,
    EtappenzielZeile,
    KorridorKnoten,
    LeitprojektDetail,
    MitwirkungZeile,
    PhaseZeile,
    ProjektZeile,
    RisikoZeile,
    SachstandZeile,
    ZielvereinbarungZeile,
    ZielZeile,
)
from iq_desktop.services.terminology import load_terms


def list_projects(
    db: Database,
    *,
    stichtag: dt.date | None = None,
    berichtszyklus_tage: int = BERICHTSZYKLUS_TAGE,
    mit_archiv: bool = False,
) -> list[ProjektZeile]:
    """One row per Leitprojekt, ordered by corridor and title; archived ones only on request."""
    with db.plain_reading() as reader:
        return portfolio_rows.read_project_rows(
            reader, stichtag=stichtag or db.today(), berichtszyklus_tage=berichtszyklus_tage, mit_archiv=mit_archiv
        )


def corridor_tree(db: Database, *, mit_archiv: bool = False) -> list[KorridorKnoten]:
    """Every Korridorthema (also those without projects) with its Leitprojekte."""
    with db.plain_reading() as reader:
        return portfolio_rows.read_corridor_tree(reader, mit_archiv=mit_archiv)


def portfolio_lists(
    db: Database, *, stichtag: dt.date | None = None, berichtszyklus_tage: int = BERICHTSZYKLUS_TAGE,
    mit_archiv: bool = False,
) -> portfolio_rows.PortfolioLists:
    """Terms, project rows and corridor tree in one read transaction (what the main window shows)."""
    with db.plain_reading() as reader:
        return portfolio_rows.read_portfolio_lists(
            reader, stichtag=stichtag or db.today(), berichtszyklus_tage=berichtszyklus_tage, mit_archiv=mit_archiv
        )


def latest_change(db: Database) -> int:
    """The newest audit row's id: open views compare it to notice other desks' changes cheaply."""
    with db.plain_reading() as reader:
        return portfolio_rows.read_latest_change(reader)


def find_projects(db: Database, text: str) -> list[tuple[int, str, str]]:
    """Projects whose id equals ``text`` or whose title contains it: (id, title, corridor)."""
    needle = text.strip()
    with db.reading() as session:
        rows = session.execute(
            select(Leitprojekt.id, Leitprojekt.titel, Korridorthema.name)
            .join(Korridorthema, Korridorthema.id == Leitprojekt.korridorthema_id)
            .order_by(Leitprojekt.id)
        ).all()
    if needle.isdigit():
        by_id = [tuple(r) for r in rows if r[0] == int(needle)]
        if by_id:
            return by_id
    exact = [tuple(r) for r in rows if r[1].casefold() == needle.casefold()]
    if exact:
        return exact
    return [tuple(r) for r in rows if needle.casefold() in r[1].casefold()]


def projekt_id_for(db: Database, text: str) -> int:
    """The one project that ``text`` names by id or title (see :func:`find_projects`).

    Raises NichtGefunden when none matches, and DomainError naming every match
    with its id when the text fits more than one.
    """
    matches = find_projects(db, text)
    if len(matches) == 1:
        return matches[0][0]
    begriffe = load_terms(db)
    if not matches:
        raise NichtGefunden(translate("Portfolio", "Ein {Leitprojekt} „{text}“ gibt es nicht (weder als Titel noch "
                                      "als Nummer).").format(text=text.strip(), **begriffe.format_args()))
    raise DomainError(
        translate("Portfolio", "„{text}“ passt auf mehrere {Leitprojekte}: {treffer}. Bitte den ganzen Titel oder "
                  "die Nummer angeben.").format(
            text=text.strip(), treffer=", ".join(f"Nr. {ident} „{titel}“" for ident, titel, _ in matches),
            **begriffe.format_args())
    )


def _detail_options() -> tuple[Any, ...]:
    """What a full project read loads along (one query per related table)."""
    return (
        selectinload(Leitprojekt.korridorthema).selectinload(Korridorthema.buergermeister),
        selectinload(Leitprojekt.ziele),
        selectinload(Leitprojekt.kanaele),
        selectinload(Leitprojekt.strategie),
        selectinload(Leitprojekt.budgets),
        selectinload(Leitprojekt.zielvereinbarungen),
        selectinload(Leitprojekt.mitwirkungen).selectinload(Mitwirkung.person).options(
            selectinload(Person.amt), selectinload(Person.externe_organisation)
        ),
        selectinload(Leitprojekt.phasen),
        selectinload(Leitprojekt.etappenziele).selectinload(Etappenziel.phase),
        selectinload(Leitprojekt.risiken).selectinload(Risiko.verantwortlich),
        selectinload(Leitprojekt.entscheidungen),
        selectinload(Leitprojekt.sachstaende).options(
            selectinload(Sachstand.gremium), selectinload(Sachstand.sitzung)
        ),
    )


def get_leitprojekt(db: Database, projekt_id: int) -> LeitprojektDetail:
    """One project with everything that belongs to it."""
    with db.reading() as session:
        projekt = session.scalar(select(Leitprojekt).where(Leitprojekt.id == projekt_id).options(*_detail_options()))
        if projekt is None:
            v.get_or_fail(session, Leitprojekt, projekt_id, was="Das Leitprojekt")
        assert projekt is not None
        return _detail(projekt)


def get_leitprojekte(db: Database, projekt_ids: Sequence[int]) -> list[LeitprojektDetail]:
    """Many projects in full, in the order asked, with one query per related table (reports)."""
    if not projekt_ids:
        return []
    with db.reading() as session:
        found = {
            p.id: _detail(p)
            for p in session.scalars(
                select(Leitprojekt).where(Leitprojekt.id.in_(list(projekt_ids))).options(*_detail_options())
            )
        }
        for ident in projekt_ids:
            if ident not in found:
                v.get_or_fail(session, Leitprojekt, ident, was="Das Leitprojekt")
    return [found[ident] for ident in projekt_ids]


def _person_name(person: Person | None) -> str | None:
    return full_name(person.titel, person.vorname, person.nachname) if person else None


def _organisation(person: Person) -> str | None:
    if person.externe_organisation is not None:
        return person.externe_organisation.name
    if person.amt is not None:
        return person.amt.kuerzel
    return None


def _detail(p: Leitprojekt) -> LeitprojektDetail:
    rolle_order = {r: i for i, r in enumerate(Rolle)}
    return LeitprojektDetail(
        id=p.id,
        version=p.version,
        titel=p.titel,
        korridorthema_id=p.korridorthema_id,
        korridorthema=p.korridorthema.name,
        buergermeister=_person_name(p.korridorthema.buergermeister),
        status=p.status,
        beginn=p.beginn,
        geplantes_ende=p.geplantes_ende,
        kickoff_am=p.kickoff_am,
        beschreibung=p.beschreibung,
        beitrag_korridor=p.beitrag_korridor,
        zielgruppe=p.zielgruppe,
        zielgruppe_aktiv_eingebunden=p.zielgruppe_aktiv_eingebunden,
        chancen_nutzen=p.chancen_nutzen,
        einbindung_zielgruppe=p.einbindung_zielgruppe,
        einbindung_intern=p.einbindung_intern,
        einbindung_extern=p.einbindung_extern,
        internationalitaet=p.internationalitaet,
        internationalitaet_wie=p.internationalitaet_wie,
        digitalisierung=p.digitalisierung,
        digitalisierung_wie=p.digitalisierung_wie,
        partizipation=p.partizipation,
        partizipation_wie=p.partizipation_wie,
        personal=p.personal,
        ausblick=p.ausblick,
        ampel=p.ampel,
        ampel_notiz=p.ampel_notiz,
        ampel_zeit=p.ampel_zeit,
        ampel_budget=p.ampel_budget,
        ampel_personal=p.ampel_personal,
        nicht_oeffentlich=p.nicht_oeffentlich,
        aktualisiert_am=p.aktualisiert_am,
        ziele=tuple(ZielZeile(z.position, z.ebene, z.text) for z in p.ziele),
        kanaele=tuple(k.bezeichnung for k in p.kanaele),
        strategie=tuple(s.bezeichnung for s in p.strategie),
        strategie_ids=tuple(s.id for s in p.strategie),
        budgets=tuple(BudgetZeile(b.doppelhaushalt, b.geplant, b.bewilligt, b.ausgegeben) for b in p.budgets),
        zielvereinbarungen=tuple(
            ZielvereinbarungZeile(z.jahr, z.text, z.erreicht, z.bemerkung) for z in p.zielvereinbarungen
        ),
        mitwirkungen=tuple(
            MitwirkungZeile(
                id=m.id,
                version=m.version,
                person_id=m.person_id,
                person=full_name(m.person.titel, m.person.vorname, m.person.nachname),
                organisation=_organisation(m.person),
                extern=m.person.ist_extern,
                rolle=m.rolle,
                von=m.von,
                bis=m.bis,
                anteil_prozent=m.anteil_prozent,
                benannt_am=m.benannt_am,
                zustimmung_dezernat_am=m.zustimmung_dezernat_am,
                zustimmung_amtsleitung_am=m.zustimmung_amtsleitung_am,
                zustimmung_person_am=m.zustimmung_person_am,
            )
            for m in sorted(p.mitwirkungen, key=lambda m: (rolle_order[m.rolle], m.person.nachname))
        ),
        phasen=tuple(
            PhaseZeile(ph.id, ph.version, ph.position, ph.name, ph.geplante_schritte, ph.status,
                       ph.geplant_von, ph.geplant_bis, ph.ist_von, ph.ist_bis)
            for ph in p.phasen
        ),
        etappenziele=tuple(
            EtappenzielZeile(
                e.id, e.version, e.titel, e.phase.name if e.phase else None, e.faellig_am, e.erreicht_am,
                e.status, e.kommunikation_intern, e.kommunikation_extern, e.kommunikation_wie,
                e.kommuniziert_am, e.phase_id,
            )
            for e in sorted(p.etappenziele, key=lambda e: (e.faellig_am, e.id))
        ),
        risiken=tuple(
            RisikoZeile(
                r.id, r.version, r.titel, r.beschreibung, r.wahrscheinlichkeit, r.auswirkung,
                _person_name(r.verantwortlich), r.massnahmen, r.status, r.erkannt_am,
                r.naechste_pruefung, r.nicht_oeffentlich, r.verantwortlich_id,
            )
            for r in sorted(p.risiken, key=lambda r: (-r.score, r.id))
        ),
        entscheidungen=tuple(
            EntscheidungZeile(
                e.id, e.version, e.art, e.titel, e.beschreibung, e.erfasst_am, e.zu_entscheiden_durch,
                e.faellig_bis, e.an_clearingstelle_am, e.status, e.ergebnis, e.nicht_oeffentlich,
                e.entschieden_am, e.entschieden_durch,
            )
            for e in sorted(p.entscheidungen, key=lambda e: (e.erfasst_am, e.id))
        ),
        sachstaende=tuple(
            SachstandZeile(
                s.id, s.stichtag, s.gremium.name if s.gremium else None,
                s.sitzung.datum if s.sitzung else None, s.ampel, s.projektstatus, s.erreicht,
                s.naechste_schritte, s.entscheidungsbedarf, s.ausblick, s.nicht_oeffentlich, s.erstellt_von,
                s.version, s.gremium_id, s.sitzung_id, s.sitzung.top if s.sitzung else None,
            )
            for s in sorted(p.sachstaende, key=lambda s: (s.stichtag, s.id), reverse=True)
        ),
    )
