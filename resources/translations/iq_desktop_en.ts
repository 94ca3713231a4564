<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de_DE">
<context>
    <name>AbteilungDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_dialogs.py" line="+184"/>
        <source>Neue Abteilung</source>
        <translation>New division</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abteilung bearbeiten</source>
        <translation>Edit division</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;mt:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amt</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;zeichnung:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kürzel (optional):</source>
        <translation>&amp;Abbreviation (optional):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kürzel</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Die Abteilung</source>
        <translation>The division</translation>
    </message>
</context>
<context>
    <name>Ampel</name>
    <message>
        <location filename="../../iq_desktop/presentation.py" line="+40"/>
        <source>keine Angabe</source>
        <extracomment>outline of the empty dot for &quot;keine Angabe&quot; light tints of the Ampel colours, for the background of a table cell that also says the word a phase&apos;s bar in the timeline background of a risk-matrix cell by the band of its score</extracomment>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/widgets/ampel.py" line="+20"/>
        <source>Ampel {wort}</source>
        <translation>RAG status {wort}</translation>
    </message>
</context>
<context>
    <name>AmtDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_dialogs.py" line="-82"/>
        <source>Neues Amt</source>
        <translation>New office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amt bearbeiten</source>
        <translation>Edit office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. OA</source>
        <translation>e.g. OA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Ordnungs- und Bürgeramt</source>
        <translation>e.g. Ordnungs- und Bürgeramt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– ohne Dezernat –</source>
        <translation>– no department –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kürzel:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kürzel</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;zeichnung:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dezernat:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dezernat</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Das Amt</source>
        <translation>The office</translation>
    </message>
</context>
<context>
    <name>Anwesenheit</name>
    <message>
        <location filename="../../iq_desktop/db/presence.py" line="+122"/>
        <source>{benutzer} (PC {rechner}, seit {zeit})</source>
        <extracomment>how often a running program says it is still there a program silent for this long counts as gone (crashed PC, cut network) rows this old are removed when a program registers (crashed PCs leave theirs behind) naive UTC</extracomment>
        <translation>{benutzer} (PC {rechner}, since {zeit})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{was} ist nicht möglich, solange andere mit der Datenbank arbeiten: {wer}. Bitte sie bitten, IQ Desktop zu schließen, und dann erneut versuchen (ein abgestürzter PC zählt nach zwei Minuten nicht mehr).</source>
        <translation>{was} is not possible while others are working with the database: {wer}. Please ask them to close IQ Desktop, then try again (a PC that crashed no longer counts after two minutes).</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/audit/dialog.py" line="+39"/>
        <source>beliebig</source>
        <translation>any</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Änderungsprotokoll</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeitraum bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter &amp;zurücksetzen</source>
        <translation>&amp;Reset filters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;{Leitprojekt}:</source>
        <translation>&amp;{Leitprojekt}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benutzer:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zeitraum &amp;von:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b&amp;is:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Einträge des Änderungsprotokolls</source>
        <translation>Entries of the change log</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Änderungen des gewählten Eintrags:</source>
        <translation>C&amp;hanges in the selected entry:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Änderungen des gewählten Eintrags</source>
        <translation>Changes in the selected entry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufbewahrung des Protokolls in Jahren</source>
        <translation>Retention of the log in years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aufbewahrung für alle Arbeitsplätze:</source>
        <translation>Re&amp;tention for all workstations:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufbewahrung über&amp;nehmen</source>
        <translation>Appl&amp;y retention</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ältere Einträge werden beim Programmstart entfernt; das Entfernen selbst wird protokolliert.</source>
        <translation>Older entries are removed when the program starts; the removal itself is logged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Die neuesten {n} Einträge; bitte die Filter eingrenzen, um ältere zu sehen.</source>
        <translation>The newest {n} entries; please narrow the filters to see older ones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} Einträge</source>
        <translation>{n} entries</translation>
    </message>
</context>
<context>
    <name>Begriffe</name>
    <message>
        <location filename="../../iq_desktop/enums.py" line="+115"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>laufend</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>pausiert</source>
        <translation>paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>abgebrochen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grün</source>
        <translation>green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gelb</source>
        <translation>amber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rot</source>
        <translation>red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch nicht begonnen</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>erreicht</source>
        <translation>reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entfallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in Bearbeitung</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auftraggeber/in</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Projektleitung</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Mitglied der Projektgruppe</source>
        <translation>Member of the project group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>externe/r Expert/in</source>
        <translation>External expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entscheidungsbedarf</source>
        <translation>Decision needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissens</source>
        <translation>Dissent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entschieden</source>
        <translation>decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zurückgezogen</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gestaltungsprinzip</source>
        <translation>Design principle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stabsstelle VME</source>
        <translation>Stabsstelle VME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korridorbeauftragte/r</source>
        <translation>Corridor coordinator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nur lesen</source>
        <translation>read only</translation>
    </message>
</context>
<context>
    <name>Berichte</name>
    <message>
        <location filename="../../iq_desktop/ui/reports/dialog.py" line="+60"/>
        <source>Excel-Übersicht für die IQ-Lenkungsgruppe</source>
        <translation>Excel overview for the IQ steering group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sachstandsbericht (Word)</source>
        <translation>Status report (Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalender: Etappenziele und Sitzungen (iCalendar)</source>
        <translation>Calendar: milestones and meetings (iCalendar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalenderdatei (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
</context>
<context>
    <name>Berichtszyklus</name>
    <message>
        <location filename="../../iq_desktop/services/reporting_cycle.py" line="+27"/>
        <source>Der Berichtszyklus muss zwischen 1 und 366 Tagen liegen.</source>
        <translation>The reporting cycle must be between 1 and 366 days.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/conflict_dialog.py" line="+121"/>
        <source>Inzwischen anderswo gespeichert</source>
        <translation>Saved elsewhere in the meantime</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} von {m} Feldern weichen ab (fett und mit „abweichend“ markiert). Bitte wählen, welcher Stand gelten soll.</source>
        <translation>{n} of {m} fields differ (in bold and marked “different”). Please choose which version applies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ihre Eingaben und der gespeicherte Stand im Vergleich</source>
        <translation>Your entries compared with the saved version</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Gespeicherten Stand übernehmen</source>
        <translation>&amp;Take the saved version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Eingaben verwerfen und den gespeicherten Stand laden</source>
        <translation>Discard your entries and load the saved version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meine Eingaben darüber speichern</source>
        <translation>&amp;Save my entries over it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Eingaben auf den gespeicherten Stand speichern; wo Felder abweichen, gilt Ihre Eingabe</source>
        <translation>Save your entries over the saved version; where fields differ, your entry applies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nichts speichern; Ihre Eingaben bleiben im Formular</source>
        <translation>Save nothing; your entries remain in the form</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../iq_desktop/ui/widgets/date_field.py" line="+32"/>
        <source>TT.MM.JJJJ; F4 oder Alt+Pfeil nach unten öffnet den Kalender, Entf leert das Feld</source>
        <extracomment>the lowest date the field holds; it means &quot;no date&quot; (dates of the 20th century remain possible)</extracomment>
        <translation>DD.MM.YYYY; F4 or Alt+Down opens the calendar, Del clears the field</translation>
    </message>
</context>
<context>
    <name>Datenbank</name>
    <message>
        <location filename="../../iq_desktop/db/backup.py" line="+42"/>
        <source>Die Sicherung von „{quelle}“ nach „{ziel}“ ist fehlgeschlagen ({grund}). Es wurde nichts verändert.</source>
        <translation>Backing up “{quelle}” to “{ziel}” failed ({grund}). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die Prüfung der Datenbank hat Schäden gefunden ({befund}). Bitte nicht weiterarbeiten und die IT-Abteilung bitten, eine Sicherung zurückzuspielen.</source>
        <translation>Checking the database found damage ({befund}). Please stop working and ask the IT department to restore a backup.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/engine.py" line="+110"/>
        <source>„{art}“ ist keine bekannte Datenbankart. Bitte einen SQLite-Dateipfad oder eine Adresse wie mssql+pyodbc://… oder postgresql+psycopg://… angeben.</source>
        <extracomment>milliseconds a connection waits for a lock another one holds before giving up (SQLite&apos;s busy timeout; PostgreSQL&apos;s lock timeout for writes) longest pause, in seconds, between two attempts to take SQLite&apos;s write lock (see _sqlite_begin) execution option naming how a transaction begins: &quot;IMMEDIATE&quot; takes the write lock at once (SQLite: BEGIN IMMEDIATE; PostgreSQL: the program&apos;s advisory lock, see _postgresql_begin) the PostgreSQL advisory lock every write transaction of IQ Desktop holds (any constant; &quot;IQDESK&quot;) the ODBC driver the city&apos;s PCs get with the installer (docs/sql-server.md)</extracomment>
        <translation>“{art}” is not a known kind of database. Please give an SQLite file path or an address such as mssql+pyodbc://… or postgresql+psycopg://….</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Für „{art}“ fehlt der Datenbanktreiber ({modul}). Bitte die IT-Abteilung bitten, ihn zu installieren.</source>
        <translation>The database driver for “{art}” is missing ({modul}). Please ask the IT department to install it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datenbankadresse „{art}://…“ ist ungültig.</source>
        <translation>The database address “{art}://…” is invalid.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/errors.py" line="+51"/>
        <source>Der Datenbankserver von „{db}“ ist nicht erreichbar. Bitte die Netzwerkverbindung prüfen und erneut versuchen, sonst die IT-Abteilung fragen.</source>
        <extracomment>driver texts of a database that is away, locked, full, damaged or forbidden: what the user or IT can act on. Anything else (no such table, a syntax error) is a bug and stays one.</extracomment>
        <translation>The database server of “{db}” cannot be reached. Please check the network connection and try again, otherwise ask the IT department.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{db}“ gibt es auf dem Server nicht. Bitte die Adresse prüfen oder die Datenbankverwaltung fragen.</source>
        <translation>The database “{db}” does not exist on the server. Please check the address or ask the database administrators.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Datenbankserver hat die Anmeldung für „{db}“ abgelehnt. Bitte Benutzername und Rechte von der Datenbankverwaltung prüfen lassen.</source>
        <translation>The database server refused the login for “{db}”. Please have the database administrators check the user name and permissions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auf dem Datenbankserver fehlen Rechte für „{db}“. Bitte die Datenbankverwaltung fragen (nach einem Update richtet sie mit „iq-desktop migrate“ den neuen Schemastand ein).</source>
        <translation>Permissions for “{db}” are missing on the database server. Please ask the database administrators (after an update they set up the new schema version with “iq-desktop migrate”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datenbank „{db}“ ist gerade von einem anderen Arbeitsplatz gesperrt. Bitte in einigen Sekunden noch einmal versuchen.</source>
        <translation>The database “{db}” is locked by another workstation at the moment. Please try again in a few seconds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datenbank „{db}“ wurde zuletzt nicht sauber geschlossen (z. B. Absturz). Bitte einmal im Programm öffnen oder „iq-desktop init --db …“ ausführen; dabei wird die unterbrochene Änderung zurückgenommen.</source>
        <translation>The database “{db}” was not closed properly last time (e.g. a crash). Please open it once in the program or run “iq-desktop init --db …”; this rolls back the interrupted change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datenbank „{db}“ ist schreibgeschützt. Bitte Schreibrechte für die Datei und ihren Ordner erteilen lassen.</source>
        <translation>The database “{db}” is read-only. Please have write permissions granted for the file and its folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{db}“ kann nicht geöffnet werden. Bitte prüfen, ob das Laufwerk erreichbar ist und Lese- und Schreibrechte für Datei und Ordner bestehen.</source>
        <translation>The database “{db}” cannot be opened. Please check that the drive can be reached and that there are read and write permissions for the file and folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auf dem Laufwerk von „{db}“ ist kein Platz mehr. Bitte Platz schaffen; es wurde nichts gespeichert.</source>
        <translation>The drive of “{db}” is full. Please free up space; nothing was saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beim Zugriff auf „{db}“ ist ein Lese- oder Schreibfehler aufgetreten (Netzlaufwerk getrennt?). Bitte die Verbindung prüfen und erneut versuchen.</source>
        <translation>A read or write error occurred while accessing “{db}” (network drive disconnected?). Please check the connection and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{db}“ ist beschädigt oder keine SQLite-Datenbank. Die Datei wurde nicht verändert; bitte eine Sicherung zurückspielen oder die IT-Abteilung fragen.</source>
        <translation>“{db}” is damaged or not an SQLite database. The file was not changed; please restore a backup or ask the IT department.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{db}“ meldet einen Fehler. Einzelheiten stehen im Protokoll; bitte die IT-Abteilung fragen.</source>
        <translation>The database “{db}” reports an error. Details are in the log; please ask the IT department.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/location.py" line="+38"/>
        <source>Arbeitsspeicher (nicht gespeichert)</source>
        <extracomment>the embedded default in the user data folder, whose folder the program creates</extracomment>
        <translation>Memory (not saved)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Die Datenbankadresse „{wert}“ ist ungültig. Bitte einen Dateipfad oder eine SQLAlchemy-URL angeben.</source>
        <translation>The database address “{wert}” is invalid. Please give a file path or an SQLAlchemy URL.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kein Zugriff auf „{pfad}“ ({grund}). Bitte die Zugriffsrechte für den Ordner prüfen lassen.</source>
        <translation>No access to “{pfad}” ({grund}). Please have the access permissions for the folder checked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{pfad}“ ist ein Ordner, keine Datenbankdatei. Bitte den Pfad einer .sqlite-Datei angeben.</source>
        <translation>“{pfad}” is a folder, not a database file. Please give the path of a .sqlite file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die eingebettete Datenbank „{pfad}“ gibt es noch nicht. Sie wird beim ersten Programmstart oder mit „iq-desktop init“ angelegt.</source>
        <translation>The embedded database “{pfad}” does not exist yet. It is created when the program first starts or with “iq-desktop init”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datenbank „{pfad}“ wurde nicht gefunden. Pfad prüfen oder mit „iq-desktop init --db {pfad}“ anlegen.</source>
        <translation>The database “{pfad}” was not found. Check the path or create it with “iq-desktop init --db {pfad}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Ordner „{ordner}“ existiert nicht (Netzlaufwerk nicht verbunden?). Bitte einen vorhandenen Ordner wählen.</source>
        <translation>The folder “{ordner}” does not exist (network drive not connected?). Please choose an existing folder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Datenbank „{pfad}“ kann nicht gelesen werden ({grund}). Bitte die Zugriffsrechte prüfen lassen.</source>
        <translation>The database “{pfad}” cannot be read ({grund}). Please have the access permissions checked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{pfad}“ ist keine SQLite-Datenbank (beschädigt oder anderes Format). Die Datei wurde nicht verändert; bitte die richtige Datei oder eine Sicherung wählen.</source>
        <translation>“{pfad}” is not an SQLite database (damaged or a different format). The file was not changed; please choose the right file or a backup.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Datenbank „{pfad}“ kann nicht angelegt werden ({grund}). Bitte Schreibrechte im Ordner prüfen lassen.</source>
        <translation>The database “{pfad}” cannot be created ({grund}). Please have the write permissions in the folder checked.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>keine Berechtigung</source>
        <translation>no permission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schreibgeschütztes Laufwerk</source>
        <translation>read-only drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laufwerk voll</source>
        <translation>drive full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht vorhanden</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systemfehler {nr}</source>
        <translation>system error {nr}</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/migrate.py" line="+99"/>
        <source>Die Aktualisierung der Datenbank auf den Schemastand dieses Programms</source>
        <extracomment>a table only IQ Desktop databases have; an unknown revision without it is someone else&apos;s Alembic no tables at all: a new database at the program&apos;s head revision a known, older revision: migrate a revision this program does not know: written by a newer version tables, but not an IQ Desktop database</extracomment>
        <translation>Updating the database to this program&apos;s schema version</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>IQ Desktop {v}, </source>
        <translation>IQ Desktop {v}, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank „{db}“ stammt von einer neueren Programmversion ({neuere}Schemastand {rev}); dieses Programm ist IQ Desktop {eigene} (Schemastand {kopf}). Bitte IQ Desktop aktualisieren; die Datenbank wurde nicht verändert.</source>
        <translation>The database “{db}” comes from a newer program version ({neuere}schema version {rev}); this program is IQ Desktop {eigene} (schema version {kopf}). Please update IQ Desktop; the database was not changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>„{db}“ ist keine IQ-Desktop-Datenbank (sie enthält fremde Tabellen). Bitte eine andere Datei wählen; diese wurde nicht verändert.</source>
        <translation>“{db}” is not an IQ Desktop database (it contains other tables). Please choose another file; this one was not changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Datenbank „{db}“ ist noch nicht eingerichtet. Bitte zuerst „iq-desktop init{opt}“ ausführen.</source>
        <translation>The database “{db}” has not been set up yet. Please run “iq-desktop init{opt}” first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datenbank „{db}“ hat einen älteren Schemastand ({rev}) und muss migriert werden. Bitte „iq-desktop migrate{opt}“ ausführen (die IT-Abteilung hilft).</source>
        <translation>The database “{db}” has an older schema version ({rev}) and must be migrated. Please run “iq-desktop migrate{opt}” (the IT department can help).</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/restore.py" line="+63"/>
        <source>Die Sicherung „{quelle}“ ist die Datenbank selbst. Bitte eine Sicherungskopie wählen.</source>
        <extracomment>the copy of the state before the restore; None when there was no database yet the database was marked shared before: the restored one must be too (an older backup may lack the mark)</extracomment>
        <translation>The backup “{quelle}” is the database itself. Please choose a backup copy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Das Zurückspielen einer Sicherung</source>
        <translation>Restoring a backup</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Das Zurückspielen von „{quelle}“ ist fehlgeschlagen ({grund}). Die Datenbank ist unverändert, oder eine der Sicherungen stellt sie wieder her.</source>
        <translation>Restoring “{quelle}” failed ({grund}). The database is unchanged, or one of the backups restores it.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/db/sharing.py" line="+118"/>
        <source>Die Datenbank „{db}“ liegt auf einem Netzlaufwerk, ist aber noch im WAL-Modus eines Einzelplatzes und wird gerade von einem anderen Programm benutzt. Bitte alle anderen IQ-Desktop-Fenster schließen und erneut versuchen.</source>
        <extracomment>the property that marks a database as shared; its value is &quot;ja&quot; Linux file systems that live on another machine</extracomment>
        <translation>The database “{db}” is on a network drive but still in the WAL mode of a single workstation, and another program is using it. Please close all other IQ Desktop windows and try again.</translation>
    </message>
</context>
<context>
    <name>DatenbankWahl</name>
    <message>
        <location filename="../../iq_desktop/ui/settings/database_choice.py" line="+61"/>
        <source>Wo liegen die Daten?</source>
        <extracomment>what the server field shows as an example (SQL Server through ODBC, as the city&apos;s IT runs it)</extracomment>
        <translation>Where is the data kept?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lokale Datenbank auf diesem PC</source>
        <translation>&amp;Local database on this PC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur Sie arbeiten damit. Datei: {pfad}</source>
        <translation>Only you work with it. File: {pfad}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gemeinsame Datenbankdatei (z. B. auf einem Netzlaufwerk)</source>
        <translation>&amp;Shared database file (e.g. on a network drive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenbankdatei</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. \\server\freigabe\IQ\iq-desktop.sqlite</source>
        <translation>e.g. \\server\share\IQ\iq-desktop.sqlite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durchs&amp;uchen …</source>
        <translation>B&amp;rowse …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenbankdatei suchen</source>
        <translation>Find the database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Von mehreren PCs gemeinsam genutzt (auch wenn der Pfad lokal aussieht)</source>
        <translation>Used by several PCs together (even if the path looks local)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daten&amp;bankserver (SQL Server oder PostgreSQL)</source>
        <translation>Database ser&amp;ver (SQL Server or PostgreSQL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse des Datenbankservers</source>
        <translation>Address of the database server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Adresse nennt Ihnen die IT.</source>
        <translation>Your IT department will give you the address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbindung &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ergebnis des Verbindungstests</source>
        <translation>Result of the connection test</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Bitte die gemeinsame Datenbankdatei angeben.</source>
        <extracomment>the test running now (its answer is dropped when the choice changed meanwhile)</extracomment>
        <translation>Please enter the shared database file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte die Adresse des Datenbankservers angeben.</source>
        <translation>Please enter the address of the database server.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Datenbankdatei wählen</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IQ-Datenbank (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>IQ database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verbindung wird geprüft …</source>
        <translation>Checking the connection …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Verbindung ließ sich nicht prüfen ({art}). Einzelheiten stehen im Protokoll: {pfad}</source>
        <translation>The connection could not be checked ({art}). Details are in the log: {pfad}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../iq_desktop/services/demo.py" line="+146"/>
        <source>Die Datenbank enthält bereits {n} {leitprojekte}; Demodaten werden nur in eine leere Datenbank geschrieben.</source>
        <translation>The database already contains {n} {leitprojekte}; demo data is only written into an empty database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Datenbank enthält bereits Personen, Organisationseinheiten oder Sitzungen; Demodaten werden nur in eine leere Datenbank geschrieben.</source>
        <translation>The database already contains people, organisational units or meetings; demo data is only written into an empty database.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../iq_desktop/ui/projects/detail_panel.py" line="+51"/>
        <source>D&amp;etails</source>
        <translation>Det&amp;ails</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Einordnung</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ampel</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Beginn:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplantes Ende:</source>
        <translation>Planned end:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kick-off:</source>
        <translation>Kick-off:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektleitung:</source>
        <translation>Project lead:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auftraggeber/in:</source>
        <translation>Sponsor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aktuelle Phase:</source>
        <translation>Current phase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächstes Etappenziel:</source>
        <translation>Next milestone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-Risiko:</source>
        <translation>Top risk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktualisiert am:</source>
        <translation>Updated on:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Beschreibung:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Details zum Leitprojekt</source>
        <translation>Flagship project details</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wird geladen …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Details zum {Leitprojekt}</source>
        <translation>Details of the {Leitprojekt}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bitte links oder in der Liste ein {Leitprojekt} wählen.</source>
        <translation>Please choose a {Leitprojekt} on the left or in the list.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{Korridorthema} und Status</source>
        <translation>{Korridorthema} and status</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{titel} (Risikowert {wert})</source>
        <translation>{titel} (risk score {wert})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keine Beschreibung erfasst.</source>
        <translation>No description entered.</translation>
    </message>
</context>
<context>
    <name>DezernatDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_dialogs.py" line="-99"/>
        <source>Neues Dezernat</source>
        <translation>New department</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dezernat bearbeiten</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Dez. 2</source>
        <translation>e.g. Dez. 2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kürzel:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kürzel</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;zeichnung:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bürgermeister/in:</source>
        <translation>&amp;Mayor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bürgermeister/in</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bitte die Bürgermeisterin oder den Bürgermeister aus der Liste wählen (Name eintippen und aus den Vorschlägen übernehmen).</source>
        <translation>Please choose the mayor from the list (type the name and take it from the suggestions).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Das Dezernat</source>
        <translation>The department</translation>
    </message>
</context>
<context>
    <name>Dialoge</name>
    <message>
        <location filename="../../iq_desktop/ui/dialogs.py" line="+13"/>
        <source>IQ Desktop – Hinweis</source>
        <translation>IQ Desktop – Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IQ Desktop – Fehler</source>
        <translation>IQ Desktop – Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{aktion} ist an einem unerwarteten Fehler gescheitert.

Einzelheiten stehen im Protokoll:
{pfad}

Bitte diese Datei bei einer Rückfrage an die IT mitschicken.</source>
        <translation>{aktion} failed with an unexpected error.

Details are in the log:
{pfad}

Please send this file along when you contact IT.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IQ Desktop</source>
        <translation>IQ Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IQ Desktop – Datenbank nicht erreichbar</source>
        <translation>IQ Desktop – Database not reachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erneut versuchen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <location line="+8"/>
        <location line="+25"/>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>IQ Desktop – Ungespeicherte Änderungen</source>
        <translation>IQ Desktop – Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{titel}“ hat ungespeicherte Änderungen. Speichern?</source>
        <translation>“{titel}” has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>IQ Desktop – Änderungen verwerfen</source>
        <translation>IQ Desktop – Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle ungespeicherten Änderungen an „{titel}“ verwerfen?</source>
        <translation>Discard all unsaved changes to “{titel}”?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IQ Desktop – Eingaben nicht übernommen</source>
        <translation>IQ Desktop – Entries not added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch nicht übernommen: {was}.

Diese Eingaben verwerfen?</source>
        <translation>Not added yet: {was}.

Discard these entries?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zurück zur Eingabe</source>
        <translation>&amp;Back to the entry</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IQ Desktop – Löschen</source>
        <translation>IQ Desktop – Delete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IQ Desktop – Rückfrage</source>
        <translation>IQ Desktop – Please confirm</translation>
    </message>
</context>
<context>
    <name>Einstellungen</name>
    <message>
        <location filename="../../iq_desktop/settings.py" line="+134"/>
        <source>Die Einstellungen konnten nicht gespeichert werden ({pfad}). Bitte prüfen, ob der Ordner beschreibbar ist.</source>
        <translation>The settings could not be saved ({pfad}). Please check that the folder can be written to.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Die Einstellungen „{pfad}“ sind nicht lesbar{wo}. Bitte die Datei korrigieren oder löschen; ohne sie gelten die Standardwerte.</source>
        <translation>The settings “{pfad}” cannot be read{wo}. Please correct or delete the file; without it the defaults apply.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Einstellungen „{pfad}“ haben nicht das erwartete Format. Bitte die Datei korrigieren oder löschen.</source>
        <translation>The settings “{pfad}” are not in the expected format. Please correct or delete the file.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>In den Einstellungen „{pfad}“ ist der Wert von „{name}“ ungültig ({wert!r}). Bitte korrigieren oder den Eintrag löschen.</source>
        <extracomment>1: database, backups, cycle, language; 2: report defaults, first-start flag what IT may preset for everyone (not the language or a user&apos;s name) database path or SQLAlchemy URL; None = the embedded default the SQLite file is shared by several PCs although its path does not show a network drive (e.g. a share mounted under a local folder); recorded in the database at the next opening days after which a project without update counts as stale (rule 7) folder for automatic backups; None = &quot;Sicherungen&quot; in the data folder how many daily backups stay in the backup folder the Sachstandsbericht&apos;s author when the Berichte dialog leaves it empty (None: the user&apos;s name) the organisation named on the report&apos;s title block (e.g. &quot;Stadt Karlsruhe – Stabsstelle VME&quot;) a corporate-design Word template (None: the one shipped with the program)</extracomment>
        <translation>In the settings “{pfad}” the value of “{name}” is invalid ({wert!r}). Please correct it or delete the entry.</translation>
    </message>
</context>
<context>
    <name>EinstellungenDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/settings/dialog.py" line="+63"/>
        <source>Einstellungen</source>
        <extracomment>what the language choice offers: code, name in its own language the reporting cycle to store for everyone (None: unchanged)</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Datenbank</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sicherung und Berichte</source>
        <translation>&amp;Backups and reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;prache und Begriffe</source>
        <translation>Lan&amp;guage and terms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eine andere Datenbank wird nach „OK“ geöffnet; ein offenes {Leitprojekt} wird vorher geschlossen (ungespeicherte Änderungen werden erfragt).</source>
        <translation>Another database is opened after “OK”; an open {Leitprojekt} is closed first (you are asked about unsaved changes).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ordner &amp;wählen …</source>
        <translation>Choose &amp;folder …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Sicherungsordner wählen</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Sicherungso&amp;rdner:</source>
        <translation>Backup fo&amp;lder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Sicherungsordner</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hier legt IQ Desktop beim ersten Öffnen eines Tages eine Sicherung einer SQLite-Datenbank ab. Leer: der Standardordner.</source>
        <translation>IQ Desktop saves a backup of an SQLite database here when it is first opened each day. Empty: the default folder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Anzahl Sicherungen:</source>
        <translation>&amp;Number of backups:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anzahl Sicherungen</source>
        <translation>Number of backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So viele tägliche Sicherungen bleiben; ältere werden gelöscht.</source>
        <translation>This many daily backups are kept; older ones are deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leer: Ihr hinterlegter Name, sonst Ihr Anmeldename</source>
        <translation>Empty: your stored name, otherwise your login name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ver&amp;fasser/in:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verfasser/in der Sachstandsberichte</source>
        <translation>Author of the status reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Stadt Karlsruhe – Stabsstelle VME</source>
        <translation>e.g. Stadt Karlsruhe – Stabsstelle VME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation im Bericht</source>
        <translation>Organisation in the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steht im Kopf des Sachstandsberichts.</source>
        <translation>Appears in the header of the status report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>die mitgelieferte Vorlage</source>
        <translation>the template supplied with the program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlage wä&amp;hlen …</source>
        <translation>C&amp;hoose template …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Word-Vorlage wählen</source>
        <translation>Choose the Word template</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Word-&amp;Vorlage:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Word-Vorlage</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Eine .docx-Datei im Erscheinungsbild der Stadt (siehe docs/word-vorlage.md).</source>
        <translation>A .docx file in the city’s corporate design (see docs/word-vorlage.md).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Spra&amp;che:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sprache der Oberfläche</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gilt ab dem nächsten Start von IQ Desktop.</source>
        <translation>Takes effect the next time IQ Desktop starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Für alle, die mit dieser Datenbank arbeiten</source>
        <translation>For everyone working with this database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Korridorthema, Leitprojekt, Korridorbeauftragte (Regeln von 2017)</source>
        <translation>Korridorthema, Leitprojekt, Korridorbeauftragte (2017 rules)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zukunftsthema, Zukunftsprojekt, Zukunftsbeauftragte (heutige Bezeichnungen)</source>
        <translation>Zukunftsthema, Zukunftsprojekt, Zukunftsbeauftragte (current names)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eigene Begriffe: {Korridorthema}, {Leitprojekt}, {Korridorbeauftragte}</source>
        <translation>Own terms: {Korridorthema}, {Leitprojekt}, {Korridorbeauftragte}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begr&amp;iffe:</source>
        <translation>Te&amp;rms:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begriffe des IQ-Prozesses</source>
        <translation>Terms of the IQ process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auf jedem Bildschirm und in jedem Bericht.</source>
        <translation>On every screen and in every report.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berichts&amp;zyklus:</source>
        <translation>Reporting &amp;cycle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berichtszyklus in Tagen</source>
        <translation>Reporting cycle in days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ohne neuen Sachstand gilt ein Projekt nach so vielen Tagen als „veraltet“ (Regel 7).</source>
        <translation>Without a new status report, a project counts as “out of date” after this many days (rule 7).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für alle, die mit der Datenbank arbeiten (erst mit geöffneter Datenbank)</source>
        <translation>For everyone working with the database (only with a database open)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Bitte den vollständigen Pfad der Word-Vorlage angeben (z. B. mit „Vorlage wählen …“).</source>
        <translation>Please enter the full path of the Word template (e.g. with “Choose template …”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Word-Vorlage muss eine .docx-Datei sein.</source>
        <translation>The Word template must be a .docx file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Word-Vorlage „{pfad}“ gibt es nicht.</source>
        <translation>The Word template “{pfad}” does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte den vollständigen Pfad des Sicherungsordners angeben (z. B. mit „Ordner wählen …“).</source>
        <translation>Please enter the full path of the backup folder (e.g. with “Choose folder …”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{pfad}“ ist eine Datei, kein Ordner.</source>
        <translation>“{pfad}” is a file, not a folder.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
</context>
<context>
    <name>EntscheidungDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/risk_dialogs.py" line="+143"/>
        <source>Entscheidung vermerken</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>z. B. Lenkungsgruppe, Bürgermeister Dez. 2</source>
        <translation>e.g. steering group, Mayor Dez. 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ergebnis:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ergebnis der Entscheidung</source>
        <translation>Outcome of the decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entschieden &amp;am:</source>
        <translation>Decided o&amp;n:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entschieden am</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entschieden &amp;durch:</source>
        <translation>Decided &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entschieden durch</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Der Eintrag</source>
        <translation>The entry</translation>
    </message>
</context>
<context>
    <name>Entscheidungen</name>
    <message>
        <location filename="../../iq_desktop/services/decisions.py" line="+59"/>
        <source>Nur ein offener Eintrag kann an die Clearingstelle gehen.</source>
        <translation>Only an open entry can go to the clearing office.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clearingstelle (Stabsstelle VME)</source>
        <translation>Clearing office (Stabsstelle VME)</translation>
    </message>
</context>
<context>
    <name>EtappenzielDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/phase_dialogs.py" line="+77"/>
        <source>Etappenziel bearbeiten</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;intern (in der Stadtverwaltung)</source>
        <translation>&amp;internally (within the city administration)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e&amp;xtern (nach außen)</source>
        <translation>e&amp;xternally (to the public)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Intranet, Pressemitteilung, Newsletter</source>
        <translation>e.g. intranet, press release, newsletter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel des Etappenziels</source>
        <translation>Title of the milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fällig am:</source>
        <translation>&amp;Due on:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase des Etappenziels</source>
        <translation>Phase of the milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreichen kommunizieren:</source>
        <translation>Communicate when reached:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Erreichen intern kommunizieren</source>
        <translation>Communicate internally that it was reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Erreichen extern kommunizieren</source>
        <translation>Communicate externally that it was reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wie:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie wird kommuniziert</source>
        <translation>How it is communicated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;ommuniziert am:</source>
        <translation>Co&amp;mmunicated on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommuniziert am</source>
        <translation>Communicated on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erst wenn das Etappenziel erreicht ist</source>
        <translation>Only once the milestone is reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„Kommuniziert am“ lässt sich eintragen, sobald das Etappenziel erreicht ist.</source>
        <translation>“Communicated on” can be entered once the milestone is reached.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Das Etappenziel</source>
        <translation>The milestone</translation>
    </message>
</context>
<context>
    <name>Etappenziele</name>
    <message>
        <location filename="../../iq_desktop/services/milestones.py" line="+20"/>
        <source>Bitte ein Fälligkeitsdatum angeben – ein Etappenziel braucht einen kommunizierbaren Termin.</source>
        <translation>Please give a due date – a milestone needs a date that can be communicated.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Die gewählte Phase gehört zu einem anderen Leitprojekt.</source>
        <translation>The chosen phase belongs to another flagship project.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kommuniziert werden kann nur ein erreichtes Etappenziel.</source>
        <translation>Only a milestone that has been reached can be communicated.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Etappenziel wurde erst am {d} erreicht.</source>
        <translation>The milestone was only reached on {d}.</translation>
    </message>
</context>
<context>
    <name>Excel-Übersicht</name>
    <message>
        <location filename="../../iq_desktop/exports/excel_overview.py" line="+117"/>
        <source>IQ-Prozess: Übersicht der {Leitprojekte}, Stand {datum}</source>
        <extracomment>title line, note line, then the table&apos;s header row</extracomment>
        <translation>IQ process: overview of the {Leitprojekte}, as of {datum}</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Seite &amp;P von &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{Leitprojekte} je {Korridorthema} nach Ampel</source>
        <translation>{Leitprojekte} per {Korridorthema} by RAG status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anzahl {Leitprojekte}</source>
        <translation>Number of {Leitprojekte}</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/exports/excel_sheets.py" line="+124"/>
        <source>ja</source>
        <extracomment>a risk&apos;s score from which the Risiken sheet marks it (probability × impact, 1–25) short text on one line (status words, names); ``breite`` is the most it may take text that wraps inside its column (titles, findings, measures) the widest the column gets, in characters (Excel&apos;s unit); narrower when its values are short the cell&apos;s word (grün / gelb / rot) gives its colour a rule finding: the cell is marked when it holds text the whole row greyed when ``spalte`` holds one of ``woerter`` (archived projects, overridden findings) a date before the Stand while ``bezug`` holds ``woerter`` (an open milestone that fell due) a number from ``HOHES_RISIKO`` on the worksheet table&apos;s name (unique in the workbook, ASCII, not a cell reference) index of the sheet that carries the chart (the Ampeln sheet)</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regel {n}: {text}</source>
        <translation>Rule {n}: {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stand {datum}</source>
        <translation>As of {datum}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mitwirkung: 1 Befund, siehe Blatt „Mitwirkung“</source>
        <translation>Staffing: 1 finding, see sheet “Staffing”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkung: {n} Befunde, siehe Blatt „Mitwirkung“</source>
        <translation>Staffing: {n} findings, see sheet “Staffing”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{Leitprojekte}: {n}, davon im Archiv (abgeschlossen oder abgebrochen, grau): {a}. Regelhinweise aus der Regelprüfung zum Stichtag (Berichtszyklus {tage} Tage); das Archiv wird nicht geprüft.</source>
        <translation>{Leitprojekte}: {n}, of which archived (completed or cancelled, grey): {a}. Rule notes from the rule check on the reference date (reporting cycle {tage} days); the archive is not checked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Übersicht der {Leitprojekte} – {stand}</source>
        <translation>Overview of the {Leitprojekte} – {stand}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bürgermeister/in</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projektleitung</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <location line="+33"/>
        <location line="+33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Ampel</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktuelle Phase</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächstes Etappenziel</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>fällig am</source>
        <translation>due on</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Top-Risiko</source>
        <translation>Top risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktualisiert am</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <location line="+47"/>
        <source>Regelhinweise</source>
        <translation>Rule notes</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>keine Angabe</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ampeln</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ampeln je {Korridorthema} – {stand}</source>
        <translation>RAG status per {Korridorthema} – {stand}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gezählt sind die {Leitprojekte} in Arbeit (geplant, laufend, pausiert); das Archiv zählt nicht mit.</source>
        <translation>Counted are the {Leitprojekte} in progress (planned, ongoing, paused); the archive does not count.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entfällt</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mitwirkung</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitwirkung – {stand}</source>
        <translation>Staffing – {stand}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkungen, die am Stichtag nicht beendet sind; {Leitprojekte} im Archiv sind nicht enthalten. Regelhinweise: Regeln 2 und 3 (eine Person, ein {Leitprojekt}; Benennung und Zustimmung).</source>
        <translation>Staffing not ended on the reference date; archived {Leitprojekte} are not included. Rule notes: rules 2 and 3 (one person, one {Leitprojekt}; nomination and consent).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteil %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benannt am</source>
        <translation>nominated on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung Dezernat</source>
        <translation>Consent of department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung Amtsleitung</source>
        <translation>Consent of head of office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung Person</source>
        <translation>Consent of person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bestätigt</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>intern und extern</source>
        <translation>internally and externally</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intern</source>
        <translation>internally</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extern</source>
        <translation>externally</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Etappenziele</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etappenziele – {stand}</source>
        <translation>Milestones – {stand}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Etappenziele der {Leitprojekte} in Arbeit, nach Fälligkeit; offene, deren Termin vor dem Stichtag lag, sind rot markiert.</source>
        <translation>All milestones of the {Leitprojekte} in progress, by due date; open ones whose date was before the reference date are marked red.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Etappenziel</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>erreicht am</source>
        <translation>reached on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommunikation</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation wie</source>
        <translation>Communicated how</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kommuniziert am</source>
        <translation>communicated on</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Risiken</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risiken – {stand}</source>
        <translation>Risks – {stand}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risiken der {Leitprojekte} in Arbeit; je {Leitprojekt} die nicht geschlossenen zuerst, nach Risikowert (Wahrscheinlichkeit × Auswirkung, je 1–5); ab {hoch} rot markiert.</source>
        <translation>Risks of the {Leitprojekte} in progress; per {Leitprojekt} the ones not closed first, by risk score (probability × impact, each 1–5); from {hoch} marked red.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wahrscheinlichkeit</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswirkung</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risikowert</source>
        <translation>Risk score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verantwortlich</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahmen</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erkannt am</source>
        <translation>identified on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nächste Prüfung</source>
        <translation>next review</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Phasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phasen – {stand}</source>
        <translation>Phases – {stand}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Phasen der {Leitprojekte} in Arbeit in ihrer Reihenfolge, mit geplanten und tatsächlichen Daten.</source>
        <translation>The phases of the {Leitprojekte} in progress in their order, with planned and actual dates.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>geplant von</source>
        <translation>planned from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geplant bis</source>
        <translation>planned to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begonnen am</source>
        <translation>started on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beendet am</source>
        <translation>ended on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplante Schritte</source>
        <translation>Planned steps</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>übergangen</source>
        <translation>overridden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offene Befunde: {offen}; mit Begründung übergangen (grau): {uebergangen}. Berichtszyklus {tage} Tage; {Leitprojekte} im Archiv werden nicht geprüft.</source>
        <translation>Open findings: {offen}; overridden with a reason (grey): {uebergangen}. Reporting cycle {tage} days; archived {Leitprojekte} are not checked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keine Befunde: alle Regeln eingehalten. Berichtszyklus {tage} Tage.</source>
        <translation>No findings: all rules are met. Reporting cycle {tage} days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regelprüfung</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regelprüfung zum Stichtag {datum}</source>
        <translation>Rule check on the reference date {datum}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwere</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Befund</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>übergangen von</source>
        <translation>overridden by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>übergangen am</source>
        <translation>overridden on</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../iq_desktop/exports/files.py" line="+32"/>
        <source>„{ziel}“ ist ein Ordner. Bitte einen Dateinamen angeben.</source>
        <translation>“{ziel}” is a folder. Please give a file name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Den Ordner „{ordner}“ gibt es nicht. Bitte einen vorhandenen Ordner wählen.</source>
        <translation>The folder “{ordner}” does not exist. Please choose an existing folder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auf dem Laufwerk von „{ziel}“ ist kein Platz mehr. Bitte Platz schaffen oder ein anderes Ziel wählen.</source>
        <translation>The drive of “{ziel}” is full. Please free up space or choose another target.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{ziel}“ kann nicht überschrieben werden – die Datei ist vermutlich noch geöffnet (etwa in Excel oder Outlook) oder schreibgeschützt. Bitte schließen und noch einmal exportieren.</source>
        <translation>“{ziel}” cannot be overwritten – the file is probably still open (for example in Excel or Outlook) or read-only. Please close it and export again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In den Ordner „{ordner}“ darf nicht geschrieben werden. Bitte einen anderen Ordner wählen.</source>
        <translation>Writing to the folder “{ordner}” is not permitted. Please choose another folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{ziel}“ konnte nicht geschrieben werden (Fehler {code} des Systems). Bitte ein anderes Ziel wählen.</source>
        <translation>“{ziel}” could not be written (system error {code}). Please choose another target.</translation>
    </message>
</context>
<context>
    <name>ExterneOrganisationDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_dialogs.py" line="+98"/>
        <source>Neue externe Organisation</source>
        <translation>New external organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Externe Organisation bearbeiten</source>
        <translation>Edit external organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>z. B. Hochschule, Verein, Unternehmen</source>
        <translation>e.g. university, association, company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Die Organisation</source>
        <translation>The organisation</translation>
    </message>
</context>
<context>
    <name>Felder</name>
    <message>
        <location filename="../../iq_desktop/services/status_reports.py" line="+139"/>
        <source>Aktuelle Phase</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplantes Ende</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etappenziel</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkung</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Risikowert</source>
        <extracomment>fields of the frozen state that are no column name a reader knows</extracomment>
        <translation>Risk score</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/services/audit_trail.py" line="+131"/>
        <source>Abteilung id</source>
        <extracomment>first day, local time last day, local time, inclusive local time German stored enum values shown as their German words (&quot;gruen&quot; → &quot;grün&quot;, &quot;in_bearbeitung&quot; → &quot;in Bearbeitung&quot;) column names spelt without umlauts, and how a reader spells them the labels ``field_label`` makes of the tables&apos; columns, declared for the translation catalogue (tests/unit/test_catalogue.py keeps the list complete)</extracomment>
        <translation>Division (id)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aktualisiert am</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../iq_desktop/services/status_reports.py" line="-33"/>
        <source>Ampel</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel budget</source>
        <translation>RAG status budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ampel notiz</source>
        <translation>RAG status note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel personal</source>
        <translation>RAG status staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ampel zeit</source>
        <translation>RAG status time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amt id</source>
        <translation>Office (id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An clearingstelle am</source>
        <translation>To clearing office on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angelegt am</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteil prozent</source>
        <translation>Share (percent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anzeigename</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausblick</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ausgegeben</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswirkung</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bearbeitet von</source>
        <translation>Edited by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beitrag korridor</source>
        <translation>Contribution to the corridor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bemerkung</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benannt am</source>
        <translation>Nominated on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benannt von id</source>
        <translation>Nominated by (id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bis</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bürgermeister id</source>
        <translation>Mayor (id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chancen nutzen</source>
        <translation>Opportunities and benefits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dezernat id</source>
        <translation>Department (id)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digitalisierung</source>
        <translation>Digitalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitalisierung wie</source>
        <translation>Digitalisation how</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doppelhaushalt</source>
        <translation>Double budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ebene</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einbindung extern</source>
        <translation>Involvement external</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einbindung intern</source>
        <translation>Involvement internal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einbindung zielgruppe</source>
        <translation>Involvement target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entität</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entität id</source>
        <translation>Entity (id)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entscheidungsbedarf</source>
        <translation>Decision needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entschieden am</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entschieden durch</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erfasst am</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erfasst von</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erkannt am</source>
        <translation>Identified on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreicht</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erreicht am</source>
        <translation>Reached on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erstellt am</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erstellt von</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Externe organisation id</source>
        <translation>External organisation (id)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig bis</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genitiv</source>
        <translation>Genitive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Genus</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplant</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geplant bis</source>
        <translation>Planned to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplant von</source>
        <translation>Planned from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geplante schritte</source>
        <translation>Planned steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplantes ende</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gremium id</source>
        <translation>Committee (id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herzschlag</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internationalität</source>
        <translation>Internationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationalität wie</source>
        <translation>Internationality how</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ist bis</source>
        <translation>Actual to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ist dca</source>
        <translation>Is DCA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ist von</source>
        <translation>Actual from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kickoff am</source>
        <translation>Kick-off on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation extern</source>
        <translation>Communication external</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommunikation intern</source>
        <translation>Communication internal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation wie</source>
        <translation>Communication how</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommuniziert am</source>
        <translation>Communicated on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korridorthema id</source>
        <translation>Corridor theme (id)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kürzel</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langname</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laufzeit bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laufzeit von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahmen</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nicht öffentlich</source>
        <translation>Not public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Prüfung</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächste schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objekt id</source>
        <translation>Object (id)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objekt typ</source>
        <translation>Object type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partizipation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partizipation wie</source>
        <translation>Participation how</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person id</source>
        <translation>Person (id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase id</source>
        <translation>Phase (id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plural</source>
        <translation>Plural</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmversion</source>
        <translation>Program version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projektstatus</source>
        <translation>Project status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prozess</source>
        <translation>Process</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechner</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resümee</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schlüssel</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Singular</source>
        <translation>Singular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung id</source>
        <translation>Meeting (id)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../iq_desktop/services/status_reports.py" line="-1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategie element id</source>
        <translation>Strategy element (id)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwortlich id</source>
        <translation>Owner (id)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorlage nr</source>
        <translation>Submission no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wahrscheinlichkeit</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziele</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielgruppe aktiv eingebunden</source>
        <translation>Target group actively involved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zu entscheiden durch</source>
        <translation>To be decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung amtsleitung am</source>
        <translation>Consent of head of office on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zustimmung dezernat am</source>
        <translation>Consent of department on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung person am</source>
        <translation>Consent of person on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öffentlich</source>
        <translation>Public</translation>
    </message>
</context>
<context>
    <name>Formate</name>
    <message>
        <location filename="../../iq_desktop/ui/formatting.py" line="+18"/>
        <source>Veraltet: länger als der Berichtszyklus von {n} Tagen nicht aktualisiert.</source>
        <translation>Out of date: not updated for longer than the reporting cycle of {n} days.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>veraltet</source>
        <translation>out of date</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{titel}, fällig am {datum}</source>
        <translation>{titel}, due on {datum}</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../iq_desktop/ui/search.py" line="+93"/>
        <source>Suche:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{Leitprojekte} und Personen finden (Strg+F)</source>
        <translation>Find {Leitprojekte} and people (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suche: {Leitprojekte} und Personen</source>
        <translation>Search: {Leitprojekte} and people</translation>
    </message>
</context>
<context>
    <name>Hilfe</name>
    <message>
        <location filename="../../iq_desktop/ui/help_menu.py" line="+75"/>
        <source>keine geöffnet</source>
        <extracomment>the third-party components the program ships, as their packages name them</extracomment>
        <translation>none open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;IQ Desktop {version}&lt;/h3&gt;&lt;p&gt;Steuerung der {Leitprojekte} im IQ-Prozess der Stadt Karlsruhe: {Korridorthemen} und {Leitprojekte}, Mitwirkung, Phasen und Etappenziele, Risiken, Regelprüfung und Sachstandsberichte an einem Ort.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenbank:&lt;/b&gt; {datenbank}&lt;br&gt;&lt;b&gt;Protokoll:&lt;/b&gt; {protokoll}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenz:&lt;/b&gt; © Stadt Karlsruhe. Zur Nutzung in der Stadtverwaltung Karlsruhe; Weitergabe nur mit Zustimmung der Stadt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Enthaltene Komponenten&lt;/b&gt; (Python {python}, Qt {qt}, Qt for Python {pyside}):&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;{zeilen}&lt;/table&gt;</source>
        <translation>&lt;h3&gt;IQ Desktop {version}&lt;/h3&gt;&lt;p&gt;Steering the {Leitprojekte} of the City of Karlsruhe’s IQ process: {Korridorthemen} and {Leitprojekte}, staffing, phases and milestones, risks, rule checks and status reports in one place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {datenbank}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {protokoll}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; © Stadt Karlsruhe. For use within the City of Karlsruhe’s administration; passing it on only with the city’s consent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Included components&lt;/b&gt; (Python {python}, Qt {qt}, Qt for Python {pyside}):&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;{zeilen}&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Über IQ Desktop</source>
        <translation>About IQ Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Benutzerhandbuch – IQ Desktop</source>
        <translation>User guide – IQ Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benutzerhandbuch</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Das Benutzerhandbuch wurde nicht gefunden ({pfad}). Bitte IQ Desktop neu installieren oder die IT fragen.</source>
        <translation>The user guide was not found ({pfad}). Please reinstall IQ Desktop or ask your IT department.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Es gibt noch kein Protokoll. Es entsteht hier: {pfad}</source>
        <translation>There is no log yet. It will be written here: {pfad}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Protokoll ließ sich nicht öffnen. Sie finden es hier:
{pfad}</source>
        <translation>The log could not be opened. You will find it here:
{pfad}</translation>
    </message>
</context>
<context>
    <name>Kalender</name>
    <message>
        <location filename="../../iq_desktop/exports/calendar.py" line="+55"/>
        <source>Der Kalender bliebe leer: es gibt noch keine Etappenziele und keine Sitzungen.</source>
        <extracomment>RFC 5545, 3.1: content lines are folded at 75 octets control characters other than the tab are not allowed in a text value</extracomment>
        <translation>The calendar would be empty: there are no milestones and no meetings yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IQ-Prozess: Etappenziele und Sitzungen</source>
        <translation>IQ process: milestones and meetings</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Etappenziel erreicht: {titel} ({projekt})</source>
        <translation>Milestone reached: {titel} ({projekt})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etappenziel entfallen: {titel} ({projekt})</source>
        <translation>Milestone dropped: {titel} ({projekt})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etappenziel: {titel} ({projekt})</source>
        <translation>Milestone: {titel} ({projekt})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intern</source>
        <translation>internally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extern</source>
        <translation>externally</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fällig am</source>
        <translation>due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erreicht am</source>
        <translation>reached on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kommuniziert am</source>
        <translation>communicated on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Etappenziel</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{gremium}: Sitzung, TOP {top}</source>
        <translation>{gremium}: meeting, agenda item {top}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{gremium}: Sitzung</source>
        <translation>{gremium}: meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Sitzung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht öffentlich</source>
        <translation>not public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlage Nr.</source>
        <translation>Submission no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berichtete Sachstände</source>
        <translation>Status reports presented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemerkung</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>Kanäle</name>
    <message>
        <location filename="../../iq_desktop/services/steckbrief_choices.py" line="+17"/>
        <source>Co-kreative Formate</source>
        <extracomment>the channels and formats the city&apos;s profiles name; anything else is a free entry (stored as these German words; shown through ``translate(&quot;Kanäle&quot;, …)``)</extracomment>
        <translation>Co-creative formats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informationsveranstaltungen</source>
        <translation>Information events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weitere Beteiligungsformate</source>
        <translation>Other participation formats</translation>
    </message>
</context>
<context>
    <name>Kommandozeile</name>
    <message>
        <location filename="../../iq_desktop/cli.py" line="+84"/>
        <source>den {datum} gibt es nicht im Kalender</source>
        <extracomment>how IT calls the program: &quot;iq-desktop&quot; in a venv; the installed console program&apos;s own name (iq-desktop-konsole, see installer/iq-desktop.spec) in the bundle</extracomment>
        <translation>{datum} does not exist in the calendar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{datum} liegt außerhalb der Jahre 2000 bis 2100</source>
        <translation>{datum} is outside the years 2000 to 2100</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>--version und --self-test stehen ohne Befehl, nicht zusammen mit „{befehl}“</source>
        <translation>--version and --self-test stand without a command, not together with “{befehl}”</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Stammdaten ergänzt: {n} Einträge</source>
        <translation>Reference data added: {n} entries</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Datenbank angelegt: {db}</source>
        <translation>Database created: {db}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datenbank migriert (von Schemastand {rev}): {db}</source>
        <translation>Database migrated (from schema version {rev}): {db}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sicherung vorher: {pfad}</source>
        <translation>Backup beforehand: {pfad}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenbank ist aktuell: {db}</source>
        <translation>Database is up to date: {db}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>IQ Desktop sichert nur SQLite-Dateien; eine Server-Datenbank sichert die Datenbankverwaltung mit den Mitteln des Servers.</source>
        <translation>IQ Desktop only backs up SQLite files; a server database is backed up by the database administrators with the server&apos;s own means.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{ziel}“ gibt es schon; eine Sicherung überschreibt nichts. Bitte einen neuen Dateinamen angeben.</source>
        <translation>“{ziel}” already exists; a backup overwrites nothing. Please give a new file name.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>IQ Desktop spielt nur Sicherungen von SQLite-Dateien zurück; eine Server-Datenbank stellt die Datenbankverwaltung mit den Mitteln des Servers wieder her.</source>
        <translation>IQ Desktop only restores backups of SQLite files; a server database is restored by the database administrators with the server&apos;s own means.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bisheriger Stand gesichert: {pfad}</source>
        <translation>Previous state backed up: {pfad}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sicherung zurückgespielt: {quelle} → {db}</source>
        <translation>Backup restored: {quelle} → {db}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Sicherung hatte Schemastand {rev} und wurde migriert.</source>
        <translation>The backup had schema version {rev} and was migrated.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>die Zieldatei „{ziel}“ braucht die Endung {endung}</source>
        <translation>the target file “{ziel}” needs the extension {endung}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Excel-Übersicht geschrieben: {pfad}</source>
        <translation>Excel overview written: {pfad}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kalender geschrieben: {pfad}</source>
        <translation>Calendar written: {pfad}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sachstandsbericht geschrieben: {pfad} ({n} {art})</source>
        <translation>Status report written: {pfad} ({n} {art})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{g} am {d}</source>
        <translation>{g} on {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kein Sachstand neu als in der Sitzung {s} berichtet vermerkt (die berichteten waren schon einer Sitzung zugeordnet).</source>
        <translation>No further status report recorded as presented in the meeting {s} (those presented were already linked to a meeting).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Als in der Sitzung {s} berichtet vermerkt: ein Sachstand</source>
        <translation>Recorded as presented in the meeting {s}: one status report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Als in der Sitzung {s} berichtet vermerkt: {n} Sachstände</source>
        <translation>Recorded as presented in the meeting {s}: {n} status reports</translation>
    </message>
</context>
<context>
    <name>Konflikt</name>
    <message>
        <location filename="../../iq_desktop/ui/conflict_dialog.py" line="-80"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Eingabe</source>
        <translation>Your entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gespeicherter Stand</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vergleich</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>abweichend</source>
        <translation>different</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gleich</source>
        <translation>same</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>Korridor</name>
    <message>
        <location filename="../../iq_desktop/services/corridors.py" line="+25"/>
        <source>Ein Korridorthema „{name}“ gibt es nicht. Vorhanden: {alle}.</source>
        <translation>There is no corridor theme “{name}”. Available: {alle}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Das Ende der Laufzeit liegt vor ihrem Beginn.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
</context>
<context>
    <name>LinkSitzungDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/meetings/link_dialog.py" line="+20"/>
        <source>Sitzung zuordnen</source>
        <translation>Link to meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitzung, in der der Sachstand berichtet wurde</source>
        <translation>Meeting in which the status report was presented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine Sitzung (Zuordnung lösen)</source>
        <translation>no meeting (remove the link)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sitzung:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nur die Sitzungen von {g}: für dieses Gremium wurde der Sachstand geschrieben.</source>
        <translation>Only the meetings of {g}: the status report was written for this committee.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Sachstand nennt noch kein Gremium; er übernimmt das Gremium der Sitzung.</source>
        <translation>The status report does not name a committee yet; it takes the committee of the meeting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Zuordnen</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbre&amp;chen</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../iq_desktop/ui/main_window.py" line="+107"/>
        <source>IQ Desktop</source>
        <extracomment>how often an idle window looks for other desks&apos; changes (one indexed query each time) the lists and the status line are complete, rule findings counted the real panes replaced the skeleton (``complete``) the user asks to open the database again after an error (the application decides how) the settings now name another database: close the open one and open that (app.py) the Änderungsprotokoll while it is open (tests drive it) the heartbeat; built with the first database (it imports the database layer) the project editor page; built when a project is first opened the page a project was opened from, which closing the editor returns to (None: the lists) the Berichte dialog while it is open (tests drive it) &quot;Neues Leitprojekt&quot; while it is open (tests drive it) the rule report of the current ``_stand``; None while the check is still to run counts rule checks started; a result for an older one is dropped why the last rule check failed (shown in the status line); None when it did not</extracomment>
        <translation>IQ Desktop</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Außerdem geöffnet von</source>
        <translation>Also opened by</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Navigation</source>
        <extracomment>Start, Personen, Organisation, Gremien &amp; Sitzungen, Regelprüfung (built on first visit)</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{Leitprojekte} – alle {Korridorthemen}</source>
        <translation>{Leitprojekte} – all {Korridorthemen}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+513"/>
        <source>Wird geladen …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IQ Desktop beenden</source>
        <translation>Quit IQ Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neues Leitprojekt …</source>
        <translation>&amp;New flagship project …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;chen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In die Suche springen: findet Projekte und Personen beim Tippen</source>
        <translation>Jump to the search: finds projects and people as you type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leitprojekt &amp;öffnen</source>
        <translation>&amp;Open flagship project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das gewählte Leitprojekt im Editor öffnen (auch mit Doppelklick oder Eingabetaste in der Liste)</source>
        <translation>Open the selected flagship project in the editor (also by double-click or Enter in the list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Angaben neu aus der Datenbank laden</source>
        <translation>Load all data again from the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zu&amp;rück</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Editor schließen und dorthin zurück, wo das Projekt geöffnet wurde</source>
        <translation>Close the editor and go back to where the project was opened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abgeschlossene und abgebrochene an&amp;zeigen</source>
        <translation>Show &amp;completed and cancelled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Excel-Übersicht …</source>
        <translation>&amp;Excel overview …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Excel-Übersicht für die IQ-Lenkungsgruppe schreiben</source>
        <translation>Write the Excel overview for the IQ steering group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sachstandsbericht …</source>
        <translation>&amp;Status report …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Sachstandsbericht (Word) für eine Sitzung schreiben</source>
        <translation>Write the status report (Word) for a meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kalender exportieren …</source>
        <translation>Export &amp;calendar …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etappenziele und Sitzungen als Kalenderdatei für Outlook</source>
        <translation>Milestones and meetings as a calendar file for Outlook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungs&amp;protokoll …</source>
        <translation>Change &amp;log …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer hat wann was geändert – mit Filtern nach Projekt, Person, Benutzer und Zeitraum</source>
        <translation>Who changed what and when – filtered by project, person, user and period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenbank, Sicherung, Berichte, Sprache und Begriffe</source>
        <translation>Database, backups, reports, language and terms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benutzerhandbuch</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Benutzerhandbuch von IQ Desktop lesen</source>
        <translation>Read the IQ Desktop user guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Protokoll öffnen</source>
        <translation>Open &amp;log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Protokolldatei öffnen, etwa um sie der IT zu schicken</source>
        <translation>Open the log file, for example to send it to IT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ü&amp;ber IQ Desktop</source>
        <translation>&amp;About IQ Desktop</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+131"/>
        <source>Keine Datenbank geöffnet</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Erneut versuchen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank erneut öffnen</source>
        <translation>Open the database again</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>IQ Desktop – {name}</source>
        <translation>IQ Desktop – {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>„Erneut versuchen“ öffnet die Datenbank, sobald die Genannten IQ Desktop geschlossen haben.</source>
        <translation>“Try again” opens the database as soon as the people named have closed IQ Desktop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte die Angabe zur Datenbank prüfen (Einstellungen oder Aufruf mit --db). War das Netzlaufwerk oder der Server nur kurz nicht erreichbar, hilft „Erneut versuchen“; sonst kann die IT helfen.</source>
        <translation>Please check the database setting (settings or the --db option). If the network drive or the server was only briefly unavailable, “Try again” helps; otherwise IT can help.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IQ Desktop – keine Datenbank geöffnet</source>
        <translation>IQ Desktop – no database open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keine Datenbank geöffnet.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+44"/>
        <location line="+368"/>
        <location line="+69"/>
        <location line="+67"/>
        <source>Das Aktualisieren</source>
        <translation>Refreshing</translation>
    </message>
    <message>
        <location line="-544"/>
        <source>Das Umschalten der Ansicht</source>
        <translation>Switching the view</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Änderungen von anderen Arbeitsplätzen übernommen</source>
        <translation>Changes from other workstations loaded</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Das Öffnen der Berichte</source>
        <translation>Opening the reports</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Das Öffnen des Änderungsprotokolls</source>
        <translation>Opening the change log</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Das Übernehmen der Einstellungen</source>
        <translation>Applying the settings</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Die Sprache wechselt beim nächsten Start von IQ Desktop.</source>
        <translation>The language changes the next time IQ Desktop starts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Einstellungen gespeichert.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Außerdem geöffnet: {namen}</source>
        <translation>Also opened: {namen}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>und eine weitere Person</source>
        <translation>and one more person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>und {n} weitere Personen</source>
        <translation>and {n} more people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank ist außerdem geöffnet von: {wer}</source>
        <translation>The database is also opened by: {wer}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Datenbank wird geöffnet …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Neues {Leitprojekt} …</source>
        <translation>&amp;New {Leitprojekt} …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Leitprojekt} &amp;öffnen</source>
        <translation>&amp;Open {Leitprojekt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das gewählte {Leitprojekt} im Editor öffnen (auch mit Doppelklick oder Eingabetaste in der Liste)</source>
        <translation>Open the selected {Leitprojekt} in the editor (also by double-click or Enter in the list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auch abgeschlossene und abgebrochene {Leitprojekte} in Navigation und Liste zeigen</source>
        <translation>Also show completed and cancelled {Leitprojekte} in the navigation and the list</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unerwarteter Fehler, Einzelheiten im Protokoll</source>
        <translation>unexpected error, details in the log</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nicht möglich ({grund}); F5 versucht es erneut</source>
        <translation>not possible ({grund}); F5 tries again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wird geprüft …</source>
        <translation>checking …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keine offenen Befunde</source>
        <translation>no open findings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 offener Befund</source>
        <translation>1 open finding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{k} offene Befunde</source>
        <translation>{k} open findings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenbank: {name} · {n} {Leitprojekte} · Regelprüfung: {befunde} · Stand {uhrzeit}</source>
        <translation>Database: {name} · {n} {Leitprojekte} · Rule check: {befunde} · As of {uhrzeit}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Berichtszyklus: {n} Tage · Stichtag {datum}</source>
        <translation>Reporting cycle: {n} days · Reference date {datum}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Das Laden des {Leitprojekts}</source>
        <translation>Loading the {Leitprojekt}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>← Zur &amp;Liste</source>
        <translation>← To the &amp;list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Zurück: {seite}</source>
        <translation>← Back: {seite}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Das Laden der Seite</source>
        <translation>Loading the page</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Das Öffnen des {Leitprojekts}</source>
        <translation>Opening the {Leitprojekt}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Das Laden der Personen</source>
        <translation>Loading the people</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Das Speichern</source>
        <translation>Saving</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../iq_desktop/ui/meetings/page.py" line="+62"/>
        <source>Gremien &amp; Sitzungen</source>
        <extracomment>open this Leitprojekt (id) in the editor a meeting or a link was written: other views are stale the dialog while it is open (tests fill it in)</extracomment>
        <translation>Committees &amp; meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur kommende</source>
        <translation>upcoming only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Sitz&amp;ung …</source>
        <translation>New &amp;meeting …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung bearbei&amp;ten …</source>
        <translation>E&amp;dit meeting …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung lösch&amp;en</source>
        <translation>De&amp;lete meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gremium:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nach Gremium filtern</source>
        <translation>Filter by committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeit&amp;raum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sitzungen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;itzungen:</source>
        <translation>Meetin&amp;gs:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gewählte Sitzung</source>
        <translation>Selected meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gremium:</source>
        <translation>Committee:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOP:</source>
        <translation>Agenda item:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beratung:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorlage Nr.:</source>
        <translation>Submission no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergebnis:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bemerkung:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sachstände, die in der Sitzung berichtet wurden</source>
        <translation>Status reports presented in the meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sachstände aus dieser Sit&amp;zung:</source>
        <translation>Status &amp;reports from this meeting:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>Enter oder Doppelklick öffnet das Leitprojekt.</source>
        <translation>Enter or a double-click opens the flagship project.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>alle Gremien</source>
        <translation>all committees</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Noch keine Sitzung eingetragen – „Neue Sitzung …“ legt die erste an.</source>
        <translation>No meeting entered yet – “New meeting …” creates the first one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Sitzung passt zu den Filtern; „alle“ zeigt auch vergangene.</source>
        <translation>No meeting matches the filters; “all” also shows past ones.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>In dieser Sitzung wurde noch kein Sachstand berichtet.</source>
        <translation>No status report has been presented in this meeting yet.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Die Sitzung von {g} am {d} löschen?</source>
        <translation>Delete the meeting of {g} on {d}?</translation>
    </message>
</context>
<context>
    <name>Mitwirkung</name>
    <message>
        <location filename="../../iq_desktop/services/staffing.py" line="+107"/>
        <source>{p} wirkt in „{t}“ bereits als {r} mit.</source>
        <translation>{p} already works in “{t}” as {r}.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/editor/staffing_model.py" line="+26"/>
        <source>Dezernat</source>
        <extracomment>each consent with its short name in the table and its full name</extracomment>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung des Dezernats</source>
        <translation>Consent of the department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amt</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung der Amtsleitung</source>
        <translation>Consent of the head of office</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Zustimmung der Person</source>
        <translation>Consent of the person</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ausnahme ({wer}): {text}</source>
        <translation>Exception ({wer}): {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Regel {nummern}</source>
        <translation>Rule {nummern}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ausnahme</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entfällt (extern)</source>
        <translation>not needed (external)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wer nicht bei der Stadt arbeitet, braucht keine Zustimmungen.</source>
        <translation>Anyone who does not work for the city needs no consents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: am {datum}</source>
        <translation>{name}: on {datum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: fehlt</source>
        <translation>{name}: missing</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amt/Org.</source>
        <translation>Office/org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amt oder Organisation</source>
        <translation>Office or organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anteil</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anteil der Arbeitszeit</source>
        <translation>Share of working time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benannt</source>
        <translation>Nominated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benannt durch die/den Bürgermeister/in am</source>
        <translation>Nominated by the mayor on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmungen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zustimmung des Dezernats, der Amtsleitung und der Person (✓ erteilt, – fehlt)</source>
        <translation>Consent of the department, the head of office and the person (✓ given, – missing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hinweise der Regelprüfung; der ganze Text steht unter der Tabelle</source>
        <translation>Notes from the rule check; the full text is below the table</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../iq_desktop/ui/navigation.py" line="+40"/>
        <source>Start</source>
        <extracomment>grey of archived projects (still 4.5:1 on white)</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gremien &amp; Sitzungen</source>
        <translation>Committees &amp; meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelprüfung</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{titel} ({n})</source>
        <translation>{titel} ({n})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alle {Korridorthemen}: {n} {Leitprojekte}</source>
        <translation>All {Korridorthemen}: {n} {Leitprojekte}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nicht eingetragen</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}
Bürgermeister/in: {bm}</source>
        <translation>{name}
Mayor: {bm}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{Korridorthema} {name}, {n} {Leitprojekte}</source>
        <translation>{Korridorthema} {name}, {n} {Leitprojekte}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{titel} ({status})</source>
        <translation>{titel} ({status})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{titel}
Ampel: {ampel} · Status: {status}</source>
        <translation>{titel}
RAG status: {ampel} · Status: {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{titel}, Ampel {ampel}, {status}</source>
        <translation>{titel}, RAG status {ampel}, {status}</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <location line="+22"/>
        <source>Spaltenkopf der Navigation</source>
        <translation>Navigation column header</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Navigation: Korridorthemen und Leitprojekte</source>
        <translation>Navigation: corridor themes and flagship projects</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wird geladen …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keine Datenbank geöffnet</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navigation: {Korridorthemen} und {Leitprojekte}</source>
        <translation>Navigation: {Korridorthemen} and {Leitprojekte}</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/new_project_dialog.py" line="+32"/>
        <source>Neues {Leitprojekt}</source>
        <translation>New {Leitprojekt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;{Korridorthema}:</source>
        <translation>&amp;{Korridorthema}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Es wird als „geplant“ mit dem üblichen Phasenplan angelegt; alles Weitere steht danach im Steckbrief.</source>
        <translation>It is created as “planned” with the usual phase plan; everything else is then entered in the profile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Anlegen</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbre&amp;chen</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>OrderedTextList</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/list_widgets.py" line="+47"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} hinzufügen</source>
        <translation>Add {eintrag}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} nach oben</source>
        <translation>Move {eintrag} up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} nach unten</source>
        <translation>Move {eintrag} down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} entfernen</source>
        <translation>Remove {eintrag}</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../../iq_desktop/services/organisation.py" line="+157"/>
        <source>Ein Dezernat mit dem Kürzel „{k}“ gibt es schon.</source>
        <extracomment>everyone in the Amt, its Abteilungen included people of the Dezernat who belong to none of its Ämter (the mayor&apos;s office, often) Ämter not (yet) assigned to a Dezernat</extracomment>
        <translation>A department with the abbreviation “{k}” already exists.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ein Amt „{b}“ ({k}) gibt es schon.</source>
        <translation>An office “{b}” ({k}) already exists.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Die Organisation „{n}“ gibt es schon.</source>
        <translation>The organisation “{n}” already exists.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_page.py" line="+58"/>
        <source>Name</source>
        <extracomment>widest the &quot;Art&quot; column of the external organisations grows when fitted (pixels) the node record behind a tree row (DezernatKnoten, AmtKnoten, AbteilungKnoten or None for a group)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location line="+23"/>
        <source>Organisation</source>
        <extracomment>something was saved: other views (people, staffing pickers) may be stale the view &quot;Bearbeiten …&quot; acts on: the one used last the open form while it runs (tests fill it in)</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dezernate, Ämter und Abteilungen mit der Zahl ihrer Personen</source>
        <translation>Departments, offices and divisions with the number of their people</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dezernate, Ämter und Abte&amp;ilungen</source>
        <translation>Departments, offices and &amp;divisions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Externe Organisationen mit der Zahl ihrer Personen</source>
        <translation>External organisations with the number of their people</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Externe &amp;Organisationen</source>
        <translation>External &amp;organisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neues De&amp;zernat …</source>
        <translation>New de&amp;partment …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neues A&amp;mt …</source>
        <translation>New offi&amp;ce …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Abteilun&amp;g …</source>
        <translation>New divi&amp;sion …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue &amp;externe Organisation …</source>
        <translation>New e&amp;xternal organisation …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bea&amp;rbeiten …</source>
        <translation>Ed&amp;it …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den gewählten Eintrag umbenennen oder zuordnen</source>
        <translation>Rename or assign the selected entry</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Die Organisation konnte nicht geladen werden: {grund}</source>
        <translation>The organisation could not be loaded: {grund}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kürzel</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bürgermeister/in</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ämter ohne Dezernat</source>
        <translation>Offices without a department</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} Personen</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Person</source>
        <translation>1 person</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../iq_desktop/ui/people/people_page.py" line="+64"/>
        <source>Pe&amp;rsonen</source>
        <extracomment>widest the first columns grow when fitted (pixels); Mitwirkungen takes the rest rows beyond the visible ones that column fitting looks at a Leitprojekt the user wants to open (its id) a person was saved (new or changed): other views may be stale the open dialog while it runs (tests fill it in)</extracomment>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personen filtern</source>
        <translation>Filter people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeigt nur Personen, bei denen alle eingegebenen Wörter in Name, Amt, Organisation, Funktion oder Mitwirkungen vorkommen.</source>
        <translation>Shows only people for whom every word typed occurs in name, office, organisation, position or staffing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filtern:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neue &amp;Person …</source>
        <translation>New pe&amp;rson …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person b&amp;earbeiten …</source>
        <translation>E&amp;dit person …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liste der Personen</source>
        <translation>List of people</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Die Personen konnten nicht geladen werden: {grund}</source>
        <translation>The people could not be loaded: {grund}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, Amt, Organisation, {Leitprojekt} …</source>
        <translation>Name, office, organisation, {Leitprojekt} …</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Angezeigt: {n} von {gesamt}</source>
        <translation>Shown: {n} of {gesamt}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keine Datenbank geöffnet.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch keine Personen erfasst. „Neue Person …“ legt die erste an.</source>
        <translation>No people entered yet. “New person …” creates the first one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Person passt zum Filter.</source>
        <translation>No person matches the filter.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/person_dialog.py" line="+91"/>
        <source>Neue Person</source>
        <extracomment>the form&apos;s fields, named as the services name them</extracomment>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person bearbeiten</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>z. B. Sachgebietsleitung</source>
        <translation>e.g. head of section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadtver&amp;waltung</source>
        <translation>City ad&amp;ministration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xterne Organisation</source>
        <translation>E&amp;xternal organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gehört zur Stadtverwaltung</source>
        <translation>Belongs to the city administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gehört zu einer externen Organisation</source>
        <translation>Belongs to an external organisation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Digital &amp;Change Advisor (DCA)</source>
        <translation>Digital Change &amp;Advisor (DCA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Digital Change Advisor (DCA)</source>
        <translation>Digital Change Advisor (DCA)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Anrede:</source>
        <translation>Sal&amp;utation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vorname:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nachname:</source>
        <translation>Sur&amp;name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funktion:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gehört zu:</source>
        <translation>Belongs to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dezernat:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dezernat</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mt:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amt</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bteilung:</source>
        <translation>Di&amp;vision:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abteilung</source>
        <translation>Division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Externe Organisation</source>
        <translation>External organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-Mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;lefon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Person bearbeiten – {name}</source>
        <translation>Edit person – {name}</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../iq_desktop/ui/people/person_panel.py" line="+43"/>
        <source>Bitte oben eine Person wählen.</source>
        <extracomment>the user asks to open a Leitprojekt (its id)</extracomment>
        <translation>Please choose a person above.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amt / Organisation:</source>
        <translation>Office / organisation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital Change Advisor:</source>
        <translation>Digital Change Advisor:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Mitwirkungen (aktuelle und frühere)</source>
        <translation>&amp;Staffing (current and past)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkungen der gewählten Person, aktuelle und frühere</source>
        <translation>Staffing of the selected person, current and past</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gewähltes {Leitprojekt} öffnen</source>
        <translation>&amp;Open selected {Leitprojekt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öffnet das {Leitprojekt} der gewählten Mitwirkung (Eingabetaste oder Doppelklick in der Tabelle)</source>
        <translation>Opens the {Leitprojekt} of the selected staffing entry (Enter or double-click in the table)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} aktuelle, {m} frühere</source>
        <translation>{n} current, {m} past</translation>
    </message>
</context>
<context>
    <name>Personen</name>
    <message>
        <location filename="../../iq_desktop/services/people.py" line="+64"/>
        <source>Eine Person gehört entweder zur Stadtverwaltung (Dezernat, Amt) oder zu einer externen Organisation, nicht zu beiden.</source>
        <translation>A person belongs either to the city administration (department, office) or to an external organisation, not to both.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Abteilung gehört nicht zum gewählten Amt.</source>
        <translation>The division does not belong to the chosen office.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Das Amt gehört nicht zum gewählten Dezernat.</source>
        <translation>The office does not belong to the chosen department.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/people/people_models.py" line="+19"/>
        <source>{name} (extern)</source>
        <translation>{name} (external)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Externe Organisation: {name}</source>
        <translation>External organisation: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} {Leitprojekte}: {liste}</source>
        <translation>{n} {Leitprojekte}: {liste}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{projekt} – {rolle} ({korridor})</source>
        <translation>{projekt} – {rolle} ({korridor})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amt / Organisation</source>
        <translation>Office / organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funktion</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCA</source>
        <translation>DCA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital Change Advisor</source>
        <translation>Digital Change Advisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkungen</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>aktuell</source>
        <translation>current</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{Leitprojekt} {status}</source>
        <translation>{Leitprojekt} {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beendet</source>
        <translation>ended</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{Leitprojekt}</source>
        <translation>{Leitprojekt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Korridorthema}</source>
        <translation>{Korridorthema}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>PhaseNameDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/phase_dialogs.py" line="-110"/>
        <source>Phase umbenennen</source>
        <translation>Rename phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neue Phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me der Phase:</source>
        <translation>Na&amp;me of the phase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name der Phase</source>
        <translation>Name of the phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die neue Phase wird nach „{phase}“ eingefügt.</source>
        <translation>The new phase is inserted after “{phase}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die neue Phase wird als letzte angefügt.</source>
        <translation>The new phase is added as the last one.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Die Phase</source>
        <translation>The phase</translation>
    </message>
</context>
<context>
    <name>Phasen</name>
    <message>
        <location filename="../../iq_desktop/services/phases.py" line="+64"/>
        <source>Die Phase kann nicht vor ihrem Beginn ({b}) abgeschlossen werden.</source>
        <translation>The phase cannot be completed before its start ({b}).</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/editor/phase_models.py" line="+42"/>
        <source>intern</source>
        <extracomment>the tabs&apos; name for the shared sorting proxy</extracomment>
        <translation>internally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extern</source>
        <translation>externally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; am {datum}</source>
        <translation>; on {datum}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Geplant von</source>
        <translation>Planned from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geplant bis</source>
        <translation>Planned to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begonnen am</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abgeschlossen am</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Etappenziel</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erreicht am</source>
        <translation>Reached on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommunikation</source>
        <translation>Communication</translation>
    </message>
</context>
<context>
    <name>PhasesTab</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/phases_tab.py" line="+53"/>
        <source>Phasen</source>
        <extracomment>the stored phase the &quot;Gewählte Phase&quot; fields were filled from</extracomment>
        <translation>Phases</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Etappenziele</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Neue Phase einfü&amp;gen …</source>
        <translation>&amp;Insert new phase …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach der gewählten Phase einfügen, ohne Wahl als letzte Phase</source>
        <translation>Insert after the selected phase; without a selection, as the last phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase &amp;umbenennen …</source>
        <translation>&amp;Rename phase …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewähltes Etappenziel bearbeiten, auch seine Kommunikation</source>
        <translation>Edit the selected milestone, including its communication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titel, Fälligkeit und Phase ändern; festhalten, ob, wie und wann das Erreichen kommuniziert wird</source>
        <translation>Change title, due date and phase; record whether, how and when reaching it is communicated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entfällt …</source>
        <translation>Drop …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewähltes Etappenziel entfällt</source>
        <translation>Drop the selected milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das gewählte Etappenziel entfällt; es bleibt als „entfallen“ in der Liste</source>
        <translation>The selected milestone is dropped; it stays in the list as “dropped”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gewählte Phase</source>
        <translation>Selected phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status s&amp;etzen</source>
        <translation>Appl&amp;y status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Planung speichern</source>
        <translation>Save plan chan&amp;ges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status der Phase</source>
        <translation>Status of the phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a&amp;m:</source>
        <translation>as &amp;of:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum des Statuswechsels</source>
        <translation>Date of the status change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geplant v&amp;on:</source>
        <translation>Planned fro&amp;m:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geplanter Beginn der Phase</source>
        <translation>Planned start of the phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geplant b&amp;is:</source>
        <translation>&amp;planned until:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geplantes Ende der Phase</source>
        <translation>Planned end of the phase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Etappenziel hinzufügen</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auch mit der Eingabetaste im Titel</source>
        <translation>Also with Enter in the title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als erreicht mar&amp;kieren</source>
        <translation>Mar&amp;k as reached</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neues Etappen&amp;ziel:</source>
        <translation>Ne&amp;w milestone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel des neuen Etappenziels</source>
        <translation>Title of the new milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;fällig am:</source>
        <translation>d&amp;ue on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälligkeitsdatum des neuen Etappenziels</source>
        <translation>Due date of the new milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Phase:</source>
        <translation>in phase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase des neuen Etappenziels</source>
        <translation>Phase of the new milestone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gewähltes Etappenziel e&amp;rreicht am:</source>
        <translation>Sele&amp;cted milestone reached on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum, an dem das gewählte Etappenziel erreicht wurde</source>
        <translation>Date on which the selected milestone was reached</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>ein neues Etappenziel „{titel}“</source>
        <translation>a new milestone “{titel}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ein neues Etappenziel (nur das Fälligkeitsdatum)</source>
        <translation>a new milestone (only the due date)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>eine geänderte Planung der Phase „{name}“</source>
        <translation>a changed plan for the phase “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ein neuer Status der Phase „{name}“</source>
        <translation>a new status for the phase “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>und</source>
        <translation>and</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Bitte das Datum angeben, an dem das Etappenziel erreicht wurde.</source>
        <translation>Please give the date on which the milestone was reached.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Das Etappenziel „{titel}“ entfällt? Es bleibt als „entfallen“ in der Liste und zählt nicht mehr als offen.</source>
        <translation>Drop the milestone “{titel}”? It stays in the list as “dropped” and no longer counts as open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entfällt</source>
        <translation>&amp;Drop</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../iq_desktop/services/portfolio.py" line="+118"/>
        <source>Ein {Leitprojekt} „{text}“ gibt es nicht (weder als Titel noch als Nummer).</source>
        <translation>There is no {Leitprojekt} “{text}” (neither as a title nor as a number).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{text}“ passt auf mehrere {Leitprojekte}: {treffer}. Bitte den ganzen Titel oder die Nummer angeben.</source>
        <translation>“{text}” matches several {Leitprojekte}: {treffer}. Please give the full title or the number.</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/project_editor.py" line="+56"/>
        <source>← Zur &amp;Liste</source>
        <extracomment>a save went through (project id): lists elsewhere are now stale the user asks to go back to the list</extracomment>
        <translation>← To the &amp;list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Liste</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungen verwerfen</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungen speichern</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steckbrief</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitwirkung</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phasen &amp;&amp; Etappenziele</source>
        <translation>Phases &amp;&amp; milestones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risiken &amp;&amp; Entscheidungen</source>
        <translation>Risks &amp;&amp; decisions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sachstände</source>
        <translation>Status reports</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Zurück (Alt+←)</source>
        <translation>Back (Alt+←)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Das Speichern</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>keine Ampel</source>
        <translation>no RAG status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{korridor} · {status} · Ampel: {ampel} · aktualisiert am {datum}</source>
        <translation>{korridor} · {status} · RAG status: {ampel} · updated on {datum}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Ihre Eingaben bleiben im Formular erhalten.</source>
        <translation>Your entries remain in the form.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gespeichert; die Anzeige konnte nicht aktualisiert werden: {grund}</source>
        <translation>Saved; the display could not be refreshed: {grund}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>jemand anderem</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{titel}“ wurde inzwischen von {wer} gespeichert; überschrieben wurde nichts. Ihre Änderungen stehen links, der gespeicherte Stand rechts. Was Sie nicht geändert haben, bleibt wie gespeichert.</source>
        <translation>“{titel}” was saved by {wer} in the meantime; nothing was overwritten. Your changes are on the left, the saved version on the right. Whatever you did not change stays as saved.</translation>
    </message>
</context>
<context>
    <name>ProjectListPanel</name>
    <message>
        <location filename="../../iq_desktop/ui/projects/list_panel.py" line="+88"/>
        <source>Titel, Phase, Projektleitung …</source>
        <extracomment>rows beyond the visible ones that column fitting looks at (Qt&apos;s default is 1,000) widest a column grows when fitted to its contents (pixels); the user may widen it further when the table is narrow, these give up width (elided, with a tooltip): first the secondary free texts, down to the floor given here, then the title</extracomment>
        <translation>Title, phase, project lead …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leitprojekte filtern</source>
        <translation>Filter flagship projects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeigt nur Zeilen, in denen alle eingegebenen Wörter vorkommen.</source>
        <translation>Shows only rows in which every word typed occurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filtern:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Liste der Leitprojekte</source>
        <translation>List of flagship projects</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zeilennummern</source>
        <translation>Row numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaltenköpfe – zum Sortieren anklicken</source>
        <translation>Column headers – click to sort</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Liste der {Leitprojekte}</source>
        <translation>List of {Leitprojekte}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Leitprojekte} filtern</source>
        <translation>Filter {Leitprojekte}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;{Leitprojekte} – {name}</source>
        <translation>&amp;{Leitprojekte} – {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;{Leitprojekte} – alle {Korridorthemen}</source>
        <translation>&amp;{Leitprojekte} – all {Korridorthemen}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Angezeigt: {n} von {gesamt}</source>
        <translation>Shown: {n} of {gesamt}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wird geladen …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Datenbank geöffnet.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noch keine {Leitprojekte} erfasst. Ein neues legen Sie mit „Neues {Leitprojekt} …“ (Strg+N) an.</source>
        <translation>No {Leitprojekte} recorded yet. Create one with “New {Leitprojekt} …” (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keine {Leitprojekte} passen zur Auswahl oder zum Filter.</source>
        <translation>No {Leitprojekte} match the selection or the filter.</translation>
    </message>
</context>
<context>
    <name>Projekte</name>
    <message>
        <location filename="../../iq_desktop/services/projects.py" line="+85"/>
        <source>In diesem Korridorthema gibt es schon ein Leitprojekt „{t}“.</source>
        <translation>There is already a flagship project “{t}” in this corridor theme.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Ein gewähltes Handlungsfeld oder Gestaltungsprinzip gibt es nicht mehr. Bitte die Auswahl prüfen.</source>
        <extracomment>the Ampel belongs to the profile: one save, one version check, one compare dialog</extracomment>
        <translation>A chosen field of action or design principle no longer exists. Please check the selection.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Doppelhaushalt „{d}“ bitte als „2025/2026“ angeben.</source>
        <translation>Please give the double budget “{d}” as “2025/2026”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Doppelhaushalt {d} steht zweimal in der Budgettabelle.</source>
        <translation>The double budget {d} appears twice in the budget table.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budgetbeträge dürfen nicht negativ sein.</source>
        <translation>Budget amounts must not be negative.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Das Jahr einer Zielvereinbarung ({j}) ist ungültig.</source>
        <translation>The year of a target agreement ({j}) is invalid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Zielvereinbarung für {j} hat keinen Text. Bitte die Vereinbarung eintragen oder die Zeile entfernen.</source>
        <translation>The target agreement for {j} has no text. Please enter the agreement or remove the row.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>„{t}“</source>
        <translation>“{t}”</translation>
    </message>
</context>
<context>
    <name>Projektliste</name>
    <message>
        <location filename="../../iq_desktop/ui/projects/table_model.py" line="+94"/>
        <source>{Korridorthema}</source>
        <extracomment>item data roles beyond Qt&apos;s own the row&apos;s place in the column&apos;s German sort order (an int, so the proxy sorts in C++) dark red of a stale &quot;Aktualisiert am&quot; (contrast 7:1 on white) sort keys are tuples; strings inside them are compared with a German collator German header; ``{Korridorthema}`` etc. are filled from the organisation&apos;s terms explains a short header (tooltip and screen readers)</extracomment>
        <translation>{Korridorthema}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{Leitprojekt}</source>
        <translation>{Leitprojekt}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ampel</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktuelle Phase: die laufende, sonst die erste noch nicht begonnene</source>
        <translation>Current phase: the ongoing one, otherwise the first not yet started</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nächstes Etappenziel</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Projektleitung</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aktualisiert am</source>
        <translation>Updated on</translation>
    </message>
</context>
<context>
    <name>Protokoll</name>
    <message>
        <location filename="../../iq_desktop/services/audit_trail.py" line="-155"/>
        <source>Leitprojekt</source>
        <extracomment>the database property holding the retention in years; missing = keep for ever the viewer shows at most this many rows, newest first German names of the tables a user changes (untranslated source strings)</extracomment>
        <translation>Flagship project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korridorthema</source>
        <translation>Corridor theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahresbericht</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitwirkung</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etappenziel</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sachstand</source>
        <translation>Status report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dezernat</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amt</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abteilung</source>
        <translation>Division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Externe Organisation</source>
        <translation>External organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektziel</source>
        <translation>Project objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielvereinbarung</source>
        <translation>Target agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelausnahme</source>
        <translation>Rule exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begriff</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../iq_desktop/ui/audit/table_model.py" line="+24"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenbankeinstellung</source>
        <translation>Database setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungsprotokoll</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Die Aufbewahrungsdauer muss zwischen 1 und 30 Jahren liegen.</source>
        <translation>The retention period must be between 1 and 30 years.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/audit/table_model.py" line="-1"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>Prüfung</name>
    <message>
        <location filename="../../iq_desktop/db/database.py" line="+191"/>
        <source>Ein Eintrag wurde im selben Augenblick von jemand anderem gespeichert. Es wurde nichts überschrieben: bitte neu laden und die eigenen Änderungen erneut eintragen.</source>
        <extracomment>per thread, the session of a running :meth:`batch` or :meth:`snapshot`: a reader on another thread (the rule count) gets its own session and sees only what is committed</extracomment>
        <translation>An entry was saved by someone else at the same moment. Nothing was overwritten: please reload and enter your changes again.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/services/validate.py" line="+29"/>
        <source>Bitte „{feld}“ ausfüllen.</source>
        <translation>Please fill in “{feld}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>„{feld}“ ist zu lang (höchstens {n} Zeichen).</source>
        <translation>“{feld}” is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{ende}“ ({e}) liegt vor „{beginn}“ ({b}).</source>
        <translation>“{ende}” ({e}) is before “{beginn}” ({b}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{feld}“ muss zwischen 1 und 5 liegen.</source>
        <translation>“{feld}” must be between 1 and 5.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{feld}“ muss zwischen 0 und 100 Prozent liegen.</source>
        <translation>“{feld}” must be between 0 and 100 percent.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../iq_desktop/ui/editor/field_dialog.py" line="+47"/>
        <source>{was} (Nr. {id}) wurde nicht gefunden – vielleicht hat es jemand anderes gelöscht. Bitte die Ansicht aktualisieren (F5).</source>
        <translation>{was} (no. {id}) was not found – perhaps someone else deleted it. Please refresh the view (F5).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{was} wurde inzwischen {von}geändert. Es wurde nichts überschrieben: bitte die gespeicherte Fassung ansehen und die eigenen Änderungen erneut eintragen.</source>
        <translation>{was} has been changed {von}in the meantime. Nothing was overwritten: please look at the saved version and enter your changes again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>von {wer} </source>
        <translation>by {wer} </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{benutzer} am PC {pc}, {zeit}</source>
        <translation>{benutzer} on PC {pc}, {zeit}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/record_dialog.py" line="+66"/>
        <source>&amp;Speichern</source>
        <extracomment>a conflict was met: the caller&apos;s view is stale even when nothing was saved</extracomment>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abb&amp;rechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Das Speichern</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ihre Eingaben bleiben im Formular erhalten.</source>
        <translation>Your entries remain in the form.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>jemand anderem</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{name}“ wurde inzwischen von {wer} gespeichert; überschrieben wurde nichts. Ihre Änderungen stehen links, der gespeicherte Stand rechts. Was Sie nicht geändert haben, bleibt wie gespeichert.</source>
        <translation>“{name}” was saved by {wer} in the meantime; nothing was overwritten. Your changes are on the left, the saved version on the right. Whatever you did not change stays as saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der gespeicherte Stand ist geladen; Ihre Eingaben wurden verworfen.</source>
        <translation>The saved version has been loaded; your entries were discarded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nichts gespeichert. Ihre Eingaben stehen weiter im Formular.</source>
        <translation>Nothing saved. Your entries are still in the form.</translation>
    </message>
</context>
<context>
    <name>Regelbericht</name>
    <message>
        <location filename="../../iq_desktop/exports/rule_report.py" line="+16"/>
        <source>Regelprüfung zum Stichtag {datum} (Berichtszyklus {tage} Tage)</source>
        <translation>Rule check on the reference date {datum} (reporting cycle {tage} days)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keine Befunde: alle Regeln eingehalten.</source>
        <translation>No findings: all rules are met.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 offener Befund</source>
        <translation>1 open finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} offene Befunde</source>
        <translation>{n} open findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} mit Begründung übergangen</source>
        <translation>{n} overridden with a reason</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>übergangen</source>
        <translation>overridden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Begründung ({wer}, {wann}): {text}</source>
        <translation>Reason ({wer}, {wann}): {text}</translation>
    </message>
</context>
<context>
    <name>Regeln</name>
    <message>
        <location filename="../../iq_desktop/services/rules.py" line="+45"/>
        <source>Höchstens fünf {Leitprojekte} je {Korridorthema}</source>
        <extracomment>rule number -&gt; title template ({Leitprojekt} etc. from the terminology)</extracomment>
        <translation>At most five {Leitprojekte} per {Korridorthema}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine Person wirkt nur in einem {Leitprojekt} mit</source>
        <translation>A person works in only one {Leitprojekt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benennung und Zustimmung</source>
        <translation>Nomination and consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektleitung und Kick-off</source>
        <translation>Project lead and kick-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationalität, Digitalisierung, Partizipation</source>
        <translation>Internationality, digitalisation, participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunizierbarer Zeitrahmen</source>
        <translation>A time frame that can be communicated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelmäßige Berichte</source>
        <translation>Regular reports</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{name} hat {n} aktive {Leitprojekte}; empfohlen sind höchstens {max}.</source>
        <translation>{name} has {n} active {Leitprojekte}; at most {max} are recommended.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{person} ({rolle}) wirkt zugleich in {andere} mit (Faustregel: eine Person, ein {Leitprojekt}).</source>
        <translation>{person} ({rolle}) also works in {andere} (rule of thumb: one person, one {Leitprojekt}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Benennung durch die/den Bürgermeister/in</source>
        <translation>Nomination by the mayor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zustimmung des Dezernats</source>
        <translation>Consent of the department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung der Amtsleitung</source>
        <translation>Consent of the head of office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung der Person</source>
        <translation>Consent of the person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{person} ({rolle}): es fehlt die {was}.</source>
        <translation>{person} ({rolle}): missing {was}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} ({rolle}): es fehlen: {was}.</source>
        <translation>{person} ({rolle}): missing: {was}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Das {Leitprojekt} hat keine Projektleitung.</source>
        <translation>The {Leitprojekt} has no project lead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begonnen am {beginn}, aber kein Kick-off mit der Projektgruppe und der/dem Bürgermeister/in erfasst.</source>
        <translation>Started on {beginn}, but no kick-off with the project group and the mayor has been recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internationalität</source>
        <translation>Internationality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digitalisierung</source>
        <translation>Digitalisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partizipation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nicht berücksichtigt und nicht begründet: {aspekte}.</source>
        <translation>Not considered and no reason given: {aspekte}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kein geplantes Ende angegeben.</source>
        <translation>No planned end given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keine Etappenziele geplant.</source>
        <translation>No milestones planned.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zuletzt aktualisiert am {datum} – länger als {tage} Tage (Berichtszyklus) her.</source>
        <translation>Last updated on {datum} – more than {tage} days ago (reporting cycle).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bitte die Begründung in einem ganzen Satz angeben – sie wird im Regelbericht gezeigt.</source>
        <translation>Please give the reason in a full sentence – it is shown in the rule report.</translation>
    </message>
</context>
<context>
    <name>Regelpruefung</name>
    <message>
        <location filename="../../iq_desktop/ui/rules/model.py" line="+30"/>
        <source>{begruendung} – {wer}, {am}</source>
        <translation>{begruendung} – {wer}, {am}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Korridorthema}</source>
        <translation>{Korridorthema}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Leitprojekt}</source>
        <translation>{Leitprojekt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Befund</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahme</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>offene Befunde</source>
        <translation>open findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Befunde mit Ausnahme</source>
        <translation>findings with an exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle Befunde</source>
        <translation>all findings</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/reports/dialog.py" line="+24"/>
        <source>Berichte erstellen</source>
        <extracomment>the file written last (tests and &quot;Öffnen&quot;)</extracomment>
        <translation>Create reports</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leer: Ihr hinterlegter Name, sonst Ihr Anmeldename</source>
        <translation>Empty: your stored name, otherwise your login name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durch&amp;suchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erstellen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datei ö&amp;ffnen</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ordner öffnen</source>
        <translation>Open fo&amp;lder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schl&amp;ießen</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Was:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art des Berichts</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Umfang:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Umfang des Berichts</source>
        <translation>Scope of the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gremium:</source>
        <translation>Co&amp;mmittee:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;tzung:</source>
        <translation>Meet&amp;ing:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sitzung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stic&amp;htag:</source>
        <translation>Reference &amp;date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verfasst von:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verfasst von</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zieldatei:</source>
        <translation>&amp;Target file:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zieldatei</source>
        <translation>Target file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ein Sachstandsbericht für eine Sitzung vermerkt, welcher Sachstand jedes {Leitprojekts} darin berichtet wurde; für eine öffentliche Sitzung bleibt alles weg, was als nicht öffentlich markiert ist.</source>
        <translation>A status report for a meeting records which status report of each {Leitprojekt} was presented in it; for a public meeting, everything marked as not public is left out.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>alle {Leitprojekte} (ganzer Prozess)</source>
        <translation>all {Leitprojekte} (whole process)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{Korridorthema} {name}</source>
        <translation>{Korridorthema} {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ohne Gremium</source>
        <translation>no committee</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ohne Sitzung</source>
        <translation>no meeting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, TOP {top}</source>
        <translation>, agenda item {top}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (öffentlich)</source>
        <translation> (public)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (nicht öffentlich)</source>
        <translation> (not public)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>IQ-Uebersicht</source>
        <translation>IQ-Overview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sachstandsbericht</source>
        <translation>Status-report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IQ-Termine</source>
        <translation>IQ-Dates</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zieldatei wählen</source>
        <translation>Choose target file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte eine Zieldatei angeben.</source>
        <translation>Please give a target file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bitte einen Stichtag angeben (TT.MM.JJJJ).</source>
        <translation>Please give a reference date (DD.MM.YYYY).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Geschrieben: {pfad}</source>
        <translation>Written: {pfad}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Der Bericht konnte wegen eines unerwarteten Fehlers nicht geschrieben werden. Einzelheiten stehen im Protokoll: {pfad}</source>
        <translation>The report could not be written because of an unexpected error. Details are in the log: {pfad}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Der Bericht wird noch geschrieben – bitte einen Moment warten.</source>
        <translation>The report is still being written – please wait a moment.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/reports_tab.py" line="+104"/>
        <source>Sachstände</source>
        <extracomment>sorts the list; every view row → Sachstand goes through it</extracomment>
        <translation>Status reports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der gewählte Sachstand und was sich seit dem vorherigen geändert hat</source>
        <translation>The selected status report and what has changed since the previous one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung zu&amp;ordnen …</source>
        <translation>Link to &amp;meeting …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sitzung angeben, in der der gewählte Sachstand berichtet wurde, oder die Zuordnung lösen</source>
        <translation>Give the meeting in which the selected status report was presented, or remove the link</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Neuer Sachstand</source>
        <extracomment>the meeting picker while it is open (tests answer it)</extracomment>
        <translation>New status report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Änderungen seit dem letzten Sachstand</source>
        <translation>Changes since the last status report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Sitzung des Gremiums, in der der Sachstand berichtet wird (freiwillig)</source>
        <translation>The committee meeting in which the status report is presented (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seit dem letzten Sachstand geändert:</source>
        <translation>Changed since the last status report:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stich&amp;tag:</source>
        <translation>Reference d&amp;ate:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gremium:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit&amp;zung:</source>
        <translation>Meetin&amp;g:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sitzung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sachstand spei&amp;chern</source>
        <translation>Save status &amp;report</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>kein Gremium</source>
        <translation>no committee</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Noch kein Sachstand – der erste hält den heutigen Stand fest.</source>
        <translation>No status report yet – the first one records today&apos;s state.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seit dem letzten Sachstand hat sich nichts geändert.</source>
        <translation>Nothing has changed since the last status report.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>keine Sitzung</source>
        <translation>no meeting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keiner Sitzung zugeordnet.</source>
        <translation>Not linked to a meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, TOP {top}</source>
        <translation>, agenda item {top}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berichtet in: {gremium}, Sitzung am {datum}{top}</source>
        <translation>Presented in: {gremium}, meeting on {datum}{top}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sachstand vom {datum}</source>
        <translation>Status report of {datum}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Geändert seit dem vorherigen Sachstand</source>
        <translation>Changed since the previous status report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– (der erste Sachstand)</source>
        <translation>– (the first status report)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nichts</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bitte den Stichtag des Sachstands angeben.</source>
        <translation>Please give the reference date of the status report.</translation>
    </message>
</context>
<context>
    <name>ResourceTable</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/resource_table.py" line="+163"/>
        <source>Hinzufügen</source>
        <extracomment>the rows changed by the user (a cell, an added or a removed row) an input was refused: the German reason, for the form to show next to the table</extracomment>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} hinzufügen</source>
        <translation>Add {eintrag}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eintrag} entfernen</source>
        <translation>Remove {eintrag}</translation>
    </message>
</context>
<context>
    <name>Ressourcen</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/resource_models.py" line="+89"/>
        <source>„{eingabe}“ ist kein Betrag. Bitte in Euro eingeben, z. B. 12500, 12.500 oder 12.500,50.</source>
        <extracomment>the largest amount a database integer column holds everywhere (SQL Server&apos;s INT) the years a Zielvereinbarung may have (the service&apos;s range) a cell&apos;s new row and, perhaps, a note for the user (an amount rounded to whole euros) takes the width the other columns leave a starting width the user may drag (for a column that would otherwise squeeze a stretching one) amounts are right-aligned, so their digits line up</extracomment>
        <translation>“{eingabe}” is not an amount. Please enter it in euros, e.g. 12500, 12.500 or 12.500,50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Der Betrag {betrag} ist zu groß.</source>
        <translation>The amount {betrag} is too large.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budgets werden in ganzen Euro geführt: {eingabe} wurde auf {gerundet} gerundet.</source>
        <translation>Budgets are kept in whole euros: {eingabe} was rounded to {gerundet}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>„{eingabe}“ ist kein Doppelhaushalt. Bitte z. B. 2027/2028 oder kurz 2027 eingeben.</source>
        <translation>“{eingabe}” is not a double budget. Please enter e.g. 2027/2028 or just 2027.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Doppelhaushalt</source>
        <translation>Double budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geplant</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausgegeben</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offen</source>
        <extracomment>the editor&apos;s keys of &quot;erreicht&quot; and their stored values</extracomment>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>„{eingabe}“ ist kein Jahr.</source>
        <translation>“{eingabe}” is not a year.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bitte „ja“, „nein“ oder „offen“ wählen.</source>
        <translation>Please choose “yes”, “no” or “open”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erreicht</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bemerkung</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>{jahr}: {text} (erreicht: {erreicht})</source>
        <extracomment>an input was refused: the German reason an input was taken: a note about it (&quot;&quot; for none), e.g. that an amount was rounded the column a new row&apos;s editor opens in</extracomment>
        <translation>{jahr}: {text} (reached: {erreicht})</translation>
    </message>
</context>
<context>
    <name>Risiken</name>
    <message>
        <location filename="../../iq_desktop/charts/risk_matrix.py" line="+29"/>
        <source>Risikomatrix: kein offenes Risiko</source>
        <extracomment>the colours the matrix draws with, besides the bands&apos; (the PNG palette needs them all) the cell of a risk: (Wahrscheinlichkeit, Auswirkung), each 1..5</extracomment>
        <translation>Risk matrix: no open risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kurz} {titel}: Wahrscheinlichkeit {w}, Auswirkung {a}, Risikowert {s} ({band})</source>
        <translation>{kurz} {titel}: probability {w}, impact {a}, risk score {s} ({band})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risikomatrix mit Wahrscheinlichkeit (senkrecht) und Auswirkung (waagerecht), je 1 bis 5: </source>
        <translation>Risk matrix with probability (vertical) and impact (horizontal), each 1 to 5: </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Auswirkung</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wahrscheinlichkeit</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/presentation.py" line="+12"/>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mittel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gering</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/editor/risk_models.py" line="+30"/>
        <source>Risiko</source>
        <extracomment>the risk ids in a matrix cell</extracomment>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewertung</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Verantwortlich</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Prüfung</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wahrscheinlichkeit (1 bis 5) mal Auswirkung (1 bis 5) ergibt den Risikowert; ab 8 mittel, ab 15 hoch</source>
        <extracomment>the full words of the short headers (tooltip and screen readers)</extracomment>
        <translation>Probability (1 to 5) times impact (1 to 5) gives the risk score; medium from 8, high from 15</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Maßnahmen: {text}</source>
        <translation>Mitigation: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nicht öffentlich</source>
        <translation>not public</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status} am {datum}</source>
        <translation>{status} on {datum}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erfasst am</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zu entscheiden durch</source>
        <translation>To be decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fällig bis</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Clearingstelle</source>
        <translation>To clearing office</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ergebnis: {text}</source>
        <translation>Outcome: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entschieden durch: {wer}</source>
        <translation>decided by: {wer}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Wahrscheinlichkeit {w}, Auswirkung {a}: Risikowert {s} ({band}); offene Risiken: {n}</source>
        <translation>Probability {w}, impact {a}: risk score {s} ({band}); open risks: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kein offenes Risiko</source>
        <translation>no open risk</translation>
    </message>
</context>
<context>
    <name>RisikoDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/risk_dialogs.py" line="-156"/>
        <source>1 = sehr gering … 5 = sehr hoch</source>
        <translation>1 = very low … 5 = very high</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Risiko bearbeiten</source>
        <translation>Edit risk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neues Risiko</source>
        <translation>New risk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>– noch niemand –</source>
        <translation>– nobody yet –</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nicht ö&amp;ffentlich (bleibt in Berichten für öffentliche Sitzungen weg)</source>
        <translation>not &amp;public (left out of reports for public meetings)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel des Risikos</source>
        <translation>Title of the risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschreibung des Risikos</source>
        <translation>Description of the risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wahrscheinlichkeit (1–5):</source>
        <translation>Pro&amp;bability (1–5):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wahrscheinlichkeit</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auswirkung (1–5):</source>
        <translation>&amp;Impact (1–5):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auswirkung</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verantwortlich:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwortlich (aus dem Projektteam)</source>
        <translation>Owner (from the project team)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maßnahmen:</source>
        <translation>&amp;Mitigation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maßnahmen</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status des Risikos</source>
        <translation>Status of the risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nächste Prüfung:</source>
        <translation>&amp;Next review:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Prüfung</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht öffentlich</source>
        <translation>not public</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Das Risiko</source>
        <translation>The risk</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/risks_tab.py" line="+73"/>
        <location line="+51"/>
        <source>Risiken</source>
        <extracomment>a matrix cell: wide enough for &quot;mittel&quot; under the count the stored risk the &quot;Gewähltes Risiko&quot; fields were filled from</extracomment>
        <translation>Risks</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Entscheidungen und Dissens</source>
        <translation>Decisions and dissent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neues Risik&amp;o mit allen Angaben …</source>
        <translation>New risk with &amp;all details …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit Beschreibung, Verantwortlichen, Maßnahmen, nächster Prüfung und „nicht öffentlich“; übernimmt, was unten schon eingetragen ist</source>
        <translation>With description, owner, mitigation, next review and “not public”; takes over what is already entered below</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risi&amp;ko bearbeiten …</source>
        <translation>Ed&amp;it risk …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewähltes Risiko bearbeiten (alle Angaben)</source>
        <translation>Edit the selected risk (all details)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Angaben des gewählten Risikos ändern</source>
        <translation>Change all details of the selected risk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risikomatrix: offene Risiken nach Wahrscheinlichkeit und Auswirkung</source>
        <translation>Risk matrix: open risks by probability and impact</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Risikomatrix der offenen Risiken</source>
        <translation>Risk matrix of the open risks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeilen: Wahrscheinlichkeit, 5 oben. Spalten: Auswirkung, 5 rechts. Jedes Feld nennt die Zahl der offenen Risiken darin und die Stufe: gering, mittel oder hoch.</source>
        <translation>Rows: probability, 5 at the top. Columns: impact, 5 on the right. Each cell gives the number of open risks in it and the level: low, medium or high.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Risiko er&amp;fassen</source>
        <translation>Record ris&amp;k</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neu be&amp;werten</source>
        <translation>&amp;Reassess</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neues &amp;Risiko:</source>
        <translation>Ne&amp;w risk:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel des neuen Risikos</source>
        <translation>Title of the new risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Wahrscheinlichkeit:</source>
        <translation>Probability:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Wahrscheinlichkeit des neuen Risikos (1 bis 5)</source>
        <translation>Probability of the new risk (1 to 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Auswirkung:</source>
        <translation>Impact:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Auswirkung des neuen Risikos (1 bis 5)</source>
        <translation>Impact of the new risk (1 to 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gewähltes Risiko, Stat&amp;us:</source>
        <translation>Selected risk, stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status des gewählten Risikos</source>
        <translation>Status of the selected risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wahrscheinlichkeit des gewählten Risikos (1 bis 5)</source>
        <translation>Probability of the selected risk (1 to 5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auswirkung des gewählten Risikos (1 bis 5)</source>
        <translation>Impact of the selected risk (1 to 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nächste &amp;Prüfung:</source>
        <translation>ne&amp;xt review:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Prüfung des gewählten Risikos</source>
        <translation>Next review of the selected risk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entscheidung ver&amp;merken …</source>
        <translation>Re&amp;cord decision …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergebnis, Datum und wer entschieden hat, für den gewählten Eintrag</source>
        <translation>Outcome, date and who decided, for the selected entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An die &amp;Clearingstelle</source>
        <translation>To the clearin&amp;g office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewählten Eintrag an die Clearingstelle geben</source>
        <translation>Pass the selected entry to the clearing office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissens im Projektteam geht an die Stabsstelle VME als Clearingstelle</source>
        <translation>Dissent in the project team goes to the Stabsstelle VME as the clearing office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entscheidungsbedarf und Dissens</source>
        <translation>Decisions needed and dissent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eintra&amp;g erfassen</source>
        <translation>Rec&amp;ord entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ar&amp;t:</source>
        <translation>Ty&amp;pe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art des neuen Eintrags</source>
        <translation>Type of the new entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel des &amp;Eintrags:</source>
        <translation>Title of the entr&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel des neuen Eintrags</source>
        <translation>Title of the new entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fällig b&amp;is:</source>
        <translation>due &amp;by:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig bis</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>ein neues Risiko „{titel}“</source>
        <translation>a new risk “{titel}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eine neue Bewertung des Risikos „{titel}“</source>
        <translation>a new assessment of the risk “{titel}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ein neuer Eintrag „{titel}“</source>
        <translation>a new entry “{titel}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ein neuer Eintrag (nur das Datum „fällig bis“)</source>
        <translation>a new entry (only the date “due by”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>und</source>
        <translation>and</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../iq_desktop/ui/rules/page.py" line="+48"/>
        <source>Regelprüfung</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regel, Projekt oder Text – filtert beim Tippen</source>
        <translation>Rule, project or text – filters as you type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Befunde der Regelprüfung</source>
        <translation>Findings of the rule check</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bef&amp;unde</source>
        <translation>Findin&amp;gs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warum trotz des Befunds? (ein ganzer Satz)</source>
        <translation>Why despite the finding? (a full sentence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahme er&amp;fassen</source>
        <translation>&amp;Record exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahme &amp;zurücknehmen</source>
        <translation>&amp;Withdraw exception</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anz&amp;eigen:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welche Befunde</source>
        <translation>Which findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil&amp;tern:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Befunde filtern</source>
        <translation>Filter findings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Be&amp;gründung:</source>
        <translation>Re&amp;ason:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begründung der Ausnahme</source>
        <translation>Reason for the exception</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{Leitprojekt} &amp;öffnen</source>
        <translation>&amp;Open {Leitprojekt}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Regeln werden geprüft …</source>
        <translation>Checking the rules …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stichtag {datum} · Berichtszyklus {tage} Tage · {offen} offen, {ausnahmen} mit Ausnahme. Die Regeln sind Empfehlungen des IQ-Prozesses: wo es gute Gründe gibt, erfasst eine Ausnahme, wer sie wann und warum zugelassen hat.</source>
        <translation>Reference date {datum} · reporting cycle {tage} days · {offen} open, {ausnahmen} with an exception. The rules are recommendations of the IQ process: where there are good reasons, an exception records who allowed it, when and why.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Einen Befund wählen, um ihn hier ganz zu lesen.</source>
        <translation>Choose a finding to read it here in full.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ausnahme: {text}</source>
        <translation>Exception: {text}</translation>
    </message>
</context>
<context>
    <name>Sachstaende</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/reports_tab.py" line="-182"/>
        <source>Erreicht</source>
        <extracomment>the texts of a Sachstand: field, name, label with its mnemonic</extracomment>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;rreicht:</source>
        <translation>Ach&amp;ieved:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Schr&amp;itte:</source>
        <translation>Next ste&amp;ps:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entscheidungsbedarf</source>
        <translation>Decisions needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entscheidungsbedar&amp;f:</source>
        <translation>Decisi&amp;ons needed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausblick</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;usblick:</source>
        <translation>O&amp;utlook:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ampel</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erfasst von</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>Sachstand</name>
    <message>
        <location filename="../../iq_desktop/services/status_reports.py" line="-55"/>
        <source>„{t}“ wurde gerade geändert. Bitte den Sachstand erneut erfassen.</source>
        <extracomment>bump when the shape of ``Sachstand.stand`` changes; old snapshots keep their number</extracomment>
        <translation>“{t}” has just been changed. Please record the status report again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Sitzung gehört zu einem anderen Gremium.</source>
        <translation>The meeting belongs to another committee.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ein Sachstand braucht mindestens einen Text (Erreichtes, nächste Schritte, Entscheidungsbedarf oder Ausblick).</source>
        <translation>A status report needs at least one text (achieved, next steps, decisions needed or outlook).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vorhanden</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entfallen</source>
        <translation>dropped</translation>
    </message>
</context>
<context>
    <name>Sachstandsbericht</name>
    <message>
        <location filename="../../iq_desktop/exports/report_content.py" line="+127"/>
        <source>Bitte als Umfang entweder ein {Korridorthema} oder ein {Leitprojekt} wählen, nicht beides.</source>
        <extracomment>how many open risks a project shows (the largest first), and how many upcoming milestones who issues the report (settings: &quot;Stadt Karlsruhe – Stabsstelle VME&quot;); None: not named for a public session (ö): nothing marked nicht öffentlich is in the report the record, already without what a public session must not see &quot;seit der Sitzung … am …&quot;, or None without an earlier report None: nothing to compare with compared with the project&apos;s state today (no newer Sachstand since the last report) (id, version) of the Sachstand to link to the meeting, when the report is for one and it is not yet linked</extracomment>
        <translation>Please choose either a {Korridorthema} or a {Leitprojekt} as the scope, not both.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Sitzung am {d} gehört zu {g}, nicht zum gewählten Gremium.</source>
        <translation>The meeting on {d} belongs to {g}, not to the chosen committee.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{t}“ ist als nicht öffentlich gekennzeichnet und gehört nicht in einen Bericht für eine öffentliche Sitzung.</source>
        <translation>“{t}” is marked as not public and does not belong in a report for a public meeting.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>alle {Leitprojekte} (ohne abgeschlossene und abgebrochene)</source>
        <translation>all {Leitprojekte} (without completed and cancelled ones)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sachstandsbericht</source>
        <translation>Status report</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Das Gremium (Nr. {id}) gibt es nicht.</source>
        <translation>The committee (no. {id}) does not exist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Das {Korridorthema} (Nr. {id}) gibt es nicht.</source>
        <translation>The {Korridorthema} (no. {id}) does not exist.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>seit der Sitzung {g} am {d}</source>
        <extracomment>the earlier report was a meeting of the report&apos;s Gremium</extracomment>
        <translation>since the meeting of {g} on {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seit dem Sachstand vom {d}</source>
        <translation>since the status report of {d}</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/exports/word_layout.py" line="+38"/>
        <source>nicht öffentlich</source>
        <extracomment>soft hyphens, so narrow table headers break where German does</extracomment>
        <translation>not public</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TOP {top}</source>
        <translation>Agenda item {top}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorlage Nr. {nr}</source>
        <translation>Submission no. {nr}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>interner Bericht ohne Sitzungsbezug</source>
        <translation>internal report not linked to a meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interner Bericht: Er enthält auch Inhalte, die als nicht öffentlich gekennzeichnet sind; sie sind mit „(nicht öffentlich)“ markiert. Nicht zur Veröffentlichung bestimmt.</source>
        <translation>Internal report: it also contains content marked as not public; such content is marked “(not public)”. Not for publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>öffentliche Sitzung (ö)</source>
        <translation>public meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bericht für eine öffentliche Sitzung: Inhalte, die als nicht öffentlich gekennzeichnet sind ({Leitprojekte}, Risiken, Entscheidungsbedarfe und Sachstandstexte), sind nicht enthalten.</source>
        <translation>Report for a public meeting: content marked as not public ({Leitprojekte}, risks, decisions needed and status report texts) is not included.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nichtöffentliche Sitzung (nö)</source>
        <translation>non-public meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bericht für eine nichtöffentliche Sitzung: Er enthält auch Inhalte, die als nicht öffentlich gekennzeichnet sind; sie sind mit „(nicht öffentlich)“ markiert. Nicht zur Veröffentlichung bestimmt.</source>
        <translation>Report for a non-public meeting: it also contains content marked as not public; such content is marked “(not public)”. Not for publication.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stand {d}</source>
        <translation>As of {d}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nichtöffentlich</source>
        <translation>non-public</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bürgermeister/in: {name}</source>
        <translation>Mayor: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keine {Leitprojekte} im Umfang dieses Berichts.</source>
        <translation>No {Leitprojekte} within the scope of this report.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ein {Leitprojekt}</source>
        <translation>one {Leitprojekt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} {Leitprojekte}</source>
        <translation>{n} {Leitprojekte}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+242"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Stand</source>
        <translation>As of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erstellt von</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{autor} am {datum}</source>
        <translation>{autor} on {datum}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Herausgeber</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Im Umfang dieses Berichts gibt es keine {Leitprojekte}.</source>
        <translation>There are no {Leitprojekte} within the scope of this report.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ampel: </source>
        <translation>RAG status: </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+100"/>
        <source>Ampel</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Aktuelle Phase</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Nächstes Etappenziel</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+114"/>
        <source>Aktualisiert am</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>„Aktualisiert am“: die letzte Änderung am {Leitprojekt} oder an etwas, das dazu gehört.</source>
        <translation>“Updated on”: the latest change to the {Leitprojekt} or to anything that belongs to it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ziele:</source>
        <translation>Objectives:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phasen und Etappenziele</source>
        <translation>Phases and milestones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeitleiste {titel}</source>
        <translation>Timeline {titel}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Geplant</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tatsächlich</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bisher</source>
        <translation>so far</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erreichte Etappenziele {seit}:</source>
        <translation>Milestones reached {seit}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erreicht am {d}</source>
        <translation>reached on {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreichte Etappenziele {seit}: </source>
        <translation>Milestones reached {seit}: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als Nächstes fällig:</source>
        <translation>Due next:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Etappenziel</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kein offenes Etappenziel</source>
        <translation>no open milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als Nächstes fällig: </source>
        <translation>Due next: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitwirkung</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeitanteil</source>
        <translation>Time share</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zum Stichtag wirkt niemand mit.</source>
        <translation>Nobody is involved on the reference date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ausblick</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein Ausblick erfasst.</source>
        <translation>No outlook entered.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auftraggeber/in</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektleitung</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laufzeit</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kick-off</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch nicht</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget {dhh}: geplant {g}, bewilligt {bw}, ausgegeben {a}</source>
        <translation>Budget {dhh}: planned {g}, approved {bw}, spent {a}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ressourcen</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{von} bis {bis} (geplant)</source>
        <translation>{von} to {bis} (planned)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seit {von}, Ende noch offen</source>
        <translation>since {von}, end still open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch nicht festgelegt</source>
        <translation>not yet set</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sachstand</source>
        <translation>Status report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum Stichtag liegt kein Sachstand vor. Die Angaben dieses Abschnitts stammen aus dem Steckbrief und den Projektdaten.</source>
        <translation>There is no status report for the reference date. The details in this section come from the profile and the project data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sachstand vom {d}</source>
        <translation>Status report of {d}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>geschrieben für {g}</source>
        <translation>written for {g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berichtet in der Sitzung am {d}</source>
        <translation>presented in the meeting on {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ampel {a}</source>
        <translation>RAG status {a}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erreicht: </source>
        <translation>Achieved: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nächste Schritte: </source>
        <translation>Next steps: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Sachstand nennt kein Erreichtes und keine nächsten Schritte.</source>
        <translation>The status report names nothing achieved and no next steps.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risiken</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein offenes Risiko.</source>
        <translation>No open risk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risikomatrix {titel}</source>
        <translation>Risk matrix {titel}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verantwortlich: {p}</source>
        <translation>owner: {p}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wahrscheinlichkeit</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswirkung</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wert</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maßnahmen</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dazu {n} weitere offene Risiken mit kleinerem Risikowert.</source>
        <translation>In addition, {n} further open risks with a lower risk score.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dazu ein weiteres offenes Risiko mit kleinerem Risikowert.</source>
        <translation>In addition, one further open risk with a lower risk score.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entscheidungsbedarf</source>
        <translation>Decisions needed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seit {d}</source>
        <translation>since {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gegenstand</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zu entscheiden durch</source>
        <translation>To be decided by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig bis</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearingstelle</source>
        <translation>Clearing office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein Entscheidungsbedarf.</source>
        <translation>No decisions needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Veränderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Es gibt keinen früheren Sachstand, mit dem sich dieser vergleichen ließe.</source>
        <translation>There is no earlier status report to compare this one with.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Veränderungen {seit}</source>
        <translation>Changes {seit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seitdem liegt kein neuer Sachstand vor; verglichen wird mit dem heutigen Stand der Projektdaten.</source>
        <translation>No newer status report exists since then; the comparison is with today&apos;s project data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keine Veränderung bei Status, Ampel, Phasen, Etappenzielen, Risiken und Mitwirkung.</source>
        <translation>No change in status, RAG status, phases, milestones, risks and staffing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorher</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachher</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/exports/word_report.py" line="+123"/>
        <source>Sachstand zum {d}</source>
        <extracomment>Sachstände newly linked to the Sitzung</extracomment>
        <translation>Status report as of {d}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Der Bericht wurde geschrieben, aber nicht als in der Sitzung berichtet vermerkt: {grund} Bitte den Bericht erneut erzeugen.</source>
        <translation>The report was written but not recorded as presented in the meeting: {grund} Please create the report again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>„{ziel}“ ist gerade geöffnet, vermutlich in Word, und kann nicht ersetzt werden. Bitte die Datei schließen oder einen anderen Dateinamen angeben.</source>
        <translation>“{ziel}” is open at the moment, probably in Word, and cannot be replaced. Please close the file or give another file name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der Sachstandsbericht ist eine Word-Datei: bitte einen Dateinamen mit der Endung .docx angeben (statt „{ziel}“).</source>
        <translation>The status report is a Word file: please give a file name ending in .docx (instead of “{ziel}”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den Ordner „{ordner}“ gibt es nicht. Bitte einen vorhandenen Ordner angeben.</source>
        <translation>The folder “{ordner}” does not exist. Please give an existing folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{ziel}“ ist ein Ordner. Bitte einen Dateinamen angeben.</source>
        <translation>“{ziel}” is a folder. Please give a file name.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In den Ordner „{ordner}“ darf nicht geschrieben werden. Bitte einen anderen Ordner wählen.</source>
        <translation>Writing to the folder “{ordner}” is not permitted. Please choose another folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Bericht konnte nicht gespeichert werden ({grund}). Bitte Speicherplatz und Schreibrechte im Ordner „{ordner}“ prüfen.</source>
        <translation>The report could not be saved ({grund}). Please check the free space and write permissions in the folder “{ordner}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>„{ziel}“ kann nicht geschrieben werden ({grund}).</source>
        <translation>“{ziel}” cannot be written ({grund}).</translation>
    </message>
</context>
<context>
    <name>SitzungDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/meetings/sitzung_dialog.py" line="+64"/>
        <source>Sitzung bearbeiten</source>
        <extracomment>the form&apos;s fields, as the services name them the compare dialog while it is open (tests answer it)</extracomment>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neue Sitzung</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>z. B. 8 oder 3.1</source>
        <translation>e.g. 8 or 3.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ö&amp;ffentlich beraten</source>
        <translation>deliberated in &amp;public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. 2021/1528</source>
        <translation>e.g. 2021/1528</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>noch offen</source>
        <translation>still open</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Gremium:</source>
        <translation>C&amp;ommittee:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum der Sitzung</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TOP:</source>
        <translation>&amp;Agenda item:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tagesordnungspunkt (TOP)</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beratung:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>öffentlich beraten</source>
        <translation>deliberated in public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vorlage Nr.:</source>
        <translation>Submission &amp;no.:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Vorlage Nr.</source>
        <translation>Submission no.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Ergebnis:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Bemerkung:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Bemerkung</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Speichern</source>
        <extracomment>a refusal that concerns no single field (the meeting was deleted meanwhile, …)</extracomment>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbre&amp;chen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOP</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ö/nö</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ihre Eingaben bleiben im Formular erhalten.</source>
        <translation>Your entries remain in the form.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>jemand anderem</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Sitzung wurde inzwischen von {wer} gespeichert; überschrieben wurde nichts. Ihre Änderungen stehen links, der gespeicherte Stand rechts. Was Sie nicht geändert haben, bleibt wie gespeichert.</source>
        <translation>The meeting was saved by {wer} in the meantime; nothing was overwritten. Your changes are on the left, the saved version on the right. Whatever you did not change stays as saved.</translation>
    </message>
</context>
<context>
    <name>Sitzungen</name>
    <message>
        <location filename="../../iq_desktop/services/meetings.py" line="+33"/>
        <source>Ein Gremium „{n}“ gibt es nicht. Vorhanden: {alle}.</source>
        <extracomment>the usual results of a Beratungsfolge row; the field takes any other text as well</extracomment>
        <translation>There is no committee “{n}”. Available: {alle}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Am {d} tagen mehrere Gremien: {alle}. Bitte das Gremium angeben.</source>
        <translation>Several committees meet on {d}: {alle}. Please give the committee.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für {g} ist am {d} keine Sitzung eingetragen. Bitte das Datum prüfen oder die Sitzung zuerst anlegen.</source>
        <translation>No meeting of {g} is entered for {d}. Please check the date or create the meeting first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Am {d} ist keine Sitzung eingetragen. Bitte das Datum prüfen oder die Sitzung zuerst anlegen.</source>
        <translation>No meeting is entered for {d}. Please check the date or create the meeting first.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bitte das Datum der Sitzung angeben.</source>
        <translation>Please give the date of the meeting.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Für {g} ist am {d} schon eine Sitzung eingetragen.</source>
        <translation>A meeting of {g} is already entered for {d}.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Das Gremium kann nicht gewechselt werden: {n} Sachstände wurden in dieser Sitzung berichtet. Bitte zuerst ihre Zuordnung lösen.</source>
        <translation>The committee cannot be changed: {n} status reports were presented in this meeting. Please remove their links first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Gremium kann nicht gewechselt werden: ein Sachstand wurde in dieser Sitzung berichtet. Bitte zuerst seine Zuordnung lösen.</source>
        <translation>The committee cannot be changed: a status report was presented in this meeting. Please remove its link first.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Die Sitzung von {g} am {d}</source>
        <translation>The meeting of {g} on {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{was} wird nicht gelöscht: {n} Sachstände wurden in ihr berichtet. Bitte deren Zuordnung zuerst lösen oder ändern.</source>
        <translation>{was} is not deleted: {n} status reports were presented in it. Please remove or change their links first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{was} wird nicht gelöscht: ein Sachstand wurde in ihr berichtet. Bitte seine Zuordnung zuerst lösen oder ändern.</source>
        <translation>{was} is not deleted: a status report was presented in it. Please remove or change its link first.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Der Sachstand wurde für {g} geschrieben; die Sitzung gehört zu {s}.</source>
        <translation>The status report was written for {g}; the meeting belongs to {s}.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/meetings/table_model.py" line="+50"/>
        <source>Datum</source>
        <extracomment>the meeting&apos;s id text of a meeting that is over: lighter than the hint grey so it stands apart, still 6:1 on white</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>ö/nö</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Vorlage Nr.</source>
        <translation>Submission no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sachstände</source>
        <translation>Status reports</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>öffentlich oder nicht öffentlich beraten</source>
        <translation>deliberated in public or not in public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zahl der Sachstände, die in der Sitzung berichtet wurden</source>
        <translation>Number of status reports presented in the meeting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>die nächste Sitzung</source>
        <translation>the next meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vergangen</source>
        <translation>past</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+9"/>
        <source>Leitprojekt</source>
        <extracomment>the organisation&apos;s word for a Leitprojekt (see ``Begriffe``)</extracomment>
        <translation>Flagship project</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ampel</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/meetings/texts.py" line="+14"/>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht öffentlich</source>
        <translation>not public</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} Tagen</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TOP {top}</source>
        <translation>Item {top}</translation>
    </message>
</context>
<context>
    <name>StaffingTab</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/staffing_tab.py" line="+73"/>
        <source>Mitwirkende</source>
        <extracomment>the frame around the chosen row&apos;s warning: amber, and grey once every finding has an exception sorts the table; every view row → record goes through it</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Person hinzufügen</source>
        <extracomment>the organisation takes the width left; it, then the person, then the role give up width first field key → (the message under the field, the field)</extracomment>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name oder Amt eintippen …</source>
        <translation>Type a name or office …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hin&amp;zufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person suchen</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;olle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>von:</source>
        <translation>from:</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Mitwirkung von</source>
        <translation>Involved from</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>An&amp;teil:</source>
        <translation>T&amp;ime share:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteil der Arbeitszeit</source>
        <translation>Share of working time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Änder&amp;ungen übernehmen</source>
        <translation>Appl&amp;y changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle, Zeitraum und Anteil der gewählten Mitwirkung speichern</source>
        <translation>Save role, period and share of the selected staffing entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rolle:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle der gewählten Mitwirkung</source>
        <translation>Role in the selected staffing entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b&amp;is:</source>
        <translation>&amp;until:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mitwirkung bis</source>
        <translation>Involved until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteil:</source>
        <translation>Time share:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteil der Arbeitszeit der gewählten Mitwirkung</source>
        <translation>Share of working time in the selected staffing entry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Benennung durch Bürgermeister/in</source>
        <translation>Nomination by the mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Benennung mit dem Datum „am“ erfassen</source>
        <translation>Record the nomination with the date in “When”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustimmung:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amtsleitung</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die {zustimmung} mit dem Datum „am“ erfassen (leeres Datum: zurücknehmen)</source>
        <translation>Record the {zustimmung} with the date in “When” (empty date: withdraw)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitwirkung beend&amp;en</source>
        <translation>End staffin&amp;g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Mitwirkung zum Datum „am“ beenden; sie bleibt in der Liste</source>
        <translation>End the staffing on the date in “When”; it stays in the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a&amp;m:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum für Benennung, Zustimmung oder Ende</source>
        <translation>Date of the nomination, consent or end</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warum trotz des Hinweises? (ein ganzer Satz)</source>
        <extracomment>the chosen row&apos;s findings in full, the exception right beside them</extracomment>
        <translation>Why despite the note? (a full sentence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahme er&amp;fassen</source>
        <translation>Re&amp;cord exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit der Begründung fortfahren; der Regelbericht zeigt, wer die Ausnahme wann und warum erfasst hat</source>
        <translation>Go ahead with the reason; the rule report shows who recorded the exception, when and why</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Be&amp;gründung der Ausnahme:</source>
        <translation>Reason for the e&amp;xception:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begründung der Ausnahme</source>
        <translation>Reason for the exception</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Gewählte Mitwirkung (bitte in der Tabelle wählen)</source>
        <translation>Selected staffing entry (please choose one in the table)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gewählte Mitwirkung: {person} ({rolle})</source>
        <translation>Selected staffing entry: {person} ({rolle})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ausnahme von {wer} am {datum}: {text} Begründung: „{grund}“</source>
        <translation>Exception by {wer} on {datum}: {text} Reason: “{grund}”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>eine neue Mitwirkung „{person}“</source>
        <translation>a new staffing entry “{person}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geänderte Angaben zur Mitwirkung von {person}</source>
        <translation>changed staffing details for {person}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eine Begründung der Ausnahme „{text}“</source>
        <translation>a reason for the exception “{text}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{erste} und {letzte}</source>
        <translation>{erste} and {letzte}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Bitte eine Person aus der Liste wählen (Name eintippen und aus den Vorschlägen übernehmen).</source>
        <translation>Please choose a person from the list (type the name and take it from the suggestions).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Bitte das Datum der Benennung angeben.</source>
        <translation>Please give the date of the nomination.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bitte das Datum angeben, zu dem die Mitwirkung endet.</source>
        <translation>Please give the date on which the staffing ends.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../iq_desktop/app.py" line="+61"/>
        <source>Die Bildschirmausgabe konnte nicht starten (fehlende Systembibliotheken oder kein Bildschirm). Einzelheiten stehen im Protokoll: {pfad}</source>
        <translation>The display could not start (missing system libraries or no screen). Details are in the log: {pfad}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kein Bildschirm gefunden: das Programmfenster braucht eine grafische Sitzung. Ohne Bildschirm helfen die Befehle der Kommandozeile (iq-desktop --help).</source>
        <translation>No screen found: the program window needs a graphical session. Without a screen, the command-line commands help (iq-desktop --help).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Die Datenbank konnte nicht geöffnet werden ({art}). Einzelheiten stehen im Protokoll: {pfad}</source>
        <translation>The database could not be opened ({art}). Details are in the log: {pfad}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datenbank migriert; Sicherung vorher: {pfad}</source>
        <translation>Database migrated; backup beforehand: {pfad}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tägliche Sicherung geschrieben: {pfad}</source>
        <translation>Daily backup written: {pfad}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die tägliche Sicherung ist fehlgeschlagen: {grund}</source>
        <translation>The daily backup failed: {grund}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Der Aufbau des Programmfensters</source>
        <translation>Building the program window</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Die letzte Aktion</source>
        <translation>The last action</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Das Hauptfenster konnte nicht gezeichnet werden.</source>
        <translation>The main window could not be drawn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selbsttest bestanden: Hauptfenster gezeichnet ({b}×{h}), {n} Leitprojekte geladen.</source>
        <translation>Self-test passed: main window drawn ({b}×{h}), {n} flagship projects loaded.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Der Zielordner „{pfad}“ kann nicht angelegt werden (eine Datei dieses Namens oder fehlende Schreibrechte).</source>
        <translation>The target folder “{pfad}” cannot be created (a file of that name or missing write permissions).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Das Bild „{pfad}“ konnte nicht gespeichert werden.</source>
        <translation>The image “{pfad}” could not be saved.</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/start/models.py" line="+27"/>
        <location line="+83"/>
        <source>{Leitprojekt}</source>
        <extracomment>the Leitprojekt id behind a row of the portfolio tree (None on a corridor row)</extracomment>
        <translation>{Leitprojekt}</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Ampel</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächstes Etappenziel</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktualisiert am</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>keine {Leitprojekte}</source>
        <translation>no {Leitprojekte}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nicht eingetragen</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} · Bürgermeister/in: {bm} · {n} {Leitprojekte}</source>
        <translation>{name} · Mayor: {bm} · {n} {Leitprojekte}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>keines offen</source>
        <translation>none open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{titel}, Ampel {ampel}, Phase {phase}</source>
        <translation>{titel}, RAG status {ampel}, phase {phase}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etappenziel</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{datum} · überfällig</source>
        <translation>{datum} · overdue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht öffentlich</source>
        <translation>not public</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/cli.py" line="-301"/>
        <source>IQ Desktop – Start nicht möglich</source>
        <translation>IQ Desktop – cannot start</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../iq_desktop/ui/start/page.py" line="+62"/>
        <source>&amp;Fällig in {n} Tagen</source>
        <translation>D&amp;ue in {n} days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fällige Etappenziele</source>
        <translation>Milestones due</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keine offenen Etappenziele in diesem Zeitraum.</source>
        <translation>No open milestones in this period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nächste Si&amp;tzungen</source>
        <translation>Upcoming &amp;meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nächste Sitzungen</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keine Sitzung eingetragen.</source>
        <translation>No meeting entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gremien &amp;&amp; Sitzungen öffnen</source>
        <translation>Open &amp;committees &amp;&amp; meetings</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Start – Überblick zum {datum}</source>
        <translation>Start – overview as of {datum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projekte je {Korridorthema}</source>
        <translation>&amp;Projects per {Korridorthema}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{Leitprojekte} je {Korridorthema}</source>
        <translation>{Leitprojekte} per {Korridorthema}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Regelprüfung: wird geprüft …</source>
        <translation>&amp;Rule check: checking …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regelprüfung: keine offenen Befunde</source>
        <translation>&amp;Rule check: no open findings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regelprüfung: 1 offener Befund – anzeigen</source>
        <translation>&amp;Rule check: 1 open finding – show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regelprüfung: {n} offene Befunde – anzeigen</source>
        <translation>&amp;Rule check: {n} open findings – show</translation>
    </message>
</context>
<context>
    <name>SteckbriefTab</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/steckbrief_tab.py" line="+103"/>
        <source>nicht öffentlich (bleibt in Berichten für öffentliche Sitzungen weg)</source>
        <extracomment>shown before a field&apos;s error, so the message does not rely on its colour the Ampel choices: overall, then the three dimensions</extracomment>
        <translation>not public (left out of reports for public meetings)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Titel:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+180"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Beg&amp;inn:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Geplantes Ende:</source>
        <translation>&amp;Planned end:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geplantes Ende</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kick-o&amp;ff am:</source>
        <translation>Ki&amp;ck-off on:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kick-off am</source>
        <translation>Kick-off on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+174"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Grunddaten</source>
        <translation>Basic data</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Begründung, z. B. „Personalengpass im Sommer“</source>
        <translation>Reason, e.g. “staff shortage in the summer”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Am&amp;pel gesamt:</source>
        <translation>Overall RA&amp;G status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel gesamt</source>
        <translation>Overall RAG status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeit:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel Zeit</source>
        <translation>RAG status for time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel Budget</source>
        <translation>RAG status for budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal:</source>
        <translation>Staff:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ampel Personal</source>
        <translation>RAG status for staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notiz zur Ampel:</source>
        <translation>Note on the RAG status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+156"/>
        <source>Notiz zur Ampel</source>
        <translation>Note on the RAG status</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ampel</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ziel</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+230"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+230"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>B&amp;eschreibung:</source>
        <translation>Desc&amp;ription:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ziele:</source>
        <translation>Ob&amp;jectives:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+137"/>
        <source>Ziele</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Beit&amp;rag zum {Korridorthema}:</source>
        <translation>Ho&amp;w it serves the {Korridorthema}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beitrag zum {Korridorthema}</source>
        <translation>Contribution to the {Korridorthema}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zielgruppe:</source>
        <translation>Target group:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielgruppe aktiv eingebunden:</source>
        <translation>Target group actively involved:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Zielgruppe aktiv eingebunden</source>
        <translation>Target group actively involved</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>&amp;Chancen und Nutzen:</source>
        <translation>Opportunities and &amp;benefits:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chancen und Nutzen</source>
        <translation>Opportunities and benefits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inhalt und Ziele</source>
        <translation>Content and objectives</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mehrere durch Semikolon trennen</source>
        <translation>separate several with semicolons</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kanäle und Formate:</source>
        <translation>Channels and formats:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weitere Kanäle und Formate:</source>
        <translation>E&amp;xtra channels and formats:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weitere Kanäle und Formate</source>
        <translation>Extra channels and formats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einbindung der Zielgruppe:</source>
        <translation>Involvement of the target group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einbindung der Zielgruppe</source>
        <translation>Involvement of the target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadtinterne Kommunikation:</source>
        <translation>Communication within the city:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadtinterne Kommunikation und Mitwirkung</source>
        <translation>Communication and involvement within the city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation nach außen:</source>
        <translation>External communication:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation und Mitwirkung nach außen</source>
        <translation>External communication and involvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation und Beteiligung</source>
        <translation>Communication and participation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internationalität</source>
        <translation>Internationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitalisierung</source>
        <translation>Digitalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partizipation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{aspekt} berücksichtigt</source>
        <translation>{aspekt} considered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wie ({aspekt}):</source>
        <translation>How ({aspekt}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie wird {aspekt} berücksichtigt</source>
        <translation>How {aspekt} is considered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationalität, Digitalisierung, Partizipation</source>
        <translation>Internationality, digitalisation, participation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bezug zur Digitalstrategie:</source>
        <translation>Link to the digital strategy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlungsfelder und Gestaltungsprinzipien der Digitalstrategie</source>
        <translation>Fields of action and design principles of the digital strategy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Digitalstrategie</source>
        <translation>Digital strategy</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>z. B. 1 PM IT, 1 PM OA</source>
        <translation>e.g. 1 PM IT, 1 PM OA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budgetzeile</source>
        <translation>Budget row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielvereinbarung</source>
        <translation>Target agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personelle Ressourcen:</source>
        <translation>Staff resources:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personelle Ressourcen</source>
        <translation>Staff resources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Haushalts&amp;mittel je Doppelhaushalt:</source>
        <translation>Budget a&amp;mounts per double budget:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Haushaltsmittel je Doppelhaushalt</source>
        <translation>Budget amounts per double budget</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Zielvereinbarungen je &amp;Jahr:</source>
        <translation>Target agreements per &amp;year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielvereinbarungen je Jahr</source>
        <translation>Target agreements per year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ressourcen und Zielvereinbarungen</source>
        <translation>Resources and target agreements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ausblic&amp;k:</source>
        <translation>Outloo&amp;k:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Ausblick</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>nicht öffentlich</source>
        <translation>not public</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Zielvereinbarungen</source>
        <translation>Target agreements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gestaltungsprinzipien</source>
        <translation>Design principles</translation>
    </message>
</context>
<context>
    <name>Suche</name>
    <message>
        <location filename="../../iq_desktop/ui/search.py" line="-57"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../iq_desktop/charts/report_images.py" line="+30"/>
        <source>Stichtag</source>
        <extracomment>the printed timeline&apos;s width: the text width of an A4 page with the template&apos;s margins, a little less</extracomment>
        <translation>Reference date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zeitleiste der Phasen und Etappenziele. </source>
        <translation>Timeline of the phases and milestones. </translation>
    </message>
    <message>
        <location filename="../../iq_desktop/charts/timeline.py" line="+82"/>
        <source>{name}: {status}, {von} bis {bis}</source>
        <extracomment>the colours the timeline draws with, besides the phases&apos; (the PNG palette needs them all) one row per milestone with its title and date (print); else all on one line a thin line and the year at each 1 January the word at the reference day&apos;s line</extracomment>
        <translation>{name}: {status}, {von} to {bis}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Etappenziel {titel}: fällig am {datum}, erreicht am {erreicht}</source>
        <translation>Milestone {titel}: due on {datum}, reached on {erreicht}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Etappenziel {titel}: fällig am {datum}, {status}</source>
        <translation>Milestone {titel}: due on {datum}, {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Etappenziele</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>keine Etappenziele</source>
        <translation>no milestones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>erreicht {datum}</source>
        <translation>reached {datum}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>entfallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>erreicht</source>
        <translation>reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../iq_desktop/ui/editor/timeline.py" line="+32"/>
        <source>Zeitleiste der Phasen und Etappenziele</source>
        <translation>Timeline of the phases and milestones</translation>
    </message>
</context>
<context>
    <name>Verbindung</name>
    <message>
        <location filename="../../iq_desktop/services/connection_check.py" line="+26"/>
        <source>Verbindung hergestellt: {ort} – {n} {Leitprojekte}.</source>
        <translation>Connected: {ort} – {n} {Leitprojekte}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/welcome.py" line="+43"/>
        <location line="+6"/>
        <source>Willkommen bei IQ Desktop</source>
        <translation>Welcome to IQ Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mit IQ Desktop pflegen Sie die {Leitprojekte} des IQ-Prozesses: Mitwirkung, Phasen, Etappenziele, Risiken und Sachstände. Bitte wählen Sie zuerst, wo die Daten liegen. Sie können das später unter „Extras → Einstellungen“ ändern.</source>
        <translation>With IQ Desktop you keep the {Leitprojekte} of the IQ process: staffing, phases, milestones, risks and status reports. First, please choose where the data is kept. You can change this later under “Tools → Settings”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beispiel&amp;daten laden (zum Ausprobieren; nur in eine leere Datenbank)</source>
        <translation>Load &amp;demo data (to try things out; only into an empty database)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Starten</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Neue Datenbank anlegen?</source>
        <translation>Create a new database?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei „{pfad}“ gibt es noch nicht. Soll dort eine neue, leere Datenbank angelegt werden?

Wenn Ihre Kolleginnen und Kollegen schon mit einer gemeinsamen Datenbank arbeiten, wählen Sie bitte deren Datei.</source>
        <translation>The file “{pfad}” does not exist yet. Should a new, empty database be created there?

If your colleagues already work with a shared database, please choose their file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nein</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Die Datenbank wird eingerichtet …</source>
        <translation>Setting up the database …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank wird eingerichtet und mit Beispieldaten gefüllt …</source>
        <translation>Setting up the database and filling it with demo data …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Die Einrichtung ist an einem unerwarteten Fehler gescheitert. Einzelheiten stehen im Protokoll: {pfad}</source>
        <translation>The set-up failed because of an unexpected error. Details are in the log: {pfad}</translation>
    </message>
</context>
<context>
    <name>Word</name>
    <message>
        <location filename="../../iq_desktop/exports/docx_builder.py" line="+101"/>
        <source>Die Word-Vorlage „{p}“ gibt es nicht. Bitte den Pfad prüfen.</source>
        <extracomment>EMU (English Metric Units) per centimetre, the unit of DrawingML sizes characters XML 1.0 does not allow (a text pasted from elsewhere may carry them) paragraph styles by role: the style&apos;s name in the template (Word&apos;s built-in English names, which Word shows translated, e.g. &quot;Überschrift 1&quot;), and the outline level of a heading table styles by role, each with fallbacks to Word&apos;s built-in grid</extracomment>
        <translation>The Word template “{p}” does not exist. Please check the path.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Word-Vorlage „{p}“ lässt sich nicht lesen ({e}).</source>
        <translation>The Word template “{p}” cannot be read ({e}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>„{p}“ ist keine Word-Vorlage (.docx oder .dotx).</source>
        <translation>“{p}” is not a Word template (.docx or .dotx).</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Seite </source>
        <translation>Page </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> von </source>
        <translation> of </translation>
    </message>
</context>
<context>
    <name>_CellEditors</name>
    <message>
        <location filename="../../iq_desktop/ui/editor/resource_table.py" line="-99"/>
        <source>z. B. 12.500</source>
        <translation>e.g. 12.500</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>z. B. 2027/2028</source>
        <translation>e.g. 2027/2028</translation>
    </message>
</context>
<context>
    <name>_OrgDialog</name>
    <message>
        <location filename="../../iq_desktop/ui/people/organisation_dialogs.py" line="-194"/>
        <source>{was} gibt es nicht mehr – vielleicht hat es jemand anderes gelöscht. Bitte die Ansicht aktualisieren (F5).</source>
        <translation>{was} no longer exists – perhaps someone else deleted it. Please refresh the view (F5).</translation>
    </message>
</context>
</TS>
