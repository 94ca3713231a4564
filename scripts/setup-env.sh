#!/usr/bin/env bash
# Prepares this checkout on Debian/Ubuntu: the system libraries Qt needs, a Python >= 3.11
# virtual environment in .venv and the package in it. Skips every step that is already done.
#
#   scripts/setup-env.sh gui    # libraries for a real window
#   scripts/setup-env.sh test   # libraries for offscreen Qt, and for a real window on a virtual
#                               # screen (Xvfb), where a test runs the start-up benchmark's tools;
#                               # the PostgreSQL server the storage tests run against
# Both install the package with its test and benchmark tools and the PostgreSQL driver (pytest,
# pytest-qt, python-xlib, psycopg: small), so switching between starting and testing never reinstalls.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

variant="${1:-test}"

# Offscreen Qt (tests, --self-test) needs these; a real window needs the xcb family too.
packages_offscreen=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
packages_window=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
                 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)

say() { printf 'setup: %s\n' "$*" >&2; }

ensure_debian_packages() {
    command -v dpkg-query >/dev/null 2>&1 || { say "kein Debian-System: bitte selbst installieren: $*"; return 0; }
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local runner=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then runner=(sudo); else
            say "es fehlen Systempakete; bitte als Administrator installieren: apt-get install ${missing[*]}"
            exit 1
        fi
    fi
    say "installiere Systempakete: ${missing[*]}"
    "${runner[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    say "Python 3.11 oder neuer wird benötigt (Debian: apt-get install python3)"
    exit 1
}

case "$variant" in
    gui) ensure_debian_packages "${packages_offscreen[@]}" "${packages_window[@]}" ;;
    # LibreOffice (headless) and poppler: the exports are converted to PDF and read back in the tests;
    # Liberation fonts: Arial's metric twins, so a PDF breaks lines where Word would;
# Free Pascal: compiles the installer's JSON code (installer/iq-desktop.iss) to test its escaping
    test) ensure_debian_packages "${packages_offscreen[@]}" "${packages_window[@]}" xvfb postgresql \
              libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2 \
              fp-compiler ;;
    *) say "unbekannte Variante: $variant (gui oder test)"; exit 2 ;;
esac

python="$(find_python)"
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys' 2>/dev/null; then
    if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
        ensure_debian_packages python3-venv
    fi
    say "lege virtuelle Umgebung .venv an ($("$python" --version))"
    rm -rf .venv
    "$python" -m venv .venv
fi

# Reinstall only when pyproject.toml changed.
stamp=".venv/.iq-desktop-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || ! grep -qxF "$want" "$stamp" 2>/dev/null; then
    say "installiere IQ Desktop in .venv (Ausgabe in .venv/pip.log)"
    if ! { .venv/bin/python -m pip install --disable-pip-version-check --upgrade pip &&
           .venv/bin/python -m pip install --disable-pip-version-check -e ".[test,bench,postgres]"; } > .venv/pip.log 2>&1; then
        cat .venv/pip.log >&2
        say "Installation fehlgeschlagen (siehe oben)"
        exit 1
    fi
    echo "$want" > "$stamp"
fi

# The compiled translation catalogues (.qm, not in git) from resources/translations/*.ts; skipped when current.
.venv/bin/python scripts/build_translations.py >&2 || { say "Übersetzungen konnten nicht gebaut werden"; exit 1; }
