"""Every screen speaks one language: English throughout in English, German throughout in German.

The walk (tests/gui/walk.py) visits the real main window on the demo database
and its dialogs. In English, every translation lookup made meanwhile must find
an English text in our catalogue, and no visible text may still look German
(apart from the demo data, names and the organisation's IQ terms). In German,
no visible text may be English (Qt's own buttons and menus included).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .walk import LookupRecorder, Seen, collect

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from iq_desktop.db.database import Database
    from iq_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

#: words that give German away in an English text (case-insensitive, whole words)
GERMAN_WORDS = frozenset((
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und",
    "oder", "nicht", "ist", "sind", "wird", "werden", "wurde", "wurden", "mit", "für", "von", "vom", "zum",
    "zur", "bei", "bis", "seit", "im", "auf", "aus", "nach", "noch", "kein", "keine", "keinen", "alle",
    "allen", "bitte", "nur", "auch", "über", "unter", "vor", "wie", "wenn", "dass", "sich", "sie", "wir",
    "hat", "haben", "gibt", "neu", "neue", "neuer", "neues", "neuen", "geplant", "laufend", "pausiert",
    "abgeschlossen", "abgebrochen", "offen", "erreicht", "entfallen", "geschlossen", "gelb", "rot", "zurück",
    "speichern", "verwerfen", "abbrechen", "löschen", "schließen", "öffnen", "bearbeiten", "suchen", "suche",
    "ansicht", "datei", "hilfe", "ja", "nein", "heute", "morgen", "tage", "tagen", "seite", "ohne", "keines",
    "jeder", "jede", "erste", "letzte",
    # the domain's nouns, which carry no umlaut to give them away
    "phasen", "sitzung", "sitzungen", "gremium", "gremien", "etappenziel", "etappenziele", "risiken",
    "entscheidung", "entscheidungen", "sachstand", "mitwirkung", "mitwirkungen", "steckbrief", "personen",
    "ampel", "stichtag", "befund", "befunde", "ausnahme", "dezernat", "dezernate", "amt", "abteilung",
    "projektleitung", "zustimmung", "benennung", "zielvereinbarung", "zielvereinbarungen", "doppelhaushalt",
    "beginn", "ende", "titel", "beschreibung", "ziele", "datum", "bemerkung", "ergebnis", "vorlage", "bericht",
    "berichte", "kalender", "protokoll", "einstellungen", "eintrag", "zeitraum", "neu", "anlegen", "wird",
    "geladen", "gespeichert", "bitte", "filtern", "anzeigen", "hinzufügen", "entfernen", "zuordnen",
))
#: words that give English away in a German text (case-sensitive for the capitalised UI words)
ENGLISH_WORDS = frozenset((
    "the", "and", "of", "to", "with", "for", "is", "are", "not", "from", "this", "that", "your", "you", "new",
    "New", "Cancel", "Save", "Open", "File", "Files", "Close", "Yes", "No", "Apply", "Help", "Settings",
    "Select", "Error", "Warning", "Edit", "View", "Delete", "Undo", "Redo", "Cut", "Copy", "Paste", "All",
    "Today", "Previous", "Next", "Month", "Year", "Search", "Clear", "Reset", "Back", "Forward", "Discard",
    "Retry", "Abort", "Ignore", "Options", "Loading", "Please", "Look", "Directory", "Folder", "Folders",
    "Type", "Size", "Date", "Modified", "Print", "Quit", "Exit", "About", "Show", "Hide", "Choose",
    "Add", "Remove", "Move", "Up", "Down", "Unknown", "None", "Recent", "Places",
    "Sunday", "Monday", "January",
))
#: proper names and words both languages use
ALLOWED = (
    "IQ Desktop", "Excel", "Word", "Outlook", "PDF", "OK", "LibreOffice", "SQLite", "PostgreSQL",
    "SQL Server", "iCalendar", "Digital Change Advisor", "DCA", "Kick-off", "E-Mail", "Karlsruhe",
    "Stabsstelle VME", "VME", "IT",
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, written once for the module (it takes a few seconds)."""
    from iq_desktop.db.location import resolve_location
    from iq_desktop.db.open import Zugriff, open_database
    from iq_desktop.services.demo import fill_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database, _ = open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN)
    try:
        fill_demo(database)
    finally:
        database.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    from iq_desktop.db.location import resolve_location
    from iq_desktop.db.open import Zugriff, open_database

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    database, _ = open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN)
    yield database
    database.close()


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues() -> None:
    """The .qm files as the build writes them (skipped when current)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)


def data_texts(path: Path) -> list[str]:
    """Every text stored in the database (titles, names, descriptions …), longest first.

    Stored codes of the closed vocabularies ("laufend", "gruen") are left out: shown
    untranslated they would be a fault, not data.
    """
    from iq_desktop import enums

    codes = {str(member) for name in dir(enums) for member in getattr(getattr(enums, name), "__members__", {})
             .values()}
    found: set[str] = set()
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):  # names from the schema
                found.update(v.strip() for v in row if isinstance(v, str) and len(v.strip()) > 1)
    return sorted(found - codes, key=len, reverse=True)


def without(texts: list[str], text: str) -> str:
    """``text`` with file paths and every occurrence of the given texts (as whole words) blanked out."""
    text = re.sub(r"(?:[A-Za-z]:\\|/)[^\s·]+", " ", text)
    for known in texts:
        if known in text:
            text = re.sub(rf"(?<!\w){re.escape(known)}(?!\w)", " ", text)
    return text


def walk_in(sprache: str, make_window: Callable[..., MainWindow], db: Database,
            on_screen: Callable[[str, QWidget], None] | None = None) -> tuple[list[Seen], LookupRecorder]:
    """The walk with the translators of ``sprache`` and a recorder asked before them; German afterwards."""
    from iq_desktop.app import make_application

    app = make_application(sprache=sprache)
    recorder = LookupRecorder()
    app.installTranslator(recorder)
    try:
        window = make_window(db)
        seen = collect(window, db, on_screen)
    finally:
        app.removeTranslator(recorder)
        make_application(sprache="de")
    assert len(seen) > 1000, f"the walk saw only {len(seen)} texts"
    return seen, recorder


def qt_own(context: str) -> bool:
    """A lookup Qt makes for its own texts ("QPlatformTheme", "QLineEdit", …)."""
    return context.startswith("Q")


def test_every_text_looked_up_on_the_english_walk_has_an_english_translation(
    make_window: Callable[..., MainWindow], demo_db: Database, no_modal_dialogs: None
) -> None:
    from PySide6.QtCore import QTranslator

    from iq_desktop.ui.translations import CATALOGUE_DIR

    _seen, recorder = walk_in("en", make_window, demo_db)
    english = QTranslator()
    assert english.load("iq_desktop_en", str(CATALOGUE_DIR)), "iq_desktop_en.qm missing"
    missing = sorted({
        run[0] for run in recorder.lookups()
        if not qt_own(run[0][0]) and not any(english.translate(context, source) for context, source in run)
    })
    assert not missing, f"{len(missing)} texts without English:\n" + "\n".join(
        f"  [{context}] {source!r}" for context, source in missing)


def test_nothing_on_the_english_walk_looks_german(
    make_window: Callable[..., MainWindow], demo_db: Database, demo_file: Path, no_modal_dialogs: None
) -> None:
    from iq_desktop.services.begriffe import Begriffe

    seen, _ = walk_in("en", make_window, demo_db)
    known = sorted([*data_texts(demo_file), *Begriffe.original().format_args().values(), *ALLOWED],
                   key=len, reverse=True)
    german = []
    for item in dict.fromkeys(seen):
        rest = without(known, item.text)
        words = re.findall(r"\w+", rest)
        if any(w.casefold() in GERMAN_WORDS or re.search(r"[äöüÄÖÜß]", w) for w in words):
            german.append(item)
    assert not german, f"{len(german)} texts look German:\n" + "\n".join(f"  {s}" for s in german)


def test_nothing_on_the_german_walk_is_english(
    make_window: Callable[..., MainWindow], demo_db: Database, demo_file: Path, no_modal_dialogs: None
) -> None:
    seen, _ = walk_in("de", make_window, demo_db)
    known = sorted([*data_texts(demo_file), *ALLOWED], key=len, reverse=True)
    english = []
    for item in dict.fromkeys(seen):
        rest = without(known, item.text)
        words = re.findall(r"[\w:]+", rest)
        if any(w in ENGLISH_WORDS or w.casefold() in {"the", "and", "of", "to", "with", "your", "you"}
               for w in words):
            english.append(item)
    assert not english, f"{len(english)} texts are English:\n" + "\n".join(f"  {s}" for s in english)


@pytest.mark.parametrize("sprache", ["de", "en"])
def test_alt_letters_are_unique_on_every_screen(
    sprache: str, make_window: Callable[..., MainWindow], demo_db: Database, no_modal_dialogs: None
) -> None:
    """Translating must not give two controls of one screen the same Alt+letter (the menus included)."""
    from .mnemonics import alt_letters, used_twice

    twice: list[str] = []

    def check(name: str, widget: QWidget) -> None:
        twice.extend(f"{name}: {text!r}" for _letter, text in used_twice(alt_letters(widget)))

    walk_in(sprache, make_window, demo_db, check)
    assert not twice, "Alt+letters used twice:\n" + "\n".join(twice)


def test_the_languages_switch_and_a_missing_catalogue_leaves_german(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from iq_desktop.app import make_application
    from iq_desktop.ui import translations

    def cancel() -> tuple[str, str]:
        return (QCoreApplication.translate("Dialoge", "&Abbrechen"),
                QCoreApplication.translate("QPlatformTheme", "Cancel"))

    try:
        make_application(sprache="en")
        assert cancel() == ("&Cancel", "Cancel")
        assert QLocale().name() == "en_DE"  # English words, German numbers; dates have explicit formats
        make_application(sprache="de")
        assert cancel() == ("&Abbrechen", "Abbrechen")
        assert QLocale().name() == "de_DE"

        monkeypatch.setattr(translations, "CATALOGUE_DIR", tmp_path)  # a checkout without the build step
        translations.install_translators(QCoreApplication.instance(), "en")
        assert cancel() == ("&Abbrechen", "Cancel")
        assert "iq_desktop_en.qm not found" in caplog.text
    finally:
        monkeypatch.undo()
        translations.install_translators(QCoreApplication.instance(), "de")


def test_the_frozen_program_finds_qts_catalogues_beside_itself(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    from iq_desktop.ui import translations

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert tmp_path / "PySide6" / "Qt" / "translations" in translations.qt_translation_dirs()


def test_with_the_current_terms_no_screen_shows_an_original_one(
    make_window: Callable[..., MainWindow], demo_db: Database, demo_file: Path, no_modal_dialogs: None
) -> None:
    """The organisation's terms on every screen: switched to Zukunftsthema/-projekt/-beauftragte, the walk
    finds Korridorthema, Leitprojekt or Korridorbeauftragte only where the users wrote them (data)."""
    from iq_desktop.services.begriffe import Begriffe
    from iq_desktop.services.terminology import Begriffsfassung, set_terms

    set_terms(demo_db, Begriffsfassung.ZUKUNFT)
    seen, _ = walk_in("de", make_window, demo_db)
    terms = set(Begriffe.original().format_args().values())  # the demo file's own term table is no data
    known = sorted([t for t in data_texts(demo_file) if t not in terms] + list(ALLOWED), key=len, reverse=True)
    # the choice between the two sets names both, on purpose
    choice = ("Korridorthema, Leitprojekt, Korridorbeauftragte (Regeln von 2017)",)
    original = [item for item in dict.fromkeys(seen)
                if item.text not in choice
                and item.screen != "Willkommen"  # the first start knows no database, hence no terms yet
                and not item.text.startswith(("Genitiv: ", "Plural: ", "Singular: "))  # the trail of the switch
                and re.search(r"Leitprojekt|Korridorthem|Korridorbeauftragt", without(known, item.text))]
    assert any("Zukunftsprojekt" in item.text for item in seen)
    assert not original, f"{len(original)} texts name an original term:\n" + "\n".join(f"  {s}" for s in original)
