"""The command line: a thin shell over the services (see ../shared/cli.md).

Start-up matters: this module imports neither Qt nor SQLAlchemy at import
time; each command imports what it needs.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn

from iq_desktop import __version__, paths
from iq_desktop.errors import IQError
from iq_desktop.i18n import translate

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

#: how IT calls the program: "iq-desktop" in a venv; the installed console program's own name
#: (iq-desktop-konsole, see installer/iq-desktop.spec) in the bundle
PROG = Path(sys.executable).stem if getattr(sys, "frozen", False) else "iq-desktop"


class UsageError(IQError):
    """Wrong arguments; argparse's English message already translated."""


# argparse speaks English through gettext; these are its message ids (stable
# across Python 3.11-3.13), so usage errors and --help read German.
_ARGPARSE_DE = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Befehle",
    "options": "Optionen",
    "optional arguments": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "the following arguments are required: %s": "es fehlt die Angabe: %s",
    "unrecognized arguments: %s": "unbekannte Angabe: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Angabe %(value)r (möglich: %(choices)s)",
    "expected one argument": "erwartet einen Wert",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Angabe %(option)s (passt zu %(matches)s)",
    "invalid %(type)s value: %(value)r": "ungültiger Wert %(value)r",
    "not allowed with argument %s": "nicht zusammen mit %s erlaubt",
    "ignored explicit argument %r": "überzähliger Wert %r",
}


@contextlib.contextmanager
def _german_argparse() -> Iterator[None]:
    """Let argparse speak German while it parses or formats help (scoped, not global)."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: _ARGPARSE_DE.get(text, original(text))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # a wrong value of BEFEHL is a command that does not exist; of an option, a wrong value
        raise UsageError(message.replace("BEFEHL: ungültige Angabe", "unbekannter Befehl"))


def _date(text: str) -> dt.date:
    if not re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text.strip()):
        raise argparse.ArgumentTypeError(
            f"„{text}“ ist kein Datum im Format TT.MM.JJJJ (zum Beispiel 31.01.2027)"
        )
    try:
        value = dt.datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Kommandozeile", "den {datum} gibt es nicht im Kalender").format(datum=text)
        ) from None
    if not 2000 <= value.year <= 2100:
        raise argparse.ArgumentTypeError(
            translate("Kommandozeile", "{datum} liegt außerhalb der Jahre 2000 bis 2100").format(datum=text)
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    with _german_argparse():
        return _build_parser()


def _build_parser() -> argparse.ArgumentParser:
    db_help = "SQLite-Datei oder SQLAlchemy-URL (Standard: Einstellung, sonst die eingebettete Datenbank)"
    parser = _Parser(
        prog=PROG,
        description="IQ Desktop – Leitprojekte im IQ-Prozess steuern. Ohne Befehl startet das Programmfenster.",
        epilog=f"Einzelheiten zu Fehlern stehen in der Protokolldatei {paths.log_file()}.",
    )
    parser.add_argument("--db", metavar="PFAD_ODER_URL", help=db_help)
    parser.add_argument("--version", action="store_true", help="Programmversion zeigen")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="Hauptfenster auf der Datenbank öffnen, einmal zeichnen, beenden (ändert nichts)",
    )
    # --db may also follow the command; SUPPRESS keeps it from overwriting the global one.
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PFAD_ODER_URL", default=argparse.SUPPRESS, help=db_help)

    commands = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=_Parser)
    init = commands.add_parser(
        "init", parents=[common], help="Datenbank anlegen oder migrieren, Stammdaten ergänzen",
        description="Legt die Datenbank an oder bringt sie auf den aktuellen Stand und ergänzt die Stammdaten.",
    )
    init.add_argument("--demo", action="store_true",
                      help="eine leere Datenbank mit einem fiktiven Beispielportfolio füllen")
    check = commands.add_parser(
        "check", parents=[common], help="Regelprüfung ausgeben (Rückgabewert 1 bei offenen Befunden)",
        description="Prüft die Regeln des IQ-Prozesses; ändert nichts an der Datenbank.",
    )
    check.add_argument("--stichtag", type=_date, metavar="TT.MM.JJJJ",
                       help="Stichtag der Prüfung (Standard: heute)")
    commands.add_parser(
        "migrate", parents=[common], help="Datenbank auf den Schemastand dieses Programms bringen",
        description="Sichert die Datenbank und migriert sie auf den Schemastand dieses Programms.",
    )
    backup = commands.add_parser(
        "backup", parents=[common], help="eine geprüfte Sicherungskopie der Datenbank schreiben",
        description="Schreibt eine Sicherungskopie über die Sicherungsschnittstelle von SQLite (auch während "
                    "andere arbeiten) und prüft sie. Ändert nichts an der Datenbank.",
    )
    backup.add_argument("-o", "--output", required=True, metavar="DATEI", help="Zieldatei (darf nicht existieren)")
    restore = commands.add_parser(
        "restore", parents=[common], help="die Datenbank durch eine Sicherung ersetzen",
        description="Ersetzt die Datenbank durch eine Sicherungskopie, nachdem der aktuelle Stand gesichert "
                    "wurde. Verweigert, solange andere mit der Datenbank arbeiten.",
    )
    restore.add_argument("datei", metavar="DATEI", help="die Sicherungskopie (.sqlite)")
    schema_sql = commands.add_parser(
        "schema-sql", help="Tabellen und Migrationsskript als SQL für die Datenbankverwaltung ausgeben",
        description="Gibt die Tabellen (DDL) und das Migrationsskript für SQL Server oder PostgreSQL aus, "
                    "zum Prüfen durch die Datenbankverwaltung. Braucht keine Datenbank und ändert nichts.",
    )
    schema_sql.add_argument("--dialect", required=True, choices=("mssql", "postgresql"),
                            help="Datenbanksystem: mssql (Microsoft SQL Server) oder postgresql")
    screenshots = commands.add_parser(
        "screenshots", parents=[common], help="die Hauptansichten als PNG-Bilder speichern",
        description="Zeichnet die Hauptansichten auf der Datenbank und speichert sie als PNG (ändert nichts).",
    )
    screenshots.add_argument("-o", "--output", required=True, metavar="ORDNER", help="Zielordner")
    _add_export_excel_ics(commands, common)
    _add_export_word(_export_subcommands(commands, common), common)
    return parser


def _add_export_word(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    word = kinds.add_parser(
        "word", parents=[common], help="den Sachstandsbericht als Word-Datei schreiben",
        description="Schreibt den Sachstandsbericht (Word) für ein Leitprojekt, ein Korridorthema oder den ganzen "
                    "Prozess. Mit --sitzung wird vermerkt, welche Sachstände in der Sitzung berichtet wurden; sonst "
                    "ändert der Befehl nichts an der Datenbank.",
    )
    word.add_argument("-o", "--output", required=True, metavar="DATEI",
                      help="Zieldatei (.docx); eine vorhandene wird ersetzt")
    scope = word.add_mutually_exclusive_group()
    scope.add_argument("--korridor", metavar="NAME", help="nur die Leitprojekte dieses Korridorthemas")
    scope.add_argument("--projekt", metavar="TITEL_ODER_NR", help="nur dieses Leitprojekt (Titel oder Nummer)")
    word.add_argument("--gremium", metavar="NAME", help="das Gremium, dem berichtet wird (z. B. Hauptausschuss)")
    word.add_argument("--sitzung", type=_date, metavar="TT.MM.JJJJ",
                      help="Datum der Sitzung; eine öffentliche Sitzung bekommt keine nicht öffentlichen Inhalte")
    word.add_argument("--stichtag", type=_date, metavar="TT.MM.JJJJ", help="Stand des Berichts (Standard: heute)")
    word.add_argument("--vorlage", metavar="DATEI",
                      help="eigene Word-Vorlage (.docx oder .dotx) statt der mitgelieferten")
    word.set_defaults(export_handler=_cmd_export_word)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = build_parser()
    with _german_argparse():
        return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``iq-desktop``; returns the exit code."""
    from iq_desktop.logging_setup import configure_logging

    log_path = configure_logging()
    argv = sys.argv[1:] if argv is None else argv
    log.info("IQ Desktop %s: %s", __version__, " ".join(argv) or "(Programmfenster)")
    try:
        if not argv:  # the start menu's case: the window, without building the command-line parser
            from iq_desktop.app import run_gui

            return run_gui(_settings(), None)
        args = parse_arguments(argv)
        if (args.version or args.self_test) and args.command is not None:
            raise UsageError(
                translate("Kommandozeile",
                          "--version und --self-test stehen ohne Befehl, nicht zusammen mit „{befehl}“")
                .format(befehl=args.command)
            )
        if args.version:
            print(f"IQ Desktop {__version__}")
            return EXIT_OK
        if args.self_test:
            from iq_desktop.app import run_self_test

            return run_self_test(_settings(), args.db)
        if args.command is None:
            from iq_desktop.app import run_gui

            return run_gui(_settings(), args.db)
        return _COMMANDS[args.command](args)
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    except UsageError as exc:
        _error_line(f"{exc.message}. Hilfe: {PROG} --help")
        return EXIT_ERROR
    except IQError as exc:
        log.info("refused: %s", exc.message, exc_info=True)
        _error_line(exc.message)
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error_line("Abgebrochen.")
        return EXIT_ERROR
    except Exception:
        log.exception("unexpected error")
        _error_line(
            f"Unerwarteter Fehler – bitte der IT-Abteilung melden. Einzelheiten stehen im Protokoll: {log_path}"
        )
        return EXIT_ERROR


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


def _error_line(text: str) -> None:
    """One German line on stderr; the windowed program (no console on Windows) shows it in a box instead."""
    if sys.stderr is None:
        _error_box(text)
        return
    print(f"{PROG}: {' '.join(text.split())}", file=sys.stderr)


def _error_box(text: str) -> None:
    """A start that failed before the window (settings unreadable, …), said where a user sees it."""
    try:
        from PySide6.QtWidgets import QMessageBox

        from iq_desktop.app import make_application

        make_application()
        QMessageBox.critical(None, translate("Start", "IQ Desktop – Start nicht möglich"), text)
    except Exception:  # no display either: the log has it
        log.exception("showing the start error failed")


def _settings_template(settings):
    """The Word template named in the settings (None: the one shipped with the program)."""
    from pathlib import Path

    return Path(settings.bericht_vorlage) if settings.bericht_vorlage else None


def _settings():
    from iq_desktop.settings import Settings

    return Settings.load()


def _location(args: argparse.Namespace):
    from iq_desktop.db.location import resolve_location

    return resolve_location(args.db, _settings().datenbank)


def _cmd_init(args: argparse.Namespace) -> int:
    from iq_desktop.db.open import Zugriff, open_database

    settings = _settings()
    location = _location(args)
    database, report = open_database(
        location, Zugriff.ZUM_ARBEITEN, backup_dir=settings.backup_dir(), seed=True,
        shared=settings.datenbank_gemeinsam,
    )
    try:
        _print_open_report(report, location.display)
        if report.seeded:
            print(translate("Kommandozeile", "Stammdaten ergänzt: {n} Einträge").format(n=report.seeded))
        if args.demo:
            from iq_desktop.services.demo import fill_demo

            umfang = fill_demo(database)
            print(
                f"Demodaten geschrieben: {umfang.korridorthemen} Korridorthemen, "
                f"{umfang.leitprojekte} Leitprojekte, {umfang.personen} Personen, "
                f"{umfang.mitwirkungen} Mitwirkungen, {umfang.sachstaende} Sachstände, "
                f"{umfang.sitzungen} Sitzungen"
            )
    finally:
        database.close()
    return EXIT_OK


def _cmd_migrate(args: argparse.Namespace) -> int:
    from iq_desktop.db.open import Zugriff, open_database

    settings = _settings()
    location = _location(args)
    database, report = open_database(
        location, Zugriff.ZUM_ARBEITEN, backup_dir=settings.backup_dir(), must_exist=True,
        shared=settings.datenbank_gemeinsam,
    )
    database.close()
    _print_open_report(report, location.display)
    return EXIT_OK


def _print_open_report(report, display: str) -> None:
    if report.created:
        print(translate("Kommandozeile", "Datenbank angelegt: {db}").format(db=display))
    elif report.migrated_from:
        print(
            translate("Kommandozeile", "Datenbank migriert (von Schemastand {rev}): {db}")
            .format(rev=report.migrated_from, db=display)
        )
        if report.backup:
            print(translate("Kommandozeile", "Sicherung vorher: {pfad}").format(pfad=report.backup))
    else:
        print(translate("Kommandozeile", "Datenbank ist aktuell: {db}").format(db=display))


def _cmd_check(args: argparse.Namespace) -> int:
    from iq_desktop.db.open import Zugriff, open_database
    from iq_desktop.exports.rule_report import format_rule_report
    from iq_desktop.services.rules import check_rules
    from iq_desktop.services.terminology import load_terms

    settings = _settings()
    location = _location(args)
    if location.in_memory:
        raise UsageError("eine Datenbank im Arbeitsspeicher ist leer; bitte eine Datenbankdatei oder -adresse angeben")
    database, _ = open_database(location, Zugriff.ZUM_LESEN)
    try:
        bericht = check_rules(
            database, stichtag=args.stichtag, berichtszyklus_tage=settings.berichtszyklus_tage
        )
        print(format_rule_report(bericht, load_terms(database)))
    finally:
        database.close()
    return EXIT_FINDINGS if bericht.offen else EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from iq_desktop.db.backup import checked_backup
    from iq_desktop.db.open import Zugriff, open_database

    location = _location(args)
    if location.sqlite_path is None:
        raise IQError(translate(
            "Kommandozeile", "IQ Desktop sichert nur SQLite-Dateien; eine Server-Datenbank sichert die "
            "Datenbankverwaltung mit den Mitteln des Servers."))
    target = Path(args.output)
    if target.exists():
        raise IQError(translate(
            "Kommandozeile", "„{ziel}“ gibt es schon; eine Sicherung überschreibt nichts. Bitte einen neuen "
            "Dateinamen angeben.").format(ziel=target))
    database, _ = open_database(location, Zugriff.ZUM_LESEN)  # our database, at this program's schema
    database.close()
    print(checked_backup(location.sqlite_path, target))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from iq_desktop.db.open import Zugriff, open_database
    from iq_desktop.db.restore import restore_sqlite

    settings = _settings()
    location = _location(args)
    if location.sqlite_path is None:
        raise IQError(translate(
            "Kommandozeile", "IQ Desktop spielt nur Sicherungen von SQLite-Dateien zurück; eine Server-Datenbank "
            "stellt die Datenbankverwaltung mit den Mitteln des Servers wieder her."))
    report = restore_sqlite(Path(args.datei), location, settings.backup_dir())
    if report.previous is not None:
        print(translate("Kommandozeile", "Bisheriger Stand gesichert: {pfad}").format(pfad=report.previous))
    # the regular opening migrates an older backup and sets the journal for a shared file
    database, opened = open_database(location, Zugriff.ZUM_ARBEITEN, backup_dir=settings.backup_dir(),
                                     must_exist=True, shared=settings.datenbank_gemeinsam or report.was_shared)
    database.close()
    print(translate("Kommandozeile", "Sicherung zurückgespielt: {quelle} → {db}").format(
        quelle=args.datei, db=location.display))
    if opened.migrated_from:
        print(translate("Kommandozeile", "Die Sicherung hatte Schemastand {rev} und wurde migriert.").format(
            rev=opened.migrated_from))
    return EXIT_OK


def _cmd_schema_sql(args: argparse.Namespace) -> int:
    from iq_desktop.db.schema_sql import schema_sql

    sys.stdout.write(schema_sql(args.dialect))
    return EXIT_OK


def _cmd_screenshots(args: argparse.Namespace) -> int:
    from pathlib import Path

    from iq_desktop.app import render_screenshots

    for path in render_screenshots(_settings(), args.db, Path(args.output)):
        print(path)
    return EXIT_OK


# --- export excel, export ics -------------------------------------------------------------------------


def _export_subcommands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser):
    """The ``export`` command's own subcommands; whichever export registers first creates the group."""
    export = commands.choices.get("export")
    if export is None:
        export = commands.add_parser(
            "export", parents=[common], help="Übersichten, Berichte und Kalender als Datei schreiben",
            description="Schreibt eine Übersicht, einen Bericht oder den Kalender als Datei; ändert nichts an der "
                        "Datenbank.",
        )
        export.subcommands = export.add_subparsers(dest="ausgabe", metavar="AUSGABE", parser_class=_Parser,
                                                   required=True)
    return export.subcommands


def _add_export_excel_ics(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    subcommands = _export_subcommands(commands, common)
    excel = subcommands.add_parser(
        "excel", parents=[common], help="die Excel-Übersicht für die IQ-Lenkungsgruppe schreiben",
        description="Schreibt die Excel-Übersicht (Übersicht, Ampeln, Mitwirkung, Etappenziele, Risiken, Phasen, "
                    "Regelprüfung) zum Stichtag; ändert nichts an der Datenbank.",
    )
    excel.add_argument("-o", "--output", required=True, metavar="DATEI", help="Zieldatei (.xlsx); wird ersetzt")
    excel.add_argument("--stichtag", type=_date, metavar="TT.MM.JJJJ",
                       help="Stand der Übersicht und Stichtag der Regelprüfung (Standard: heute)")
    excel.set_defaults(export_handler=_cmd_export_excel)
    ics = subcommands.add_parser(
        "ics", parents=[common], help="Etappenziele und Sitzungen als Kalenderdatei schreiben",
        description="Schreibt die Etappenziele und Sitzungen als iCalendar-Datei, die Outlook importiert; ein "
                    "erneuter Import aktualisiert die Termine. Ändert nichts an der Datenbank.",
    )
    ics.add_argument("-o", "--output", required=True, metavar="DATEI", help="Zieldatei (.ics); wird ersetzt")
    ics.set_defaults(export_handler=_cmd_export_ics)


def _export_target(output: str, suffix: str):
    from pathlib import Path

    target = Path(output)
    if target.suffix.lower() != suffix:
        raise UsageError(translate("Kommandozeile", "die Zieldatei „{ziel}“ braucht die Endung {endung}").format(
            ziel=output, endung=suffix))
    return target


@contextlib.contextmanager
def _reading_database(args: argparse.Namespace):
    """The database opened read-only, never migrated (cli.md: exports never write)."""
    from iq_desktop.db.open import Zugriff, open_database

    location = _location(args)
    if location.in_memory:
        raise UsageError("eine Datenbank im Arbeitsspeicher ist leer; bitte eine Datenbankdatei oder -adresse angeben")
    database, _ = open_database(location, Zugriff.ZUM_LESEN)
    try:
        yield database
    finally:
        database.close()


def _cmd_export(args: argparse.Namespace) -> int:
    return args.export_handler(args)


def _cmd_export_excel(args: argparse.Namespace) -> int:
    from iq_desktop.exports.excel_overview import write_excel_overview

    target = _export_target(args.output, ".xlsx")
    with _reading_database(args) as database:
        path = write_excel_overview(database, target, stichtag=args.stichtag,
                                    berichtszyklus_tage=_settings().berichtszyklus_tage)
    print(translate("Kommandozeile", "Excel-Übersicht geschrieben: {pfad}").format(pfad=path))
    return EXIT_OK


def _cmd_export_ics(args: argparse.Namespace) -> int:
    from iq_desktop.exports.calendar import write_calendar

    target = _export_target(args.output, ".ics")
    with _reading_database(args) as database:
        path = write_calendar(database, target)
    print(translate("Kommandozeile", "Kalender geschrieben: {pfad}").format(pfad=path))
    return EXIT_OK

def _cmd_export_word(args: argparse.Namespace) -> int:
    from pathlib import Path

    from iq_desktop.db.open import Zugriff, open_database
    from iq_desktop.exports.word_report import check_target, export_word_report
    from iq_desktop.formatting import format_date
    from iq_desktop.services import corridors, meetings, portfolio
    from iq_desktop.services.terminology import load_terms

    settings = _settings()
    location = _location(args)
    if location.in_memory:
        raise UsageError("eine Datenbank im Arbeitsspeicher ist leer; bitte eine Datenbankdatei oder -adresse angeben")
    target = check_target(Path(args.output))
    database, _ = open_database(location, Zugriff.ZUM_LESEN)
    try:
        korridor_id = corridors.korridorthema_id(database, args.korridor) if args.korridor else None
        projekt_id = portfolio.projekt_id_for(database, args.projekt) if args.projekt else None
        gremium_id = meetings.gremium_id(database, args.gremium) if args.gremium else None
        sitzung_id = None
        if args.sitzung is not None:
            sitzung_id = meetings.sitzung_id_on(database, datum=args.sitzung, gremium_id=gremium_id)
            # the report history is the one thing this command writes: only now open for work
            database.close()
            database, _ = open_database(location, Zugriff.ZUM_ARBEITEN, backup_dir=settings.backup_dir(),
                                        must_exist=True, shared=settings.datenbank_gemeinsam)
        bericht = export_word_report(
            database, target, korridor_id=korridor_id, projekt_id=projekt_id, gremium_id=gremium_id,
            sitzung_id=sitzung_id, stichtag=args.stichtag, autor=settings.bericht_autor,
            organisation=settings.bericht_organisation,
            template=Path(args.vorlage) if args.vorlage else _settings_template(settings),
        )
        begriffe = load_terms(database)
    finally:
        database.close()
    print(translate("Kommandozeile", "Sachstandsbericht geschrieben: {pfad} ({n} {art})").format(
        pfad=bericht.pfad, n=bericht.projekte,
        art=begriffe.leitprojekt if bericht.projekte == 1 else begriffe.leitprojekte))
    if bericht.sitzung is not None:
        sitzung = translate("Kommandozeile", "{g} am {d}").format(
            g=bericht.sitzung.gremium, d=format_date(bericht.sitzung.datum))
        if bericht.verknuepft == 0:
            print(translate("Kommandozeile", "Kein Sachstand neu als in der Sitzung {s} berichtet vermerkt (die "
                            "berichteten waren schon einer Sitzung zugeordnet).").format(s=sitzung))
        elif bericht.verknuepft == 1:
            print(translate("Kommandozeile", "Als in der Sitzung {s} berichtet vermerkt: ein Sachstand").format(
                s=sitzung))
        else:
            print(translate("Kommandozeile", "Als in der Sitzung {s} berichtet vermerkt: {n} Sachstände").format(
                s=sitzung, n=bericht.verknuepft))
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": _cmd_init,
    "check": _cmd_check,
    "backup": _cmd_backup,
    "migrate": _cmd_migrate,
    "restore": _cmd_restore,
    "schema-sql": _cmd_schema_sql,
    "screenshots": _cmd_screenshots,
    "export": _cmd_export,
}
