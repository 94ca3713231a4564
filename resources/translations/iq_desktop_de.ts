<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>AbteilungDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_dialogs.py" line="+184"/>
        <source>Neue Abteilung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abteilung bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;mt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;zeichnung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kürzel (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Die Abteilung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ampel</name>
    <message>
        <location filename="../../iq_desktop/presentation.py" line="+40"/>
        <source>keine Angabe</source>
        <extracomment>outline of the empty dot for &quot;keine Angabe&quot; light tints of the Ampel colours, for the background of a table cell that also says the word a phase&apos;s bar in the timeline background of a risk-matrix cell by the band of its score</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/widgets/ampel.py" line="+20"/>
        <source>Ampel {wort}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmtDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_dialogs.py" line="-82"/>
        <source>Neues Amt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amt bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. OA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Ordnungs- und Bürgeramt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– ohne Dezernat –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kürzel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;zeichnung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dezernat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dezernat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Das Amt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anwesenheit</name>
    <message>
        <location filename="../../iq_desktop/db/presence.py" line="+122"/>
        <source>{benutzer} (PC {rechner}, seit {zeit})</source>
        <extracomment>how often a running program says it is still there a program silent for this long counts as gone (crashed PC, cut network) rows this old are removed when a program registers (crashed PCs leave theirs behind) naive UTC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{was} ist nicht möglich, solange andere mit der Datenbank arbeiten: {wer}. Bitte sie bitten, IQ Desktop zu schließen, und dann erneut versuchen (ein abgestürzter PC zählt nach zwei Minuten nicht mehr).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/audit/dialog.py" line="+39"/>
        <source>beliebig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Änderungsprotokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zeitraum von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeitraum bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter &amp;zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;{Leitprojekt}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benutzer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benutzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zeitraum &amp;von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b&amp;is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Einträge des Änderungsprotokolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Änderungen des gewählten Eintrags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Änderungen des gewählten Eintrags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unbegrenzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufbewahrung des Protokolls in Jahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aufbewahrung für alle Arbeitsplätze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufbewahrung über&amp;nehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ältere Einträge werden beim Programmstart entfernt; das Entfernen selbst wird protokolliert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Die neuesten {n} Einträge; bitte die Filter eingrenzen, um ältere zu sehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} Einträge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Begriffe</name>
    <message>
        <location filename="../../iq_desktop/enums.py" line="+115"/>
        <source>geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>laufend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>pausiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>abgebrochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grün</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gelb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch nicht begonnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entfallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in Bearbeitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auftraggeber/in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Projektleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Mitglied der Projektgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>externe/r Expert/in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entscheidungsbedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entschieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zurückgezogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlungsfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gestaltungsprinzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stabsstelle VME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korridorbeauftragte/r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nur lesen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berichte</name>
    <message>
        <location filename="../../iq_desktop/ui/reports/dialog.py" line="+60"/>
        <source>Excel-Übersicht für die IQ-Lenkungsgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sachstandsbericht (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalender: Etappenziele und Sitzungen (iCalendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word-Dokument (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalenderdatei (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berichtszyklus</name>
    <message>
        <location filename="../../iq_desktop/services/reporting_cycle.py" line="+27"/>
        <source>Der Berichtszyklus muss zwischen 1 und 366 Tagen liegen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/conflict_dialog.py" line="+121"/>
        <source>Inzwischen anderswo gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} von {m} Feldern weichen ab (fett und mit „abweichend“ markiert). Bitte wählen, welcher Stand gelten soll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ihre Eingaben und der gespeicherte Stand im Vergleich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Gespeicherten Stand übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Eingaben verwerfen und den gespeicherten Stand laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meine Eingaben darüber speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Eingaben auf den gespeicherten Stand speichern; wo Felder abweichen, gilt Ihre Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nichts speichern; Ihre Eingaben bleiben im Formular</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../iq_desktop/ui/widgets/date_field.py" line="+32"/>
        <source>TT.MM.JJJJ; F4 oder Alt+Pfeil nach unten öffnet den Kalender, Entf leert das Feld</source>
        <extracomment>the lowest date the field holds; it means &quot;no date&quot; (dates of the 20th century remain possible)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Datenbank</name>
    <message>
        <location filename="../../iq_desktop/db/backup.py" line="+42"/>
        <source>Die Sicherung von „{quelle}“ nach „{ziel}“ ist fehlgeschlagen ({grund}). Es wurde nichts verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die Prüfung der Datenbank hat Schäden gefunden ({befund}). Bitte nicht weiterarbeiten und die IT-Abteilung bitten, eine Sicherung zurückzuspielen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/engine.py" line="+110"/>
        <source>„{art}“ ist keine bekannte Datenbankart. Bitte einen SQLite-Dateipfad oder eine Adresse wie mssql+pyodbc://… oder postgresql+psycopg://… angeben.</source>
        <extracomment>milliseconds a connection waits for a lock another one holds before giving up (SQLite&apos;s busy timeout; PostgreSQL&apos;s lock timeout for writes) longest pause, in seconds, between two attempts to take SQLite&apos;s write lock (see _sqlite_begin) execution option naming how a transaction begins: &quot;IMMEDIATE&quot; takes the write lock at once (SQLite: BEGIN IMMEDIATE; PostgreSQL: the program&apos;s advisory lock, see _postgresql_begin) the PostgreSQL advisory lock every write transaction of IQ Desktop holds (any constant; &quot;IQDESK&quot;) the ODBC driver the city&apos;s PCs get with the installer (docs/sql-server.md)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Für „{art}“ fehlt der Datenbanktreiber ({modul}). Bitte die IT-Abteilung bitten, ihn zu installieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datenbankadresse „{art}://…“ ist ungültig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/errors.py" line="+51"/>
        <source>Der Datenbankserver von „{db}“ ist nicht erreichbar. Bitte die Netzwerkverbindung prüfen und erneut versuchen, sonst die IT-Abteilung fragen.</source>
        <extracomment>driver texts of a database that is away, locked, full, damaged or forbidden: what the user or IT can act on. Anything else (no such table, a syntax error) is a bug and stays one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{db}“ gibt es auf dem Server nicht. Bitte die Adresse prüfen oder die Datenbankverwaltung fragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Datenbankserver hat die Anmeldung für „{db}“ abgelehnt. Bitte Benutzername und Rechte von der Datenbankverwaltung prüfen lassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auf dem Datenbankserver fehlen Rechte für „{db}“. Bitte die Datenbankverwaltung fragen (nach einem Update richtet sie mit „iq-desktop migrate“ den neuen Schemastand ein).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datenbank „{db}“ ist gerade von einem anderen Arbeitsplatz gesperrt. Bitte in einigen Sekunden noch einmal versuchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datenbank „{db}“ wurde zuletzt nicht sauber geschlossen (z. B. Absturz). Bitte einmal im Programm öffnen oder „iq-desktop init --db …“ ausführen; dabei wird die unterbrochene Änderung zurückgenommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datenbank „{db}“ ist schreibgeschützt. Bitte Schreibrechte für die Datei und ihren Ordner erteilen lassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{db}“ kann nicht geöffnet werden. Bitte prüfen, ob das Laufwerk erreichbar ist und Lese- und Schreibrechte für Datei und Ordner bestehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auf dem Laufwerk von „{db}“ ist kein Platz mehr. Bitte Platz schaffen; es wurde nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beim Zugriff auf „{db}“ ist ein Lese- oder Schreibfehler aufgetreten (Netzlaufwerk getrennt?). Bitte die Verbindung prüfen und erneut versuchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{db}“ ist beschädigt oder keine SQLite-Datenbank. Die Datei wurde nicht verändert; bitte eine Sicherung zurückspielen oder die IT-Abteilung fragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{db}“ meldet einen Fehler. Einzelheiten stehen im Protokoll; bitte die IT-Abteilung fragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/location.py" line="+38"/>
        <source>Arbeitsspeicher (nicht gespeichert)</source>
        <extracomment>the embedded default in the user data folder, whose folder the program creates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Die Datenbankadresse „{wert}“ ist ungültig. Bitte einen Dateipfad oder eine SQLAlchemy-URL angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kein Zugriff auf „{pfad}“ ({grund}). Bitte die Zugriffsrechte für den Ordner prüfen lassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{pfad}“ ist ein Ordner, keine Datenbankdatei. Bitte den Pfad einer .sqlite-Datei angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die eingebettete Datenbank „{pfad}“ gibt es noch nicht. Sie wird beim ersten Programmstart oder mit „iq-desktop init“ angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datenbank „{pfad}“ wurde nicht gefunden. Pfad prüfen oder mit „iq-desktop init --db {pfad}“ anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Ordner „{ordner}“ existiert nicht (Netzlaufwerk nicht verbunden?). Bitte einen vorhandenen Ordner wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Datenbank „{pfad}“ kann nicht gelesen werden ({grund}). Bitte die Zugriffsrechte prüfen lassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{pfad}“ ist keine SQLite-Datenbank (beschädigt oder anderes Format). Die Datei wurde nicht verändert; bitte die richtige Datei oder eine Sicherung wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Datenbank „{pfad}“ kann nicht angelegt werden ({grund}). Bitte Schreibrechte im Ordner prüfen lassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>keine Berechtigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schreibgeschütztes Laufwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laufwerk voll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht vorhanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systemfehler {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/migrate.py" line="+99"/>
        <source>Die Aktualisierung der Datenbank auf den Schemastand dieses Programms</source>
        <extracomment>a table only IQ Desktop databases have; an unknown revision without it is someone else&apos;s Alembic no tables at all: a new database at the program&apos;s head revision a known, older revision: migrate a revision this program does not know: written by a newer version tables, but not an IQ Desktop database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>IQ Desktop {v}, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank „{db}“ stammt von einer neueren Programmversion ({neuere}Schemastand {rev}); dieses Programm ist IQ Desktop {eigene} (Schemastand {kopf}). Bitte IQ Desktop aktualisieren; die Datenbank wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>„{db}“ ist keine IQ-Desktop-Datenbank (sie enthält fremde Tabellen). Bitte eine andere Datei wählen; diese wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Datenbank „{db}“ ist noch nicht eingerichtet. Bitte zuerst „iq-desktop init{opt}“ ausführen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datenbank „{db}“ hat einen älteren Schemastand ({rev}) und muss migriert werden. Bitte „iq-desktop migrate{opt}“ ausführen (die IT-Abteilung hilft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/restore.py" line="+63"/>
        <source>Die Sicherung „{quelle}“ ist die Datenbank selbst. Bitte eine Sicherungskopie wählen.</source>
        <extracomment>the copy of the state before the restore; None when there was no database yet the database was marked shared before: the restored one must be too (an older backup may lack the mark)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Das Zurückspielen einer Sicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Das Zurückspielen von „{quelle}“ ist fehlgeschlagen ({grund}). Die Datenbank ist unverändert, oder eine der Sicherungen stellt sie wieder her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/sharing.py" line="+118"/>
        <source>Die Datenbank „{db}“ liegt auf einem Netzlaufwerk, ist aber noch im WAL-Modus eines Einzelplatzes und wird gerade von einem anderen Programm benutzt. Bitte alle anderen IQ-Desktop-Fenster schließen und erneut versuchen.</source>
        <extracomment>the property that marks a database as shared; its value is &quot;ja&quot; Linux file systems that live on another machine</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatenbankWahl</name>
    <message>
        <location filename="../../iq_desktop/ui/settings/database_choice.py" line="+61"/>
        <source>Wo liegen die Daten?</source>
        <extracomment>what the server field shows as an example (SQL Server through ODBC, as the city&apos;s IT runs it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lokale Datenbank auf diesem PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur Sie arbeiten damit. Datei: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gemeinsame Datenbankdatei (z. B. auf einem Netzlaufwerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenbankdatei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. \\server\freigabe\IQ\iq-desktop.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durchs&amp;uchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenbankdatei suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Von mehreren PCs gemeinsam genutzt (auch wenn der Pfad lokal aussieht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daten&amp;bankserver (SQL Server oder PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse des Datenbankservers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Adresse nennt Ihnen die IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbindung &amp;testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ergebnis des Verbindungstests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Bitte die gemeinsame Datenbankdatei angeben.</source>
        <extracomment>the test running now (its answer is dropped when the choice changed meanwhile)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte die Adresse des Datenbankservers angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Datenbankdatei wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IQ-Datenbank (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verbindung wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Verbindung ließ sich nicht prüfen ({art}). Einzelheiten stehen im Protokoll: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../iq_desktop/services/demo.py" line="+146"/>
        <source>Die Datenbank enthält bereits {n} {leitprojekte}; Demodaten werden nur in eine leere Datenbank geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Datenbank enthält bereits Personen, Organisationseinheiten oder Sitzungen; Demodaten werden nur in eine leere Datenbank geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../iq_desktop/ui/projects/detail_panel.py" line="+51"/>
        <source>D&amp;etails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Einordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Beginn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplantes Ende:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kick-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektleitung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auftraggeber/in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aktuelle Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächstes Etappenziel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-Risiko:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktualisiert am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Details zum Leitprojekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wird geladen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Details zum {Leitprojekt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bitte links oder in der Liste ein {Leitprojekt} wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{Korridorthema} und Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{titel} (Risikowert {wert})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keine Beschreibung erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DezernatDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_dialogs.py" line="-99"/>
        <source>Neues Dezernat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dezernat bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Dez. 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kürzel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;zeichnung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bürgermeister/in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bürgermeister/in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bitte die Bürgermeisterin oder den Bürgermeister aus der Liste wählen (Name eintippen und aus den Vorschlägen übernehmen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Das Dezernat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialoge</name>
    <message>
        <location filename="../../iq_desktop/ui/dialogs.py" line="+13"/>
        <source>IQ Desktop – Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IQ Desktop – Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{aktion} ist an einem unerwarteten Fehler gescheitert.

Einzelheiten stehen im Protokoll:
{pfad}

Bitte diese Datei bei einer Rückfrage an die IT mitschicken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IQ Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IQ Desktop – Datenbank nicht erreichbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erneut versuchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <location line="+8"/>
        <location line="+25"/>
        <source>&amp;Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>IQ Desktop – Ungespeicherte Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{titel}“ hat ungespeicherte Änderungen. Speichern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>&amp;Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>IQ Desktop – Änderungen verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle ungespeicherten Änderungen an „{titel}“ verwerfen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IQ Desktop – Eingaben nicht übernommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch nicht übernommen: {was}.

Diese Eingaben verwerfen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zurück zur Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IQ Desktop – Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IQ Desktop – Rückfrage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Einstellungen</name>
    <message>
        <location filename="../../iq_desktop/settings.py" line="+134"/>
        <source>Die Einstellungen konnten nicht gespeichert werden ({pfad}). Bitte prüfen, ob der Ordner beschreibbar ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Die Einstellungen „{pfad}“ sind nicht lesbar{wo}. Bitte die Datei korrigieren oder löschen; ohne sie gelten die Standardwerte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Einstellungen „{pfad}“ haben nicht das erwartete Format. Bitte die Datei korrigieren oder löschen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>In den Einstellungen „{pfad}“ ist der Wert von „{name}“ ungültig ({wert!r}). Bitte korrigieren oder den Eintrag löschen.</source>
        <extracomment>1: database, backups, cycle, language; 2: report defaults, first-start flag what IT may preset for everyone (not the language or a user&apos;s name) database path or SQLAlchemy URL; None = the embedded default the SQLite file is shared by several PCs although its path does not show a network drive (e.g. a share mounted under a local folder); recorded in the database at the next opening days after which a project without update counts as stale (rule 7) folder for automatic backups; None = &quot;Sicherungen&quot; in the data folder how many daily backups stay in the backup folder the Sachstandsbericht&apos;s author when the Berichte dialog leaves it empty (None: the user&apos;s name) the organisation named on the report&apos;s title block (e.g. &quot;Stadt Karlsruhe – Stabsstelle VME&quot;) a corporate-design Word template (None: the one shipped with the program)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EinstellungenDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/settings/dialog.py" line="+63"/>
        <source>Einstellungen</source>
        <extracomment>what the language choice offers: code, name in its own language the reporting cycle to store for everyone (None: unchanged)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sicherung und Berichte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;prache und Begriffe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eine andere Datenbank wird nach „OK“ geöffnet; ein offenes {Leitprojekt} wird vorher geschlossen (ungespeicherte Änderungen werden erfragt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ordner &amp;wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Sicherungsordner wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Sicherungso&amp;rdner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Sicherungsordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hier legt IQ Desktop beim ersten Öffnen eines Tages eine Sicherung einer SQLite-Datenbank ab. Leer: der Standardordner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Anzahl Sicherungen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anzahl Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So viele tägliche Sicherungen bleiben; ältere werden gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leer: Ihr hinterlegter Name, sonst Ihr Anmeldename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ver&amp;fasser/in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verfasser/in der Sachstandsberichte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Stadt Karlsruhe – Stabsstelle VME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation im Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steht im Kopf des Sachstandsberichts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>die mitgelieferte Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlage wä&amp;hlen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Word-Vorlage wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Word-&amp;Vorlage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Word-Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Eine .docx-Datei im Erscheinungsbild der Stadt (siehe docs/word-vorlage.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Spra&amp;che:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sprache der Oberfläche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gilt ab dem nächsten Start von IQ Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Für alle, die mit dieser Datenbank arbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Korridorthema, Leitprojekt, Korridorbeauftragte (Regeln von 2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zukunftsthema, Zukunftsprojekt, Zukunftsbeauftragte (heutige Bezeichnungen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eigene Begriffe: {Korridorthema}, {Leitprojekt}, {Korridorbeauftragte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begr&amp;iffe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begriffe des IQ-Prozesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auf jedem Bildschirm und in jedem Bericht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berichts&amp;zyklus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berichtszyklus in Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ohne neuen Sachstand gilt ein Projekt nach so vielen Tagen als „veraltet“ (Regel 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für alle, die mit der Datenbank arbeiten (erst mit geöffneter Datenbank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Bitte den vollständigen Pfad der Word-Vorlage angeben (z. B. mit „Vorlage wählen …“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Word-Vorlage muss eine .docx-Datei sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Word-Vorlage „{pfad}“ gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte den vollständigen Pfad des Sicherungsordners angeben (z. B. mit „Ordner wählen …“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{pfad}“ ist eine Datei, kein Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Word-Dokument (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntscheidungDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/risk_dialogs.py" line="+143"/>
        <source>Entscheidung vermerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>z. B. Lenkungsgruppe, Bürgermeister Dez. 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ergebnis der Entscheidung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entschieden &amp;am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entschieden am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entschieden &amp;durch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entschieden durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Der Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entscheidungen</name>
    <message>
        <location filename="../../iq_desktop/services/decisions.py" line="+59"/>
        <source>Nur ein offener Eintrag kann an die Clearingstelle gehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clearingstelle (Stabsstelle VME)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EtappenzielDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/phase_dialogs.py" line="+77"/>
        <source>Etappenziel bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;intern (in der Stadtverwaltung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e&amp;xtern (nach außen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Intranet, Pressemitteilung, Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel des Etappenziels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fällig am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase des Etappenziels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreichen kommunizieren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Erreichen intern kommunizieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Erreichen extern kommunizieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie wird kommuniziert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;ommuniziert am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommuniziert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erst wenn das Etappenziel erreicht ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„Kommuniziert am“ lässt sich eintragen, sobald das Etappenziel erreicht ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Das Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Etappenziele</name>
    <message>
        <location filename="../../iq_desktop/services/milestones.py" line="+20"/>
        <source>Bitte ein Fälligkeitsdatum angeben – ein Etappenziel braucht einen kommunizierbaren Termin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Die gewählte Phase gehört zu einem anderen Leitprojekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kommuniziert werden kann nur ein erreichtes Etappenziel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Etappenziel wurde erst am {d} erreicht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Excel-Übersicht</name>
    <message>
        <location filename="../../iq_desktop/exports/excel_overview.py" line="+117"/>
        <source>IQ-Prozess: Übersicht der {Leitprojekte}, Stand {datum}</source>
        <extracomment>title line, note line, then the table&apos;s header row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Seite &amp;P von &amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{Leitprojekte} je {Korridorthema} nach Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anzahl {Leitprojekte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/exports/excel_sheets.py" line="+124"/>
        <source>ja</source>
        <extracomment>a risk&apos;s score from which the Risiken sheet marks it (probability × impact, 1–25) short text on one line (status words, names); ``breite`` is the most it may take text that wraps inside its column (titles, findings, measures) the widest the column gets, in characters (Excel&apos;s unit); narrower when its values are short the cell&apos;s word (grün / gelb / rot) gives its colour a rule finding: the cell is marked when it holds text the whole row greyed when ``spalte`` holds one of ``woerter`` (archived projects, overridden findings) a date before the Stand while ``bezug`` holds ``woerter`` (an open milestone that fell due) a number from ``HOHES_RISIKO`` on the worksheet table&apos;s name (unique in the workbook, ASCII, not a cell reference) index of the sheet that carries the chart (the Ampeln sheet)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regel {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stand {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mitwirkung: 1 Befund, siehe Blatt „Mitwirkung“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkung: {n} Befunde, siehe Blatt „Mitwirkung“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{Leitprojekte}: {n}, davon im Archiv (abgeschlossen oder abgebrochen, grau): {a}. Regelhinweise aus der Regelprüfung zum Stichtag (Berichtszyklus {tage} Tage); das Archiv wird nicht geprüft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Übersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Übersicht der {Leitprojekte} – {stand}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bürgermeister/in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projektleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <location line="+33"/>
        <location line="+33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktuelle Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächstes Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Top-Risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktualisiert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <location line="+47"/>
        <source>Regelhinweise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>keine Angabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ampeln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ampeln je {Korridorthema} – {stand}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gezählt sind die {Leitprojekte} in Arbeit (geplant, laufend, pausiert); das Archiv zählt nicht mit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entfällt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mitwirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitwirkung – {stand}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkungen, die am Stichtag nicht beendet sind; {Leitprojekte} im Archiv sind nicht enthalten. Regelhinweise: Regeln 2 und 3 (eine Person, ein {Leitprojekt}; Benennung und Zustimmung).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteil %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benannt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung Dezernat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung Amtsleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bestätigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>intern und extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Etappenziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etappenziele – {stand}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Etappenziele der {Leitprojekte} in Arbeit, nach Fälligkeit; offene, deren Termin vor dem Stichtag lag, sind rot markiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>erreicht am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommunikation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kommuniziert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Risiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risiken – {stand}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risiken der {Leitprojekte} in Arbeit; je {Leitprojekt} die nicht geschlossenen zuerst, nach Risikowert (Wahrscheinlichkeit × Auswirkung, je 1–5); ab {hoch} rot markiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wahrscheinlichkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risikowert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erkannt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nächste Prüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Phasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phasen – {stand}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Phasen der {Leitprojekte} in Arbeit in ihrer Reihenfolge, mit geplanten und tatsächlichen Daten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>geplant von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geplant bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begonnen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beendet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplante Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>übergangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offene Befunde: {offen}; mit Begründung übergangen (grau): {uebergangen}. Berichtszyklus {tage} Tage; {Leitprojekte} im Archiv werden nicht geprüft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keine Befunde: alle Regeln eingehalten. Berichtszyklus {tage} Tage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regelprüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regelprüfung zum Stichtag {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Befund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>übergangen von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>übergangen am</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../iq_desktop/exports/files.py" line="+32"/>
        <source>„{ziel}“ ist ein Ordner. Bitte einen Dateinamen angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Den Ordner „{ordner}“ gibt es nicht. Bitte einen vorhandenen Ordner wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auf dem Laufwerk von „{ziel}“ ist kein Platz mehr. Bitte Platz schaffen oder ein anderes Ziel wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{ziel}“ kann nicht überschrieben werden – die Datei ist vermutlich noch geöffnet (etwa in Excel oder Outlook) oder schreibgeschützt. Bitte schließen und noch einmal exportieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In den Ordner „{ordner}“ darf nicht geschrieben werden. Bitte einen anderen Ordner wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{ziel}“ konnte nicht geschrieben werden (Fehler {code} des Systems). Bitte ein anderes Ziel wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExterneOrganisationDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_dialogs.py" line="+98"/>
        <source>Neue externe Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Externe Organisation bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>z. B. Hochschule, Verein, Unternehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Die Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Felder</name>
    <message>
        <location filename="../../iq_desktop/services/status_reports.py" line="+139"/>
        <source>Aktuelle Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplantes Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Risikowert</source>
        <extracomment>fields of the frozen state that are no column name a reader knows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/services/audit_trail.py" line="+131"/>
        <source>Abteilung id</source>
        <extracomment>first day, local time last day, local time, inclusive local time German stored enum values shown as their German words (&quot;gruen&quot; → &quot;grün&quot;, &quot;in_bearbeitung&quot; → &quot;in Bearbeitung&quot;) column names spelt without umlauts, and how a reader spells them the labels ``field_label`` makes of the tables&apos; columns, declared for the translation catalogue (tests/unit/test_catalogue.py keeps the list complete)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aktualisiert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../iq_desktop/services/status_reports.py" line="-33"/>
        <source>Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ampel notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ampel zeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amt id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An clearingstelle am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angelegt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anrede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteil prozent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anzeigename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausblick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ausgegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bearbeitet von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beitrag korridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bemerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benannt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benannt von id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benutzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewilligt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bürgermeister id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chancen nutzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dezernat id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digitalisierung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitalisierung wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doppelhaushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ebene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einbindung extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einbindung intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einbindung zielgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entität id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entscheidungsbedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entschieden am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entschieden durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erfasst am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erfasst von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erkannt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erreicht am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erstellt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erstellt von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Externe organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genitiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Genus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geplant bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplant von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geplante schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplantes ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gremium id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herzschlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internationalität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationalität wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ist bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ist dca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ist von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kickoff am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommunikation intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommuniziert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korridorthema id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laufzeit bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laufzeit von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nicht öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Prüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächste schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objekt id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objekt typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partizipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partizipation wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projektstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prozess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resümee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schlüssel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Singular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../iq_desktop/services/status_reports.py" line="-1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategie element id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwortlich id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorlage nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wahrscheinlichkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zielgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielgruppe aktiv eingebunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zu entscheiden durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung amtsleitung am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zustimmung dezernat am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung person am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formate</name>
    <message>
        <location filename="../../iq_desktop/ui/formatting.py" line="+18"/>
        <source>Veraltet: länger als der Berichtszyklus von {n} Tagen nicht aktualisiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>veraltet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{titel}, fällig am {datum}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../iq_desktop/ui/search.py" line="+93"/>
        <source>Suche:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{Leitprojekte} und Personen finden (Strg+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suche: {Leitprojekte} und Personen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hilfe</name>
    <message>
        <location filename="../../iq_desktop/ui/help_menu.py" line="+75"/>
        <source>keine geöffnet</source>
        <extracomment>the third-party components the program ships, as their packages name them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;IQ Desktop {version}&lt;/h3&gt;&lt;p&gt;Steuerung der {Leitprojekte} im IQ-Prozess der Stadt Karlsruhe: {Korridorthemen} und {Leitprojekte}, Mitwirkung, Phasen und Etappenziele, Risiken, Regelprüfung und Sachstandsberichte an einem Ort.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenbank:&lt;/b&gt; {datenbank}&lt;br&gt;&lt;b&gt;Protokoll:&lt;/b&gt; {protokoll}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenz:&lt;/b&gt; © Stadt Karlsruhe. Zur Nutzung in der Stadtverwaltung Karlsruhe; Weitergabe nur mit Zustimmung der Stadt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Enthaltene Komponenten&lt;/b&gt; (Python {python}, Qt {qt}, Qt for Python {pyside}):&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;{zeilen}&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Über IQ Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Benutzerhandbuch – IQ Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benutzerhandbuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Das Benutzerhandbuch wurde nicht gefunden ({pfad}). Bitte IQ Desktop neu installieren oder die IT fragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Es gibt noch kein Protokoll. Es entsteht hier: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Protokoll ließ sich nicht öffnen. Sie finden es hier:
{pfad}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kalender</name>
    <message>
        <location filename="../../iq_desktop/exports/calendar.py" line="+55"/>
        <source>Der Kalender bliebe leer: es gibt noch keine Etappenziele und keine Sitzungen.</source>
        <extracomment>RFC 5545, 3.1: content lines are folded at 75 octets control characters other than the tab are not allowed in a text value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IQ-Prozess: Etappenziele und Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Etappenziel erreicht: {titel} ({projekt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etappenziel entfallen: {titel} ({projekt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etappenziel: {titel} ({projekt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erreicht am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kommuniziert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{gremium}: Sitzung, TOP {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{gremium}: Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlage Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berichtete Sachstände</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemerkung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kanäle</name>
    <message>
        <location filename="../../iq_desktop/services/steckbrief_choices.py" line="+17"/>
        <source>Co-kreative Formate</source>
        <extracomment>the channels and formats the city&apos;s profiles name; anything else is a free entry (stored as these German words; shown through ``translate(&quot;Kanäle&quot;, …)``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informationsveranstaltungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intranet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weitere Beteiligungsformate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kommandozeile</name>
    <message>
        <location filename="../../iq_desktop/cli.py" line="+84"/>
        <source>den {datum} gibt es nicht im Kalender</source>
        <extracomment>how IT calls the program: &quot;iq-desktop&quot; in a venv; the installed console program&apos;s own name (iq-desktop-konsole, see installer/iq-desktop.spec) in the bundle</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{datum} liegt außerhalb der Jahre 2000 bis 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>--version und --self-test stehen ohne Befehl, nicht zusammen mit „{befehl}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Stammdaten ergänzt: {n} Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Datenbank angelegt: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datenbank migriert (von Schemastand {rev}): {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sicherung vorher: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenbank ist aktuell: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>IQ Desktop sichert nur SQLite-Dateien; eine Server-Datenbank sichert die Datenbankverwaltung mit den Mitteln des Servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{ziel}“ gibt es schon; eine Sicherung überschreibt nichts. Bitte einen neuen Dateinamen angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>IQ Desktop spielt nur Sicherungen von SQLite-Dateien zurück; eine Server-Datenbank stellt die Datenbankverwaltung mit den Mitteln des Servers wieder her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bisheriger Stand gesichert: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sicherung zurückgespielt: {quelle} → {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Sicherung hatte Schemastand {rev} und wurde migriert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>die Zieldatei „{ziel}“ braucht die Endung {endung}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Excel-Übersicht geschrieben: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kalender geschrieben: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sachstandsbericht geschrieben: {pfad} ({n} {art})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{g} am {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kein Sachstand neu als in der Sitzung {s} berichtet vermerkt (die berichteten waren schon einer Sitzung zugeordnet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Als in der Sitzung {s} berichtet vermerkt: ein Sachstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Als in der Sitzung {s} berichtet vermerkt: {n} Sachstände</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Konflikt</name>
    <message>
        <location filename="../../iq_desktop/ui/conflict_dialog.py" line="-80"/>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gespeicherter Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vergleich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>abweichend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gleich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(leer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Korridor</name>
    <message>
        <location filename="../../iq_desktop/services/corridors.py" line="+25"/>
        <source>Ein Korridorthema „{name}“ gibt es nicht. Vorhanden: {alle}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Das Ende der Laufzeit liegt vor ihrem Beginn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkSitzungDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/meetings/link_dialog.py" line="+20"/>
        <source>Sitzung zuordnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitzung, in der der Sachstand berichtet wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine Sitzung (Zuordnung lösen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sitzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nur die Sitzungen von {g}: für dieses Gremium wurde der Sachstand geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Sachstand nennt noch kein Gremium; er übernimmt das Gremium der Sitzung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Zuordnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbre&amp;chen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../iq_desktop/ui/main_window.py" line="+107"/>
        <source>IQ Desktop</source>
        <extracomment>how often an idle window looks for other desks&apos; changes (one indexed query each time) the lists and the status line are complete, rule findings counted the real panes replaced the skeleton (``complete``) the user asks to open the database again after an error (the application decides how) the settings now name another database: close the open one and open that (app.py) the Änderungsprotokoll while it is open (tests drive it) the heartbeat; built with the first database (it imports the database layer) the project editor page; built when a project is first opened the page a project was opened from, which closing the editor returns to (None: the lists) the Berichte dialog while it is open (tests drive it) &quot;Neues Leitprojekt&quot; while it is open (tests drive it) the rule report of the current ``_stand``; None while the check is still to run counts rule checks started; a result for an older one is dropped why the last rule check failed (shown in the status line); None when it did not</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Außerdem geöffnet von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Navigation</source>
        <extracomment>Start, Personen, Organisation, Gremien &amp; Sitzungen, Regelprüfung (built on first visit)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{Leitprojekte} – alle {Korridorthemen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+513"/>
        <source>Wird geladen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-511"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IQ Desktop beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neues Leitprojekt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;chen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In die Suche springen: findet Projekte und Personen beim Tippen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leitprojekt &amp;öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das gewählte Leitprojekt im Editor öffnen (auch mit Doppelklick oder Eingabetaste in der Liste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aktualisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Angaben neu aus der Datenbank laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zu&amp;rück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Editor schließen und dorthin zurück, wo das Projekt geöffnet wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abgeschlossene und abgebrochene an&amp;zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berichte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Excel-Übersicht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Excel-Übersicht für die IQ-Lenkungsgruppe schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sachstandsbericht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Sachstandsbericht (Word) für eine Sitzung schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kalender exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etappenziele und Sitzungen als Kalenderdatei für Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xtras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungs&amp;protokoll …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer hat wann was geändert – mit Filtern nach Projekt, Person, Benutzer und Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Einstellungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenbank, Sicherung, Berichte, Sprache und Begriffe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benutzerhandbuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Benutzerhandbuch von IQ Desktop lesen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Protokoll öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Protokolldatei öffnen, etwa um sie der IT zu schicken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ü&amp;ber IQ Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Werkzeugleiste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+131"/>
        <source>Keine Datenbank geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Erneut versuchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank erneut öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>IQ Desktop – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>„Erneut versuchen“ öffnet die Datenbank, sobald die Genannten IQ Desktop geschlossen haben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte die Angabe zur Datenbank prüfen (Einstellungen oder Aufruf mit --db). War das Netzlaufwerk oder der Server nur kurz nicht erreichbar, hilft „Erneut versuchen“; sonst kann die IT helfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IQ Desktop – keine Datenbank geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keine Datenbank geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+44"/>
        <location line="+368"/>
        <location line="+69"/>
        <location line="+67"/>
        <source>Das Aktualisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-544"/>
        <source>Das Umschalten der Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Änderungen von anderen Arbeitsplätzen übernommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Das Öffnen der Berichte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Das Öffnen des Änderungsprotokolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Das Übernehmen der Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Die Sprache wechselt beim nächsten Start von IQ Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Einstellungen gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Außerdem geöffnet: {namen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>und eine weitere Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>und {n} weitere Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank ist außerdem geöffnet von: {wer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Datenbank wird geöffnet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Neues {Leitprojekt} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Leitprojekt} &amp;öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das gewählte {Leitprojekt} im Editor öffnen (auch mit Doppelklick oder Eingabetaste in der Liste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auch abgeschlossene und abgebrochene {Leitprojekte} in Navigation und Liste zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unerwarteter Fehler, Einzelheiten im Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nicht möglich ({grund}); F5 versucht es erneut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keine offenen Befunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 offener Befund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{k} offene Befunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenbank: {name} · {n} {Leitprojekte} · Regelprüfung: {befunde} · Stand {uhrzeit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Berichtszyklus: {n} Tage · Stichtag {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Das Laden des {Leitprojekts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>← Zur &amp;Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Zurück: {seite}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Das Laden der Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Das Öffnen des {Leitprojekts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Das Laden der Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Das Speichern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../iq_desktop/ui/meetings/page.py" line="+62"/>
        <source>Gremien &amp; Sitzungen</source>
        <extracomment>open this Leitprojekt (id) in the editor a meeting or a link was written: other views are stale the dialog while it is open (tests fill it in)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur kommende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Sitz&amp;ung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung bearbei&amp;ten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung lösch&amp;en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nach Gremium filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeit&amp;raum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;itzungen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gewählte Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beratung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorlage Nr.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bemerkung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sachstände, die in der Sitzung berichtet wurden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sachstände aus dieser Sit&amp;zung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>Enter oder Doppelklick öffnet das Leitprojekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Noch keine Sitzung eingetragen – „Neue Sitzung …“ legt die erste an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Sitzung passt zu den Filtern; „alle“ zeigt auch vergangene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>In dieser Sitzung wurde noch kein Sachstand berichtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Die Sitzung von {g} am {d} löschen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mitwirkung</name>
    <message>
        <location filename="../../iq_desktop/services/staffing.py" line="+107"/>
        <source>{p} wirkt in „{t}“ bereits als {r} mit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/editor/staffing_model.py" line="+26"/>
        <source>Dezernat</source>
        <extracomment>each consent with its short name in the table and its full name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung des Dezernats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung der Amtsleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Zustimmung der Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ausnahme ({wer}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Regel {nummern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ausnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entfällt (extern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wer nicht bei der Stadt arbeitet, braucht keine Zustimmungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: am {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: fehlt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amt/Org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amt oder Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anteil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anteil der Arbeitszeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benannt durch die/den Bürgermeister/in am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zustimmung des Dezernats, der Amtsleitung und der Person (✓ erteilt, – fehlt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hinweise der Regelprüfung; der ganze Text steht unter der Tabelle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../iq_desktop/ui/navigation.py" line="+40"/>
        <source>Start</source>
        <extracomment>grey of archived projects (still 4.5:1 on white)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gremien &amp; Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelprüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{titel} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alle {Korridorthemen}: {n} {Leitprojekte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nicht eingetragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}
Bürgermeister/in: {bm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{Korridorthema} {name}, {n} {Leitprojekte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{titel} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{titel}
Ampel: {ampel} · Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{titel}, Ampel {ampel}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <location line="+22"/>
        <source>Spaltenkopf der Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Navigation: Korridorthemen und Leitprojekte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wird geladen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keine Datenbank geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navigation: {Korridorthemen} und {Leitprojekte}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/new_project_dialog.py" line="+32"/>
        <source>Neues {Leitprojekt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;{Korridorthema}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beginn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Es wird als „geplant“ mit dem üblichen Phasenplan angelegt; alles Weitere steht danach im Steckbrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbre&amp;chen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderedTextList</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/list_widgets.py" line="+47"/>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} nach oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} nach unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../../iq_desktop/services/organisation.py" line="+157"/>
        <source>Ein Dezernat mit dem Kürzel „{k}“ gibt es schon.</source>
        <extracomment>everyone in the Amt, its Abteilungen included people of the Dezernat who belong to none of its Ämter (the mayor&apos;s office, often) Ämter not (yet) assigned to a Dezernat</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ein Amt „{b}“ ({k}) gibt es schon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Die Organisation „{n}“ gibt es schon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_page.py" line="+58"/>
        <source>Name</source>
        <extracomment>widest the &quot;Art&quot; column of the external organisations grows when fitted (pixels) the node record behind a tree row (DezernatKnoten, AmtKnoten, AbteilungKnoten or None for a group)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location line="+23"/>
        <source>Organisation</source>
        <extracomment>something was saved: other views (people, staffing pickers) may be stale the view &quot;Bearbeiten …&quot; acts on: the one used last the open form while it runs (tests fill it in)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dezernate, Ämter und Abteilungen mit der Zahl ihrer Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dezernate, Ämter und Abte&amp;ilungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Externe Organisationen mit der Zahl ihrer Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Externe &amp;Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neues De&amp;zernat …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neues A&amp;mt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Abteilun&amp;g …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue &amp;externe Organisation …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bea&amp;rbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den gewählten Eintrag umbenennen oder zuordnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Die Organisation konnte nicht geladen werden: {grund}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bürgermeister/in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ämter ohne Dezernat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../iq_desktop/ui/people/people_page.py" line="+64"/>
        <source>Pe&amp;rsonen</source>
        <extracomment>widest the first columns grow when fitted (pixels); Mitwirkungen takes the rest rows beyond the visible ones that column fitting looks at a Leitprojekt the user wants to open (its id) a person was saved (new or changed): other views may be stale the open dialog while it runs (tests fill it in)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personen filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeigt nur Personen, bei denen alle eingegebenen Wörter in Name, Amt, Organisation, Funktion oder Mitwirkungen vorkommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filtern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neue &amp;Person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person b&amp;earbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liste der Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Die Personen konnten nicht geladen werden: {grund}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, Amt, Organisation, {Leitprojekt} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Angezeigt: {n} von {gesamt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keine Datenbank geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch keine Personen erfasst. „Neue Person …“ legt die erste an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Person passt zum Filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/person_dialog.py" line="+91"/>
        <source>Neue Person</source>
        <extracomment>the form&apos;s fields, named as the services name them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>z. B. Sachgebietsleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadtver&amp;waltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xterne Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gehört zur Stadtverwaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gehört zu einer externen Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Digital &amp;Change Advisor (DCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Digital Change Advisor (DCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Anrede:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anrede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vorname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nachname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funktion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gehört zu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dezernat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dezernat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bteilung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abteilung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Externe Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;lefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Person bearbeiten – {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../iq_desktop/ui/people/person_panel.py" line="+43"/>
        <source>Bitte oben eine Person wählen.</source>
        <extracomment>the user asks to open a Leitprojekt (its id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amt / Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital Change Advisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Mitwirkungen (aktuelle und frühere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkungen der gewählten Person, aktuelle und frühere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gewähltes {Leitprojekt} öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öffnet das {Leitprojekt} der gewählten Mitwirkung (Eingabetaste oder Doppelklick in der Tabelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} aktuelle, {m} frühere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Personen</name>
    <message>
        <location filename="../../iq_desktop/services/people.py" line="+64"/>
        <source>Eine Person gehört entweder zur Stadtverwaltung (Dezernat, Amt) oder zu einer externen Organisation, nicht zu beiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Abteilung gehört nicht zum gewählten Amt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Das Amt gehört nicht zum gewählten Dezernat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/people/people_models.py" line="+19"/>
        <source>{name} (extern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Externe Organisation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} {Leitprojekte}: {liste}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{projekt} – {rolle} ({korridor})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amt / Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital Change Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>aktuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{Leitprojekt} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{Leitprojekt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Korridorthema}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseNameDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/phase_dialogs.py" line="-110"/>
        <source>Phase umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neue Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me der Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name der Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die neue Phase wird nach „{phase}“ eingefügt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die neue Phase wird als letzte angefügt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Die Phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phasen</name>
    <message>
        <location filename="../../iq_desktop/services/phases.py" line="+64"/>
        <source>Die Phase kann nicht vor ihrem Beginn ({b}) abgeschlossen werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/editor/phase_models.py" line="+42"/>
        <source>intern</source>
        <extracomment>the tabs&apos; name for the shared sorting proxy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; am {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Geplant von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geplant bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begonnen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abgeschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erreicht am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommunikation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhasesTab</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/phases_tab.py" line="+53"/>
        <source>Phasen</source>
        <extracomment>the stored phase the &quot;Gewählte Phase&quot; fields were filled from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Etappenziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Neue Phase einfü&amp;gen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach der gewählten Phase einfügen, ohne Wahl als letzte Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase &amp;umbenennen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewähltes Etappenziel bearbeiten, auch seine Kommunikation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titel, Fälligkeit und Phase ändern; festhalten, ob, wie und wann das Erreichen kommuniziert wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entfällt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewähltes Etappenziel entfällt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das gewählte Etappenziel entfällt; es bleibt als „entfallen“ in der Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gewählte Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status s&amp;etzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Planung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status der Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum des Statuswechsels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geplant v&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geplanter Beginn der Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geplant b&amp;is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geplantes Ende der Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Etappenziel hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auch mit der Eingabetaste im Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als erreicht mar&amp;kieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neues Etappen&amp;ziel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel des neuen Etappenziels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;fällig am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälligkeitsdatum des neuen Etappenziels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase des neuen Etappenziels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gewähltes Etappenziel e&amp;rreicht am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum, an dem das gewählte Etappenziel erreicht wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>ein neues Etappenziel „{titel}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ein neues Etappenziel (nur das Fälligkeitsdatum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>eine geänderte Planung der Phase „{name}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ein neuer Status der Phase „{name}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>und</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Bitte das Datum angeben, an dem das Etappenziel erreicht wurde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Das Etappenziel „{titel}“ entfällt? Es bleibt als „entfallen“ in der Liste und zählt nicht mehr als offen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entfällt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../iq_desktop/services/portfolio.py" line="+118"/>
        <source>Ein {Leitprojekt} „{text}“ gibt es nicht (weder als Titel noch als Nummer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{text}“ passt auf mehrere {Leitprojekte}: {treffer}. Bitte den ganzen Titel oder die Nummer angeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/project_editor.py" line="+56"/>
        <source>← Zur &amp;Liste</source>
        <extracomment>a save went through (project id): lists elsewhere are now stale the user asks to go back to the list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungen verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungen speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steckbrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitwirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phasen &amp;&amp; Etappenziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risiken &amp;&amp; Entscheidungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sachstände</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Zurück (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Das Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>keine Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{korridor} · {status} · Ampel: {ampel} · aktualisiert am {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Ihre Eingaben bleiben im Formular erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gespeichert; die Anzeige konnte nicht aktualisiert werden: {grund}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>jemand anderem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{titel}“ wurde inzwischen von {wer} gespeichert; überschrieben wurde nichts. Ihre Änderungen stehen links, der gespeicherte Stand rechts. Was Sie nicht geändert haben, bleibt wie gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListPanel</name>
    <message>
        <location filename="../../iq_desktop/ui/projects/list_panel.py" line="+88"/>
        <source>Titel, Phase, Projektleitung …</source>
        <extracomment>rows beyond the visible ones that column fitting looks at (Qt&apos;s default is 1,000) widest a column grows when fitted to its contents (pixels); the user may widen it further when the table is narrow, these give up width (elided, with a tooltip): first the secondary free texts, down to the floor given here, then the title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leitprojekte filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeigt nur Zeilen, in denen alle eingegebenen Wörter vorkommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filtern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Liste der Leitprojekte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zeilennummern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaltenköpfe – zum Sortieren anklicken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Liste der {Leitprojekte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Leitprojekte} filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;{Leitprojekte} – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;{Leitprojekte} – alle {Korridorthemen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Angezeigt: {n} von {gesamt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wird geladen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Datenbank geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noch keine {Leitprojekte} erfasst. Ein neues legen Sie mit „Neues {Leitprojekt} …“ (Strg+N) an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keine {Leitprojekte} passen zur Auswahl oder zum Filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Projekte</name>
    <message>
        <location filename="../../iq_desktop/services/projects.py" line="+85"/>
        <source>In diesem Korridorthema gibt es schon ein Leitprojekt „{t}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Ein gewähltes Handlungsfeld oder Gestaltungsprinzip gibt es nicht mehr. Bitte die Auswahl prüfen.</source>
        <extracomment>the Ampel belongs to the profile: one save, one version check, one compare dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Doppelhaushalt „{d}“ bitte als „2025/2026“ angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Doppelhaushalt {d} steht zweimal in der Budgettabelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budgetbeträge dürfen nicht negativ sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Das Jahr einer Zielvereinbarung ({j}) ist ungültig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Zielvereinbarung für {j} hat keinen Text. Bitte die Vereinbarung eintragen oder die Zeile entfernen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>„{t}“</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Projektliste</name>
    <message>
        <location filename="../../iq_desktop/ui/projects/table_model.py" line="+94"/>
        <source>{Korridorthema}</source>
        <extracomment>item data roles beyond Qt&apos;s own the row&apos;s place in the column&apos;s German sort order (an int, so the proxy sorts in C++) dark red of a stale &quot;Aktualisiert am&quot; (contrast 7:1 on white) sort keys are tuples; strings inside them are compared with a German collator German header; ``{Korridorthema}`` etc. are filled from the organisation&apos;s terms explains a short header (tooltip and screen readers)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{Leitprojekt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktuelle Phase: die laufende, sonst die erste noch nicht begonnene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nächstes Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Projektleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aktualisiert am</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protokoll</name>
    <message>
        <location filename="../../iq_desktop/services/audit_trail.py" line="-155"/>
        <source>Leitprojekt</source>
        <extracomment>the database property holding the retention in years; missing = keep for ever the viewer shows at most this many rows, newest first German names of the tables a user changes (untranslated source strings)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korridorthema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahresbericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entscheidung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sachstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dezernat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abteilung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Externe Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielvereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelausnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begriff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../iq_desktop/ui/audit/table_model.py" line="+24"/>
        <source>Benutzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenbankeinstellung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungsprotokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+146"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Die Aufbewahrungsdauer muss zwischen 1 und 30 Jahren liegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/audit/table_model.py" line="-1"/>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prüfung</name>
    <message>
        <location filename="../../iq_desktop/db/database.py" line="+191"/>
        <source>Ein Eintrag wurde im selben Augenblick von jemand anderem gespeichert. Es wurde nichts überschrieben: bitte neu laden und die eigenen Änderungen erneut eintragen.</source>
        <extracomment>per thread, the session of a running :meth:`batch` or :meth:`snapshot`: a reader on another thread (the rule count) gets its own session and sees only what is committed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/services/validate.py" line="+29"/>
        <source>Bitte „{feld}“ ausfüllen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>„{feld}“ ist zu lang (höchstens {n} Zeichen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{ende}“ ({e}) liegt vor „{beginn}“ ({b}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{feld}“ muss zwischen 1 und 5 liegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{feld}“ muss zwischen 0 und 100 Prozent liegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../iq_desktop/ui/editor/field_dialog.py" line="+47"/>
        <source>{was} (Nr. {id}) wurde nicht gefunden – vielleicht hat es jemand anderes gelöscht. Bitte die Ansicht aktualisieren (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{was} wurde inzwischen {von}geändert. Es wurde nichts überschrieben: bitte die gespeicherte Fassung ansehen und die eigenen Änderungen erneut eintragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>von {wer} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{benutzer} am PC {pc}, {zeit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/record_dialog.py" line="+66"/>
        <source>&amp;Speichern</source>
        <extracomment>a conflict was met: the caller&apos;s view is stale even when nothing was saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abb&amp;rechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Das Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ihre Eingaben bleiben im Formular erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>jemand anderem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{name}“ wurde inzwischen von {wer} gespeichert; überschrieben wurde nichts. Ihre Änderungen stehen links, der gespeicherte Stand rechts. Was Sie nicht geändert haben, bleibt wie gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der gespeicherte Stand ist geladen; Ihre Eingaben wurden verworfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nichts gespeichert. Ihre Eingaben stehen weiter im Formular.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regelbericht</name>
    <message>
        <location filename="../../iq_desktop/exports/rule_report.py" line="+16"/>
        <source>Regelprüfung zum Stichtag {datum} (Berichtszyklus {tage} Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keine Befunde: alle Regeln eingehalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 offener Befund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} offene Befunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} mit Begründung übergangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>übergangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Begründung ({wer}, {wann}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regeln</name>
    <message>
        <location filename="../../iq_desktop/services/rules.py" line="+45"/>
        <source>Höchstens fünf {Leitprojekte} je {Korridorthema}</source>
        <extracomment>rule number -&gt; title template ({Leitprojekt} etc. from the terminology)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine Person wirkt nur in einem {Leitprojekt} mit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benennung und Zustimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektleitung und Kick-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationalität, Digitalisierung, Partizipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunizierbarer Zeitrahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelmäßige Berichte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{name} hat {n} aktive {Leitprojekte}; empfohlen sind höchstens {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{person} ({rolle}) wirkt zugleich in {andere} mit (Faustregel: eine Person, ein {Leitprojekt}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Benennung durch die/den Bürgermeister/in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zustimmung des Dezernats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung der Amtsleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung der Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{person} ({rolle}): es fehlt die {was}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} ({rolle}): es fehlen: {was}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Das {Leitprojekt} hat keine Projektleitung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begonnen am {beginn}, aber kein Kick-off mit der Projektgruppe und der/dem Bürgermeister/in erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internationalität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digitalisierung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partizipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nicht berücksichtigt und nicht begründet: {aspekte}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kein geplantes Ende angegeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keine Etappenziele geplant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zuletzt aktualisiert am {datum} – länger als {tage} Tage (Berichtszyklus) her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bitte die Begründung in einem ganzen Satz angeben – sie wird im Regelbericht gezeigt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regelpruefung</name>
    <message>
        <location filename="../../iq_desktop/ui/rules/model.py" line="+30"/>
        <source>{begruendung} – {wer}, {am}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Korridorthema}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Leitprojekt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Befund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>offene Befunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Befunde mit Ausnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle Befunde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/reports/dialog.py" line="+24"/>
        <source>Berichte erstellen</source>
        <extracomment>the file written last (tests and &quot;Öffnen&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leer: Ihr hinterlegter Name, sonst Ihr Anmeldename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durch&amp;suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortschritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datei ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ordner öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schl&amp;ießen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art des Berichts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Umfang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Umfang des Berichts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;tzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stic&amp;htag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verfasst von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verfasst von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zieldatei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zieldatei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ein Sachstandsbericht für eine Sitzung vermerkt, welcher Sachstand jedes {Leitprojekts} darin berichtet wurde; für eine öffentliche Sitzung bleibt alles weg, was als nicht öffentlich markiert ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>alle {Leitprojekte} (ganzer Prozess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{Korridorthema} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ohne Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ohne Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, TOP {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (öffentlich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (nicht öffentlich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>IQ-Uebersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sachstandsbericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IQ-Termine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zieldatei wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte eine Zieldatei angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bitte einen Stichtag angeben (TT.MM.JJJJ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Geschrieben: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Der Bericht konnte wegen eines unerwarteten Fehlers nicht geschrieben werden. Einzelheiten stehen im Protokoll: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Der Bericht wird noch geschrieben – bitte einen Moment warten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/reports_tab.py" line="+104"/>
        <source>Sachstände</source>
        <extracomment>sorts the list; every view row → Sachstand goes through it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der gewählte Sachstand und was sich seit dem vorherigen geändert hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung zu&amp;ordnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sitzung angeben, in der der gewählte Sachstand berichtet wurde, oder die Zuordnung lösen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Neuer Sachstand</source>
        <extracomment>the meeting picker while it is open (tests answer it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Änderungen seit dem letzten Sachstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Sitzung des Gremiums, in der der Sachstand berichtet wird (freiwillig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seit dem letzten Sachstand geändert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stich&amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit&amp;zung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sachstand spei&amp;chern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>kein Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Noch kein Sachstand – der erste hält den heutigen Stand fest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seit dem letzten Sachstand hat sich nichts geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>keine Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keiner Sitzung zugeordnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, TOP {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berichtet in: {gremium}, Sitzung am {datum}{top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sachstand vom {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Geändert seit dem vorherigen Sachstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– (der erste Sachstand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nichts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bitte den Stichtag des Sachstands angeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceTable</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/resource_table.py" line="+163"/>
        <source>Hinzufügen</source>
        <extracomment>the rows changed by the user (a cell, an added or a removed row) an input was refused: the German reason, for the form to show next to the table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ressourcen</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/resource_models.py" line="+89"/>
        <source>„{eingabe}“ ist kein Betrag. Bitte in Euro eingeben, z. B. 12500, 12.500 oder 12.500,50.</source>
        <extracomment>the largest amount a database integer column holds everywhere (SQL Server&apos;s INT) the years a Zielvereinbarung may have (the service&apos;s range) a cell&apos;s new row and, perhaps, a note for the user (an amount rounded to whole euros) takes the width the other columns leave a starting width the user may drag (for a column that would otherwise squeeze a stretching one) amounts are right-aligned, so their digits line up</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Der Betrag {betrag} ist zu groß.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budgets werden in ganzen Euro geführt: {eingabe} wurde auf {gerundet} gerundet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>„{eingabe}“ ist kein Doppelhaushalt. Bitte z. B. 2027/2028 oder kurz 2027 eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Doppelhaushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewilligt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausgegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offen</source>
        <extracomment>the editor&apos;s keys of &quot;erreicht&quot; and their stored values</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>„{eingabe}“ ist kein Jahr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bitte „ja“, „nein“ oder „offen“ wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bemerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+156"/>
        <source>{jahr}: {text} (erreicht: {erreicht})</source>
        <extracomment>an input was refused: the German reason an input was taken: a note about it (&quot;&quot; for none), e.g. that an amount was rounded the column a new row&apos;s editor opens in</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Risiken</name>
    <message>
        <location filename="../../iq_desktop/charts/risk_matrix.py" line="+29"/>
        <source>Risikomatrix: kein offenes Risiko</source>
        <extracomment>the colours the matrix draws with, besides the bands&apos; (the PNG palette needs them all) the cell of a risk: (Wahrscheinlichkeit, Auswirkung), each 1..5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kurz} {titel}: Wahrscheinlichkeit {w}, Auswirkung {a}, Risikowert {s} ({band})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risikomatrix mit Wahrscheinlichkeit (senkrecht) und Auswirkung (waagerecht), je 1 bis 5: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Auswirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wahrscheinlichkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/presentation.py" line="+12"/>
        <source>hoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/editor/risk_models.py" line="+30"/>
        <source>Risiko</source>
        <extracomment>the risk ids in a matrix cell</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewertung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Prüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wahrscheinlichkeit (1 bis 5) mal Auswirkung (1 bis 5) ergibt den Risikowert; ab 8 mittel, ab 15 hoch</source>
        <extracomment>the full words of the short headers (tooltip and screen readers)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Maßnahmen: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nicht öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status} am {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erfasst am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zu entscheiden durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fällig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Clearingstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ergebnis: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entschieden durch: {wer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Wahrscheinlichkeit {w}, Auswirkung {a}: Risikowert {s} ({band}); offene Risiken: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kein offenes Risiko</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RisikoDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/risk_dialogs.py" line="-156"/>
        <source>1 = sehr gering … 5 = sehr hoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Risiko bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neues Risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>– noch niemand –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nicht ö&amp;ffentlich (bleibt in Berichten für öffentliche Sitzungen weg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel des Risikos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschreibung des Risikos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wahrscheinlichkeit (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wahrscheinlichkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auswirkung (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auswirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verantwortlich:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwortlich (aus dem Projektteam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maßnahmen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maßnahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status des Risikos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nächste Prüfung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Prüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Das Risiko</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/risks_tab.py" line="+73"/>
        <location line="+51"/>
        <source>Risiken</source>
        <extracomment>a matrix cell: wide enough for &quot;mittel&quot; under the count the stored risk the &quot;Gewähltes Risiko&quot; fields were filled from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Entscheidungen und Dissens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neues Risik&amp;o mit allen Angaben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit Beschreibung, Verantwortlichen, Maßnahmen, nächster Prüfung und „nicht öffentlich“; übernimmt, was unten schon eingetragen ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risi&amp;ko bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewähltes Risiko bearbeiten (alle Angaben)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Angaben des gewählten Risikos ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risikomatrix: offene Risiken nach Wahrscheinlichkeit und Auswirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Risikomatrix der offenen Risiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeilen: Wahrscheinlichkeit, 5 oben. Spalten: Auswirkung, 5 rechts. Jedes Feld nennt die Zahl der offenen Risiken darin und die Stufe: gering, mittel oder hoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Risiko er&amp;fassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neu be&amp;werten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neues &amp;Risiko:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel des neuen Risikos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Wahrscheinlichkeit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Wahrscheinlichkeit des neuen Risikos (1 bis 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Auswirkung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Auswirkung des neuen Risikos (1 bis 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gewähltes Risiko, Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status des gewählten Risikos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wahrscheinlichkeit des gewählten Risikos (1 bis 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auswirkung des gewählten Risikos (1 bis 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nächste &amp;Prüfung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Prüfung des gewählten Risikos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entscheidung ver&amp;merken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergebnis, Datum und wer entschieden hat, für den gewählten Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An die &amp;Clearingstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewählten Eintrag an die Clearingstelle geben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissens im Projektteam geht an die Stabsstelle VME als Clearingstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entscheidungsbedarf und Dissens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eintra&amp;g erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ar&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art des neuen Eintrags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel des &amp;Eintrags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel des neuen Eintrags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fällig b&amp;is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>ein neues Risiko „{titel}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eine neue Bewertung des Risikos „{titel}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ein neuer Eintrag „{titel}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ein neuer Eintrag (nur das Datum „fällig bis“)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>und</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../iq_desktop/ui/rules/page.py" line="+48"/>
        <source>Regelprüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regel, Projekt oder Text – filtert beim Tippen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Befunde der Regelprüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bef&amp;unde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warum trotz des Befunds? (ein ganzer Satz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahme er&amp;fassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahme &amp;zurücknehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anz&amp;eigen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welche Befunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil&amp;tern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Befunde filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Be&amp;gründung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begründung der Ausnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{Leitprojekt} &amp;öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Regeln werden geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stichtag {datum} · Berichtszyklus {tage} Tage · {offen} offen, {ausnahmen} mit Ausnahme. Die Regeln sind Empfehlungen des IQ-Prozesses: wo es gute Gründe gibt, erfasst eine Ausnahme, wer sie wann und warum zugelassen hat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Einen Befund wählen, um ihn hier ganz zu lesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ausnahme: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sachstaende</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/reports_tab.py" line="-182"/>
        <source>Erreicht</source>
        <extracomment>the texts of a Sachstand: field, name, label with its mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;rreicht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Schr&amp;itte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entscheidungsbedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entscheidungsbedar&amp;f:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausblick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;usblick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erfasst von</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sachstand</name>
    <message>
        <location filename="../../iq_desktop/services/status_reports.py" line="-55"/>
        <source>„{t}“ wurde gerade geändert. Bitte den Sachstand erneut erfassen.</source>
        <extracomment>bump when the shape of ``Sachstand.stand`` changes; old snapshots keep their number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Sitzung gehört zu einem anderen Gremium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ein Sachstand braucht mindestens einen Text (Erreichtes, nächste Schritte, Entscheidungsbedarf oder Ausblick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Projekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vorhanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entfallen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sachstandsbericht</name>
    <message>
        <location filename="../../iq_desktop/exports/report_content.py" line="+127"/>
        <source>Bitte als Umfang entweder ein {Korridorthema} oder ein {Leitprojekt} wählen, nicht beides.</source>
        <extracomment>how many open risks a project shows (the largest first), and how many upcoming milestones who issues the report (settings: &quot;Stadt Karlsruhe – Stabsstelle VME&quot;); None: not named for a public session (ö): nothing marked nicht öffentlich is in the report the record, already without what a public session must not see &quot;seit der Sitzung … am …&quot;, or None without an earlier report None: nothing to compare with compared with the project&apos;s state today (no newer Sachstand since the last report) (id, version) of the Sachstand to link to the meeting, when the report is for one and it is not yet linked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Sitzung am {d} gehört zu {g}, nicht zum gewählten Gremium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{t}“ ist als nicht öffentlich gekennzeichnet und gehört nicht in einen Bericht für eine öffentliche Sitzung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>alle {Leitprojekte} (ohne abgeschlossene und abgebrochene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sachstandsbericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Das Gremium (Nr. {id}) gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Das {Korridorthema} (Nr. {id}) gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>seit der Sitzung {g} am {d}</source>
        <extracomment>the earlier report was a meeting of the report&apos;s Gremium</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seit dem Sachstand vom {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/exports/word_layout.py" line="+38"/>
        <source>nicht öffentlich</source>
        <extracomment>soft hyphens, so narrow table headers break where German does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TOP {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorlage Nr. {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>interner Bericht ohne Sitzungsbezug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interner Bericht: Er enthält auch Inhalte, die als nicht öffentlich gekennzeichnet sind; sie sind mit „(nicht öffentlich)“ markiert. Nicht zur Veröffentlichung bestimmt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>öffentliche Sitzung (ö)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bericht für eine öffentliche Sitzung: Inhalte, die als nicht öffentlich gekennzeichnet sind ({Leitprojekte}, Risiken, Entscheidungsbedarfe und Sachstandstexte), sind nicht enthalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nichtöffentliche Sitzung (nö)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bericht für eine nichtöffentliche Sitzung: Er enthält auch Inhalte, die als nicht öffentlich gekennzeichnet sind; sie sind mit „(nicht öffentlich)“ markiert. Nicht zur Veröffentlichung bestimmt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stand {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nichtöffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bürgermeister/in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keine {Leitprojekte} im Umfang dieses Berichts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ein {Leitprojekt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} {Leitprojekte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+242"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umfang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erstellt von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{autor} am {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Herausgeber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Übersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Im Umfang dieses Berichts gibt es keine {Leitprojekte}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ampel: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+100"/>
        <source>Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Aktuelle Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Nächstes Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+114"/>
        <source>Aktualisiert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
        <source>„Aktualisiert am“: die letzte Änderung am {Leitprojekt} oder an etwas, das dazu gehört.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ziele:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phasen und Etappenziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeitleiste {titel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tatsächlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erreichte Etappenziele {seit}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erreicht am {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreichte Etappenziele {seit}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als Nächstes fällig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kein offenes Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als Nächstes fällig: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitwirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeitanteil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zum Stichtag wirkt niemand mit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ausblick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein Ausblick erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Zeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auftraggeber/in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laufzeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kick-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget {dhh}: geplant {g}, bewilligt {bw}, ausgegeben {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ressourcen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{von} bis {bis} (geplant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seit {von}, Ende noch offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch nicht festgelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sachstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum Stichtag liegt kein Sachstand vor. Die Angaben dieses Abschnitts stammen aus dem Steckbrief und den Projektdaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sachstand vom {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>geschrieben für {g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berichtet in der Sitzung am {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ampel {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erreicht: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nächste Schritte: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Sachstand nennt kein Erreichtes und keine nächsten Schritte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein offenes Risiko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risikomatrix {titel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verantwortlich: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wahrscheinlichkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maßnahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dazu {n} weitere offene Risiken mit kleinerem Risikowert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dazu ein weiteres offenes Risiko mit kleinerem Risikowert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entscheidungsbedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seit {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gegenstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zu entscheiden durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearingstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein Entscheidungsbedarf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Veränderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Es gibt keinen früheren Sachstand, mit dem sich dieser vergleichen ließe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Veränderungen {seit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seitdem liegt kein neuer Sachstand vor; verglichen wird mit dem heutigen Stand der Projektdaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keine Veränderung bei Status, Ampel, Phasen, Etappenzielen, Risiken und Mitwirkung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/exports/word_report.py" line="+123"/>
        <source>Sachstand zum {d}</source>
        <extracomment>Sachstände newly linked to the Sitzung</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Der Bericht wurde geschrieben, aber nicht als in der Sitzung berichtet vermerkt: {grund} Bitte den Bericht erneut erzeugen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>„{ziel}“ ist gerade geöffnet, vermutlich in Word, und kann nicht ersetzt werden. Bitte die Datei schließen oder einen anderen Dateinamen angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der Sachstandsbericht ist eine Word-Datei: bitte einen Dateinamen mit der Endung .docx angeben (statt „{ziel}“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den Ordner „{ordner}“ gibt es nicht. Bitte einen vorhandenen Ordner angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{ziel}“ ist ein Ordner. Bitte einen Dateinamen angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In den Ordner „{ordner}“ darf nicht geschrieben werden. Bitte einen anderen Ordner wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Bericht konnte nicht gespeichert werden ({grund}). Bitte Speicherplatz und Schreibrechte im Ordner „{ordner}“ prüfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>„{ziel}“ kann nicht geschrieben werden ({grund}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitzungDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/meetings/sitzung_dialog.py" line="+64"/>
        <source>Sitzung bearbeiten</source>
        <extracomment>the form&apos;s fields, as the services name them the compare dialog while it is open (tests answer it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neue Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>z. B. 8 oder 3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ö&amp;ffentlich beraten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. 2021/1528</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>noch offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum der Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TOP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tagesordnungspunkt (TOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beratung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>öffentlich beraten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vorlage Nr.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Vorlage Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Bemerkung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Bemerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Speichern</source>
        <extracomment>a refusal that concerns no single field (the meeting was deleted meanwhile, …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbre&amp;chen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ö/nö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ihre Eingaben bleiben im Formular erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>jemand anderem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Sitzung wurde inzwischen von {wer} gespeichert; überschrieben wurde nichts. Ihre Änderungen stehen links, der gespeicherte Stand rechts. Was Sie nicht geändert haben, bleibt wie gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sitzungen</name>
    <message>
        <location filename="../../iq_desktop/services/meetings.py" line="+33"/>
        <source>Ein Gremium „{n}“ gibt es nicht. Vorhanden: {alle}.</source>
        <extracomment>the usual results of a Beratungsfolge row; the field takes any other text as well</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Am {d} tagen mehrere Gremien: {alle}. Bitte das Gremium angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für {g} ist am {d} keine Sitzung eingetragen. Bitte das Datum prüfen oder die Sitzung zuerst anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Am {d} ist keine Sitzung eingetragen. Bitte das Datum prüfen oder die Sitzung zuerst anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bitte das Datum der Sitzung angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Für {g} ist am {d} schon eine Sitzung eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Das Gremium kann nicht gewechselt werden: {n} Sachstände wurden in dieser Sitzung berichtet. Bitte zuerst ihre Zuordnung lösen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Gremium kann nicht gewechselt werden: ein Sachstand wurde in dieser Sitzung berichtet. Bitte zuerst seine Zuordnung lösen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Die Sitzung von {g} am {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{was} wird nicht gelöscht: {n} Sachstände wurden in ihr berichtet. Bitte deren Zuordnung zuerst lösen oder ändern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{was} wird nicht gelöscht: ein Sachstand wurde in ihr berichtet. Bitte seine Zuordnung zuerst lösen oder ändern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Der Sachstand wurde für {g} geschrieben; die Sitzung gehört zu {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/meetings/table_model.py" line="+50"/>
        <source>Datum</source>
        <extracomment>the meeting&apos;s id text of a meeting that is over: lighter than the hint grey so it stands apart, still 6:1 on white</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>ö/nö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Vorlage Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sachstände</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>öffentlich oder nicht öffentlich beraten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zahl der Sachstände, die in der Sitzung berichtet wurden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>die nächste Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vergangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+9"/>
        <source>Leitprojekt</source>
        <extracomment>the organisation&apos;s word for a Leitprojekt (see ``Begriffe``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/meetings/texts.py" line="+14"/>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>morgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TOP {top}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffingTab</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/staffing_tab.py" line="+73"/>
        <source>Mitwirkende</source>
        <extracomment>the frame around the chosen row&apos;s warning: amber, and grey once every finding has an exception sorts the table; every view row → record goes through it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Person hinzufügen</source>
        <extracomment>the organisation takes the width left; it, then the person, then the role give up width first field key → (the message under the field, the field)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name oder Amt eintippen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hin&amp;zufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;olle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Mitwirkung von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>An&amp;teil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteil der Arbeitszeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Änder&amp;ungen übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle, Zeitraum und Anteil der gewählten Mitwirkung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rolle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle der gewählten Mitwirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b&amp;is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mitwirkung bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteil der Arbeitszeit der gewählten Mitwirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Benennung durch Bürgermeister/in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Benennung mit dem Datum „am“ erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amtsleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die {zustimmung} mit dem Datum „am“ erfassen (leeres Datum: zurücknehmen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitwirkung beend&amp;en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Mitwirkung zum Datum „am“ beenden; sie bleibt in der Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum für Benennung, Zustimmung oder Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warum trotz des Hinweises? (ein ganzer Satz)</source>
        <extracomment>the chosen row&apos;s findings in full, the exception right beside them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahme er&amp;fassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit der Begründung fortfahren; der Regelbericht zeigt, wer die Ausnahme wann und warum erfasst hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Be&amp;gründung der Ausnahme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begründung der Ausnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Gewählte Mitwirkung (bitte in der Tabelle wählen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gewählte Mitwirkung: {person} ({rolle})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ausnahme von {wer} am {datum}: {text} Begründung: „{grund}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>eine neue Mitwirkung „{person}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geänderte Angaben zur Mitwirkung von {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eine Begründung der Ausnahme „{text}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{erste} und {letzte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Bitte eine Person aus der Liste wählen (Name eintippen und aus den Vorschlägen übernehmen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Bitte das Datum der Benennung angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bitte das Datum angeben, zu dem die Mitwirkung endet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../iq_desktop/app.py" line="+61"/>
        <source>Die Bildschirmausgabe konnte nicht starten (fehlende Systembibliotheken oder kein Bildschirm). Einzelheiten stehen im Protokoll: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kein Bildschirm gefunden: das Programmfenster braucht eine grafische Sitzung. Ohne Bildschirm helfen die Befehle der Kommandozeile (iq-desktop --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Die Datenbank konnte nicht geöffnet werden ({art}). Einzelheiten stehen im Protokoll: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datenbank migriert; Sicherung vorher: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tägliche Sicherung geschrieben: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die tägliche Sicherung ist fehlgeschlagen: {grund}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Der Aufbau des Programmfensters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Die letzte Aktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Das Hauptfenster konnte nicht gezeichnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selbsttest bestanden: Hauptfenster gezeichnet ({b}×{h}), {n} Leitprojekte geladen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Der Zielordner „{pfad}“ kann nicht angelegt werden (eine Datei dieses Namens oder fehlende Schreibrechte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Das Bild „{pfad}“ konnte nicht gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/start/models.py" line="+27"/>
        <location line="+83"/>
        <source>{Leitprojekt}</source>
        <extracomment>the Leitprojekt id behind a row of the portfolio tree (None on a corridor row)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächstes Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktualisiert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>keine {Leitprojekte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nicht eingetragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} · Bürgermeister/in: {bm} · {n} {Leitprojekte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>keines offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{titel}, Ampel {ampel}, Phase {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etappenziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{datum} · überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/cli.py" line="-301"/>
        <source>IQ Desktop – Start nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../iq_desktop/ui/start/page.py" line="+62"/>
        <source>&amp;Fällig in {n} Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fällige Etappenziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keine offenen Etappenziele in diesem Zeitraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nächste Si&amp;tzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nächste Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keine Sitzung eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gremien &amp;&amp; Sitzungen öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Start – Überblick zum {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projekte je {Korridorthema}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Leitprojekte} je {Korridorthema}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Regelprüfung: wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regelprüfung: keine offenen Befunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regelprüfung: 1 offener Befund – anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regelprüfung: {n} offene Befunde – anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SteckbriefTab</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/steckbrief_tab.py" line="+103"/>
        <source>nicht öffentlich (bleibt in Berichten für öffentliche Sitzungen weg)</source>
        <extracomment>shown before a field&apos;s error, so the message does not rely on its colour the Ampel choices: overall, then the three dimensions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+180"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Beg&amp;inn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Geplantes Ende:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geplantes Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kick-o&amp;ff am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kick-off am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+174"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Grunddaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Begründung, z. B. „Personalengpass im Sommer“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Am&amp;pel gesamt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel gesamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel Zeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notiz zur Ampel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+156"/>
        <source>Notiz zur Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ampel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keine Angabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+230"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+230"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-226"/>
        <source>B&amp;eschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ziele:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+137"/>
        <source>Ziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Beit&amp;rag zum {Korridorthema}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beitrag zum {Korridorthema}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zielgruppe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zielgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielgruppe aktiv eingebunden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Zielgruppe aktiv eingebunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-132"/>
        <source>&amp;Chancen und Nutzen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chancen und Nutzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inhalt und Ziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mehrere durch Semikolon trennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kanäle und Formate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weitere Kanäle und Formate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weitere Kanäle und Formate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einbindung der Zielgruppe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einbindung der Zielgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadtinterne Kommunikation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadtinterne Kommunikation und Mitwirkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation nach außen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation und Mitwirkung nach außen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation und Beteiligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internationalität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitalisierung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partizipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{aspekt} berücksichtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wie ({aspekt}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie wird {aspekt} berücksichtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationalität, Digitalisierung, Partizipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bezug zur Digitalstrategie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlungsfelder und Gestaltungsprinzipien der Digitalstrategie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Digitalstrategie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <source>z. B. 1 PM IT, 1 PM OA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budgetzeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielvereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personelle Ressourcen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personelle Ressourcen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Haushalts&amp;mittel je Doppelhaushalt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Haushaltsmittel je Doppelhaushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Zielvereinbarungen je &amp;Jahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielvereinbarungen je Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ressourcen und Zielvereinbarungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ausblic&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Ausblick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>nicht öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Zielvereinbarungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gestaltungsprinzipien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suche</name>
    <message>
        <location filename="../../iq_desktop/ui/search.py" line="-57"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../iq_desktop/charts/report_images.py" line="+30"/>
        <source>Stichtag</source>
        <extracomment>the printed timeline&apos;s width: the text width of an A4 page with the template&apos;s margins, a little less</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zeitleiste der Phasen und Etappenziele. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/charts/timeline.py" line="+82"/>
        <source>{name}: {status}, {von} bis {bis}</source>
        <extracomment>the colours the timeline draws with, besides the phases&apos; (the PNG palette needs them all) one row per milestone with its title and date (print); else all on one line a thin line and the year at each 1 January the word at the reference day&apos;s line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Etappenziel {titel}: fällig am {datum}, erreicht am {erreicht}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Etappenziel {titel}: fällig am {datum}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Etappenziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>keine Etappenziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>erreicht {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>entfallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/editor/timeline.py" line="+32"/>
        <source>Zeitleiste der Phasen und Etappenziele</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verbindung</name>
    <message>
        <location filename="../../iq_desktop/services/connection_check.py" line="+26"/>
        <source>Verbindung hergestellt: {ort} – {n} {Leitprojekte}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/welcome.py" line="+43"/>
        <location line="+6"/>
        <source>Willkommen bei IQ Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mit IQ Desktop pflegen Sie die {Leitprojekte} des IQ-Prozesses: Mitwirkung, Phasen, Etappenziele, Risiken und Sachstände. Bitte wählen Sie zuerst, wo die Daten liegen. Sie können das später unter „Extras → Einstellungen“ ändern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beispiel&amp;daten laden (zum Ausprobieren; nur in eine leere Datenbank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Neue Datenbank anlegen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei „{pfad}“ gibt es noch nicht. Soll dort eine neue, leere Datenbank angelegt werden?

Wenn Ihre Kolleginnen und Kollegen schon mit einer gemeinsamen Datenbank arbeiten, wählen Sie bitte deren Datei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Die Datenbank wird eingerichtet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank wird eingerichtet und mit Beispieldaten gefüllt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Die Einrichtung ist an einem unerwarteten Fehler gescheitert. Einzelheiten stehen im Protokoll: {pfad}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Word</name>
    <message>
        <location filename="../../iq_desktop/exports/docx_builder.py" line="+101"/>
        <source>Die Word-Vorlage „{p}“ gibt es nicht. Bitte den Pfad prüfen.</source>
        <extracomment>EMU (English Metric Units) per centimetre, the unit of DrawingML sizes characters XML 1.0 does not allow (a text pasted from elsewhere may carry them) paragraph styles by role: the style&apos;s name in the template (Word&apos;s built-in English names, which Word shows translated, e.g. &quot;Überschrift 1&quot;), and the outline level of a heading table styles by role, each with fallbacks to Word&apos;s built-in grid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Word-Vorlage „{p}“ lässt sich nicht lesen ({e}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>„{p}“ ist keine Word-Vorlage (.docx oder .dotx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Seite </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> von </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CellEditors</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/resource_table.py" line="-99"/>
        <source>z. B. 12.500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>z. B. 2027/2028</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_OrgDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_dialogs.py" line="-194"/>
        <source>{was} gibt es nicht mehr – vielleicht hat es jemand anderes gelöscht. Bitte die Ansicht aktualisieren (F5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
