"""Reference data every IQ database starts with.

Pure data, no imports of the database layer: the seed writes it, and the UI
can show the default terms before the database is open. Everything here is
editable data once seeded; the program never re-adds an entry a user removed
except when a database is created, initialised or migrated.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The six Korridorthemen of the IQ process, in their published order.
KORRIDORTHEMEN: tuple[str, ...] = (
    "Zukunft Innenstadt",
    "Moderne Verwaltung",
    "Soziale Stadt",
    "Wirtschafts- und Wissenschaftsstadt",
    "Grüne Stadt",
    "Mobilität",
)

#: The default phase plan of a Leitprojekt.
PHASENPLAN: tuple[str, ...] = ("Initiierungsphase", "Umsetzungsphase", "Abschlussphase")


@dataclass(frozen=True)
class GremiumVorlage:
    name: str
    langname: str


GREMIEN: tuple[GremiumVorlage, ...] = (
    GremiumVorlage("IQ-Lenkungsgruppe", "IQ-Lenkungsgruppe (Sekretariatsleiterrunde)"),
    GremiumVorlage("IQ-Lenkungskreis", "IQ-Lenkungskreis"),
    GremiumVorlage("BMK", "Bürgermeisterkonferenz"),
    GremiumVorlage("Hauptausschuss", "Hauptausschuss des Gemeinderats"),
    GremiumVorlage("Gemeinderat", "Gemeinderat"),
    GremiumVorlage("IQ-Netzwerktreffen", "IQ-Netzwerktreffen der Projektleitungen"),
)

#: Handlungsfelder of the city's Digitalstrategie (Vorlage 2021/1528).
HANDLUNGSFELDER: tuple[str, ...] = (
    "IT – moderner Arbeitsplatz",
    "Infrastruktur und Plattformen",
    "Fachanwendungen",
    "Bürgerservice",
    "Open Government und Daten",
    "Innovation",
    "Transformation und Kulturwandel",
)

#: Gestaltungsprinzipien of the city's Digitalstrategie.
GESTALTUNGSPRINZIPIEN: tuple[str, ...] = (
    "Nutzer- und Bedarfsorientierung",
    "Effizienz",
    "Digitale Souveränität",
    "Offenheit",
    "Innovativ und flexibel",
    "Informationssicherheit und Datenschutz",
    "Nachhaltigkeit",
    "Vernetzung vor Ort: karlsruhe.digital",
    "Vernetzung national und international",
)

#: Channels and formats a project profile offers as choices (free entries allowed).
KANAELE: tuple[str, ...] = (
    "co-kreative Formate",
    "Informationsveranstaltungen",
    "Intranet",
    "Weitere Beteiligungsformate",
)


@dataclass(frozen=True)
class Begriff:
    """One IQ term with the grammatical forms German texts need."""

    schluessel: str
    singular: str
    plural: str
    genitiv: str
    #: grammatical gender: "m", "f" or "n" (for articles)
    genus: str


#: The terms as the 2017 rules name them.
BEGRIFFE_ORIGINAL: tuple[Begriff, ...] = (
    Begriff("korridorthema", "Korridorthema", "Korridorthemen", "Korridorthemas", "n"),
    Begriff("leitprojekt", "Leitprojekt", "Leitprojekte", "Leitprojekts", "n"),
    Begriff("korridorbeauftragte", "Korridorbeauftragte", "Korridorbeauftragte",
            "Korridorbeauftragten", "f"),
)

#: The terms of the city's current public pages.
BEGRIFFE_ZUKUNFT: tuple[Begriff, ...] = (
    Begriff("korridorthema", "Zukunftsthema", "Zukunftsthemen", "Zukunftsthemas", "n"),
    Begriff("leitprojekt", "Zukunftsprojekt", "Zukunftsprojekte", "Zukunftsprojekts", "n"),
    Begriff("korridorbeauftragte", "Zukunftsbeauftragte", "Zukunftsbeauftragte",
            "Zukunftsbeauftragten", "f"),
)

#: Reporting cycle in days: a project not updated for longer is flagged as stale.
BERICHTSZYKLUS_TAGE = 30
#: Recommended maximum of Leitprojekte per Korridorthema.
MAX_LEITPROJEKTE_JE_KORRIDOR = 5
