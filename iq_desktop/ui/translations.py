"""Qt's translators for the program's language: Qt's own texts and the program's catalogue.

German is the source language: without any catalogue the program speaks
German. "de" adds Qt's own German texts (``qtbase_de``: "Abbrechen" on
standard buttons, the context menu of a text field) and the German catalogue
(wording changed without touching code); "en" adds the English catalogue and
Qt's English texts where present. The catalogues are compiled by
``scripts/build_translations.py`` into ``iq_desktop/resources/translations``;
a checkout that skipped that step logs a warning and shows German.

The locale stays German in German and is English-in-Germany (``en_DE``) in
English: month and day names in English, numbers with a decimal comma, weeks
from Monday; dates are written dd.mm.yyyy in both (explicit formats).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("de", "en")
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
_LOCALES = {
    "de": (QLocale.Language.German, QLocale.Country.Germany),
    "en": (QLocale.Language.English, QLocale.Country.Germany),
}
#: the translators installed last, removed before others are installed (tests switch languages)
_installed: list[QTranslator] = []


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues are: Qt's library path, and in the frozen program PySide6's folder."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder build
    if bundle:
        dirs += [Path(bundle) / "PySide6" / "Qt" / "translations", Path(bundle) / "PySide6" / "translations"]
    return dirs


def _load(app: QCoreApplication, name: str, dirs: list[Path]) -> QTranslator | None:
    translator = QTranslator(app)
    for folder in dirs:
        if translator.load(name, str(folder)):
            return translator
    translator.deleteLater()
    return None


def install_translators(app: QCoreApplication, sprache: str) -> list[QTranslator]:
    """Install the translators for ``sprache`` ("de" or "en") in place of earlier ones; returns them.

    Never fails: a missing catalogue is logged, and its texts stay German (the source).
    """
    if sprache not in LANGUAGES:
        log.warning("unknown language %r, German is used", sprache)
        sprache = "de"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(*_LOCALES[sprache]))

    qt_own = _load(app, f"qtbase_{sprache}", qt_translation_dirs())
    if qt_own is None and sprache == "de":  # English is Qt's source language: nothing lost there
        log.warning("Qt's German texts (qtbase_de.qm) not found in %s", [str(d) for d in qt_translation_dirs()])
    ours = _load(app, f"iq_desktop_{sprache}", [CATALOGUE_DIR])
    if ours is None:
        log.warning("catalogue iq_desktop_%s.qm not found in %s (scripts/build_translations.py builds it); "
                    "the texts stay German", sprache, CATALOGUE_DIR)
    for translator in (qt_own, ours):  # the last installed is asked first
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)
