"""The closed vocabularies of the IQ process.

Values are stable ASCII codes stored in the database; ``label`` is the German
text a user reads. Kept free of SQLAlchemy and Qt so the UI can use them
before the database layer is imported.
"""

from __future__ import annotations

from enum import StrEnum

from iq_desktop.i18n import QT_TRANSLATE_NOOP, translate


class _Labelled(StrEnum):
    """A StrEnum whose members carry a German label."""

    @property
    def label(self) -> str:
        return translate("Begriffe", _LABELS[self])


class ProjektStatus(_Labelled):
    GEPLANT = "geplant"
    LAUFEND = "laufend"
    PAUSIERT = "pausiert"
    ABGESCHLOSSEN = "abgeschlossen"
    ABGEBROCHEN = "abgebrochen"

    @property
    def archiviert(self) -> bool:
        """Archived projects leave the working lists and the rules."""
        return self in (ProjektStatus.ABGESCHLOSSEN, ProjektStatus.ABGEBROCHEN)


class Ampel(_Labelled):
    GRUEN = "gruen"
    GELB = "gelb"
    ROT = "rot"


class PhasenStatus(_Labelled):
    NICHT_BEGONNEN = "nicht_begonnen"
    LAUFEND = "laufend"
    ABGESCHLOSSEN = "abgeschlossen"


class EtappenzielStatus(_Labelled):
    OFFEN = "offen"
    ERREICHT = "erreicht"
    ENTFALLEN = "entfallen"


class RisikoStatus(_Labelled):
    OFFEN = "offen"
    IN_BEARBEITUNG = "in_bearbeitung"
    GESCHLOSSEN = "geschlossen"

    @property
    def offen(self) -> bool:
        """Open in the sense of the derived values: not yet closed."""
        return self is not RisikoStatus.GESCHLOSSEN


class Rolle(_Labelled):
    AUFTRAGGEBER = "auftraggeber"
    PROJEKTLEITUNG = "projektleitung"
    MITGLIED = "mitglied"
    EXPERTE = "experte"
    ANSPRECHPERSON = "ansprechperson"

    @property
    def in_projektgruppe(self) -> bool:
        """Roles the one-project rule (Faustregel) applies to."""
        return self in (Rolle.PROJEKTLEITUNG, Rolle.MITGLIED)


class EntscheidungsArt(_Labelled):
    PROBLEM = "problem"
    ENTSCHEIDUNGSBEDARF = "entscheidungsbedarf"
    DISSENS = "dissens"


class EntscheidungsStatus(_Labelled):
    OFFEN = "offen"
    ENTSCHIEDEN = "entschieden"
    ZURUECKGEZOGEN = "zurueckgezogen"


class StrategieArt(_Labelled):
    HANDLUNGSFELD = "handlungsfeld"
    GESTALTUNGSPRINZIP = "gestaltungsprinzip"


class Schwere(_Labelled):
    HINWEIS = "hinweis"
    WARNUNG = "warnung"


class AuditAktion(_Labelled):
    ANGELEGT = "angelegt"
    GEAENDERT = "geaendert"
    GELOESCHT = "geloescht"


class BenutzerRolle(_Labelled):
    ADMINISTRATION = "administration"
    VME = "vme"
    KORRIDORBEAUFTRAGTE = "korridorbeauftragte"
    PROJEKTLEITUNG = "projektleitung"
    LESEND = "lesend"


_LABELS: dict[StrEnum, str] = {
    ProjektStatus.GEPLANT: QT_TRANSLATE_NOOP("Begriffe", "geplant"),
    ProjektStatus.LAUFEND: QT_TRANSLATE_NOOP("Begriffe", "laufend"),
    ProjektStatus.PAUSIERT: QT_TRANSLATE_NOOP("Begriffe", "pausiert"),
    ProjektStatus.ABGESCHLOSSEN: QT_TRANSLATE_NOOP("Begriffe", "abgeschlossen"),
    ProjektStatus.ABGEBROCHEN: QT_TRANSLATE_NOOP("Begriffe", "abgebrochen"),
    Ampel.GRUEN: QT_TRANSLATE_NOOP("Begriffe", "grün"),
    Ampel.GELB: QT_TRANSLATE_NOOP("Begriffe", "gelb"),
    Ampel.ROT: QT_TRANSLATE_NOOP("Begriffe", "rot"),
    PhasenStatus.NICHT_BEGONNEN: QT_TRANSLATE_NOOP("Begriffe", "noch nicht begonnen"),
    PhasenStatus.LAUFEND: QT_TRANSLATE_NOOP("Begriffe", "laufend"),
    PhasenStatus.ABGESCHLOSSEN: QT_TRANSLATE_NOOP("Begriffe", "abgeschlossen"),
    EtappenzielStatus.OFFEN: QT_TRANSLATE_NOOP("Begriffe", "offen"),
    EtappenzielStatus.ERREICHT: QT_TRANSLATE_NOOP("Begriffe", "erreicht"),
    EtappenzielStatus.ENTFALLEN: QT_TRANSLATE_NOOP("Begriffe", "entfallen"),
    RisikoStatus.OFFEN: QT_TRANSLATE_NOOP("Begriffe", "offen"),
    RisikoStatus.IN_BEARBEITUNG: QT_TRANSLATE_NOOP("Begriffe", "in Bearbeitung"),
    RisikoStatus.GESCHLOSSEN: QT_TRANSLATE_NOOP("Begriffe", "geschlossen"),
    Rolle.AUFTRAGGEBER: QT_TRANSLATE_NOOP("Begriffe", "Auftraggeber/in"),
    Rolle.PROJEKTLEITUNG: QT_TRANSLATE_NOOP("Begriffe", "Projektleitung"),
    Rolle.MITGLIED: QT_TRANSLATE_NOOP("Begriffe", "Mitglied der Projektgruppe"),
    Rolle.EXPERTE: QT_TRANSLATE_NOOP("Begriffe", "externe/r Expert/in"),
    Rolle.ANSPRECHPERSON: QT_TRANSLATE_NOOP("Begriffe", "Ansprechperson"),
    EntscheidungsArt.PROBLEM: QT_TRANSLATE_NOOP("Begriffe", "Problem"),
    EntscheidungsArt.ENTSCHEIDUNGSBEDARF: QT_TRANSLATE_NOOP("Begriffe", "Entscheidungsbedarf"),
    EntscheidungsArt.DISSENS: QT_TRANSLATE_NOOP("Begriffe", "Dissens"),
    EntscheidungsStatus.OFFEN: QT_TRANSLATE_NOOP("Begriffe", "offen"),
    EntscheidungsStatus.ENTSCHIEDEN: QT_TRANSLATE_NOOP("Begriffe", "entschieden"),
    EntscheidungsStatus.ZURUECKGEZOGEN: QT_TRANSLATE_NOOP("Begriffe", "zurückgezogen"),
    StrategieArt.HANDLUNGSFELD: QT_TRANSLATE_NOOP("Begriffe", "Handlungsfeld"),
    StrategieArt.GESTALTUNGSPRINZIP: QT_TRANSLATE_NOOP("Begriffe", "Gestaltungsprinzip"),
    Schwere.HINWEIS: QT_TRANSLATE_NOOP("Begriffe", "Hinweis"),
    Schwere.WARNUNG: QT_TRANSLATE_NOOP("Begriffe", "Warnung"),
    AuditAktion.ANGELEGT: QT_TRANSLATE_NOOP("Begriffe", "angelegt"),
    AuditAktion.GEAENDERT: QT_TRANSLATE_NOOP("Begriffe", "geändert"),
    AuditAktion.GELOESCHT: QT_TRANSLATE_NOOP("Begriffe", "gelöscht"),
    BenutzerRolle.ADMINISTRATION: QT_TRANSLATE_NOOP("Begriffe", "Administration"),
    BenutzerRolle.VME: QT_TRANSLATE_NOOP("Begriffe", "Stabsstelle VME"),
    BenutzerRolle.KORRIDORBEAUFTRAGTE: QT_TRANSLATE_NOOP("Begriffe", "Korridorbeauftragte/r"),
    BenutzerRolle.PROJEKTLEITUNG: QT_TRANSLATE_NOOP("Begriffe", "Projektleitung"),
    BenutzerRolle.LESEND: QT_TRANSLATE_NOOP("Begriffe", "nur lesen"),
}
