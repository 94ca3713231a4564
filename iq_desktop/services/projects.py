"""Use cases of a Leitprojekt: set it up, keep its profile (Steckbrief), status, Ampel, kick-off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iq_desktop.db.database import Database
from iq_desktop.enums import Ampel, PhasenStatus, ProjektStatus
from iq_desktop.i18n import translate
from iq_desktop.models import (
    Korridorthema,
    Leitprojekt,
    Phase,
    PhasenVorlage,
    ProjektBudget,
    ProjektKanal,
    ProjektZiel,
    StrategieElement,
    Zielvereinbarung,
)
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError
from iq_desktop.services.read_models import (
    BudgetZeile,
    LeitprojektDetail,
    ZielvereinbarungZeile,
    ZielZeile,
)


def set_up_leitprojekt(
    db: Database,
    *,
    titel: str,
    korridorthema_id: int,
    beginn: dt.date | None = None,
    geplantes_ende: dt.date | None = None,
    status: ProjektStatus = ProjektStatus.GEPLANT,
    beschreibung: str | None = None,
) -> int:
    """Create a Leitprojekt with the default phase plan; return its id."""
    with db.transaction() as session:
        titel = v.required_text(titel, feld="titel", bezeichnung="Titel")
        v.get_or_fail(session, Korridorthema, korridorthema_id, was="Das Korridorthema")
        v.date_order(beginn, geplantes_ende, feld="geplantes_ende",
                     start_name="Beginn", end_name="Geplantes Ende")
        _refuse_duplicate_title(session, titel, korridorthema_id, None)
        projekt = Leitprojekt(
            titel=titel,
            korridorthema_id=korridorthema_id,
            status=ProjektStatus(status),
            beginn=beginn,
            geplantes_ende=geplantes_ende,
            beschreibung=v.optional_text(beschreibung),
            internationalitaet=False,
            digitalisierung=False,
            partizipation=False,
            nicht_oeffentlich=False,
        )
        for vorlage in session.scalars(select(PhasenVorlage).order_by(PhasenVorlage.position)):
            projekt.phasen.append(
                Phase(position=vorlage.position, name=vorlage.name, status=PhasenStatus.NICHT_BEGONNEN)
            )
        session.add(projekt)
        session.flush()
        return projekt.id


def _refuse_duplicate_title(
    session: Session, titel: str, korridorthema_id: int, own_id: int | None
) -> None:
    query = select(Leitprojekt.id).where(
        Leitprojekt.korridorthema_id == korridorthema_id,
        func.lower(Leitprojekt.titel) == titel.lower(),
    )
    if own_id is not None:
        query = query.where(Leitprojekt.id != own_id)
    if session.scalar(query) is not None:
        raise DomainError(
            translate("Projekte", "In diesem Korridorthema gibt es schon ein Leitprojekt „{t}“.")
            .format(t=titel),
            feld="titel",
        )


@dataclass
class Steckbrief:
    """The editable profile of a Leitprojekt, saved as one unit."""

    titel: str
    korridorthema_id: int
    status: ProjektStatus
    beginn: dt.date | None = None
    geplantes_ende: dt.date | None = None
    kickoff_am: dt.date | None = None
    beschreibung: str | None = None
    beitrag_korridor: str | None = None
    zielgruppe: str | None = None
    zielgruppe_aktiv_eingebunden: bool | None = None
    chancen_nutzen: str | None = None
    einbindung_zielgruppe: str | None = None
    einbindung_intern: str | None = None
    einbindung_extern: str | None = None
    internationalitaet: bool = False
    internationalitaet_wie: str | None = None
    digitalisierung: bool = False
    digitalisierung_wie: str | None = None
    partizipation: bool = False
    partizipation_wie: str | None = None
    personal: str | None = None
    ausblick: str | None = None
    nicht_oeffentlich: bool = False
    ziele: Sequence[ZielZeile] = ()
    kanaele: Sequence[str] = ()
    strategie_ids: Sequence[int] = ()
    budgets: Sequence[BudgetZeile] = ()
    zielvereinbarungen: Sequence[ZielvereinbarungZeile] = ()
    #: the Ampel belongs to the profile: one save, one version check, one compare dialog
    ampel: Ampel | None = None
    ampel_notiz: str | None = None
    ampel_zeit: Ampel | None = None
    ampel_budget: Ampel | None = None
    ampel_personal: Ampel | None = None

    @classmethod
    def from_detail(cls, detail: LeitprojektDetail, strategie_ids: Sequence[int]) -> Steckbrief:
        return cls(
            titel=detail.titel,
            korridorthema_id=detail.korridorthema_id,
            status=detail.status,
            beginn=detail.beginn,
            geplantes_ende=detail.geplantes_ende,
            kickoff_am=detail.kickoff_am,
            beschreibung=detail.beschreibung,
            beitrag_korridor=detail.beitrag_korridor,
            zielgruppe=detail.zielgruppe,
            zielgruppe_aktiv_eingebunden=detail.zielgruppe_aktiv_eingebunden,
            chancen_nutzen=detail.chancen_nutzen,
            einbindung_zielgruppe=detail.einbindung_zielgruppe,
            einbindung_intern=detail.einbindung_intern,
            einbindung_extern=detail.einbindung_extern,
            internationalitaet=detail.internationalitaet,
            internationalitaet_wie=detail.internationalitaet_wie,
            digitalisierung=detail.digitalisierung,
            digitalisierung_wie=detail.digitalisierung_wie,
            partizipation=detail.partizipation,
            partizipation_wie=detail.partizipation_wie,
            personal=detail.personal,
            ausblick=detail.ausblick,
            nicht_oeffentlich=detail.nicht_oeffentlich,
            ziele=detail.ziele,
            kanaele=detail.kanaele,
            strategie_ids=tuple(strategie_ids),
            budgets=detail.budgets,
            zielvereinbarungen=detail.zielvereinbarungen,
            ampel=detail.ampel,
            ampel_notiz=detail.ampel_notiz,
            ampel_zeit=detail.ampel_zeit,
            ampel_budget=detail.ampel_budget,
            ampel_personal=detail.ampel_personal,
        )


_TEXT_FIELDS = (
    "beschreibung", "beitrag_korridor", "zielgruppe", "chancen_nutzen", "internationalitaet_wie",
    "digitalisierung_wie", "partizipation_wie", "ausblick",
)
_SHORT_FIELDS = {
    "einbindung_zielgruppe": "Einbindung der Zielgruppe",
    "einbindung_intern": "Stadtinterne Kommunikation und Mitwirkung",
    "einbindung_extern": "Kommunikation und Mitwirkung nach außen",
    "personal": "Personelle Ressourcen",
}


def save_steckbrief(
    db: Database, *, projekt_id: int, daten: Steckbrief, expected_version: int | None = None
) -> int:
    """Save the whole profile; return the new version.

    ``expected_version`` is the version the form was loaded with; a newer
    stored version means someone else saved in between, and nothing is written.
    """
    with db.transaction() as session:
        projekt = _projekt_for_update(session, projekt_id, expected_version)
        titel = v.required_text(daten.titel, feld="titel", bezeichnung="Titel")
        v.get_or_fail(session, Korridorthema, daten.korridorthema_id, was="Das Korridorthema")
        _refuse_duplicate_title(session, titel, daten.korridorthema_id, projekt.id)
        v.date_order(daten.beginn, daten.geplantes_ende, feld="geplantes_ende",
                     start_name="Beginn", end_name="Geplantes Ende")
        projekt.titel = titel
        projekt.korridorthema_id = daten.korridorthema_id
        projekt.status = ProjektStatus(daten.status)
        projekt.beginn = daten.beginn
        projekt.geplantes_ende = daten.geplantes_ende
        projekt.kickoff_am = daten.kickoff_am
        for name in _TEXT_FIELDS:
            setattr(projekt, name, v.optional_text(getattr(daten, name)))
        for name, label in _SHORT_FIELDS.items():
            setattr(projekt, name, v.bounded_text(getattr(daten, name), feld=name, bezeichnung=label))
        projekt.zielgruppe_aktiv_eingebunden = daten.zielgruppe_aktiv_eingebunden
        projekt.internationalitaet = bool(daten.internationalitaet)
        projekt.digitalisierung = bool(daten.digitalisierung)
        projekt.partizipation = bool(daten.partizipation)
        projekt.nicht_oeffentlich = bool(daten.nicht_oeffentlich)
        _apply_ampel(projekt, ampel=daten.ampel, notiz=daten.ampel_notiz, zeit=daten.ampel_zeit,
                     budget=daten.ampel_budget, personal=daten.ampel_personal)

        _replace_ziele(projekt, daten.ziele)
        _replace_kanaele(projekt, daten.kanaele)
        _replace_budgets(projekt, daten.budgets)
        _replace_zielvereinbarungen(projekt, daten.zielvereinbarungen)
        wanted = set(daten.strategie_ids)
        elements = list(session.scalars(select(StrategieElement).where(StrategieElement.id.in_(wanted))))
        if len(elements) != len(wanted):
            raise DomainError(
                translate("Projekte", "Ein gewähltes Handlungsfeld oder Gestaltungsprinzip gibt es "
                          "nicht mehr. Bitte die Auswahl prüfen."),
                feld="strategie",
            )
        projekt.strategie = sorted(elements, key=lambda e: (e.art, e.position))
        # Children count as the profile: touching the row bumps its version even
        # when only goals, channels or tags changed.
        projekt.aktualisiert_am = db.clock()
        session.flush()
        return projekt.version


def _replace_ziele(projekt: Leitprojekt, ziele: Sequence[ZielZeile]) -> None:
    texts = [(z.ebene, v.optional_text(z.text)) for z in ziele]
    current = [(z.ebene, z.text) for z in projekt.ziele]
    wanted = [(ebene, text) for ebene, text in texts if text]
    if current == wanted:
        return
    projekt.ziele.clear()
    for position, (ebene, text) in enumerate(wanted, start=1):
        projekt.ziele.append(ProjektZiel(position=position, ebene=1 if ebene else 0, text=text))


def _replace_kanaele(projekt: Leitprojekt, kanaele: Sequence[str]) -> None:
    wanted: list[str] = []
    for entry in kanaele:
        text = v.bounded_text(entry, feld="kanaele", bezeichnung="Kanäle und Formate")
        if text and text not in wanted:
            wanted.append(text)
    if [k.bezeichnung for k in projekt.kanaele] == wanted:
        return
    projekt.kanaele.clear()
    for position, text in enumerate(wanted, start=1):
        projekt.kanaele.append(ProjektKanal(position=position, bezeichnung=text))


def _replace_budgets(projekt: Leitprojekt, budgets: Sequence[BudgetZeile]) -> None:
    seen: set[str] = set()
    for zeile in budgets:
        dhh = (zeile.doppelhaushalt or "").strip()
        if not _is_doppelhaushalt(dhh):
            raise DomainError(
                translate("Projekte", "Doppelhaushalt „{d}“ bitte als „2025/2026“ angeben.").format(d=dhh),
                feld="budgets",
            )
        if dhh in seen:
            raise DomainError(
                translate("Projekte", "Der Doppelhaushalt {d} steht zweimal in der Budgettabelle.").format(d=dhh),
                feld="budgets",
            )
        seen.add(dhh)
        for value in (zeile.geplant, zeile.bewilligt, zeile.ausgegeben):
            if value is not None and value < 0:
                raise DomainError(
                    translate("Projekte", "Budgetbeträge dürfen nicht negativ sein."), feld="budgets"
                )
    current = [BudgetZeile(b.doppelhaushalt, b.geplant, b.bewilligt, b.ausgegeben) for b in projekt.budgets]
    wanted = sorted(
        (BudgetZeile(z.doppelhaushalt.strip(), z.geplant, z.bewilligt, z.ausgegeben) for z in budgets),
        key=lambda z: z.doppelhaushalt,
    )
    if current == wanted:
        return
    projekt.budgets.clear()
    for zeile in wanted:
        projekt.budgets.append(
            ProjektBudget(
                doppelhaushalt=zeile.doppelhaushalt,
                geplant=zeile.geplant,
                bewilligt=zeile.bewilligt,
                ausgegeben=zeile.ausgegeben,
            )
        )


def _is_doppelhaushalt(text: str) -> bool:
    parts = text.split("/")
    return (
        len(parts) == 2
        and all(p.isdigit() and len(p) == 4 for p in parts)
        and int(parts[1]) == int(parts[0]) + 1
    )


def _replace_zielvereinbarungen(
    projekt: Leitprojekt, zielvereinbarungen: Sequence[ZielvereinbarungZeile]
) -> None:
    wanted = []
    for zeile in zielvereinbarungen:
        text = v.optional_text(zeile.text)
        if not 2000 <= zeile.jahr <= 2100:
            raise DomainError(
                translate("Projekte", "Das Jahr einer Zielvereinbarung ({j}) ist ungültig.").format(j=zeile.jahr),
                feld="zielvereinbarungen",
            )
        if not text:  # refused, not dropped: a line the user added must not vanish on saving
            raise DomainError(
                translate("Projekte", "Die Zielvereinbarung für {j} hat keinen Text. Bitte die Vereinbarung "
                          "eintragen oder die Zeile entfernen.").format(j=zeile.jahr),
                feld="zielvereinbarungen",
            )
        wanted.append(ZielvereinbarungZeile(zeile.jahr, text, zeile.erreicht, v.optional_text(zeile.bemerkung)))
    current = [
        ZielvereinbarungZeile(z.jahr, z.text, z.erreicht, z.bemerkung) for z in projekt.zielvereinbarungen
    ]
    wanted.sort(key=lambda z: z.jahr)
    if current == wanted:
        return
    projekt.zielvereinbarungen.clear()
    for zeile in wanted:
        projekt.zielvereinbarungen.append(
            Zielvereinbarung(jahr=zeile.jahr, text=zeile.text, erreicht=zeile.erreicht, bemerkung=zeile.bemerkung)
        )


def set_ampel(
    db: Database,
    *,
    projekt_id: int,
    ampel: Ampel | None,
    notiz: str | None = None,
    zeit: Ampel | None = None,
    budget: Ampel | None = None,
    personal: Ampel | None = None,
    expected_version: int | None = None,
) -> None:
    """The secretariat sets the overall traffic light (and optionally per dimension).

    For the command line and the demo; the editor saves the Ampel with the Steckbrief.
    """
    with db.transaction() as session:
        projekt = _projekt_for_update(session, projekt_id, expected_version)
        _apply_ampel(projekt, ampel=ampel, notiz=notiz, zeit=zeit, budget=budget, personal=personal)


def _apply_ampel(projekt: Leitprojekt, *, ampel: Ampel | None, notiz: str | None, zeit: Ampel | None,
                 budget: Ampel | None, personal: Ampel | None) -> None:
    """The overall Ampel, its note and the three dimensions; the note is optional (domain: "optional note")."""
    projekt.ampel = _ampel_or_none(ampel)
    projekt.ampel_notiz = v.optional_text(notiz)
    projekt.ampel_zeit = _ampel_or_none(zeit)
    projekt.ampel_budget = _ampel_or_none(budget)
    projekt.ampel_personal = _ampel_or_none(personal)


def _ampel_or_none(value: Ampel | str | None) -> Ampel | None:
    return Ampel(value) if value is not None else None


def change_status(
    db: Database, *, projekt_id: int, status: ProjektStatus, expected_version: int | None = None
) -> None:
    """Move the project to geplant, laufend, pausiert, abgeschlossen or abgebrochen."""
    with db.transaction() as session:
        projekt = _projekt_for_update(session, projekt_id, expected_version)
        projekt.status = ProjektStatus(status)


def record_kickoff(
    db: Database, *, projekt_id: int, datum: dt.date, expected_version: int | None = None
) -> None:
    """Record the kick-off with the project group and the Bürgermeister/in (rule 4)."""
    with db.transaction() as session:
        projekt = _projekt_for_update(session, projekt_id, expected_version)
        projekt.kickoff_am = datum


def _projekt_for_update(session: Session, projekt_id: int, expected_version: int | None) -> Leitprojekt:
    """The project row to change: its profile, Ampel, status and kick-off are one unit with one version."""
    projekt = v.get_or_fail(session, Leitprojekt, projekt_id, was="Das Leitprojekt")
    v.check_version(session, projekt, expected_version,
                    was=translate("Projekte", "„{t}“").format(t=projekt.titel))
    return projekt
