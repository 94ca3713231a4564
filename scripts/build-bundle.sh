#!/usr/bin/env bash
# Builds the Linux bundle dist/IQ-Desktop/ from installer/iq-desktop.spec, the same spec the
# Windows build uses (installer/build-windows.ps1; installer/README.md explains both):
#
#   scripts/build-bundle.sh
#
# Prepares .venv with scripts/setup-env.sh when it is missing, installs PyInstaller (the `bundle`
# extra of pyproject.toml) only when it is not there yet, and installs objdump (binutils), which
# PyInstaller's dependency analysis needs on Linux. Compiles the translations when
# scripts/build_translations.py exists, draws the icon only when its files are missing, then runs
# PyInstaller and prints the bundle's size. scripts/check-bundle.sh runs the result.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf 'bundle: %s\n' "$*" >&2; }
started=$SECONDS

if [ ! -x .venv/bin/python ]; then
    scripts/setup-env.sh gui
fi
python=.venv/bin/python

# PyInstaller reads the libraries' dependencies with objdump and ldd
if ! command -v objdump >/dev/null 2>&1; then
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "objdump fehlt (Paket binutils); bitte installieren"; exit 1
    fi
    runner=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { say "objdump fehlt: apt-get install binutils (als Administrator)"; exit 1; }
        runner=(sudo)
    fi
    say "installiere binutils (objdump)"
    "${runner[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi

if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
    # the version range lives in one place: pyproject.toml's `bundle` extra
    mapfile -t requirements < <("$python" -c '
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["optional-dependencies"]["bundle"]))')
    say "installiere ${requirements[*]} in .venv (Ausgabe in build/pip-bundle.log)"
    mkdir -p build
    if ! "$python" -m pip install --disable-pip-version-check "${requirements[@]}" > build/pip-bundle.log 2>&1; then
        cat build/pip-bundle.log >&2
        say "Installation von PyInstaller fehlgeschlagen (siehe oben)"
        exit 1
    fi
fi
say "PyInstaller $("$python" -c 'import PyInstaller; print(PyInstaller.__version__)')"

if [ -f scripts/build_translations.py ]; then
    say "übersetze (scripts/build_translations.py)"
    "$python" scripts/build_translations.py
fi
QT_QPA_PLATFORM=offscreen "$python" scripts/build_icon.py --if-missing >&2

say "baue dist/IQ-Desktop/ (Protokoll: build/pyinstaller.log)"
mkdir -p build
if ! "$python" -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller \
        installer/iq-desktop.spec > build/pyinstaller.log 2>&1; then
    tail -n 40 build/pyinstaller.log >&2
    say "PyInstaller ist gescheitert (ganzes Protokoll: build/pyinstaller.log)"
    exit 1
fi
grep -E '^IQ Desktop:|^WARNUNG' build/pyinstaller.log | cut -c1-200 >&2 || true

files=$(find dist/IQ-Desktop -type f | wc -l)
say "fertig in $((SECONDS - started)) s: dist/IQ-Desktop/ $(du -sh dist/IQ-Desktop | cut -f1), $files Dateien"
