"""Plain records the services return: ids and display values, never live ORM objects.

Table models, exports and the command line read these; painting a table or
writing a report never triggers a database query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iq_desktop.enums import (
    Ampel,
    EntscheidungsArt,
    EntscheidungsStatus,
    EtappenzielStatus,
    PhasenStatus,
    ProjektStatus,
    RisikoStatus,
    Rolle,
    Schwere,
)


@dataclass(frozen=True, slots=True)
class ProjektZeile:
    """One row of the project list."""

    id: int
    titel: str
    korridorthema_id: int
    korridorthema: str
    buergermeister: str | None
    projektleitung: str | None
    status: ProjektStatus
    ampel: Ampel | None
    aktuelle_phase: str | None
    naechstes_etappenziel: str | None
    naechstes_etappenziel_am: dt.date | None
    top_risiko: str | None
    top_risiko_score: int | None
    #: naive UTC
    aktualisiert_am: dt.datetime
    veraltet: bool
    nicht_oeffentlich: bool


@dataclass(frozen=True, slots=True)
class ProjektKnoten:
    id: int
    titel: str
    status: ProjektStatus
    ampel: Ampel | None


@dataclass(frozen=True, slots=True)
class KorridorKnoten:
    """A Korridorthema with its Leitprojekte, for the navigation tree."""

    id: int
    name: str
    buergermeister: str | None
    projekte: tuple[ProjektKnoten, ...]


@dataclass(frozen=True, slots=True)
class ZielZeile:
    position: int
    ebene: int
    text: str


@dataclass(frozen=True, slots=True)
class BudgetZeile:
    doppelhaushalt: str
    geplant: int | None
    bewilligt: int | None
    ausgegeben: int | None


@dataclass(frozen=True, slots=True)
class ZielvereinbarungZeile:
    jahr: int
    text: str
    erreicht: bool | None
    bemerkung: str | None


@dataclass(frozen=True, slots=True)
class MitwirkungZeile:
    id: int
    version: int
    person_id: int
    person: str
    organisation: str | None
    extern: bool
    rolle: Rolle
    von: dt.date | None
    bis: dt.date | None
    anteil_prozent: int | None
    benannt_am: dt.date | None
    zustimmung_dezernat_am: dt.date | None
    zustimmung_amtsleitung_am: dt.date | None
    zustimmung_person_am: dt.date | None

    @property
    def bestaetigt(self) -> bool:
        return None not in (
            self.zustimmung_dezernat_am,
            self.zustimmung_amtsleitung_am,
            self.zustimmung_person_am,
        )


@dataclass(frozen=True, slots=True)
class PhaseZeile:
    id: int
    version: int
    position: int
    name: str
    geplante_schritte: str | None
    status: PhasenStatus
    geplant_von: dt.date | None
    geplant_bis: dt.date | None
    ist_von: dt.date | None
    ist_bis: dt.date | None


@dataclass(frozen=True, slots=True)
class EtappenzielZeile:
    id: int
    version: int
    titel: str
    phase: str | None
    faellig_am: dt.date
    erreicht_am: dt.date | None
    status: EtappenzielStatus
    kommunikation_intern: bool
    kommunikation_extern: bool
    kommunikation_wie: str | None
    kommuniziert_am: dt.date | None
    #: the phase's id (``phase`` is its name), for a form that changes it
    phase_id: int | None = None


@dataclass(frozen=True, slots=True)
class RisikoZeile:
    id: int
    version: int
    titel: str
    beschreibung: str | None
    wahrscheinlichkeit: int
    auswirkung: int
    verantwortlich: str | None
    massnahmen: str | None
    status: RisikoStatus
    erkannt_am: dt.date
    naechste_pruefung: dt.date | None
    nicht_oeffentlich: bool
    #: the owner's id (``verantwortlich`` is the name), for a form that changes it
    verantwortlich_id: int | None = None

    @property
    def score(self) -> int:
        return self.wahrscheinlichkeit * self.auswirkung


@dataclass(frozen=True, slots=True)
class EntscheidungZeile:
    id: int
    version: int
    art: EntscheidungsArt
    titel: str
    beschreibung: str | None
    erfasst_am: dt.date
    zu_entscheiden_durch: str | None
    faellig_bis: dt.date | None
    an_clearingstelle_am: dt.date | None
    status: EntscheidungsStatus
    ergebnis: str | None
    nicht_oeffentlich: bool
    entschieden_am: dt.date | None = None
    entschieden_durch: str | None = None


@dataclass(frozen=True, slots=True)
class SachstandZeile:
    id: int
    stichtag: dt.date
    gremium: str | None
    sitzung_datum: dt.date | None
    ampel: Ampel | None
    projektstatus: ProjektStatus
    erreicht: str | None
    naechste_schritte: str | None
    entscheidungsbedarf: str | None
    ausblick: str | None
    nicht_oeffentlich: bool
    erstellt_von: str
    version: int
    gremium_id: int | None
    sitzung_id: int | None
    sitzung_top: str | None


@dataclass(frozen=True, slots=True)
class LeitprojektDetail:
    """Everything about one project, as the editor and the reports need it."""

    id: int
    version: int
    titel: str
    korridorthema_id: int
    korridorthema: str
    buergermeister: str | None
    status: ProjektStatus
    beginn: dt.date | None
    geplantes_ende: dt.date | None
    kickoff_am: dt.date | None
    beschreibung: str | None
    beitrag_korridor: str | None
    zielgruppe: str | None
    zielgruppe_aktiv_eingebunden: bool | None
    chancen_nutzen: str | None
    einbindung_zielgruppe: str | None
    einbindung_intern: str | None
    einbindung_extern: str | None
    internationalitaet: bool
    internationalitaet_wie: str | None
    digitalisierung: bool
    digitalisierung_wie: str | None
    partizipation: bool
    partizipation_wie: str | None
    personal: str | None
    ausblick: str | None
    ampel: Ampel | None
    ampel_notiz: str | None
    ampel_zeit: Ampel | None
    ampel_budget: Ampel | None
    ampel_personal: Ampel | None
    nicht_oeffentlich: bool
    aktualisiert_am: dt.datetime
    ziele: tuple[ZielZeile, ...] = ()
    kanaele: tuple[str, ...] = ()
    strategie: tuple[str, ...] = ()
    strategie_ids: tuple[int, ...] = ()
    budgets: tuple[BudgetZeile, ...] = ()
    zielvereinbarungen: tuple[ZielvereinbarungZeile, ...] = ()
    mitwirkungen: tuple[MitwirkungZeile, ...] = ()
    phasen: tuple[PhaseZeile, ...] = ()
    etappenziele: tuple[EtappenzielZeile, ...] = ()
    risiken: tuple[RisikoZeile, ...] = ()
    entscheidungen: tuple[EntscheidungZeile, ...] = ()
    sachstaende: tuple[SachstandZeile, ...] = ()

    @property
    def projektleitung(self) -> tuple[MitwirkungZeile, ...]:
        return tuple(m for m in self.mitwirkungen if m.rolle is Rolle.PROJEKTLEITUNG)


@dataclass(frozen=True, slots=True)
class Ausnahme:
    """A recorded override of a finding."""

    begruendung: str
    erfasst_von: str
    #: naive UTC
    erfasst_am: dt.datetime
    #: the stored override (to withdraw it)
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Befund:
    """One rule finding: which rule, on which object, how serious, in German."""

    regel: int
    pruefung: str
    regel_titel: str
    schwere: Schwere
    objekt_typ: str
    objekt_id: int
    korridorthema: str
    leitprojekt_id: int | None
    leitprojekt: str | None
    text: str
    ausnahme: Ausnahme | None = None


@dataclass(frozen=True, slots=True)
class Regelbericht:
    stichtag: dt.date
    berichtszyklus_tage: int
    befunde: tuple[Befund, ...] = field(default_factory=tuple)

    @property
    def offen(self) -> tuple[Befund, ...]:
        """Findings that count: not overridden."""
        return tuple(b for b in self.befunde if b.ausnahme is None)

    @property
    def uebergangen(self) -> tuple[Befund, ...]:
        return tuple(b for b in self.befunde if b.ausnahme is not None)


@dataclass(frozen=True, slots=True)
class SitzungZeile:
    """One meeting of a Gremium, with how many Sachstände were reported in it."""

    id: int
    version: int
    gremium_id: int
    gremium: str
    datum: dt.date
    top: str | None
    oeffentlich: bool
    vorlage_nr: str | None
    ergebnis: str | None
    bemerkung: str | None
    sachstaende: int


@dataclass(frozen=True, slots=True)
class BerichteterSachstand:
    """A Sachstand reported in a meeting, with the project it is about."""

    id: int
    version: int
    leitprojekt_id: int
    projekt: str
    stichtag: dt.date
    ampel: Ampel | None
    nicht_oeffentlich: bool


@dataclass(frozen=True, slots=True)
class SitzungDetail:
    sitzung: SitzungZeile
    #: by project title (German order)
    sachstaende: tuple[BerichteterSachstand, ...] = ()
