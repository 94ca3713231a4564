"""The demo portfolio as data: organisation, people, corridors, meetings and the Leitprojekte.

Every day ("Tag") is an offset in days from the reference day ``heute``; negative is the
past. :mod:`iq_desktop.services.demo` turns this into calls of the real use cases. The
shapes (``_Projekt``, ``_T`` …) are private to the two demo modules.
"""

from __future__ import annotations

from dataclasses import dataclass

from iq_desktop.enums import Ampel, EntscheidungsArt, ProjektStatus, Rolle

# ---------------------------------------------------------------------------
# The shape of the data. Every day ("Tag") is an offset in days from ``heute``;
# negative is the past.
# ---------------------------------------------------------------------------

Tag = int

PL, MG, EX, AP = Rolle.PROJEKTLEITUNG, Rolle.MITGLIED, Rolle.EXPERTE, Rolle.ANSPRECHPERSON
MO, DI, MI, DO = 0, 1, 2, 3

ALLE_PHASEN = "Während aller Phasen"


@dataclass(frozen=True)
class _Dezernat:
    kuerzel: str
    bezeichnung: str
    aemter: tuple[tuple[str, str], ...]  # (Kürzel, Bezeichnung)


@dataclass(frozen=True)
class _Organisation:
    key: str
    name: str
    art: str


@dataclass(frozen=True)
class _Person:
    """``org`` is an Amt's Kürzel, a Dezernat's Kürzel ("Dez. 2") or an _Organisation key."""

    anrede: str
    titel: str | None
    vorname: str
    nachname: str  # doubles as the key the rest of the data refers to
    org: str
    funktion: str
    dca: bool = False


@dataclass(frozen=True)
class _Korridor:
    name: str
    dezernat: str
    buergermeister: str
    beauftragte: tuple[str, ...]
    ziele: str
    beschreibung: str
    resuemee: str
    ausblick: str


@dataclass(frozen=True)
class _Sitzung:
    key: str
    gremium: str
    tag: Tag  # approximate, or days after the meeting ``nach``; moved back to ``wochentag``
    wochentag: int
    top: str | None = None
    oeffentlich: bool = False
    vorlage: int | None = None  # number of the council submission, "<year>/<number>"
    ergebnis: str | None = None
    bemerkung: str | None = None
    nach: str | None = None


@dataclass(frozen=True)
class _Aspekt:
    beruecksichtigt: bool
    wie: str | None


def _ja(wie: str) -> _Aspekt:
    return _Aspekt(True, wie)


def _nein(wie: str | None) -> _Aspekt:
    return _Aspekt(False, wie)


@dataclass(frozen=True)
class _Ampel:
    gesamt: Ampel
    notiz: str | None = None
    zeit: Ampel | None = None
    budget: Ampel | None = None
    personal: Ampel | None = None


GRUEN = _Ampel(Ampel.GRUEN)
G, Y, R = Ampel.GRUEN, Ampel.GELB, Ampel.ROT


@dataclass(frozen=True)
class _T:
    """A Mitwirkung. ``von`` defaults to the project's start; a ``bis`` in the past means the
    person left then; ``offen`` counts the consents still missing (Dezernat first)."""

    person: str
    rolle: Rolle
    anteil: int | None = None
    von: Tag | None = None
    bis: Tag | None = None
    offen: int = 0
    benannt: bool = True


@dataclass(frozen=True)
class _E:
    """An Etappenziel: due, reached, communicated, dropped (days)."""

    titel: str
    faellig: Tag
    erreicht: Tag | None = None
    kommuniziert: Tag | None = None
    intern: bool = False
    extern: bool = False
    wie: str | None = None
    entfallen: Tag | None = None


@dataclass(frozen=True)
class _R:
    """A risk; ``bewertet`` = (day, probability, impact) of a re-assessment."""

    titel: str
    w: int
    a: int
    owner: str
    massnahmen: str
    erkannt: Tag
    bewertet: tuple[Tag, int, int] | None = None
    geschlossen: Tag | None = None
    nicht_oeffentlich: bool = False
    beschreibung: str | None = None


@dataclass(frozen=True)
class _D:
    """An entry of the decision log; ``entschieden`` = (day, result, decided by)."""

    art: EntscheidungsArt
    titel: str
    beschreibung: str
    erfasst: Tag
    durch: str | None = None
    faellig: Tag | None = None
    clearing: Tag | None = None
    entschieden: tuple[Tag, str, str] | None = None
    nicht_oeffentlich: bool = False


@dataclass(frozen=True)
class _Projekt:
    key: str
    korridor: str
    titel: str
    status: ProjektStatus
    beginn: Tag
    ende: Tag | None
    kickoff: Tag | None
    beschreibung: str
    ziele: tuple[str | tuple[int, str], ...]
    zielgruppe: str
    zielgruppe_aktiv: bool
    chancen: str
    aspekte: tuple[_Aspekt, _Aspekt, _Aspekt]  # Internationalität, Digitalisierung, Partizipation
    personal: str
    budget: int  # euros per Doppelhaushalt
    strategie: tuple[str, ...]
    schritte: tuple[str, str, str]
    ausblick: str
    lagen: tuple[str, ...]  # what the secretariat writes first in each Sachstand
    ampel: _Ampel
    team: tuple[_T, ...]
    etappen: tuple[_E, ...]
    risiken: tuple[_R, ...] = ()
    entscheidungen: tuple[_D, ...] = ()
    ampel_vorher: _Ampel | None = GRUEN  # the Ampel of the first Sachstand
    berichte: tuple[str, ...] = ("HA", "LK3")  # meetings the Sachstände are written for
    status_am: Tag | None = None  # when it was paused, completed or aborted
    angelegt: Tag | None = None  # set up in the program; default 90 days before the start
    verzug: int = 0  # days the phases run behind plan
    veraltet: bool = False  # no change after its last Sachstand (rule 7)
    beitrag: str | None = None
    kanaele: tuple[str, ...] = ("Informationsveranstaltungen", "Intranet")
    einbindung: tuple[str, str, str] = (ALLE_PHASEN, ALLE_PHASEN, "Zu den Etappenzielen")
    nicht_oeffentlich: bool = False


@dataclass(frozen=True)
class _Ausnahme:
    """A rule-2 finding overridden with a reason, for every Mitwirkung of the person named."""

    person: str
    mitwirkungen: tuple[tuple[str, Rolle], ...]  # (project key, role)
    tag: Tag
    begruendung: str


def _sub(text: str) -> tuple[int, str]:
    """A sub-point (ebene 1) of the goal above."""
    return (1, text)


# ---------------------------------------------------------------------------
# Organisation and people
# ---------------------------------------------------------------------------

DEZERNATE: tuple[_Dezernat, ...] = (
    _Dezernat("Dez. 1", "Dezernat 1 – Innenstadt, Kultur und Kommunikation", (
        ("KA", "Kulturamt"), ("PIA", "Presse- und Informationsamt"), ("MA", "Marktamt"))),
    _Dezernat("Dez. 2", "Dezernat 2 – Bürgerdienste, Organisation und Digitalisierung", (
        ("OA", "Ordnungs- und Bürgeramt"), ("IT", "Amt für Informationstechnik und Digitalisierung"),
        ("POA", "Personal- und Organisationsamt"),
        ("VME", "Stabsstelle Verwaltungs- und Managemententwicklung"))),
    _Dezernat("Dez. 3", "Dezernat 3 – Soziales, Jugend, Schule und Sport", (
        ("SJB", "Sozial- und Jugendbehörde"), ("SuS", "Schul- und Sportamt"))),
    _Dezernat("Dez. 4", "Dezernat 4 – Wirtschaft, Wissenschaft und Finanzen", (
        ("WiFö", "Wirtschaftsförderung"), ("Käm", "Stadtkämmerei"), ("AfSta", "Amt für Stadtentwicklung"),
        ("LA", "Liegenschaftsamt"))),
    _Dezernat("Dez. 5", "Dezernat 5 – Umwelt, Klima und Grün", (
        ("UA", "Umwelt- und Arbeitsschutz"), ("GBA", "Gartenbauamt"))),
    _Dezernat("Dez. 6", "Dezernat 6 – Planen, Bauen und Mobilität", (
        ("Stpla", "Stadtplanungsamt"), ("TBA", "Tiefbauamt"),
        ("HGW", "Amt für Hochbau und Gebäudewirtschaft"))),
)

ORGANISATIONEN: tuple[_Organisation, ...] = (
    _Organisation("KIT", "Karlsruher Institut für Technologie (KIT)", "Universität"),
    _Organisation("HKA", "Hochschule Karlsruhe", "Hochschule"),
    _Organisation("IHK", "IHK Karlsruhe", "Kammer"),
    _Organisation("KVV", "Karlsruher Verkehrsverbund (KVV)", "Verkehrsverbund"),
    _Organisation("SWK", "Stadtwerke Karlsruhe GmbH", "Städtische Gesellschaft"),
    _Organisation("VoWo", "Volkswohnung GmbH", "Wohnungsunternehmen"),
    _Organisation("Caritas", "Caritasverband Karlsruhe e. V.", "Wohlfahrtsverband"),
    _Organisation("Forum", "Bürgerforum Innenstadt e. V.", "Bürgerverein"),
)

PERSONEN: tuple[_Person, ...] = (
    # Bürgermeister/innen and their Sekretariatsleitungen
    _Person("Frau", "Dr.", "Annette", "Brenneisen", "Dez. 1", "Bürgermeisterin"),
    _Person("Herr", "Dr.", "Konrad", "Ellwanger", "Dez. 2", "Bürgermeister"),
    _Person("Frau", None, "Sabine", "Hollerbach", "Dez. 3", "Bürgermeisterin"),
    _Person("Herr", None, "Ulrich", "Kammerer", "Dez. 4", "Bürgermeister"),
    _Person("Frau", "Dr.", "Miriam", "Lautenschläger", "Dez. 5", "Bürgermeisterin"),
    _Person("Herr", None, "Stefan", "Oberacker", "Dez. 6", "Bürgermeister"),
    _Person("Frau", None, "Julia", "Sieferle", "Dez. 1", "Sekretariatsleitung Dezernat 1"),
    _Person("Herr", None, "Markus", "Dörflinger", "Dez. 2", "Sekretariatsleitung Dezernat 2"),
    _Person("Frau", None, "Katrin", "Vogelbacher", "Dez. 3", "Sekretariatsleitung Dezernat 3"),
    _Person("Herr", None, "Tobias", "Rastätter", "Dez. 4", "Sekretariatsleitung Dezernat 4"),
    _Person("Frau", None, "Lena", "Kiefer", "Dez. 5", "Sekretariatsleitung Dezernat 5"),
    _Person("Herr", None, "Benedikt", "Ohnemus", "Dez. 6", "Sekretariatsleitung Dezernat 6"),
    _Person("Frau", None, "Carolin", "Reuß", "Stpla", "IQ-Beauftragte Mobilität"),
    # cross-cutting roles of the IQ process
    _Person("Herr", "Dr.", "Florian", "Weisbrod", "VME", "Leitung der Stabsstelle"),
    _Person("Frau", None, "Sarah", "Kühn", "VME", "Prozessbegleitung IQ", dca=True),
    _Person("Frau", None, "Nadine", "Albrecht", "PIA", "Kommunikation Leitprojekte"),
    _Person("Herr", None, "Jens", "Wacker", "Käm", "Controlling Leitprojekte"),
    _Person("Frau", "Dr.", "Heike", "Lorenz", "AfSta", "Monitoring und Statistik"),
    # project staff
    _Person("Frau", None, "Tanja", "Vollmer", "WiFö", "Innenstadtmanagement"),
    _Person("Herr", None, "Oliver", "Strecker", "Stpla", "Städtebauliche Planung"),
    _Person("Frau", None, "Aylin", "Demir", "KA", "Kulturförderung"),
    _Person("Herr", None, "Simon", "Ketterer", "Stpla", "Stadtplanung Innenstadt"),
    _Person("Frau", None, "Ines", "Hauser", "AfSta", "Bürgerbeteiligung"),
    _Person("Herr", None, "Jonas", "Brecht", "PIA", "Online-Redaktion"),
    _Person("Frau", None, "Lisa", "Hertweck", "KA", "Veranstaltungen"),
    _Person("Herr", None, "Thomas", "Fritsch", "MA", "Sondernutzungen und Märkte"),
    _Person("Herr", None, "Andreas", "Mohr", "TBA", "Straßenausstattung"),
    _Person("Herr", None, "Niklas", "Hauck", "TBA", "Verkehrssicherheit"),
    _Person("Herr", None, "Fabian", "Roth", "IT", "Digitalisierungsprojekte"),
    _Person("Frau", None, "Vanessa", "Lindner", "OA", "Projektmanagement", dca=True),
    _Person("Herr", None, "Daniel", "Kühnle", "IT", "Fachanwendungsbetreuung"),
    _Person("Frau", None, "Claudia", "Reinhardt", "IT", "Dokumentenmanagement"),
    _Person("Herr", None, "Uwe", "Bechtold", "POA", "Organisationsentwicklung"),
    _Person("Herr", None, "Timo", "Brandt", "OA", "Bürgerbüros", dca=True),
    _Person("Frau", None, "Stefanie", "Kurz", "POA", "Personalentwicklung"),
    _Person("Herr", None, "Matthias", "Vogt", "HGW", "Gebäudemanagement"),
    _Person("Herr", None, "Sebastian", "Wolf", "OA", "Bürgerservice digital"),
    _Person("Frau", None, "Laura", "Engel", "IT", "E-Government", dca=True),
    _Person("Frau", None, "Jasmin", "Krüger", "OA", "Bürgerbüro Innenstadt"),
    _Person("Herr", "Dr.", "Jan", "Seiler", "IT", "Innovationslabor"),
    _Person("Frau", None, "Birgit", "Haag", "POA", "Organisationsberatung"),
    _Person("Frau", None, "Anja", "Wittmann", "SJB", "Quartiersarbeit"),
    _Person("Herr", None, "Christoph", "Baumann", "HGW", "Projektsteuerung Bau"),
    _Person("Herr", None, "Dominik", "Lang", "SJB", "Frühe Hilfen"),
    _Person("Frau", None, "Ramona", "Keller", "IT", "Webentwicklung", dca=True),
    _Person("Frau", None, "Monika", "Schwab", "SJB", "Kinder- und Jugendhilfe"),
    _Person("Frau", "Dr.", "Kerstin", "Nagel", "SJB", "Wohnungssicherung"),
    _Person("Herr", None, "Philipp", "Sauter", "Stpla", "Wohnungsbau"),
    _Person("Frau", None, "Petra", "Renz", "LA", "Grundstücksverkehr"),
    _Person("Herr", None, "Ralf", "Dietrich", "GBA", "Spielplatzplanung"),
    _Person("Herr", None, "Lukas", "Benz", "SuS", "Schulbau und Schulhöfe"),
    _Person("Herr", None, "Marco", "Eisele", "WiFö", "Gründungsberatung"),
    _Person("Frau", None, "Christina", "Held", "WiFö", "Startup-Lotsin"),
    _Person("Frau", "Dr.", "Johanna", "Maurer", "WiFö", "Wissenschaftsbüro"),
    _Person("Herr", None, "Tim", "Hofmann", "KA", "Kulturvermittlung"),
    _Person("Frau", None, "Mariana", "Ferreira", "OA", "Ausländerbehörde"),
    _Person("Herr", None, "Jochen", "Weiß", "WiFö", "Fachkräftesicherung"),
    _Person("Herr", None, "Dirk", "Hammer", "WiFö", "Flächenmanagement"),
    _Person("Frau", None, "Saskia", "Gerber", "Stpla", "Geodaten"),
    _Person("Frau", "Dr.", "Eva", "Zeller", "UA", "Klimaanpassung"),
    _Person("Herr", None, "Manuel", "Strobel", "SJB", "Seniorenarbeit"),
    _Person("Herr", None, "Kai", "Weber", "UA", "Umweltinformation"),
    _Person("Frau", None, "Katharina", "Roos", "GBA", "Baumstandortplanung"),
    _Person("Herr", None, "Peter", "Mack", "TBA", "Leitungskoordination"),
    _Person("Frau", None, "Carina", "Brenner", "GBA", "Baumpflege"),
    _Person("Frau", None, "Melanie", "Scholl", "UA", "Wasserwirtschaft"),
    _Person("Herr", None, "Arne", "Jakob", "HGW", "Freianlagen"),
    _Person("Herr", None, "Paul", "Hess", "UA", "Klimaschutzförderung"),
    _Person("Herr", None, "Martin", "Ganter", "TBA", "Radverkehr"),
    _Person("Frau", None, "Sophie", "Wagner", "Stpla", "Verkehrsplanung"),
    _Person("Frau", None, "Hannah", "Kunz", "Stpla", "Mobilitätsplanung"),
    _Person("Herr", None, "Benjamin", "Kraft", "TBA", "Straßenbau"),
    _Person("Frau", None, "Verena", "Maier", "SuS", "Schulorganisation"),
    _Person("Herr", None, "Felix", "Bär", "OA", "Straßenverkehrsbehörde"),
    # external experts
    _Person("Herr", None, "Klaus-Dieter", "Maag", "Forum", "Vorsitzender"),
    _Person("Frau", "Prof. Dr.", "Ulrike", "Sternberg", "KIT", "Stadt- und Regionalforschung"),
    _Person("Herr", "Prof. Dr.", "Rüdiger", "Bader", "HKA", "Wirtschaftsinformatik"),
    _Person("Herr", "Prof. Dr.", "Georg", "Lenhardt", "KIT", "Künstliche Intelligenz"),
    _Person("Herr", "Dr.", "Henrik", "Sommer", "KIT", "Stadtklima"),
    _Person("Herr", None, "Michael", "Frey", "Caritas", "Gemeinwesenarbeit"),
    _Person("Herr", None, "Rainer", "Gutmann", "VoWo", "Vermietung"),
    _Person("Herr", None, "Bernd", "Fichter", "IHK", "Existenzgründung und Fachkräfte"),
    _Person("Herr", None, "Jürgen", "Kolb", "SWK", "Netzplanung"),
    _Person("Frau", None, "Andrea", "Kern", "KVV", "Mobilitätsangebote"),
)

KORRIDORE: tuple[_Korridor, ...] = (
    _Korridor(
        "Zukunft Innenstadt", "Dez. 1", "Brenneisen", ("Sieferle",),
        "Die Innenstadt als lebendigen Ort für Handel, Kultur, Wohnen und Begegnung weiterentwickeln; "
        "Leerstand verringern; Aufenthaltsqualität erhöhen.",
        "Onlinehandel, Klimawandel und neue Arbeitswelten verändern die Innenstadt. Das Korridorthema "
        "bündelt die Vorhaben, mit denen Verwaltung, Handel, Kultur und Bürgerschaft die City gemeinsam "
        "neu denken.",
        "Die Zwischennutzungen haben sichtbar Leben in leere Läden gebracht; der Innenstadtdialog hat "
        "mehr Menschen erreicht als erwartet.",
        "Das Zukunftsbild Innenstadt soll beschlossen und die Zwischennutzung verstetigt werden.",
    ),
    _Korridor(
        "Moderne Verwaltung", "Dez. 2", "Ellwanger", ("Dörflinger",),
        "Verwaltungsleistungen digital, schnell und verständlich anbieten; attraktive Arbeitsbedingungen "
        "schaffen; die Digitalstrategie in allen Ämtern umsetzen.",
        "Das Korridorthema bildet die Grundlage für zeitgemäße Arbeitsweisen und digitale Lösungen, "
        "sowohl in Richtung Bürgerschaft als auch als Arbeitgeberin.",
        "Die E-Akte ist in 16 Ämtern im Echtbetrieb, zwölf Leistungen sind vollständig online.",
        "Schwerpunkte sind der Abschluss des E-Akte-Rollouts und die Blaupause des Digital Boosters "
        "für weitere Ämter.",
    ),
    _Korridor(
        "Soziale Stadt", "Dez. 3", "Hollerbach", ("Vogelbacher",),
        "Teilhabe für alle sichern; Begegnung in den Quartieren fördern; bezahlbaren Wohnraum gewinnen.",
        "Das Korridorthema verbindet soziale Infrastruktur, Wohnraumversorgung und Unterstützung für "
        "Familien zu einem Angebot aus einer Hand.",
        "Zwei Quartierszentren sind eröffnet, die Wohnraumakquise hat ihre ersten Wohnungen vermittelt.",
        "Das dritte Quartierszentrum eröffnet; für das Familienportal wird die Finanzierung gesichert.",
    ),
    _Korridor(
        "Wirtschafts- und Wissenschaftsstadt", "Dez. 4", "Kammerer", ("Rastätter",),
        "Karlsruhe als Standort für Gründungen, Wissenschaft und internationale Fachkräfte stärken.",
        "Das Korridorthema vernetzt Wirtschaftsförderung, Hochschulen, Kammern und Verwaltung, damit "
        "Gründende, Forschende und Fachkräfte schnell ankommen.",
        "Der Lotsendienst für Gründende ist etabliert, das Welcome Center hat eröffnet.",
        "Der Lotsendienst geht in den Regelbetrieb; für das Schaufenster der Wissenschaft wird ein "
        "Trägermodell gesucht.",
    ),
    _Korridor(
        "Grüne Stadt", "Dez. 5", "Lautenschläger", ("Kiefer",),
        "Die Stadt an Hitze und Starkregen anpassen; mehr Grün in Straßen, Höfen und auf Dächern.",
        "Das Korridorthema setzt die Klimaanpassungsstrategie mit sichtbaren Projekten in den Quartieren um.",
        "Über 600 neue Stadtbäume und ein Netz kühler Orte machen die Klimaanpassung sichtbar.",
        "Der Hitzeaktionsplan geht in den Gemeinderat; die ersten Schulhöfe werden entsiegelt.",
    ),
    _Korridor(
        "Mobilität", "Dez. 6", "Oberacker", ("Ohnemus", "Reuß"),
        "Den Umweltverbund stärken; sichere Wege für Kinder; gute Verbindungen in die Region.",
        "Das Korridorthema bündelt Vorhaben für Rad- und Fußverkehr und geteilte Mobilität, gemeinsam "
        "mit dem Verkehrsverbund und den Nachbarkommunen.",
        "18 Mobilitätsstationen sind in Betrieb, die Machbarkeitsstudien für die Radschnellverbindungen "
        "liegen vor.",
        "Über die Vorzugsvariante der ersten Radschnellverbindung wird entschieden; die Schulwegprojekte "
        "starten an zehn Grundschulen.",
    ),
)

#: the monthly Lenkungsgruppe LG1 … LG6 (LG7 is the next one), the Lenkungskreis three times a
#: year with the BMK, the Sachstandsbericht in Hauptausschuss and Gemeinderat
SITZUNGEN: tuple[_Sitzung, ...] = (
    _Sitzung("HA0", "Hauptausschuss", -475, DI, "6", False, 1187, "vorberaten",
             "Sachstandsbericht IQ-Prozess und Fortschreibung der Leitprojekte"),
    _Sitzung("GR0", "Gemeinderat", 14, DI, "14", True, 1187, "beschlossen",
             "Fortschreibung der Leitprojekte", nach="HA0"),
    *(
        s
        for nr, tag in enumerate((-385, -265, -145, -18))
        for s in (
            _Sitzung(f"LK{nr}", "IQ-Lenkungskreis", tag, MO, "1", False, None, "Sachstände beraten",
                     "Gemeinsame Sitzung mit der Bürgermeisterkonferenz"),
            _Sitzung(f"BMK{nr}", "BMK", tag, MO, "3", False, None, "zur Kenntnis genommen",
                     "Sachstand IQ-Prozess mit dem IQ-Lenkungskreis"),
        )
    ),
    *(
        _Sitzung(f"LG{nr}", "IQ-Lenkungsgruppe", tag, MI, "2", False, None, ergebnis,
                 "Sekretariatsleiterrunde; Projektübersicht und Regelbericht")
        for nr, (tag, ergebnis) in enumerate(
            ((-166, "Übersicht besprochen"), (-136, "Vorbereitung Hauptausschuss abgestimmt"),
             (-106, "Übersicht besprochen"), (-76, "Regelbericht besprochen"),
             (-46, "Übersicht besprochen"), (-16, "Vorbereitung Lenkungskreis nachbereitet")),
            start=1,
        )
    ),
    _Sitzung("LG7", "IQ-Lenkungsgruppe", 12, MI, "2", False, None, None,
             "Sekretariatsleiterrunde; Fortschreibung der Zielvereinbarungen"),
    _Sitzung("HA", "Hauptausschuss", -110, DI, "5", False, 412, "vorberaten", "Sachstandsbericht IQ-Prozess"),
    _Sitzung("GR", "Gemeinderat", 14, DI, "11", True, 412, "zur Kenntnis genommen",
             "Sachstandsbericht IQ-Prozess", nach="HA"),
    _Sitzung("NT", "IQ-Netzwerktreffen", -70, DO, None, False, None, "durchgeführt",
             "Methodenwerkstatt Risikomanagement für Projektleitungen"),
)

AUSNAHMEN: tuple[_Ausnahme, ...] = (
    _Ausnahme(
        "Roos", (("hitze", MG), ("stadtbaeume", PL)), -190,
        "Frau Roos bringt die Standortplanung der Stadtbäume in den Hitzeaktionsplan ein. Die "
        "Doppelrolle ist auf die Übergangszeit bis zur Nachbesetzung der Stelle im Gartenbauamt "
        "befristet und in der IQ-Lenkungsgruppe abgestimmt.",
    ),
)


# ---------------------------------------------------------------------------
# The Leitprojekte
# ---------------------------------------------------------------------------

_INNENSTADT: tuple[_Projekt, ...] = (
    _Projekt(
        key="zwischennutzung", korridor="Zukunft Innenstadt",
        titel="Lebendige Erdgeschosse – Zwischennutzung leerer Ladenflächen",
        status=ProjektStatus.LAUFEND, beginn=-610, ende=480, kickoff=-592,
        beschreibung="Leerstehende Ladenflächen der Innenstadt werden gemeinsam mit Eigentümerinnen und "
        "Eigentümern für befristete Nutzungen aus Kultur, Kreativwirtschaft und sozialen Initiativen "
        "geöffnet. Eine Leerstandsbörse und ein Musternutzungsvertrag senken die Hürden für beide Seiten.",
        ziele=("Leerstandsbörse mit allen gemeldeten Erdgeschossflächen der Innenstadt aufbauen",
               "Mindestens zwölf Zwischennutzungen pro Jahr vermitteln",
               "Musternutzungsvertrag und vereinfachtes Genehmigungsverfahren einführen"),
        beitrag="Belebt die Erdgeschosszone und macht neue Nutzungsmischungen in der City sichtbar.",
        zielgruppe="Eigentümerinnen und Eigentümer, Kultur- und Kreativschaffende, Gründende",
        zielgruppe_aktiv=True,
        chancen="Weniger sichtbarer Leerstand, Erprobung neuer Konzepte ohne langfristiges Risiko, "
        "mehr Frequenz für den Handel.",
        aspekte=(_nein("Nicht im Fokus; Erfahrungsaustausch mit der Partnerstadt Nancy zu deren "
                       "Leerstandsprogramm."),
                 _ja("Online-Leerstandsbörse mit Flächenexposés"),
                 _ja("Ideenaufruf und offene Sprechstunde für Nutzungsinteressierte")),
        personal="1 PM WiFö, 0,5 Stelle Stpla", budget=180_000,
        strategie=("Bürgerservice", "Open Government und Daten", "Nutzer- und Bedarfsorientierung"),
        schritte=("Bestandsaufnahme der Leerstände, Gespräche mit Eigentümerinnen und Eigentümern",
                  "Leerstandsbörse, Vermittlung und Begleitung der Zwischennutzungen",
                  "Auswertung und Übergabe in den Regelbetrieb der Wirtschaftsförderung"),
        ausblick="Nach 20 vermittelten Zwischennutzungen wird das Verfahren in den Regelbetrieb der "
        "Wirtschaftsförderung überführt; die Leerstandsbörse soll auf die Stadtteilzentren ausgeweitet werden.",
        lagen=("Die Leerstandsbörse ist online; elf Zwischennutzungen sind vermittelt.",
               "Der Musternutzungsvertrag ist mit den Eigentümerverbänden abgestimmt; acht weitere "
               "Nutzungen sind angelaufen."),
        ampel=GRUEN,
        team=(_T("Vollmer", PL, 50), _T("Strecker", MG, 20), _T("Demir", MG, 15),
              _T("Maag", EX), _T("Albrecht", AP)),
        etappen=(_E("Bestandsaufnahme der Leerstände abgeschlossen", -480, -486, -470, intern=True,
                    wie="Intranet-Meldung"),
                 _E("Leerstandsbörse online", -300, -295, -290, extern=True,
                    wie="Pressemitteilung und Social Media"),
                 _E("Musternutzungsvertrag abgestimmt", -80, -74, intern=True),
                 _E("20 Zwischennutzungen vermittelt", 18, extern=True, wie="Pressetermin vor Ort"),
                 _E("Übergabe in den Regelbetrieb", 450)),
        risiken=(_R("Eigentümer ziehen Flächen kurzfristig zurück", 3, 2, "Vollmer",
                    "Mindestlaufzeit von sechs Monaten im Mustervertrag; Pool an Ersatzflächen", -560,
                    bewertet=(-120, 2, 2)),
                 _R("Brandschutzauflagen verzögern Nutzungen", 3, 3, "Strecker",
                    "Frühe Abstimmung mit der Bauordnung; Checkliste für Nutzende", -400)),
    ),
    _Projekt(
        key="innenstadtdialog", korridor="Zukunft Innenstadt",
        titel="Innenstadtdialog – Zukunftsbild Innenstadt 2035",
        status=ProjektStatus.LAUFEND, beginn=-420, ende=300, kickoff=-405, verzug=45,
        beschreibung="In einem offenen Dialog entwickeln Stadtgesellschaft, Handel, Kultur und Verwaltung "
        "ein gemeinsames Zukunftsbild für die Innenstadt. Es dient als Leitlinie für Investitionen und "
        "Gestaltungsentscheidungen der nächsten zehn Jahre.",
        ziele=("Zukunftsbild Innenstadt 2035 mit breiter Beteiligung erarbeiten",
               "Leitlinien für öffentliche Räume, Nutzungsmischung und Erreichbarkeit formulieren",
               "Beschluss des Zukunftsbilds im Gemeinderat"),
        zielgruppe="Bürgerinnen und Bürger, Handel, Gastronomie, Kultur, Eigentümerinnen und Eigentümer",
        zielgruppe_aktiv=True,
        chancen="Gemeinsam getragene Ziele statt Einzelmaßnahmen; Planungssicherheit für private Investitionen.",
        aspekte=(_ja("Vergleich mit den Innenstadtstrategien europäischer Partnerstädte"),
                 _ja("Online-Beteiligung über das Beteiligungsportal der Stadt"),
                 _ja("Stadtspaziergänge, Innenstadtforen und eine Jugendwerkstatt")),
        personal="1 PM Stpla, 0,5 Stelle AfSta, externe Moderation", budget=240_000,
        strategie=("Open Government und Daten", "Offenheit", "Vernetzung national und international"),
        schritte=("Auftakt, Analyse und Stadtspaziergänge",
                  "Innenstadtforen, Online-Beteiligung, Entwurf des Zukunftsbilds",
                  "Beschlussfassung und Veröffentlichung"),
        ausblick="Der Entwurf des Zukunftsbilds geht nach der Auswertung der Online-Beteiligung in die "
        "Gremien; der Beschluss im Gemeinderat ist zum Projektende vorgesehen.",
        lagen=("Auftakt und sechs Stadtspaziergänge mit über 400 Teilnehmenden sind durchgeführt.",
               "Die Online-Beteiligung wurde wegen der hohen Resonanz um sechs Wochen verlängert; der "
               "Zeitplan verschiebt sich entsprechend."),
        ampel=_Ampel(Y, "Beteiligungsphase um sechs Wochen verlängert", zeit=Y, budget=G, personal=G),
        kanaele=("co-kreative Formate", "Informationsveranstaltungen", "Weitere Beteiligungsformate",
                 "Beteiligungsportal"),
        team=(_T("Ketterer", PL, 60), _T("Hauser", MG, 20), _T("Brecht", MG, 15),
              _T("Sternberg", EX), _T("Maag", EX)),
        etappen=(_E("Auftaktveranstaltung durchgeführt", -360, -362, -361, extern=True, wie="Pressemitteilung"),
                 _E("Stadtspaziergänge abgeschlossen", -200, -190, intern=True),
                 _E("Online-Beteiligung ausgewertet", -60, -10),
                 _E("Entwurf des Zukunftsbilds in der BMK", 90),
                 _E("Beschluss im Gemeinderat", 280, extern=True, wie="Pressemitteilung, Amtsblatt")),
        risiken=(_R("Geringe Beteiligung junger Menschen", 3, 3, "Ketterer",
                    "Jugendwerkstatt, Aktionen an Schulen", -380, bewertet=(-150, 2, 3)),
                 _R("Erwartungen übersteigen den Handlungsspielraum", 3, 4, "Hauser",
                    "Transparent machen, was das Zukunftsbild leisten kann und was nicht", -300)),
    ),
    _Projekt(
        key="kultursommer", korridor="Zukunft Innenstadt",
        titel="Kultur im öffentlichen Raum – Sommer in der City",
        status=ProjektStatus.LAUFEND, beginn=-700, ende=120, kickoff=-684, veraltet=True,
        berichte=("HA", "LG5"),
        beschreibung="Ein jährliches Sommerprogramm bringt Musik, Theater und Kunst auf Plätze und in "
        "Passagen der Innenstadt. Das Projekt schafft dafür ein gebündeltes Genehmigungsverfahren und "
        "eine mobile Bühne.",
        ziele=("Kulturprogramm an mindestens acht Orten der Innenstadt pro Sommer",
               "Gebündeltes Genehmigungsverfahren für Veranstaltungen im öffentlichen Raum",
               "Mobile Bühne und Technik für freie Gruppen bereitstellen"),
        zielgruppe="Freie Kulturszene, Besucherinnen und Besucher der Innenstadt", zielgruppe_aktiv=True,
        chancen="Mehr Aufenthaltsqualität und Frequenz; Sichtbarkeit der freien Szene.",
        aspekte=(_nein("Internationale Gastspiele sind aus dem Budget nicht darstellbar."),
                 _ja("Online-Antrag für Veranstaltungen im öffentlichen Raum"),
                 _ja("Offener Aufruf an die freie Szene, Programmbeirat")),
        personal="1 PM KA, Unterstützung durch MA und OA", budget=150_000,
        strategie=("Bürgerservice", "Nutzer- und Bedarfsorientierung"),
        schritte=("Konzept, Standortsuche, Abstimmung mit dem OA",
                  "Zwei Sommerprogramme, Online-Antrag", "Evaluation und Verstetigung"),
        ausblick="Die Evaluation des zweiten Sommers liegt vor; offen ist die Finanzierung einer "
        "Verstetigung ab dem kommenden Doppelhaushalt.",
        lagen=("Der zweite Kultursommer ist geplant; der Online-Antrag ist in Betrieb.",
               "Die Evaluation ist abgeschlossen; die Verstetigung hängt an der Haushaltsplanung."),
        ampel_vorher=_Ampel(Y, "Finanzierung der Verstetigung offen", budget=Y),
        ampel=_Ampel(Y, "Verstetigung ab dem nächsten Doppelhaushalt nicht finanziert", zeit=G, budget=R),
        team=(_T("Hertweck", PL, 50), _T("Fritsch", MG, 20), _T("Albrecht", AP)),
        etappen=(_E("Genehmigungsverfahren gebündelt", -560, -570, intern=True),
                 _E("Erster Kultursommer eröffnet", -400, -400, -400, extern=True,
                    wie="Programmheft, Pressekonferenz"),
                 _E("Online-Antrag in Betrieb", -250, -240, -235, extern=True, wie="Website"),
                 _E("Zweiter Kultursommer abgeschlossen", -80, -75),
                 _E("Evaluation vorgelegt", -60, -62, intern=True),
                 _E("Beschluss über die Verstetigung", 60)),
        risiken=(_R("Keine Anschlussfinanzierung", 4, 4, "Hertweck",
                    "Antrag zum Doppelhaushalt, Sponsoringkonzept", -200),
                 _R("Lärmbeschwerden von Anwohnenden", 2, 2, "Fritsch",
                    "Spielzeiten bis 22 Uhr, Ansprechperson vor Ort", -500, geschlossen=-100)),
    ),
    _Projekt(
        key="leitsystem", korridor="Zukunft Innenstadt",
        titel="Fußgängerleitsystem und digitale Stadtinformation",
        status=ProjektStatus.ABGESCHLOSSEN, beginn=-1400, ende=-300, kickoff=-1385, status_am=-300,
        berichte=("HA0", "LK1"),
        beschreibung="Ein einheitliches Fußgängerleitsystem mit Stelen und digitalen Informationspunkten "
        "führt Gäste von den Haltestellen zu Sehenswürdigkeiten, Kultureinrichtungen und Einkaufslagen.",
        ziele=("Einheitliches Gestaltungskonzept für Stelen und Wegweiser",
               "40 Standorte in der Innenstadt ausstatten",
               "Inhalte der Stelen als offene Daten bereitstellen"),
        zielgruppe="Gäste, Touristinnen und Touristen, Menschen mit Mobilitätseinschränkungen",
        zielgruppe_aktiv=False,
        chancen="Bessere Orientierung, mehr Besuche in Kultureinrichtungen abseits der Hauptachsen.",
        aspekte=(_ja("Mehrsprachige Beschilderung (Deutsch, Englisch, Französisch)"),
                 _ja("QR-Codes und offene Daten im Open-Data-Portal"),
                 _ja("Testläufe mit dem Beirat für Menschen mit Behinderungen")),
        personal="1 PM TBA, 0,5 Stelle Stpla", budget=420_000,
        strategie=("Open Government und Daten", "Infrastruktur und Plattformen"),
        schritte=("Gestaltungskonzept und Standortplanung", "Ausschreibung, Herstellung und Montage",
                  "Abnahme und Übergabe an den Betrieb"),
        ausblick="Das Leitsystem ist vollständig in Betrieb; Pflege und Erweiterung übernimmt das "
        "Tiefbauamt im Regelbetrieb.",
        lagen=("Die Montage der Stelen ist zu drei Vierteln abgeschlossen.",
               "Abschlussbericht: Alle 40 Standorte sind ausgestattet, die Daten sind im "
               "Open-Data-Portal veröffentlicht."),
        ampel_vorher=_Ampel(Y, "Lieferverzug bei den Stelen", zeit=Y), ampel=GRUEN,
        team=(_T("Mohr", PL, 50), _T("Hauck", MG, 20), _T("Albrecht", AP)),
        etappen=(_E("Gestaltungskonzept beschlossen", -1200, -1190, -1185, extern=True),
                 _E("Herstellung und Montage vergeben", -900, -880),
                 _E("Erste 20 Stelen montiert", -600, -610, -600, extern=True),
                 _E("Alle 40 Standorte ausgestattet", -330, -320, -315, extern=True,
                    wie="Pressetermin mit der Bürgermeisterin")),
        risiken=(_R("Lieferverzug bei den Stelen", 3, 3, "Mohr", "Vertragsstrafe vereinbart, Zwischenlager",
                    -950, geschlossen=-600),),
    ),
)

_VERWALTUNG: tuple[_Projekt, ...] = (
    _Projekt(
        key="digital_booster", korridor="Moderne Verwaltung", titel="Digital Booster",
        status=ProjektStatus.LAUFEND, beginn=-820, ende=130, kickoff=-806, verzug=30,
        beschreibung="Im Zukunftsprojekt „Digital Booster“ soll eine digitale Fachamtsstrategie für das "
        "Ordnungs- und Bürgeramt sowie eine daraus abgeleitete Umsetzungsroadmap für andere städtische "
        "Ämter entwickelt werden. Auf diese Art und Weise soll die Digitalisierung in der Verwaltung "
        "insgesamt vorangetrieben werden.",
        ziele=(
            "Amt hat seine eigene Digitalstrategie implementiert; abgeleitet aus der übergeordneten "
            "Digitalstrategie der Stadt.",
            "Amt hat eine klare Roadmap zur Umsetzung seiner und somit der gesamtstädtischen Digitalstrategie.",
            "Amt kennt seinen für die Karlsruhe.App relevanten Content (Apps oder Channel) und hat diesen "
            "in die Karlsruhe.App implementiert.",
            "Amt hat mind. einen DCA bzw. lässt mind. einen Mitarbeitenden zum DCA ausbilden.",
            "Ableitung der einzelnen Amtsstrategien aus der Digitalstrategie.",
            _sub("Mappen der strategischen Handlungsfelder mit dem relevanten Themenportfolio des Amtes"),
            _sub("Identifizieren bestehender Aufgaben, Projekte, Bedarfe und Potenziale innerhalb der "
                 "gemappten strategischen Handlungsfelder mit den Verantwortlichen des Amtes; "
                 "DCA-Potenziale herausstellen"),
            _sub("Identifikation von DCA-Bedarf, Installation von DCAs (mittels Einbindung in die offizielle "
                 "DCA-Fortbildung) sowie Vernetzung von bestehenden und potenziellen DCAs und weiteren "
                 "Digitalisierungsbeauftragten mit dem DCA-Netzwerk und dem Amt für IT und Digitalisierung; "
                 "Potenziale und vorhandenen Content für die Karlsruhe.App sammeln"),
            _sub("Identifizieren von technischem und kommunikativem Content für die Karlsruhe.App sowie "
                 "von Potenzialen; Ergebnissicherung und Umsetzungsplanung erstellen"),
            _sub("Ausarbeitung einer konkreten Umsetzungs-Roadmap auf Basis der abgeleiteten strategischen "
                 "Inhalte, des Karlsruhe.App-fähigen Contents und der DCA-Potenziale, mit den "
                 "Verantwortlichen des Amtes"),
            _sub("Die Punkte A–E beinhalten die Vorbereitung, Durchführung und Nachbereitung von "
                 "Workshops und das Ausarbeiten der Ergebnisse für die Dienststellen."),
        ),
        beitrag="Dieses Zukunfts-Projekt-Programm zahlt konkret auf das gesamte Korridorthema Moderne "
        "Verwaltung ein. Es bildet die Grundlage für zeitgemäße Arbeitsweisen und digitale Lösungen sowohl "
        "in Richtung Bürgerschaft als auch als Arbeitgeberin. Es hat zudem Schnittstellen zur "
        "Nachhaltigkeitsstrategie (Ressourcenoptimierung, Umstellung von analog zu digital) sowie zur "
        "Strategie Nachhaltige Finanzen (Einsparpotenziale durch Digitalisierung).",
        zielgruppe="Zunächst insbesondere das OA; anschließend weitere Dienststellen der Stadtverwaltung",
        zielgruppe_aktiv=True,
        chancen="Das Amt wird befähigt, die Digitalstrategie entsprechend seiner Bedarfe herunterzubrechen "
        "und eine klare Umsetzungsplanung zu entwickeln. Die Umsetzung wird über den eigenen DCA "
        "vorangetrieben und eng mit dem Amt für IT und Digitalisierung verzahnt. Gleichzeitig werden "
        "Potenziale für die Karlsruhe.App sichtbar. Darüber hinaus entsteht ein Prozessmodell für die "
        "flächendeckende Ableitung der Digitalstrategie in allen Ämtern.",
        aspekte=(_nein("Kein internationaler Bezug; Austausch mit anderen Kommunen im Städtenetzwerk."),
                 _ja("Ableitung der Digitalstrategie auf Amtsebene, Content für die Karlsruhe.App"),
                 _ja("Abteilungsworkshops mit allen Abteilungen des OA, Führungskräftetagung")),
        personal="1 PM IT, 1 PM OA", budget=120_000,
        strategie=("Fachanwendungen", "Bürgerservice", "Transformation und Kulturwandel",
                   "Nutzer- und Bedarfsorientierung", "Innovativ und flexibel"),
        kanaele=("co-kreative Formate", "Informationsveranstaltungen", "Intranet",
                 "Weitere Beteiligungsformate"),
        einbindung=(ALLE_PHASEN, ALLE_PHASEN, ALLE_PHASEN),
        schritte=("Ist-Situationsanalyse des jeweiligen Amtes",
                  "Ausarbeitung der Strategie, Umsetzungsplanung",
                  "Ergebnisfeststellung: Roadmap inkl. Timeline, DCA installiert bzw. in Ausbildung, "
                  "Karlsruhe.App-Content sowie Contentpotenziale integriert"),
        ausblick="Beim Digital Booster geht es darum, aus der Digitalstrategie der Stadt eine digitale "
        "Fachamtsstrategie abzuleiten, zunächst beim OA, als Blaupause für weitere Dienststellen. Nach "
        "einem Planungsworkshop mit dem Kern- und dem erweiterten Projektteam und einem "
        "Amtsleiterworkshop (IT und OA) wurden in Abteilungsworkshops die blinden Flecken der "
        "Abteilungen anhand der Handlungsfelder der Digitalstrategie erarbeitet. Übergeordnete Themen "
        "(z. B. Ein-Geräte-Strategie, Homeoffice-Strategie, E-Akte) wurden für alle Abteilungen "
        "zusammengefasst; aus der Führungskräftetagung des OA gingen schnell umsetzbare Projektanträge "
        "(Quick-Wins) hervor. Als Nächstes fasst das OA die Ergebnisse zusammen; das Projektteam der IT "
        "erstellt daraus die Blaupause für andere Ämter.",
        lagen=("Die Projektanträge aus der Führungskräftetagung sind teils im Zeichnungslauf, teils in "
               "der Umsetzung.",
               "Die Ergebnisse aus Sicht des OA sind zusammengefasst und gehen an das Projektteam der IT, "
               "das daraus die Blaupause für weitere Ämter erstellt."),
        ampel_vorher=_Ampel(Y, "Zusammenfassung der OA-Ergebnisse verzögert sich", zeit=Y), ampel=GRUEN,
        team=(_T("Roth", PL, 50), _T("Lindner", MG, 50), _T("Kühnle", MG, 20),
              _T("Bader", EX), _T("Kühn", AP)),
        etappen=(_E("Planungsworkshop mit Kern- und erweitertem Projektteam", -760, -765, -760,
                    intern=True, wie="Intranet"),
                 _E("Abteilungsworkshops im OA abgeschlossen", -560, -540, intern=True),
                 _E("Erste DCA des OA ausgebildet", -520, -515, -500, intern=True, wie="Intranet-Artikel"),
                 _E("Quick-Win-Projektanträge aus der Führungskräftetagung", -430, -440),
                 _E("Ergebnisse aus Sicht des OA zusammengefasst", -60, -45, intern=True),
                 _E("Blaupause für weitere Ämter", 9, intern=True, extern=True,
                    wie="Vorstellung in der IQ-Lenkungsgruppe, Pressemitteilung")),
        risiken=(_R("Momentum aus der Digitalstrategie geht verloren", 2, 4, "Roth",
                    "Enge Taktung der Workshops, sichtbare Quick-Wins", -800, bewertet=(-300, 2, 3),
                    beschreibung="Ohne zügige Ableitung auf Amtsebene droht die breite Akzeptanz aus dem "
                    "partizipativen Strategieprozess verloren zu gehen."),
                 _R("Nach der Ableitung mangelt es an Umsetzung", 3, 4, "Lindner",
                    "Roadmap mit Verantwortlichen; regelmäßige Vernetzung der DCAs mit dem IT", -800),
                 _R("OA kann keine Projektmanagerin stellen", 3, 5, "Dörflinger",
                    "Freistellung einer Projektmanagerin im OA vereinbart", -810, geschlossen=-700)),
        entscheidungen=(_D(EntscheidungsArt.PROBLEM, "Freistellung einer Projektmanagerin im OA",
                           "Das OA kann die Projektmanagerin nur freistellen, wenn ihre Aufgaben im "
                           "Bürgerbüro übernommen werden.", -800, durch="Bürgermeister Dez. 2",
                           entschieden=(-760, "Frau Lindner wird zu 50 % für das Projekt freigestellt; "
                                        "das Bürgerbüro erhält eine befristete Aushilfe.",
                                        "Bürgermeister Dr. Ellwanger")),),
    ),
    _Projekt(
        key="eakte", korridor="Moderne Verwaltung", titel="E-Akte für alle Ämter",
        status=ProjektStatus.LAUFEND, beginn=-900, ende=400, kickoff=-884, verzug=90,
        beschreibung="Die elektronische Akte wird schrittweise in allen Ämtern eingeführt und ersetzt die "
        "Papierakte. Das Projekt koordiniert Rollout, Schulungen und die Anbindung der Fachverfahren.",
        ziele=("E-Akte in allen Ämtern im Echtbetrieb", "Schnittstellen zu den zehn wichtigsten Fachverfahren",
               "Papierablage in den Ämtern um 80 Prozent verringern",
               "Schulungskonzept mit Multiplikatorinnen und Multiplikatoren"),
        zielgruppe="Beschäftigte der Stadtverwaltung", zielgruppe_aktiv=True,
        chancen="Ortsunabhängiges Arbeiten, schnellere Durchlaufzeiten, weniger Raum für Registraturen.",
        aspekte=(_nein("Kein internationaler Bezug."), _ja("Kern der Digitalisierung der Verwaltungsarbeit"),
                 _ja("Multiplikatorennetzwerk und Pilotämter gestalten den Rollout mit")),
        personal="2 PM IT, Multiplikatorinnen und Multiplikatoren in den Ämtern", budget=900_000,
        strategie=("IT – moderner Arbeitsplatz", "Fachanwendungen", "Effizienz", "Digitale Souveränität",
                   "Informationssicherheit und Datenschutz"),
        schritte=("Pilotierung in drei Ämtern", "Rollout in Wellen, Anbindung der Fachverfahren",
                  "Abschluss des Rollouts, Übergabe an den Betrieb"),
        ausblick="Nach der Entscheidung der Clearingstelle wird das Tiefbauamt im nächsten Rollout-Fenster "
        "angebunden; der Gesamtrollout verschiebt sich um ein Quartal.",
        lagen=("Der Rollout der zweiten Welle (acht Ämter) ist abgeschlossen.",
               "Die Schnittstelle zum Dokumentenmanagement verzögert den Rollout im Tiefbauamt; die "
               "Clearingstelle hat über das weitere Vorgehen entschieden."),
        ampel_vorher=_Ampel(Y, "Schnittstelle zum Dokumentenmanagement verzögert sich", zeit=Y),
        ampel=_Ampel(R, "Rollout im Tiefbauamt überfällig; der Gesamtrollout verschiebt sich um ein Quartal",
                     zeit=R, budget=Y, personal=Y),
        team=(_T("Reinhardt", PL, 80), _T("Bechtold", MG, 20), _T("Brandt", MG, 20),
              _T("Kühnle", MG, 20, von=-75), _T("Wacker", AP)),
        etappen=(_E("Pilotbetrieb in drei Ämtern", -700, -690, -680, intern=True, wie="Intranet"),
                 _E("Rollout Welle 1 (fünf Ämter)", -450, -430, intern=True),
                 _E("Rollout Welle 2 (acht Ämter)", -160, -150, -140, intern=True),
                 _E("Rollout der E-Akte im Tiefbauamt", -20),
                 _E("Schnittstellen zu zehn Fachverfahren", 200),
                 _E("Rollout in allen Ämtern abgeschlossen", 390, extern=True, wie="Pressemitteilung")),
        risiken=(_R("Schnittstelle zum Dokumentenmanagement instabil", 4, 4, "Reinhardt",
                    "Eskalation beim Hersteller; Übergangslösung mit Importfunktion", -200,
                    bewertet=(-40, 4, 5)),
                 _R("Geringe Akzeptanz in den Ämtern", 3, 3, "Bechtold",
                    "Multiplikatorennetzwerk, Sprechstunden, Schulungen vor Ort", -800, bewertet=(-300, 2, 3)),
                 _R("Ausfall von Schlüsselpersonal im IT", 2, 4, "Reinhardt",
                    "Vertretungsregelung, Dokumentation der Konfiguration", -500, nicht_oeffentlich=True)),
        entscheidungen=(_D(EntscheidungsArt.DISSENS, "Einführung im Tiefbauamt vor Fertigstellung der Schnittstelle",
                           "Projektleitung und Tiefbauamt sind uneins, ob das TBA mit der Übergangslösung "
                           "startet oder auf die stabile Schnittstelle wartet.", -70, durch="Projektgruppe",
                           clearing=-62,
                           entschieden=(-38, "Das TBA startet mit der Übergangslösung; die Schnittstelle "
                                        "wird bis zum nächsten Rollout-Fenster nachgerüstet.",
                                        "Clearingstelle (Stabsstelle VME)")),),
    ),
    _Projekt(
        key="arbeitswelten", korridor="Moderne Verwaltung", titel="Neue Arbeitswelten – mobil und im Büro",
        status=ProjektStatus.LAUFEND, beginn=-500, ende=220, kickoff=-486,
        beschreibung="Das Projekt entwickelt Raum- und Arbeitsplatzkonzepte für mobiles Arbeiten und "
        "Desk-Sharing, erprobt sie auf drei Pilotflächen und schafft die dienstrechtlichen Grundlagen.",
        ziele=("Dienstvereinbarung zum mobilen Arbeiten fortschreiben",
               "Drei Pilotflächen mit Desk-Sharing einrichten und auswerten", "Leitfaden „Führen auf Distanz“"),
        zielgruppe="Beschäftigte und Führungskräfte der Stadtverwaltung", zielgruppe_aktiv=True,
        chancen="Attraktivität als Arbeitgeberin, geringerer Flächenbedarf, bessere Vereinbarkeit.",
        aspekte=(_nein(None), _ja("Digitale Arbeitsplatzbuchung, Ausstattung für hybride Besprechungen"),
                 _ja("Befragung der Beschäftigten; Pilotteams gestalten ihre Flächen mit")),
        personal="1 PM POA, 0,5 Stelle HGW", budget=350_000,
        strategie=("IT – moderner Arbeitsplatz", "Transformation und Kulturwandel", "Nachhaltigkeit"),
        schritte=("Befragung, Raumanalyse, Eckpunkte", "Pilotflächen, Dienstvereinbarung",
                  "Auswertung, Leitfaden, Übertrag auf weitere Gebäude"),
        ausblick="Die Auswertung der Pilotflächen fließt in einen Leitfaden für alle Verwaltungsgebäude ein.",
        lagen=("Zwei von drei Pilotflächen sind in Betrieb; die Dienstvereinbarung ist mit dem "
               "Personalrat verhandelt.",
               "Die dritte Pilotfläche ist bezogen, die Buchungssoftware läuft stabil."),
        ampel=GRUEN,
        team=(_T("Kurz", PL, 60), _T("Vogt", MG, 20), _T("Kühn", AP)),
        etappen=(_E("Beschäftigtenbefragung ausgewertet", -400, -395, -380, intern=True),
                 _E("Dienstvereinbarung unterzeichnet", -180, -170, -165, intern=True,
                    wie="Intranet, Personalversammlung"),
                 _E("Dritte Pilotfläche bezogen", -60, -55),
                 _E("Zwischenauswertung der Pilotflächen", 45),
                 _E("Leitfaden veröffentlicht", 200, intern=True)),
        risiken=(_R("Vorbehalte gegen Desk-Sharing", 3, 2, "Kurz",
                    "Beteiligung der Pilotteams, klare Buchungsregeln", -450, bewertet=(-100, 2, 2)),
                 _R("Umbaukosten höher als geplant", 2, 3, "Vogt", "Standardisierte Möblierung, Rahmenvertrag",
                    -300)),
    ),
    _Projekt(
        key="buergerservice", korridor="Moderne Verwaltung",
        titel="Bürgerservice online – Termine und Anträge digital",
        status=ProjektStatus.LAUFEND, beginn=-560, ende=None, kickoff=-545,
        beschreibung="Die meistgenutzten Leistungen des Bürgerservice werden vollständig digital angeboten: "
        "Online-Termin, Antrag, Bezahlung und Bescheid. Das Projekt setzt das Onlinezugangsgesetz für die "
        "städtischen Leistungen um.",
        ziele=("Die 20 meistgenutzten Leistungen Ende-zu-Ende digital", "Online-Terminvergabe für alle Bürgerbüros",
               "Wartezeiten in den Bürgerbüros halbieren"),
        zielgruppe="Bürgerinnen und Bürger, Unternehmen", zielgruppe_aktiv=True,
        chancen="Weniger Wege und Wartezeit, Entlastung der Bürgerbüros.",
        aspekte=(_ja("Leistungen auch auf Englisch und in Leichter Sprache"),
                 _ja("Onlinezugangsgesetz, Servicekonto"), _ja("Nutzertests mit Bürgerinnen und Bürgern")),
        personal="1 PM OA, 1 Entwickler/in IT", budget=400_000,
        strategie=("Bürgerservice", "Fachanwendungen", "Nutzer- und Bedarfsorientierung", "Effizienz"),
        schritte=("Priorisierung der Leistungen, Nutzertests", "Umsetzung in Paketen",
                  "Übergabe in den Regelbetrieb"),
        ausblick="Das Projekt wird laufend um weitere Leistungen ergänzt; ein Enddatum soll mit der "
        "nächsten Zielvereinbarung festgelegt werden.",
        lagen=("Die Online-Terminvergabe läuft in allen Bürgerbüros; acht Leistungen sind vollständig digital.",
               "Zwölf Leistungen sind vollständig digital; die Wartezeit ist um ein Drittel gesunken."),
        ampel=_Ampel(Y, "Kein geplantes Projektende festgelegt", zeit=Y),
        team=(_T("Wolf", PL, 70), _T("Engel", MG, 50), _T("Krüger", MG, 20, von=-20, offen=1),
              _T("Albrecht", AP)),
        etappen=(_E("Online-Terminvergabe in allen Bürgerbüros", -420, -410, -405, extern=True,
                    wie="Pressemitteilung, Website"),
                 _E("Acht Leistungen Ende-zu-Ende digital", -200, -190, extern=True),
                 _E("Zwölf Leistungen Ende-zu-Ende digital", -50, -40, -35, extern=True, wie="Social Media"),
                 _E("Online-Bezahlung für alle Gebühren", 60)),
        risiken=(_R("Abhängigkeit vom Landesportal", 3, 3, "Engel",
                    "Eigene Formularlösung als Rückfallebene", -500),),
    ),
    _Projekt(
        key="ki_assistenz", korridor="Moderne Verwaltung", titel="KI-Assistenz in der Sachbearbeitung",
        status=ProjektStatus.GEPLANT, beginn=75, ende=800, kickoff=None, angelegt=-200,
        berichte=("LK2", "LK3"), nicht_oeffentlich=True,
        beschreibung="Das Projekt prüft, wo KI-Assistenzsysteme Beschäftigte bei Recherche, Textentwürfen und "
        "im Posteingang unterstützen können, und erprobt zwei Anwendungsfälle datenschutzkonform.",
        ziele=("Anwendungsfälle bewerten und zwei auswählen",
               "Datenschutz- und Sicherheitskonzept mit dem Datenschutzbeauftragten",
               "Pilotbetrieb mit Evaluation"),
        zielgruppe="Beschäftigte in der Sachbearbeitung", zielgruppe_aktiv=True,
        chancen="Entlastung bei Routinetexten, schnellere Auskünfte.",
        aspekte=(_ja("Erfahrungsaustausch im Städtenetzwerk"),
                 _ja("Sprachmodelle in einer souveränen, städtischen Umgebung"),
                 _ja("Beschäftigte wählen die Anwendungsfälle mit aus")),
        personal="1 PM IT, 0,5 Stelle POA", budget=200_000,
        strategie=("Innovation", "Digitale Souveränität", "Informationssicherheit und Datenschutz"),
        schritte=("Anwendungsfälle, Rechtsrahmen, Ausschreibung", "Pilotbetrieb in zwei Ämtern",
                  "Evaluation und Entscheidung über den Regelbetrieb"),
        ausblick="Der Projektstart hängt an der Freigabe des Datenschutzkonzepts; die Ausschreibung ist "
        "vorbereitet.",
        lagen=("Die Projektskizze ist mit der Stabsstelle VME abgestimmt.",
               "Zwölf Anwendungsfälle sind gesammelt und bewertet; das Datenschutzkonzept ist in Abstimmung."),
        ampel_vorher=None, ampel=GRUEN,
        team=(_T("Seiler", PL, 50, offen=1), _T("Haag", MG, 20, offen=3), _T("Lenhardt", EX)),
        etappen=(_E("Anwendungsfälle bewertet", -40, -38, intern=True),
                 _E("Datenschutzkonzept freigegeben", 50),
                 _E("Pilotbetrieb gestartet", 200)),
        risiken=(_R("Datenschutzrechtliche Bedenken", 3, 4, "Seiler",
                    "Frühe Einbindung des Datenschutzbeauftragten; Verarbeitung nur in der städtischen "
                    "Umgebung", -180, nicht_oeffentlich=True),),
        entscheidungen=(_D(EntscheidungsArt.ENTSCHEIDUNGSBEDARF, "Betrieb in eigener Umgebung oder als Cloud-Dienst",
                           "Der Betrieb in der eigenen Umgebung ist teurer, der Cloud-Dienst datenschutzrechtlich "
                           "aufwendiger.", -60, durch="BMK", faellig=40, nicht_oeffentlich=True),),
    ),
)

_SOZIAL: tuple[_Projekt, ...] = (
    _Projekt(
        key="quartierszentren", korridor="Soziale Stadt", titel="Quartierszentren als Orte der Begegnung",
        status=ProjektStatus.LAUFEND, beginn=-650, ende=450, kickoff=-636,
        beschreibung="In vier Stadtteilen entstehen Quartierszentren, die Beratung, Treffpunkt und Angebote "
        "von Vereinen unter einem Dach bündeln. Die Zentren werden mit den Menschen im Quartier geplant und "
        "von Trägern der Wohlfahrtspflege betrieben.",
        ziele=("Vier Quartierszentren eröffnen", "Beratungsangebote von Stadt und Trägern bündeln",
               "Quartiersbeiräte in allen vier Stadtteilen einrichten"),
        zielgruppe="Bewohnerinnen und Bewohner der Quartiere, besonders ältere Menschen und Familien",
        zielgruppe_aktiv=True,
        chancen="Kurze Wege zur Beratung, weniger Vereinsamung, Stärkung des Ehrenamts.",
        aspekte=(_ja("Angebote für Zugewanderte, mehrsprachige Beratung"),
                 _ja("Digitale Sprechstunden und Tablet-Kurse für Seniorinnen und Senioren"),
                 _ja("Quartiersbeiräte und Planungswerkstätten")),
        personal="1 PM SJB, Quartiersmanagement je Zentrum", budget=650_000,
        strategie=("Bürgerservice", "Nutzer- und Bedarfsorientierung", "Vernetzung vor Ort: karlsruhe.digital"),
        schritte=("Standortwahl, Trägersuche, Planungswerkstätten", "Umbau und Eröffnung der Zentren",
                  "Evaluation, Verstetigung der Finanzierung"),
        ausblick="Das dritte Zentrum eröffnet in wenigen Wochen; für das vierte läuft die Trägerauswahl.",
        lagen=("Zwei Quartierszentren sind eröffnet und gut angenommen.",
               "Der Umbau für das dritte Zentrum ist abgeschlossen; Quartiersbeiräte arbeiten in drei "
               "Stadtteilen."),
        ampel=GRUEN,
        team=(_T("Wittmann", PL, 60), _T("Baumann", MG, 20), _T("Frey", EX), _T("Wacker", AP)),
        etappen=(_E("Planungswerkstätten in vier Stadtteilen", -520, -515, -510, extern=True),
                 _E("Erstes Quartierszentrum eröffnet", -380, -375, -375, extern=True,
                    wie="Eröffnungsfest, Pressemitteilung"),
                 _E("Zweites Quartierszentrum eröffnet", -180, -170, -170, extern=True, wie="Pressemitteilung"),
                 _E("Quartiersbeiräte in drei Stadtteilen gegründet", -60, -48, intern=True),
                 _E("Drittes Quartierszentrum eröffnet", 22, extern=True, wie="Eröffnungsfest"),
                 _E("Viertes Quartierszentrum eröffnet", 400, extern=True)),
        risiken=(_R("Träger für das vierte Zentrum fehlt", 3, 4, "Wittmann",
                    "Interessenbekundungsverfahren erweitert; Gespräche mit zwei Trägern", -60),
                 _R("Baukosten steigen", 3, 3, "Baumann", "Kostenverfolgung, Reserve im Doppelhaushalt", -400,
                    bewertet=(-120, 2, 3))),
    ),
    _Projekt(
        key="fruehe_hilfen", korridor="Soziale Stadt", titel="Frühe Hilfen digital – Familienportal",
        status=ProjektStatus.PAUSIERT, beginn=-480, ende=300, kickoff=-465, status_am=-70,
        beschreibung="Ein Familienportal bündelt die Angebote der Frühen Hilfen, die Hebammensuche und die "
        "Beratung für werdende Eltern und Familien mit kleinen Kindern. Anmeldungen und Termine sollen "
        "online möglich sein.",
        ziele=("Alle Angebote der Frühen Hilfen in einem Portal", "Online-Terminbuchung für die Beratungsstellen",
               "Inhalte in fünf Sprachen"),
        zielgruppe="Werdende Eltern und Familien mit Kindern bis drei Jahre", zielgruppe_aktiv=True,
        chancen="Niedrigschwelliger Zugang zu Unterstützung, weniger Doppelstrukturen.",
        aspekte=(_ja("Inhalte in fünf Sprachen"), _ja("Familienportal mit Terminbuchung"),
                 _ja("Elternbefragung, Tests mit Familien")),
        personal="1 PM SJB, 0,5 Stelle IT", budget=160_000,
        strategie=("Bürgerservice", "Nutzer- und Bedarfsorientierung", "Informationssicherheit und Datenschutz"),
        schritte=("Bedarfsanalyse, Elternbefragung", "Aufbau des Portals, Redaktion", "Start, Evaluation"),
        ausblick="Das Projekt ruht, bis der Förderbescheid des Landes vorliegt und die Projektleitung "
        "nachbesetzt ist; die Wiederaufnahme ist für das nächste Quartal vorgesehen.",
        lagen=("Die Elternbefragung ist ausgewertet, der Prototyp des Portals wurde mit Familien getestet.",
               "Das Projekt ist pausiert: Der Förderbescheid steht aus und die Projektleitung hat gewechselt."),
        ampel_vorher=_Ampel(Y, "Förderbescheid steht aus", budget=Y),
        ampel=_Ampel(R, "Projekt pausiert: Förderbescheid fehlt, Projektleitung unbesetzt", budget=R,
                     personal=R),
        team=(_T("Lang", PL, 50, bis=-75), _T("Keller", MG, 30), _T("Schwab", MG, 20, von=-400),
              _T("Albrecht", AP)),
        etappen=(_E("Elternbefragung ausgewertet", -380, -370, -360, extern=True),
                 _E("Prototyp mit Familien getestet", -200, -190),
                 _E("Familienportal online", 150, extern=True, wie="Pressemitteilung, Kinderärzte"),
                 _E("Online-Terminbuchung gestartet", 250)),
        risiken=(_R("Förderbescheid des Landes verzögert sich", 4, 4, "Vogelbacher",
                    "Gespräche mit dem Ministerium; Zwischenfinanzierung geprüft", -160, bewertet=(-72, 5, 4)),
                 _R("Projektleitung unbesetzt", 5, 4, "Vogelbacher", "Stelle ist ausgeschrieben", -75)),
        entscheidungen=(_D(EntscheidungsArt.ENTSCHEIDUNGSBEDARF, "Zwischenfinanzierung bis zum Förderbescheid",
                           "Ohne Zwischenfinanzierung ruht das Projekt, bis der Bescheid vorliegt.", -72,
                           durch="BMK", faellig=30),),
    ),
    _Projekt(
        key="wohnraum", korridor="Soziale Stadt", titel="Wohnraumakquise – aus Leerstand wird ein Zuhause",
        status=ProjektStatus.LAUFEND, beginn=-380, ende=700, kickoff=-366,
        beschreibung="Die Stadt gewinnt leerstehende Wohnungen privater Eigentümerinnen und Eigentümer für "
        "Menschen mit geringem Einkommen. Sie übernimmt Mietgarantie und Vermittlung; soziale Träger "
        "begleiten die Mietverhältnisse.",
        ziele=("150 Wohnungen in fünf Jahren gewinnen", "Mietgarantie und Sanierungszuschuss als Anreiz etablieren",
               "Begleitung der Mietverhältnisse durch soziale Träger sichern"),
        zielgruppe="Eigentümerinnen und Eigentümer leerstehender Wohnungen; wohnungssuchende Haushalte",
        zielgruppe_aktiv=True,
        chancen="Schnell verfügbarer Wohnraum ohne Neubau, weniger Unterbringung in Notunterkünften.",
        aspekte=(_nein("Für das Vorhaben nicht relevant."), _ja("Online-Meldeformular für leerstehende Wohnungen"),
                 _ja("Informationsabende mit den Eigentümerverbänden")),
        personal="1 PM SJB, 0,5 Stelle LA", budget=800_000,
        strategie=("Bürgerservice", "Nachhaltigkeit"),
        schritte=("Förderrichtlinie, Kooperation mit Trägern", "Akquise und Vermittlung",
                  "Evaluation, Fortschreibung der Richtlinie"),
        ausblick="Mit der verlängerten Mietgarantie soll sich die Zahl der vermittelten Wohnungen im "
        "kommenden Jahr verdoppeln.",
        lagen=("Die Förderrichtlinie ist beschlossen; 14 Wohnungen sind vermittelt.",
               "31 Wohnungen sind vermittelt; die Mietgarantie wurde auf fünf Jahre verlängert."),
        ampel_vorher=_Ampel(Y, "Vermittlungszahlen unter Plan", zeit=Y), ampel=GRUEN,
        team=(_T("Nagel", PL, 60), _T("Sauter", MG, 20), _T("Renz", MG, 30), _T("Gutmann", EX)),
        etappen=(_E("Förderrichtlinie beschlossen", -290, -285, -280, extern=True, wie="Pressemitteilung, Anzeigen"),
                 _E("Erste 25 Wohnungen vermittelt", -80, -60, intern=True),
                 _E("50 Wohnungen vermittelt", 120),
                 _E("Evaluation der Mietgarantie", 300)),
        risiken=(_R("Eigentümer scheuen die Vermietung an Transferleistungsbeziehende", 4, 3, "Nagel",
                    "Mietgarantie, feste Ansprechperson, Begleitung durch Träger", -350, bewertet=(-90, 3, 3)),
                 _R("Sanierungsbedarf höher als erwartet", 3, 3, "Renz", "Zuschuss gedeckelt, Einzelfallprüfung",
                    -200, nicht_oeffentlich=True)),
        entscheidungen=(_D(EntscheidungsArt.ENTSCHEIDUNGSBEDARF, "Verlängerung der Mietgarantie auf fünf Jahre",
                           "Eigentümerinnen und Eigentümer verlangen eine längere Garantie als drei Jahre.",
                           -150, durch="Bürgermeisterin Dez. 3",
                           entschieden=(-140, "Die Mietgarantie wird auf fünf Jahre verlängert.",
                                        "Bürgermeisterin Hollerbach")),),
    ),
    _Projekt(
        key="spielplaetze", korridor="Soziale Stadt", titel="Inklusive Spielplätze in allen Stadtteilen",
        status=ProjektStatus.ABGESCHLOSSEN, beginn=-1300, ende=-420, kickoff=-1285, status_am=-420,
        berichte=("HA0", "LK0"),
        beschreibung="In jedem Stadtteil wird mindestens ein Spielplatz so umgestaltet, dass Kinder mit und "
        "ohne Behinderung gemeinsam spielen können.",
        ziele=("Mindestens ein inklusiver Spielplatz je Stadtteil", "Gestaltungsleitfaden für inklusive Spielplätze",
               "Kinder und Eltern an jeder Planung beteiligen"),
        zielgruppe="Kinder mit und ohne Behinderung, Eltern", zielgruppe_aktiv=True,
        chancen="Gemeinsames Spielen; Vorbild für weitere Freiflächen.",
        aspekte=(_nein("Nicht relevant."), _nein("Keine digitale Komponente vorgesehen."),
                 _ja("Kinderbeteiligung bei jeder Planung")),
        personal="1 PM GBA, 0,5 Stelle SJB", budget=500_000,
        strategie=("Nutzer- und Bedarfsorientierung", "Nachhaltigkeit"),
        schritte=("Leitfaden, Auswahl der Standorte", "Umbau in drei Tranchen", "Abnahme, Evaluation"),
        ausblick="Der Gestaltungsleitfaden gilt künftig für alle Spielplatzsanierungen.",
        lagen=("17 von 27 Spielplätzen sind umgebaut.",
               "Abschlussbericht: Alle 27 Spielplätze sind umgebaut; der Leitfaden ist verbindlich eingeführt."),
        ampel=GRUEN,
        team=(_T("Dietrich", PL, 50), _T("Schwab", MG, 20), _T("Benz", MG, 20)),
        etappen=(_E("Gestaltungsleitfaden beschlossen", -1150, -1140, -1135, extern=True),
                 _E("Erste Tranche umgebaut", -900, -890, -885, extern=True),
                 _E("Zweite Tranche umgebaut", -650, -640),
                 _E("Alle 27 Spielplätze umgebaut", -440, -430, -425, extern=True,
                    wie="Pressetermin, Spielplatzfest")),
        risiken=(_R("Lieferengpässe bei Spielgeräten", 3, 2, "Dietrich", "Frühe Bestellung, Rahmenverträge",
                    -1000, geschlossen=-600),),
    ),
)

_WIRTSCHAFT: tuple[_Projekt, ...] = (
    _Projekt(
        key="startup", korridor="Wirtschafts- und Wissenschaftsstadt",
        titel="Gründungsstadt Karlsruhe – Startup-Lotsen",
        status=ProjektStatus.LAUFEND, beginn=-740, ende=360, kickoff=-725,
        beschreibung="Startup-Lotsinnen und -Lotsen begleiten Gründende durch alle Verwaltungsverfahren, von "
        "der Gewerbeanmeldung bis zur Flächensuche. Ein gemeinsames Angebot mit Hochschulen und Kammern "
        "macht Karlsruhe als Gründungsstandort sichtbar.",
        ziele=("Eine Anlaufstelle für alle Verwaltungsfragen von Gründenden",
               "Bearbeitungszeiten gründungsrelevanter Verfahren halbieren", "Jährlich 100 Gründungen begleiten"),
        zielgruppe="Gründerinnen und Gründer, junge Unternehmen", zielgruppe_aktiv=True,
        chancen="Mehr Gründungen am Standort, engere Zusammenarbeit mit Hochschulen und Kammern.",
        aspekte=(_ja("Beratung auf Englisch für internationale Gründende"),
                 _ja("Digitaler Gründungslotse auf der Website"), _ja("Beirat mit Gründenden")),
        personal="2 Lotsinnen WiFö, Ansprechpersonen in OA und Stpla", budget=300_000,
        strategie=("Innovation", "Bürgerservice", "Vernetzung vor Ort: karlsruhe.digital"),
        schritte=("Konzept, Kooperationsvereinbarungen", "Lotsenbetrieb, digitaler Gründungslotse",
                  "Evaluation, Verstetigung"),
        ausblick="Nach der positiven Zwischenevaluation soll der Lotsendienst in den Regelbetrieb der "
        "Wirtschaftsförderung übergehen.",
        lagen=("Der Lotsendienst hat 140 Gründungen begleitet; der digitale Gründungslotse ist online.",
               "Die Zwischenevaluation ist positiv; eine Gewerbeanmeldung dauert im Schnitt zwei Tage."),
        ampel=GRUEN,
        team=(_T("Eisele", PL, 70), _T("Held", MG, 50), _T("Fichter", EX), _T("Bader", EX)),
        etappen=(_E("Kooperationsvereinbarung mit Hochschulen und Kammern", -650, -640, -640, extern=True),
                 _E("Digitaler Gründungslotse online", -400, -395, -390, extern=True),
                 _E("Zwischenevaluation vorgelegt", -70, -58, intern=True),
                 _E("Gründungswoche mit den Hochschulen", 28, extern=True, wie="Programm, Pressemitteilung"),
                 _E("Übergang in den Regelbetrieb", 340)),
        risiken=(_R("Personalwechsel im Lotsenteam", 2, 3, "Eisele", "Wissensdokumentation, Tandems", -500),),
    ),
    _Projekt(
        key="campus_city", korridor="Wirtschafts- und Wissenschaftsstadt",
        titel="Campus trifft City – Wissenschaft erleben",
        status=ProjektStatus.LAUFEND, beginn=-450, ende=250, kickoff=-436, veraltet=True,
        berichte=("HA", "LG5"),
        beschreibung="Hochschulen und Forschungseinrichtungen zeigen ihre Arbeit mitten in der Stadt: in einem "
        "Schaufenster der Wissenschaft, bei Vorträgen auf dem Marktplatz und in einer jährlichen "
        "Wissenschaftsnacht.",
        ziele=("Schaufenster der Wissenschaft in der Innenstadt eröffnen",
               "Jährliche Wissenschaftsnacht mit allen Hochschulen",
               "Wissenschaftsthemen in der Stadtkommunikation verankern"),
        zielgruppe="Stadtgesellschaft, Schülerinnen und Schüler, Studierende", zielgruppe_aktiv=False,
        chancen="Sichtbarkeit des Wissenschaftsstandorts, Nachwuchsgewinnung.",
        aspekte=(_ja("Englischsprachiges Programm für internationale Studierende"),
                 _ja("Digitale Ausstellungsformate"), _ja("Bürgerwissenschaft in zwei Formaten")),
        personal="1 PM WiFö (Wissenschaftsbüro)", budget=220_000,
        strategie=("Innovation", "Offenheit", "Vernetzung national und international"),
        schritte=("Konzept mit den Hochschulen", "Schaufenster und Wissenschaftsnacht",
                  "Evaluation, Trägermodell"),
        ausblick="Für das Schaufenster der Wissenschaft wird ein dauerhaftes Trägermodell mit den "
        "Hochschulen gesucht.",
        lagen=("Das Schaufenster der Wissenschaft ist eröffnet; die erste Wissenschaftsnacht hatte 6.000 Gäste.",
               "Die Gespräche über ein Trägermodell laufen; der Mietvertrag für das Schaufenster ist "
               "um ein Jahr verlängert."),
        ampel=_Ampel(Y, "Trägermodell für das Schaufenster offen", budget=Y),
        team=(_T("Maurer", PL, 60), _T("Hofmann", MG, 20), _T("Sternberg", EX), _T("Bader", EX)),
        etappen=(_E("Kooperationsvereinbarung mit den Hochschulen", -380, -372, -370, extern=True),
                 _E("Schaufenster der Wissenschaft eröffnet", -250, -245, -245, extern=True,
                    wie="Eröffnung mit dem Oberbürgermeister"),
                 _E("Erste Wissenschaftsnacht", -130, -130, -129, extern=True),
                 _E("Trägermodell vereinbart", 40),
                 _E("Zweite Wissenschaftsnacht", 230, extern=True)),
        risiken=(_R("Hochschulen tragen die Kosten nicht mit", 3, 4, "Maurer",
                    "Stufenmodell der Finanzierung, Sponsoring", -150),),
    ),
    _Projekt(
        key="fachkraefte", korridor="Wirtschafts- und Wissenschaftsstadt",
        titel="Fachkräfte international – Willkommen in Karlsruhe",
        status=ProjektStatus.LAUFEND, beginn=-300, ende=520, kickoff=-286,
        beschreibung="Ein Welcome Center begleitet internationale Fachkräfte und ihre Familien von der "
        "Einreise bis zur Anerkennung des Berufsabschlusses. Die Ausländerbehörde beschleunigt die "
        "Verfahren für Fachkräfte.",
        ziele=("Welcome Center mit Beratung in vier Sprachen", "Beschleunigtes Fachkräfteverfahren in acht Wochen",
               "Netzwerk mit Unternehmen und Kammern"),
        zielgruppe="Internationale Fachkräfte, Unternehmen", zielgruppe_aktiv=True,
        chancen="Fachkräftesicherung für die Unternehmen und für die Stadtverwaltung selbst.",
        aspekte=(_ja("Kern des Vorhabens"), _ja("Digitale Antragstellung im Aufenthaltsrecht"),
                 _ja("Beirat mit Unternehmen und Migrantenorganisationen")),
        personal="1 PM OA, 1 Stelle WiFö", budget=380_000,
        strategie=("Bürgerservice", "Vernetzung national und international", "Nutzer- und Bedarfsorientierung"),
        schritte=("Konzept Welcome Center, Prozessanalyse", "Eröffnung, beschleunigtes Verfahren", "Evaluation"),
        ausblick="Das Welcome Center soll um eine Online-Sprechstunde für Fachkräfte im Ausland erweitert werden.",
        lagen=("Das Konzept für das Welcome Center ist abgestimmt; die Räume sind angemietet.",
               "Das Welcome Center ist eröffnet; das beschleunigte Verfahren dauert im Schnitt elf Wochen."),
        ampel_vorher=_Ampel(Y, "Personalgewinnung für das Welcome Center verzögert", personal=Y), ampel=GRUEN,
        team=(_T("Ferreira", PL, 60), _T("Weiß", MG, 40), _T("Fichter", EX)),
        etappen=(_E("Prozessanalyse Fachkräfteverfahren", -220, -215, intern=True),
                 _E("Welcome Center eröffnet", -80, -75, -75, extern=True, wie="Eröffnung, Pressemitteilung"),
                 _E("Online-Antrag für Aufenthaltstitel", 6, extern=True, wie="Website, Social Media"),
                 _E("Verfahrensdauer unter acht Wochen", 300)),
        risiken=(_R("Anerkennungsverfahren des Landes dauern lange", 4, 3, "Ferreira",
                    "Lotsenfunktion, Abstimmung mit dem Regierungspräsidium", -250),
                 _R("Personalmangel in der eigenen Behörde", 3, 4, "Weiß",
                    "Ausbildungsoffensive, Arbeitgebermarketing", -200, bewertet=(-60, 3, 3))),
    ),
    _Projekt(
        key="gewerbeflaechen", korridor="Wirtschafts- und Wissenschaftsstadt",
        titel="Gewerbeflächen-Monitoring digital",
        status=ProjektStatus.ABGEBROCHEN, beginn=-600, ende=100, kickoff=-585, status_am=-140,
        berichte=("LK1", "HA"), nicht_oeffentlich=True,
        beschreibung="Ein digitales Monitoring erfasst alle gewerblichen Flächenpotenziale der Stadt tagesaktuell, "
        "damit Anfragen ansiedlungsinteressierter Unternehmen schnell beantwortet werden können.",
        ziele=("Alle Gewerbeflächenpotenziale digital erfassen",
               "Flächenanfragen von Unternehmen schneller beantworten"),
        zielgruppe="Wirtschaftsförderung, Stadtplanung, ansiedlungsinteressierte Unternehmen",
        zielgruppe_aktiv=False,
        chancen="Schnellere Ansiedlungsentscheidungen.",
        aspekte=(_nein("Nicht relevant."), _ja("Flächendatenbank mit Kartenanbindung"),
                 _nein("Interne Fachanwendung; keine Beteiligung vorgesehen.")),
        personal="1 PM WiFö, 0,5 Stelle Stpla", budget=250_000,
        strategie=("Fachanwendungen", "Open Government und Daten", "Effizienz"),
        schritte=("Anforderungen, Datenbestand", "Aufbau der Flächendatenbank", "Betrieb"),
        ausblick="Die erhobenen Daten werden in die Landesplattform übernommen; die Restmittel fließen in den "
        "Haushalt zurück.",
        lagen=("Die Datenerhebung ist zu zwei Dritteln abgeschlossen; die Ausschreibung der Software verzögert sich.",
               "Das Projekt wurde abgebrochen, weil die Landesplattform den Bedarf abdeckt; die Daten werden "
               "übergeben."),
        ampel_vorher=_Ampel(Y, "Ausschreibung der Software verzögert sich", zeit=Y),
        ampel=_Ampel(R, "Projekt abgebrochen", zeit=R),
        team=(_T("Hammer", PL, 50), _T("Gerber", MG, 20)),
        etappen=(_E("Anforderungen abgestimmt", -500, -495),
                 _E("Datenerhebung abgeschlossen", -300, -280),
                 _E("Software ausgeschrieben", -200, entfallen=-140)),
        risiken=(_R("Doppelstruktur zur Landesplattform", 4, 4, "Hammer", "Abstimmung mit dem Land; Abbruch prüfen",
                    -220, nicht_oeffentlich=True),),
        entscheidungen=(_D(EntscheidungsArt.ENTSCHEIDUNGSBEDARF, "Fortführung oder Abbruch des Projekts",
                           "Die Landesplattform deckt den Bedarf weitgehend ab.", -200, durch="BMK",
                           entschieden=(-145, "Das Projekt wird abgebrochen; die Daten gehen an die "
                                        "Landesplattform.", "Bürgermeisterkonferenz"),
                           nicht_oeffentlich=True),),
    ),
)

_GRUEN: tuple[_Projekt, ...] = (
    _Projekt(
        key="hitze", korridor="Grüne Stadt", titel="Hitzeaktionsplan und kühle Orte",
        status=ProjektStatus.LAUFEND, beginn=-520, ende=400, kickoff=-505,
        beschreibung="Der Hitzeaktionsplan legt fest, wie Stadt und Partner hitzebedingte Gesundheitsrisiken "
        "senken: mit einer Warnkette, kühlen Orten in jedem Stadtteil und Angeboten für besonders "
        "gefährdete Menschen.",
        ziele=("Hitzeaktionsplan vom Gemeinderat beschlossen", "Netz kühler Orte in allen Stadtteilen",
               "Hitzewarnungen erreichen Pflegeeinrichtungen, Kitas und Schulen"),
        zielgruppe="Ältere und pflegebedürftige Menschen, Kinder, Beschäftigte im Freien", zielgruppe_aktiv=False,
        chancen="Weniger hitzebedingte Erkrankungen; sichtbare Klimaanpassung.",
        aspekte=(_ja("Austausch im europäischen Netzwerk für Klimaanpassung"),
                 _ja("Karte der kühlen Orte, automatische Warnkette"),
                 _ja("Hitzespaziergänge, Befragung in Pflegeeinrichtungen")),
        personal="1 PM UA, 0,5 Stelle SJB", budget=280_000,
        strategie=("Open Government und Daten", "Nachhaltigkeit", "Nutzer- und Bedarfsorientierung"),
        schritte=("Analyse, Hitzekarte", "Maßnahmenplan, kühle Orte, Warnkette", "Beschluss, Evaluation"),
        ausblick="Als Nächstes werden zehn weitere kühle Orte ausgeschildert und die Warnkette mit allen "
        "Pflegeeinrichtungen erprobt.",
        lagen=("Die Hitzekarte ist veröffentlicht; 14 kühle Orte sind ausgewiesen.",
               "Der Entwurf des Hitzeaktionsplans ist mit den Fachämtern abgestimmt; die Warnkette steht."),
        ampel=GRUEN,
        team=(_T("Zeller", PL, 60), _T("Strobel", MG, 20), _T("Weber", MG, 30),
              _T("Roos", MG, 10, von=-200, bis=75), _T("Sommer", EX)),
        etappen=(_E("Hitzekarte veröffentlicht", -400, -390, -385, extern=True,
                    wie="Pressemitteilung, Open-Data-Portal"),
                 _E("14 kühle Orte ausgewiesen", -200, -185, -180, extern=True),
                 _E("Warnkette aufgebaut", -60, -50, intern=True),
                 _E("Entwurf des Hitzeaktionsplans in den Gremien", 25),
                 _E("Beschluss im Gemeinderat", 120, extern=True, wie="Pressemitteilung")),
        risiken=(_R("Warnkette erreicht Einrichtungen nicht zuverlässig", 3, 4, "Weber",
                    "Testlauf mit allen Pflegeeinrichtungen, SMS als Rückfallebene", -150),
                 _R("Kühle Orte zu wenig bekannt", 3, 2, "Strobel", "Kampagne mit dem PIA, Beschilderung", -300,
                    bewertet=(-100, 2, 2))),
    ),
    _Projekt(
        key="stadtbaeume", korridor="Grüne Stadt", titel="1.000 neue Stadtbäume",
        status=ProjektStatus.LAUFEND, beginn=-900, ende=600, kickoff=-884,
        beschreibung="Bis zum Projektende werden 1.000 zusätzliche Bäume in Straßen und auf Plätzen gepflanzt, "
        "vorrangig in hitzebelasteten Quartieren. Das Projekt klärt dafür Standorte, Leitungen und Pflege.",
        ziele=("1.000 zusätzliche Straßenbäume pflanzen", "Standortkataster mit Leitungs- und Hitzedaten",
               "Baumpatenschaften für Bürgerinnen und Bürger"),
        zielgruppe="Bürgerinnen und Bürger in hitzebelasteten Quartieren", zielgruppe_aktiv=True,
        chancen="Kühlung, Artenvielfalt, Aufenthaltsqualität.",
        aspekte=(_nein("Kein internationaler Bezug; Baumarten nach aktuellen Forschungsempfehlungen."),
                 _ja("Digitales Baumkataster mit Standortdaten"),
                 _ja("Baumpatenschaften und Standortvorschläge aus der Bürgerschaft")),
        personal="1 PM GBA, Pflanzkolonnen, 0,5 Stelle TBA", budget=1_200_000,
        strategie=("Open Government und Daten", "Nachhaltigkeit"),
        schritte=("Standortkataster, Priorisierung", "Pflanzungen in jährlichen Tranchen", "Pflege, Abschlussbilanz"),
        ausblick="Die nächste Pflanzsaison ist vorbereitet; entscheidend ist die Klärung der Standorte über "
        "Leitungstrassen.",
        lagen=("410 Bäume sind gepflanzt; das Standortkataster ist fertig.",
               "620 Bäume sind gepflanzt. Bei 80 Standorten gibt es Dissens mit den Leitungsträgern."),
        ampel_vorher=_Ampel(Y, "Standortkonflikte mit Leitungen", zeit=Y),
        ampel=_Ampel(Y, "Standortkonflikte liegen der Clearingstelle vor; Personal im GBA knapp", zeit=Y,
                     personal=Y),
        team=(_T("Roos", PL, 50), _T("Mack", MG, 20), _T("Brenner", MG, 30), _T("Kolb", EX)),
        etappen=(_E("Standortkataster fertig", -700, -690, intern=True),
                 _E("250 Bäume gepflanzt", -500, -480, -470, extern=True),
                 _E("500 Bäume gepflanzt", -150, -140, -135, extern=True, wie="Pflanzaktion mit Schulklassen"),
                 _E("750 Bäume gepflanzt", 150, extern=True),
                 _E("1.000 Bäume gepflanzt", 580, extern=True, wie="Baumfest, Pressemitteilung")),
        risiken=(_R("Standorte kollidieren mit Leitungstrassen", 4, 3, "Mack",
                    "Gemeinsame Trassenplanung mit den Stadtwerken, Wurzelschutz", -600, bewertet=(-30, 4, 4)),
                 _R("Trockenheit gefährdet Jungbäume", 3, 3, "Brenner", "Bewässerungssäcke, Gießpatenschaften",
                    -400)),
        entscheidungen=(_D(EntscheidungsArt.DISSENS, "Baumstandorte über Leitungstrassen",
                           "Gartenbauamt und Leitungsträger sind uneins über 80 Standorte.", -28,
                           durch="Projektgruppe", clearing=-21),),
    ),
    _Projekt(
        key="schulhoefe", korridor="Grüne Stadt", titel="Schwammstadt – Entsiegelung von Schulhöfen",
        status=ProjektStatus.LAUFEND, beginn=-350, ende=740, kickoff=-336,
        beschreibung="Asphaltierte Schulhöfe werden entsiegelt, begrünt und so gestaltet, dass sie Regenwasser "
        "speichern. Schülerinnen und Schüler planen ihre Höfe mit.",
        ziele=("Zwölf Schulhöfe entsiegeln", "Regenwasser vor Ort versickern statt ableiten",
               "Schülerinnen und Schüler an jeder Planung beteiligen"),
        zielgruppe="Schulgemeinschaften, Nachbarschaft", zielgruppe_aktiv=True,
        chancen="Kühlere Schulhöfe, Entlastung der Kanalisation, Umweltbildung.",
        aspekte=(_ja("Erfahrungsaustausch mit Partnerstädten zu Schwammstadt-Konzepten"),
                 _nein("Keine digitale Komponente im Kern; Dokumentation auf der Website."),
                 _ja("Planungswerkstätten mit Schulklassen")),
        personal="1 PM SuS, 0,5 Stelle HGW, Planung GBA", budget=900_000,
        strategie=("Nachhaltigkeit", "Nutzer- und Bedarfsorientierung"),
        schritte=("Auswahl der Schulen, Planungswerkstätten", "Umbau in den Sommerferien",
                  "Evaluation, Pflegekonzept"),
        ausblick="Die ersten vier Schulhöfe werden in den nächsten Sommerferien umgebaut.",
        lagen=("Zwölf Schulen sind ausgewählt; die ersten Planungswerkstätten haben stattgefunden.",
               "Die Planungen für vier Schulhöfe sind abgeschlossen; die Ausschreibung läuft."),
        ampel=GRUEN,
        team=(_T("Benz", PL, 50), _T("Scholl", MG, 20), _T("Jakob", MG, 20), _T("Sommer", EX)),
        etappen=(_E("Zwölf Schulen ausgewählt", -250, -240, -235, extern=True),
                 _E("Planungswerkstätten an vier Schulen", -100, -90, -88, extern=True,
                    wie="Schulzeitungen und Amtsblatt"),
                 _E("Umbau der ersten vier Höfe ausgeschrieben", -30, -25),
                 _E("Erste vier Schulhöfe umgebaut", 150, extern=True)),
        risiken=(_R("Baupreise übersteigen die Kostenschätzung", 3, 4, "Jakob",
                    "Ausschreibung in Losen, Eigenleistungen der Schulgemeinschaft", -90),),
    ),
    _Projekt(
        key="gruendach", korridor="Grüne Stadt", titel="Grüne Dächer und Fassaden – Förderprogramm",
        status=ProjektStatus.GEPLANT, beginn=120, ende=1000, kickoff=None, angelegt=-180,
        berichte=("LK2", "LK3"),
        beschreibung="Ein Förderprogramm unterstützt private Eigentümerinnen und Eigentümer bei Dach- und "
        "Fassadenbegrünungen. Städtische Gebäude gehen mit gutem Beispiel voran.",
        ziele=("Förderrichtlinie beschließen", "20.000 Quadratmeter begrünte Dach- und Fassadenfläche",
               "Zehn städtische Gebäude begrünen"),
        zielgruppe="Private Eigentümerinnen und Eigentümer, Wohnungsunternehmen", zielgruppe_aktiv=True,
        chancen="Kühlung und Regenrückhalt im Bestand.",
        aspekte=(_ja("Orientierung an Förderprogrammen europäischer Städte"), _ja("Online-Förderantrag"),
                 _ja("Informationsabende, Beratung vor Ort")),
        personal="1 PM UA", budget=600_000,
        strategie=("Nachhaltigkeit", "Bürgerservice"),
        schritte=("Förderrichtlinie, Beratungsangebot", "Förderung und Umsetzung", "Bilanz"),
        ausblick="Die Förderrichtlinie wird im Gemeinderat beraten; Anträge sollen ab Projektbeginn möglich sein.",
        lagen=("Die Eckpunkte der Förderrichtlinie sind abgestimmt.",
               "Der Entwurf der Förderrichtlinie liegt vor; die Mittel im Doppelhaushalt sind beantragt."),
        ampel_vorher=None, ampel=GRUEN,
        team=(_T("Hess", PL, 50, offen=1), _T("Gerber", MG, 20, benannt=False), _T("Sommer", EX)),
        etappen=(_E("Entwurf der Förderrichtlinie", -60, -52, intern=True),
                 _E("Beschluss der Förderrichtlinie", 100),
                 _E("Erste Förderbescheide", 200)),
        risiken=(_R("Fördermittel im Doppelhaushalt nicht bewilligt", 3, 5, "Hess",
                    "Abgestuftes Programm, Landesmittel einwerben", -150),),
    ),
)

_MOBILITAET: tuple[_Projekt, ...] = (
    _Projekt(
        key="radschnell", korridor="Mobilität", titel="Radschnellverbindungen in die Region",
        status=ProjektStatus.LAUFEND, beginn=-1000, ende=900, kickoff=-985, verzug=120, veraltet=True,
        berichte=("HA", "LG5"),
        beschreibung="Gemeinsam mit den Nachbarkommunen und dem Land plant die Stadt Radschnellverbindungen, "
        "die Pendelnde aus der Region schnell und sicher in die Stadt bringen.",
        ziele=("Machbarkeitsstudien für drei Korridore", "Planfeststellung für den ersten Abschnitt",
               "Baubeginn des ersten Abschnitts"),
        zielgruppe="Pendelnde aus der Region, Radfahrende", zielgruppe_aktiv=True,
        chancen="Weniger Autoverkehr, Klimaschutz, bessere Erreichbarkeit.",
        aspekte=(_nein("Nicht relevant."), _ja("Radzählstellen mit offenen Daten"),
                 _ja("Online-Beteiligung zu den Trassenvarianten")),
        personal="1 PM TBA, 0,5 Stelle Stpla", budget=1_500_000,
        strategie=("Infrastruktur und Plattformen", "Nachhaltigkeit"),
        schritte=("Machbarkeitsstudien, Trassenvarianten", "Planfeststellung, Grunderwerb", "Bau erster Abschnitt"),
        ausblick="Nach der Entscheidung über die Vorzugsvariante kann die Planfeststellung beantragt werden.",
        lagen=("Die Machbarkeitsstudien für alle drei Korridore liegen vor.",
               "Die Online-Beteiligung zu den Trassenvarianten ist ausgewertet; die Entscheidung über die "
               "Vorzugsvariante steht aus."),
        ampel_vorher=_Ampel(Y, "Abstimmung mit den Nachbarkommunen dauert", zeit=Y),
        ampel=_Ampel(Y, "Entscheidung über die Vorzugsvariante steht aus", zeit=R, budget=G),
        team=(_T("Ganter", PL, 60), _T("Wagner", MG, 30), _T("Kern", EX), _T("Lorenz", AP)),
        etappen=(_E("Machbarkeitsstudien beauftragt", -900, -880),
                 _E("Machbarkeitsstudien liegen vor", -400, -330, -320, extern=True),
                 _E("Online-Beteiligung ausgewertet", -90, -70, -65, extern=True, wie="Beteiligungsportal"),
                 _E("Entscheidung über die Vorzugsvariante", 45),
                 _E("Antrag auf Planfeststellung", 300)),
        risiken=(_R("Grunderwerb verzögert sich", 3, 4, "Ganter",
                    "Frühe Gespräche mit Eigentümern, Varianten mit geringem Flächenbedarf", -700),
                 _R("Förderquote des Landes sinkt", 2, 4, "Wagner", "Förderantrag frühzeitig stellen", -500,
                    bewertet=(-200, 3, 4))),
        entscheidungen=(_D(EntscheidungsArt.ENTSCHEIDUNGSBEDARF, "Vorzugsvariante für den ersten Abschnitt",
                           "Zwei Trassenvarianten sind gleichwertig; die eine braucht mehr Grunderwerb, die "
                           "andere kostet Parkplätze.", -70, durch="Gemeinderat", faellig=60),),
    ),
    _Projekt(
        key="mobilstationen", korridor="Mobilität", titel="Mobilitätsstationen in den Quartieren",
        status=ProjektStatus.LAUFEND, beginn=-540, ende=360, kickoff=-526,
        beschreibung="An Haltestellen und in Wohnquartieren entstehen Mobilitätsstationen mit Carsharing, "
        "Leih- und Lastenrädern und sicheren Radabstellanlagen, buchbar mit einer App.",
        ziele=("30 Mobilitätsstationen errichten", "Einheitliches Erscheinungsbild und gemeinsame Buchung",
               "Anteil des Umweltverbunds in den Quartieren steigern"),
        zielgruppe="Bewohnerinnen und Bewohner, Pendelnde", zielgruppe_aktiv=True,
        chancen="Weniger private Pkw, mehr Platz im Straßenraum.",
        aspekte=(_ja("Mitarbeit im europäischen Netzwerk für geteilte Mobilität"),
                 _ja("Gemeinsame Buchung über die App des Verkehrsverbunds"),
                 _ja("Standortvorschläge aus den Quartieren")),
        personal="1 PM Stpla, 0,5 Stelle TBA", budget=700_000,
        strategie=("Infrastruktur und Plattformen", "Nachhaltigkeit", "Vernetzung vor Ort: karlsruhe.digital"),
        schritte=("Standortkonzept, Kooperation mit dem KVV", "Bau in drei Paketen", "Evaluation"),
        ausblick="Das zweite Baupaket ist vergeben; mit dem dritten Paket sind alle 30 Stationen in Betrieb.",
        lagen=("Zwölf Stationen sind in Betrieb.", "18 Stationen sind in Betrieb; das zweite Baupaket ist vergeben."),
        ampel=GRUEN,
        team=(_T("Kunz", PL, 60), _T("Kraft", MG, 30), _T("Kern", EX)),
        etappen=(_E("Standortkonzept beschlossen", -420, -415, -410, extern=True),
                 _E("Erste zwölf Stationen in Betrieb", -160, -150, -150, extern=True, wie="Eröffnung mit dem KVV"),
                 _E("Stationen 13 bis 18 in Betrieb", -50, -45, -44, extern=True),
                 _E("Zweites Baupaket vergeben", -30, -20),
                 _E("Nutzerbefragung an den Stationen", 13),
                 _E("Alle 30 Stationen in Betrieb", 340, extern=True)),
        risiken=(_R("Vandalismus an den Stationen", 2, 2, "Kraft", "Robuste Ausstattung, schnelle Reparatur", -140),
                 _R("Carsharing-Anbieter zieht sich zurück", 2, 4, "Kunz", "Verträge mit zwei Anbietern", -300,
                    nicht_oeffentlich=True)),
    ),
    _Projekt(
        key="schulweg", korridor="Mobilität", titel="Sicherer Schulweg – Elternhaltestellen und Schulstraßen",
        status=ProjektStatus.LAUFEND, beginn=-40, ende=700, kickoff=None, angelegt=-200,
        berichte=("LK2", "LK3"),
        beschreibung="An zehn Grundschulen werden die Schulwege sicherer: mit Elternhaltestellen, zeitweise "
        "gesperrten Schulstraßen und Schulwegplänen, die Kinder selbst mitgestalten.",
        ziele=("Schulwegpläne für zehn Grundschulen", "Fünf Schulstraßen erproben",
               "Elternhaltestellen an allen zehn Schulen"),
        zielgruppe="Grundschulkinder und ihre Eltern", zielgruppe_aktiv=True,
        chancen="Mehr Kinder gehen selbstständig zur Schule, weniger Elterntaxis.",
        aspekte=(_nein("Nicht relevant."), _ja("Digitaler Schulwegplan"), _ja("Kinder kartieren ihre Schulwege")),
        personal="1 PM TBA, 0,5 Stelle OA", budget=260_000,
        strategie=("Nutzer- und Bedarfsorientierung", "Nachhaltigkeit"),
        schritte=("Auswahl der Schulen, Schulwegkartierung", "Umsetzung der Maßnahmen", "Evaluation"),
        ausblick="Der Kick-off mit der Projektgruppe und dem Bürgermeister ist für die nächsten Wochen geplant.",
        lagen=("Die Projektskizze ist abgestimmt; zehn Grundschulen haben Interesse bekundet.",
               "Das Projekt ist gestartet; die Schulwegkartierung an den ersten drei Schulen läuft."),
        ampel=_Ampel(Y, "Kick-off noch nicht durchgeführt", zeit=Y),
        team=(_T("Hauck", PL, 50), _T("Maier", MG, 20, offen=2), _T("Bär", MG, 20)),
        etappen=(_E("Zehn Grundschulen ausgewählt", -20, -15, intern=True),
                 _E("Schulwegkartierung an drei Schulen", 50),
                 _E("Erste Schulstraße erprobt", 200, extern=True, wie="Pressetermin an der Schule")),
        risiken=(_R("Widerstand von Anwohnenden gegen Schulstraßen", 3, 3, "Hauck",
                    "Frühe Information, Erprobung zunächst befristet", -30),),
    ),
)

LEITPROJEKTE: tuple[_Projekt, ...] = _INNENSTADT + _VERWALTUNG + _SOZIAL + _WIRTSCHAFT + _GRUEN + _MOBILITAET

_PERSON = {p.nachname: p for p in PERSONEN}
_EXTERN = {o.key for o in ORGANISATIONEN}
_KORRIDOR = {k.name: k for k in KORRIDORE}
