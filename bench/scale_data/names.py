"""Word lists for the scale-data planners: plausible German names and texts of a city's IQ process.

Pure data. Names of people are invented combinations of common first and last
names; offices follow Karlsruhe's real Ämter; every text is the kind of thing a
secretariat writes. Order matters: the generator picks by index from a seeded
random generator, so changing a list changes the generated data (not its shape).
"""

from __future__ import annotations

VORNAMEN_W: tuple[str, ...] = (
    "Anja", "Andrea", "Anna", "Annette", "Aylin", "Barbara", "Bettina", "Birgit", "Carina", "Carolin",
    "Christina", "Claudia", "Daniela", "Elena", "Elisabeth", "Eva", "Franziska", "Gabriele", "Hannah",
    "Heike", "Ines", "Isabel", "Jana", "Jasmin", "Johanna", "Julia", "Jutta", "Karin", "Katharina",
    "Katrin", "Kerstin", "Klara", "Laura", "Lea", "Lena", "Lisa", "Manuela", "Mareike", "Maria",
    "Mariana", "Marion", "Martina", "Melanie", "Michaela", "Miriam", "Monika", "Nadine", "Natalie",
    "Nicole", "Nina", "Petra", "Ramona", "Rebecca", "Sabine", "Sandra", "Sarah", "Saskia", "Selin",
    "Silke", "Simone", "Sophie", "Stefanie", "Susanne", "Svenja", "Tanja", "Theresa", "Ulrike", "Ute",
    "Vanessa", "Verena", "Yvonne", "Zeynep",
)

VORNAMEN_M: tuple[str, ...] = (
    "Alexander", "Andreas", "Arne", "Benedikt", "Benjamin", "Bernd", "Björn", "Christian", "Christoph",
    "Daniel", "David", "Dennis", "Dirk", "Dominik", "Emre", "Fabian", "Felix", "Florian", "Frank",
    "Georg", "Hans-Peter", "Heiko", "Jan", "Jens", "Jochen", "Jonas", "Jörg", "Julian", "Jürgen", "Kai",
    "Karl-Heinz", "Klaus", "Konrad", "Lars", "Lukas", "Manuel", "Marco", "Marcel", "Markus", "Martin",
    "Matthias", "Maximilian", "Michael", "Moritz", "Niklas", "Nico", "Oliver", "Patrick", "Paul",
    "Peter", "Philipp", "Rainer", "Ralf", "René", "Robert", "Rüdiger", "Sascha", "Sebastian", "Simon",
    "Stefan", "Steffen", "Sven", "Thomas", "Thorsten", "Tim", "Timo", "Tobias", "Torsten", "Ulrich",
    "Uwe", "Volker", "Wolfgang", "Yusuf",
)

NACHNAMEN: tuple[str, ...] = (
    "Albrecht", "Bader", "Bär", "Baumann", "Bechtold", "Becker", "Benz", "Berger", "Bischoff", "Blum",
    "Brandt", "Braun", "Brecht", "Brenner", "Bühler", "Burkhardt", "Dietrich", "Dörflinger", "Eberle",
    "Eckert", "Eisele", "Engel", "Fischer", "Frank", "Frey", "Fritsch", "Fuchs", "Ganter", "Gerber",
    "Graf", "Günther", "Haag", "Hahn", "Hammer", "Hartmann", "Hauck", "Hauser", "Heinrich", "Held",
    "Herrmann", "Hertweck", "Hess", "Hofmann", "Horn", "Huber", "Jäger", "Jakob", "Kaiser", "Keller",
    "Kern", "Ketterer", "Kiefer", "Klein", "Koch", "Kohler", "Kolb", "König", "Kraft", "Kramer",
    "Krause", "Krüger", "Kühn", "Kühnle", "Kunz", "Kurz", "Lang", "Lange", "Lehmann", "Lindner",
    "Lorenz", "Ludwig", "Mack", "Maier", "Maurer", "Mayer", "Meier", "Meyer", "Mohr", "Möller", "Müller",
    "Nagel", "Neumann", "Ohnemus", "Ott", "Peters", "Pfeiffer", "Rastätter", "Reinhardt", "Renz",
    "Reuß", "Richter", "Roos", "Roth", "Sauter", "Schäfer", "Scherer", "Schilling", "Schmid", "Schmidt",
    "Schmitt", "Schneider", "Scholl", "Schreiber", "Schröder", "Schubert", "Schulz", "Schuster",
    "Schwab", "Schwarz", "Seiler", "Sieferle", "Sommer", "Stark", "Steiner", "Strecker", "Strobel",
    "Vogel", "Vogt", "Vollmer", "Wacker", "Wagner", "Walter", "Weber", "Weigel", "Weis", "Weiß",
    "Werner", "Wetzel", "Wild", "Winkler", "Wittmann", "Wolf", "Zeller", "Ziegler", "Zimmermann",
    "Demir", "Yılmaz", "Kaya", "Ferreira", "Nowak", "Kowalski", "Popescu", "Rossi", "Novak", "Petrović",
)

#: the Dezernate of one city, each with its Ämter (Kürzel, Bezeichnung)
DEZERNATE: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Innenstadt, Kultur und Kommunikation", (
        ("KA", "Kulturamt"), ("PIA", "Presse- und Informationsamt"), ("MA", "Marktamt"))),
    ("Bürgerdienste, Organisation und Digitalisierung", (
        ("OA", "Ordnungs- und Bürgeramt"), ("IT", "Amt für Informationstechnik und Digitalisierung"),
        ("POA", "Personal- und Organisationsamt"), ("VME", "Stabsstelle Verwaltungs- und Managemententwicklung"))),
    ("Soziales, Jugend, Schule und Sport", (
        ("SJB", "Sozial- und Jugendbehörde"), ("SuS", "Schul- und Sportamt"), ("GA", "Gesundheitsamt"))),
    ("Wirtschaft, Wissenschaft und Finanzen", (
        ("WiFö", "Wirtschaftsförderung"), ("Käm", "Stadtkämmerei"), ("AfSta", "Amt für Stadtentwicklung"),
        ("LA", "Liegenschaftsamt"))),
    ("Umwelt, Klima und Grün", (
        ("UA", "Umwelt- und Arbeitsschutz"), ("GBA", "Gartenbauamt"), ("AfA", "Amt für Abfallwirtschaft"))),
    ("Planen, Bauen und Mobilität", (
        ("Stpla", "Stadtplanungsamt"), ("TBA", "Tiefbauamt"), ("HGW", "Amt für Hochbau und Gebäudewirtschaft"),
        ("VLA", "Vermessungs- und Liegenschaftsamt"))),
)

ABTEILUNGEN: tuple[str, ...] = (
    "Grundsatz und Steuerung", "Service und Verwaltung", "Planung", "Projekte", "Digitales", "Controlling",
)

#: external organisations (Name, Art); further groups get a district suffix
ORGANISATIONEN: tuple[tuple[str, str], ...] = (
    ("Karlsruher Institut für Technologie (KIT)", "Universität"),
    ("Hochschule Karlsruhe", "Hochschule"),
    ("Pädagogische Hochschule Karlsruhe", "Hochschule"),
    ("IHK Karlsruhe", "Kammer"),
    ("Handwerkskammer Karlsruhe", "Kammer"),
    ("Karlsruher Verkehrsverbund (KVV)", "Verkehrsverbund"),
    ("Stadtwerke Karlsruhe GmbH", "Städtische Gesellschaft"),
    ("Volkswohnung GmbH", "Wohnungsunternehmen"),
    ("Caritasverband Karlsruhe e. V.", "Wohlfahrtsverband"),
    ("Diakonisches Werk Karlsruhe", "Wohlfahrtsverband"),
    ("Bürgerforum Innenstadt e. V.", "Bürgerverein"),
    ("Stadtjugendausschuss e. V.", "Jugendverband"),
    ("Fraunhofer IOSB", "Forschungsinstitut"),
    ("FZI Forschungszentrum Informatik", "Forschungsinstitut"),
    ("CyberForum e. V.", "Netzwerk"),
    ("Zentrum für Kunst und Medien (ZKM)", "Kultureinrichtung"),
    ("Karlsruhe Marketing und Event GmbH", "Städtische Gesellschaft"),
    ("KEK – Karlsruher Energie- und Klimaschutzagentur", "Agentur"),
    ("Landesamt für Geoinformation und Landentwicklung", "Landesbehörde"),
    ("ADFC Karlsruhe", "Verband"),
    ("City Initiative Karlsruhe e. V.", "Händlerverband"),
    ("Stadtmedienzentrum Karlsruhe", "Bildungseinrichtung"),
    ("AWO Kreisverband Karlsruhe-Stadt", "Wohlfahrtsverband"),
    ("Bürgerstiftung Karlsruhe", "Stiftung"),
)

STADTTEILE: tuple[str, ...] = (
    "Innenstadt-Ost", "Innenstadt-West", "Südstadt", "Südweststadt", "Weststadt", "Nordweststadt",
    "Oststadt", "Mühlburg", "Daxlanden", "Knielingen", "Grünwinkel", "Oberreut", "Beiertheim-Bulach",
    "Weiherfeld-Dammerstock", "Rüppurr", "Waldstadt", "Rintheim", "Hagsfeld", "Durlach", "Grötzingen",
    "Stupferich", "Hohenwettersbach", "Wolfartsweier", "Grünwettersbach", "Palmbach", "Neureut", "Nordstadt",
)

#: further corridor themes beyond the six of the IQ process (then numbered variants)
KORRIDORE_WEITERE: tuple[str, ...] = (
    "Klimaneutrale Stadt", "Digitale Stadt", "Familienfreundliche Stadt", "Kulturstadt", "Sichere Stadt",
    "Gesunde Stadt", "Wohnen für alle", "Bildungsstadt", "Sportstadt", "Internationale Stadt",
    "Stadt der Teilhabe", "Energiewende vor Ort", "Lebendige Stadtteile", "Schwammstadt und Wasser",
    "Attraktive Arbeitgeberin", "Kreislaufwirtschaft", "Engagierte Stadtgesellschaft", "Stadt der kurzen Wege",
    "Gutes Altern", "Junge Stadt", "Innovative Wirtschaft", "Offene Daten", "Saubere Stadt", "Starke Region",
)

KORRIDOR_ZIELE: tuple[str, ...] = (
    "Die Lebensqualität in allen Stadtteilen sichtbar verbessern; Angebote bündeln und verständlich machen.",
    "Verwaltung, Partner und Bürgerschaft arbeiten gemeinsam an messbaren Zielen für {name}.",
    "Vorhaben ämterübergreifend steuern, Doppelarbeit vermeiden und Wirkung nachweisen.",
    "Bis zum Ende des Doppelhaushalts sichtbare Ergebnisse in den Quartieren erreichen.",
)

KORRIDOR_BESCHREIBUNG: tuple[str, ...] = (
    "Das Korridorthema „{name}“ bündelt Vorhaben mehrerer Dezernate, die nur gemeinsam gelingen.",
    "Unter „{name}“ arbeiten Ämter, städtische Gesellschaften und externe Partner quervernetzt zusammen.",
    "„{name}“ greift die Ziele des Integrierten Stadtentwicklungskonzepts auf und setzt sie in Projekten um.",
)

JAHRESBERICHT_RESUEMEE: tuple[str, ...] = (
    "Die Leitprojekte kommen überwiegend planmäßig voran; zwei Etappenziele wurden später als geplant erreicht.",
    "Das Jahr stand im Zeichen der Umsetzung: mehrere Pilotphasen sind abgeschlossen und ausgewertet.",
    "Personalengpässe haben einzelne Projekte verzögert; die Zusammenarbeit der Ämter hat sich bewährt.",
    "Die Beteiligungsformate haben mehr Menschen erreicht als erwartet; die Rückmeldungen fließen in die Planung.",
)

JAHRESBERICHT_AUSBLICK: tuple[str, ...] = (
    "Im kommenden Jahr sollen die Ergebnisse verstetigt und in den Regelbetrieb überführt werden.",
    "Schwerpunkt ist die Übertragung der Pilotergebnisse auf weitere Stadtteile.",
    "Für die nächste Zielvereinbarung werden die Projekte neu priorisiert.",
    "Die Finanzierung im nächsten Doppelhaushalt wird vorbereitet.",
)

#: subjects of Leitprojekte; a title is a subject, or a subject with a district or a qualifier
VORHABEN: tuple[str, ...] = (
    "Lebendige Erdgeschosse – Zwischennutzung leerer Ladenflächen", "Innenstadtdialog", "Kultur im öffentlichen Raum",
    "Fußgängerleitsystem und digitale Stadtinformation", "Digital Booster", "E-Akte für alle Ämter",
    "Neue Arbeitswelten – mobil und im Büro", "Bürgerservice online", "KI-Assistenz in der Sachbearbeitung",
    "Quartierszentren als Orte der Begegnung", "Frühe Hilfen digital", "Wohnraumakquise",
    "Inklusive Spielplätze", "Gründungsstadt – Startup-Lotsen", "Campus trifft City",
    "Fachkräfte international – Willkommen in Karlsruhe", "Gewerbeflächen-Monitoring digital",
    "Hitzeaktionsplan und kühle Orte", "Neue Stadtbäume", "Schwammstadt – Entsiegelung von Schulhöfen",
    "Grüne Dächer und Fassaden", "Radschnellverbindungen in die Region", "Mobilitätsstationen",
    "Sicherer Schulweg", "Digitale Bauakte", "Open-Data-Portal", "Smarte Straßenbeleuchtung",
    "Quartiersmanagement", "Seniorennetzwerke", "Jugendbeteiligung", "Digitale Schule",
    "Sportparks für alle", "Sanierung kommunaler Gebäude", "Energieberatung für Hausbesitzende",
    "Photovoltaik auf städtischen Dächern", "Wärmeplanung", "Klimaschutzfonds", "Abfallvermeidung im Quartier",
    "Urbane Gärten", "Stadtgrün an Bushaltestellen", "Wasser in der Stadt", "Lärmaktionsplan",
    "Barrierefreie Haltestellen", "Carsharing im Quartier", "Lastenräder für alle", "Parkraumkonzept",
    "Fahrradparken am Hauptbahnhof", "Begegnungszonen", "Kulturelle Bildung", "Museumsnacht digital",
    "Stadtteilbibliotheken als dritte Orte", "Ehrenamtsbörse", "Integrationslotsen", "Sprachcafés",
    "Gesundheitskioske", "Pflegestützpunkte", "Obdachlosenhilfe – Housing First", "Familienzentren",
    "Kita-Platzvergabe online", "Ganztagsbetreuung", "Schulsozialarbeit", "Ausbildungsoffensive Verwaltung",
    "Führungskräfteentwicklung", "Wissensmanagement", "Digitale Ratsarbeit", "Bürgerhaushalt",
    "Beteiligungsportal", "Onlinezugangsgesetz umsetzen", "Zentrales Terminmanagement", "Digitale Personalakte",
    "Rechnungsworkflow", "Green IT", "Informationssicherheit", "Geodateninfrastruktur", "Digitaler Zwilling",
    "Sensorik für Stadtklima", "Innovationslabor", "Coworking im Rathaus", "Wissenschaftsfestival",
    "Tech-Transfer für den Mittelstand", "Gewerbehöfe für das Handwerk", "Nachtökonomie", "Wochenmärkte stärken",
    "Tourismus-Strategie", "Stadtmarketing digital", "Sauberkeitsoffensive", "Kommunaler Ordnungsdienst",
    "Sicherheitspartnerschaft", "Katastrophenschutz und Warnsysteme", "Hochwasserschutz", "Biodiversitätsstrategie",
    "Streuobstwiesen", "Friedhöfe als Grünräume", "Spielraumkonzept", "Freibäder modernisieren",
    "Sportvereine digital", "Bewegte Stadt", "Kinder- und Jugendfreundliche Stadt", "Generationenwohnen",
    "Genossenschaftliches Bauen", "Konversion von Brachflächen", "Nachverdichtung mit Qualität",
)

TITEL_ZUSAETZE: tuple[str, ...] = (
    "Pilotphase", "Ausbau", "zweiter Abschnitt", "Verstetigung", "2030", "digital", "für alle Stadtteile",
)

PROJEKT_BESCHREIBUNG: tuple[str, ...] = (
    "Im Leitprojekt „{titel}“ entwickeln Verwaltung und Partner gemeinsam Lösungen, die in den Quartieren "
    "sichtbar werden. Ergebnisse werden erprobt, ausgewertet und auf weitere Stadtteile übertragen.",
    "„{titel}“ bündelt bisher getrennte Vorhaben mehrerer Ämter. Ziel ist ein abgestimmtes Angebot aus einer "
    "Hand, das Bürgerinnen und Bürger leicht finden und nutzen können.",
    "Das Projekt „{titel}“ setzt einen Beschluss des Gemeinderats um. Es wird in Etappen geplant, mit der "
    "Zielgruppe erprobt und nach jeder Etappe bewertet.",
    "Mit „{titel}“ erprobt die Stadt neue Wege der Zusammenarbeit über Ämtergrenzen hinweg. Die Erfahrungen "
    "fließen in die Fortschreibung des Korridorthemas ein.",
)

BEITRAG: tuple[str, ...] = (
    "Das Projekt trägt unmittelbar zu den Zielen des Korridorthemas bei und macht sie im Stadtbild sichtbar.",
    "Es schafft die Grundlage, auf der weitere Vorhaben des Korridorthemas aufbauen.",
    "Es verbindet zwei Ziele des Korridorthemas und nutzt vorhandene Strukturen.",
)

ZIELGRUPPEN: tuple[str, ...] = (
    "Bürgerinnen und Bürger aller Stadtteile", "Familien mit kleinen Kindern", "Seniorinnen und Senioren",
    "Beschäftigte der Stadtverwaltung", "Gewerbetreibende in der Innenstadt", "Studierende und Forschende",
    "Schülerinnen und Schüler", "Menschen mit Behinderung", "Neubürgerinnen und Neubürger",
    "Gründerinnen und Gründer", "Vereine und Initiativen", "Pendlerinnen und Pendler",
    "Wohnungssuchende Haushalte", "Ämter und Dienststellen",
)

CHANCEN: tuple[str, ...] = (
    "Schnellere Verfahren, weniger Wege, höhere Zufriedenheit.",
    "Mehr Lebensqualität im Quartier und ein Vorbild für weitere Stadtteile.",
    "Geringere Kosten im Betrieb und bessere Datengrundlagen für Entscheidungen.",
    "Stärkere Zusammenarbeit der Ämter; Wissen bleibt in der Verwaltung.",
    "Sichtbare Beiträge zum Klimaschutz und zur Klimaanpassung.",
    "Mehr Teilhabe und bessere Erreichbarkeit von Angeboten.",
)

EINBINDUNG: tuple[str, ...] = (
    "Während aller Phasen", "Zu den Etappenzielen", "In der Initiierungsphase", "In der Umsetzungsphase",
    "Bei Bedarf",
)

KANAELE_FREI: tuple[str, ...] = (
    "Social Media", "Stadtzeitung", "Newsletter", "Stadtteilfest", "Online-Umfrage", "Projektwebseite",
    "Pressemitteilungen", "Infostand auf dem Wochenmarkt",
)

ASPEKT_JA: tuple[tuple[str, ...], ...] = (
    (  # Internationalität
        "Austausch mit den Partnerstädten", "Mehrsprachige Informationen", "Teilnahme an einem EU-Förderprogramm",
        "Erfahrungen aus europäischen Vergleichsstädten", "Internationale Fachkräfte im Projektteam",
    ),
    (  # Digitalisierung
        "Online-Antrag und digitale Bearbeitung", "Offene Daten im Open-Data-Portal", "Digitale Beteiligung",
        "App-Anbindung und QR-Codes", "Auswertung mit Sensordaten",
    ),
    (  # Partizipation
        "Workshops mit der Zielgruppe", "Online-Beteiligung auf dem Beteiligungsportal", "Bürgerwerkstatt",
        "Beteiligung des Jugendgemeinderats", "Begleitgruppe aus Vereinen und Initiativen",
    ),
)

ASPEKT_NEIN: tuple[tuple[str, ...], ...] = (
    ("Nicht relevant für dieses Projekt.", "Rein lokale Aufgabe ohne internationalen Bezug."),
    ("Keine digitale Komponente vorgesehen.", "Digitalisierung erfolgt im Folgeprojekt."),
    ("Zielgruppe ist verwaltungsintern; keine Bürgerbeteiligung vorgesehen.",
     "Beteiligung erfolgte bereits im Vorgängerprojekt."),
)

ZIELE: tuple[str, ...] = (
    "Angebot in allen Stadtteilen verfügbar machen", "Bearbeitungszeiten halbieren", "Zielgruppe aktiv beteiligen",
    "Ergebnisse als offene Daten bereitstellen", "Pilot auswerten und übertragen", "Kosten im Betrieb senken",
    "Verfahren vollständig digital anbieten", "Kooperation mit externen Partnern vereinbaren",
    "Regelbetrieb sicherstellen", "Erfolg mit Kennzahlen messen", "Qualifizierung der Beschäftigten",
    "Barrierefreiheit gewährleisten", "Flächen entsiegeln und begrünen", "CO₂-Ausstoß senken",
    "Bekanntheit des Angebots steigern", "Finanzierung über den Doppelhaushalt hinaus sichern",
)

UNTERZIELE: tuple[str, ...] = (
    "zunächst in zwei Pilotstadtteilen", "mit jährlicher Evaluation", "gemeinsam mit dem Personalrat",
    "in Abstimmung mit der Stadtkämmerei",
)

PERSONAL: tuple[str, ...] = ("1 PM {a}", "1 PM {a}, 0,5 Stelle {b}", "0,5 PM {a}, 1 Stelle {b}", "2 PM {a}")

AUSBLICK: tuple[str, ...] = (
    "Im nächsten Jahr steht die Übertragung auf weitere Stadtteile an.",
    "Nach der Pilotphase wird über den Regelbetrieb entschieden.",
    "Die Finanzierung im nächsten Doppelhaushalt wird beantragt.",
    "Die Ergebnisse werden im Hauptausschuss vorgestellt.",
    "Das Projekt geht planmäßig in die Abschlussphase.",
    "Der Zeitplan wird mit der nächsten Zielvereinbarung angepasst.",
)

AMPEL_NOTIZ_GELB: tuple[str, ...] = (
    "Verzögerung bei der Vergabe", "Stelle der Projektleitung vorübergehend unbesetzt",
    "Abstimmung mit dem Land dauert länger", "Lieferverzug", "Mehrkosten in Prüfung",
)

AMPEL_NOTIZ_ROT: tuple[str, ...] = (
    "Finanzierung im Doppelhaushalt nicht gesichert", "Projektleitung seit Monaten unbesetzt",
    "Ausschreibung gescheitert, Neuausschreibung nötig", "Zeitplan nicht mehr haltbar",
)

PHASEN_SCHRITTE: tuple[tuple[str, ...], ...] = (
    ("Bestandsaufnahme und Projektauftrag", "Bedarfsanalyse und Zielbild", "Machbarkeitsstudie und Projektplan"),
    ("Ausschreibung, Umsetzung und Pilotbetrieb", "Umsetzung in Etappen", "Pilotierung und Rollout"),
    ("Evaluation und Übergabe in den Regelbetrieb", "Auswertung und Abschlussbericht", "Verstetigung"),
)

EXTRA_PHASE = "Verstetigungsphase"

ETAPPENZIELE: tuple[str, ...] = (
    "Projektauftrag beschlossen", "Bestandsaufnahme abgeschlossen", "Auftaktveranstaltung durchgeführt",
    "Konzept abgestimmt", "Gemeinderatsbeschluss", "Ausschreibung veröffentlicht", "Auftrag vergeben",
    "Pilotbetrieb gestartet", "Zwischenbericht vorgelegt", "Erste Ergebnisse veröffentlicht",
    "Beteiligungsphase abgeschlossen", "Rollout in weiteren Ämtern", "Rollout in weiteren Stadtteilen",
    "Evaluation abgeschlossen", "Regelbetrieb aufgenommen", "Abschlussbericht vorgelegt",
    "Förderantrag bewilligt", "Kooperationsvereinbarung unterzeichnet", "Online-Angebot freigeschaltet",
    "Fortbildung der Beschäftigten abgeschlossen", "Baubeginn", "Fertigstellung erster Abschnitt",
)

KOMMUNIKATION_WIE: tuple[str, ...] = (
    "Intranet-Meldung", "Pressemitteilung", "Pressetermin vor Ort", "Social Media", "Stadtzeitung",
    "Newsletter", "Infoveranstaltung",
)

#: (Titel, Maßnahmen)
RISIKEN: tuple[tuple[str, str], ...] = (
    ("Personalengpass im Projektteam", "Freistellung mit der Amtsleitung vereinbaren; Aufgaben priorisieren"),
    ("Finanzierung nicht gesichert", "Frühzeitig mit der Stadtkämmerei abstimmen; Förderprogramme prüfen"),
    ("Verzögerung bei der Vergabe", "Vergabeunterlagen früh abstimmen; Puffer im Zeitplan"),
    ("Lieferengpässe", "Rahmenverträge nutzen; frühzeitig bestellen"),
    ("Geringe Akzeptanz in der Zielgruppe", "Beteiligung ausbauen; Kommunikation verstärken"),
    ("Datenschutzrechtliche Bedenken", "Datenschutzbeauftragte früh einbinden; Verfahrensverzeichnis"),
    ("Abhängigkeit von Landesvorgaben", "Abstimmung mit dem Land; Alternativen vorbereiten"),
    ("Technische Schnittstellen fehlen", "Schnittstellenanalyse; Pilot mit einem Fachverfahren"),
    ("Mehrkosten durch Baupreissteigerung", "Kostenkontrolle; Varianten mit geringerem Umfang"),
    ("Widerstand im Quartier", "Dialogformate; Ansprechperson vor Ort"),
    ("Fehlende Flächen", "Flächenmanagement einbinden; Zwischennutzung prüfen"),
    ("Wissensverlust durch Personalwechsel", "Dokumentation; Tandems bei der Übergabe"),
    ("Genehmigungsverfahren dauern länger", "Frühe Abstimmung mit den Genehmigungsbehörden"),
    ("IT-Sicherheitsvorgaben verzögern den Start", "Sicherheitskonzept früh mit dem IT abstimmen"),
)

#: per EntscheidungsArt value: titles
ENTSCHEIDUNGEN: dict[str, tuple[str, ...]] = {
    "problem": (
        "Freistellung der Projektmitarbeitenden", "Zuständigkeit für den Betrieb ungeklärt",
        "Schnittstelle zum Fachverfahren fehlt", "Raumbedarf für das Projektteam",
    ),
    "entscheidungsbedarf": (
        "Fortführung nach der Pilotphase", "Ausweitung auf weitere Stadtteile", "Mittel im nächsten Doppelhaushalt",
        "Vergabe an einen externen Dienstleister", "Verlängerung der Projektlaufzeit",
    ),
    "dissens": (
        "Uneinigkeit über die Federführung", "Abweichende Prioritäten zweier Ämter",
        "Streit über die Kostenaufteilung",
    ),
}

ENTSCHEIDUNG_DURCH: tuple[str, ...] = (
    "Bürgermeister/in", "BMK", "IQ-Lenkungskreis", "IQ-Lenkungsgruppe", "Amtsleitung", "Gemeinderat",
)

ENTSCHEIDUNG_ERGEBNIS: tuple[str, ...] = (
    "Zugestimmt wie vorgeschlagen.", "Zugestimmt mit der Auflage, im nächsten Sachstand zu berichten.",
    "Abgelehnt; das Projekt arbeitet mit den vorhandenen Mitteln weiter.",
    "Die Federführung liegt beim Amt der Projektleitung.", "Vertagt und in geänderter Form beschlossen.",
)

SACHSTAND_ERREICHT: tuple[str, ...] = (
    "Das Projekt liegt im Zeitplan.", "Die Pilotphase ist angelaufen und wird gut angenommen.",
    "Die Abstimmung mit den beteiligten Ämtern ist abgeschlossen.",
    "Die Ausschreibung wurde veröffentlicht.", "Die Beteiligungsphase hat viele Rückmeldungen gebracht.",
    "Die Umsetzung verzögert sich wegen Personalengpässen.", "Der Zwischenbericht liegt vor.",
    "Erste Ergebnisse wurden in der Lenkungsgruppe vorgestellt.",
)

SITZUNG_BEMERKUNG: dict[str, str] = {
    "IQ-Lenkungsgruppe": "Monatliche Sitzung in der Sekretariatsleiterrunde",
    "IQ-Lenkungskreis": "Gemeinsame Sitzung mit der Bürgermeisterkonferenz",
    "BMK": "Sachstand IQ-Prozess mit dem IQ-Lenkungskreis",
    "Hauptausschuss": "Sachstandsbericht IQ-Prozess",
    "Gemeinderat": "Fortschreibung der Leitprojekte",
    "IQ-Netzwerktreffen": "Austausch der Projektleitungen",
}

SITZUNG_ERGEBNIS: dict[str, str] = {
    "IQ-Lenkungsgruppe": "Sachstände besprochen",
    "IQ-Lenkungskreis": "Sachstände beraten",
    "BMK": "zur Kenntnis genommen",
    "Hauptausschuss": "vorberaten",
    "Gemeinderat": "beschlossen",
    "IQ-Netzwerktreffen": "durchgeführt",
}

FUNKTIONEN: tuple[str, ...] = (
    "Projektmanagement", "Sachbearbeitung", "Abteilungsleitung", "Sachgebietsleitung", "Referent/in",
    "Controlling", "Digitalisierungsprojekte", "Organisationsberatung", "Bürgerbeteiligung", "Öffentlichkeitsarbeit",
    "Planung", "Fachanwendungsbetreuung", "Quartiersarbeit", "Stadtplanung", "Verkehrsplanung", "Haushalt",
    "Personalentwicklung", "Klimaanpassung", "Grünflächenplanung", "Veranstaltungen", "Wirtschaftsförderung",
    "Statistik und Monitoring", "E-Government", "Gebäudemanagement",
)

FUNKTIONEN_EXTERN: tuple[str, ...] = (
    "Wissenschaftliche Mitarbeit", "Professur", "Geschäftsführung", "Projektleitung", "Referent/in",
    "Vorstand", "Beratung", "Netzwerkkoordination",
)
