"""Extract the translatable texts into resources/translations/*.ts with pyside6-lupdate.

    .venv/bin/python scripts/update_translations.py [--check]

German is the source language: the texts are written in German in the code,
inside ``self.tr("…")``, ``translate("Kontext", "…")`` (``iq_desktop.i18n`` or
``QCoreApplication``) or ``QT_TRANSLATE_NOOP("Kontext", "…")``. lupdate reads
only string literals there: a context held in a variable, a helper that hides
the context, or a call inside an f-string is skipped without a warning
(tests/unit/test_catalogue.py catches those).

Both catalogues keep their translations; texts that vanished from the code are
dropped (``-no-obsolete``); locations are relative, so a diff shows moved lines
as small numbers. ``iq_desktop_de.ts`` (de_DE) lets German wording be changed
without touching code; ``iq_desktop_en.ts`` is the English catalogue. After
running this, translate what is new or unfinished (Qt Linguist, or the XML),
then ``scripts/build_translations.py`` compiles both.

``--check``: extract into a temporary folder and fail (exit 1) when a
catalogue would change its messages, without writing anything.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "iq_desktop"
TS_DIR = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "de_DE"
#: catalogue file -> its target language
CATALOGUES = {"iq_desktop_de.ts": "de_DE", "iq_desktop_en.ts": "en"}


def tool(name: str) -> str:
    """A Qt tool of the PySide6 in this interpreter's environment (bin/ or Scripts\\), else from PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} nicht gefunden: bitte PySide6 in dieser Umgebung installieren")
    return found


def python_sources() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(target: Path, language: str) -> None:
    """Extract every Python source into ``target`` (merged with what it holds)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in python_sources()) + "\n")
    try:
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative",
             "-source-language", SOURCE_LANGUAGE, "-target-language", language,
             f"@{listing.name}", "-ts", str(target)],
            check=True, cwd=ROOT,
        )
    finally:
        Path(listing.name).unlink()


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a catalogue."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def check() -> int:
    """Exit code 1 when extracting now would add or drop messages in a catalogue."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        run_lupdate(fresh, "en")
        extracted = messages(fresh)
    status = 0
    for name in CATALOGUES:
        held = messages(TS_DIR / name) if (TS_DIR / name).exists() else set()
        new, gone = extracted - held, held - extracted
        if new or gone:
            status = 1
            print(f"{name}: {len(new)} neu, {len(gone)} entfallen – scripts/update_translations.py ausführen")
            for context, source in sorted(new)[:20]:
                print(f"  + [{context}] {source[:100]}")
            for context, source in sorted(gone)[:20]:
                print(f"  - [{context}] {source[:100]}")
    print(f"{len(extracted)} Texte im Code")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="nur prüfen, nichts schreiben")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for name, language in CATALOGUES.items():
        target = TS_DIR / name
        before = messages(target) if target.exists() else set()
        run_lupdate(target, language)
        after = messages(target)
        print(f"{target.relative_to(ROOT)}: {len(after)} Texte ({len(after - before)} neu, "
              f"{len(before - after)} entfallen)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
