"""Compile resources/translations/*.ts into iq_desktop/resources/translations/*.qm with pyside6-lrelease.

    .venv/bin/python scripts/build_translations.py [--force]

The .qm files are build output (not in git): scripts/setup-env.sh runs this
after installing the package, and the program finds them inside the package
(``iq_desktop.ui.translations``). A catalogue whose .qm is newer than its .ts
is skipped, so an up-to-date checkout costs only the interpreter's start.
Unfinished translations are left out (``-nounfinished``): lupdate may carry an
old translation over to a changed German text and mark it unfinished, and its
placeholders may no longer fit.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "iq_desktop" / "resources" / "translations"


def lrelease() -> str:
    # same lookup as update_translations.tool(), kept here so this script imports nothing of ours
    import shutil

    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease nicht gefunden: bitte PySide6 in dieser Umgebung installieren")
    return found


def stale(ts: Path, qm: Path) -> bool:
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="auch aktuelle Kataloge neu übersetzen")
    args = parser.parse_args(argv)
    catalogues = sorted(TS_DIR.glob("*.ts"))
    if not catalogues:
        print(f"keine Kataloge in {TS_DIR}", file=sys.stderr)
        return 1
    todo = [(ts, QM_DIR / f"{ts.stem}.qm") for ts in catalogues]
    todo = [(ts, qm) for ts, qm in todo if args.force or stale(ts, qm)]
    if not todo:
        return 0
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts, qm in todo:
        result = subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True)
        if result.returncode != 0 or not qm.exists():
            sys.stderr.write(result.stdout + result.stderr)
            print(f"{ts.name} konnte nicht übersetzt werden", file=sys.stderr)
            return 1
        print(f"{qm.relative_to(ROOT)} geschrieben")
    return 0


if __name__ == "__main__":
    sys.exit(main())
