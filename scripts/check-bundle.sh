#!/usr/bin/env bash
# Runs the built bundle (dist/IQ-Desktop/, from scripts/build-bundle.sh) the way IT would, offscreen:
#
#   scripts/check-bundle.sh
#
# With the console executable: a demo database created by the bundle itself (init --demo), the
# self-test (the real main window, rendered once), the Excel overview and the Word report (the
# bundled openpyxl and the Word template), the DDL for SQL Server (the bundled dialects and
# migrations). Settings and logs go to a temporary folder, not the user's. Fails when any step
# fails or when the bundle wrote into its own folder (the program writes only under platformdirs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf 'bundle-check: %s\n' "$*" >&2; }
bundle=dist/IQ-Desktop
konsole="$bundle/iq-desktop-konsole"
[ -x "$konsole" ] || { say "kein Bündel in $bundle: zuerst scripts/build-bundle.sh"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
db="$work/demo.sqlite"
touch "$work/vorher"
sleep 1  # file times in whole seconds on some file systems

step() {
    local name="$1"; shift
    local begun=$SECONDS
    if ! "$@" > "$work/out.txt" 2>&1; then
        cat "$work/out.txt" >&2
        find "$work/state" -name '*.log' -exec tail -n 30 {} + >&2 2>/dev/null || true
        say "FEHLER bei: $name"
        exit 1
    fi
    say "ok ($((SECONDS - begun)) s) $name: $(grep -v '^[[:space:]]*$' "$work/out.txt" | tail -n 1 | cut -c1-150)"
}

step "--version" "$konsole" --version
step "init --demo" "$konsole" --db "$db" init --demo
step "--self-test" "$konsole" --self-test --db "$db"
step "export excel" "$konsole" export excel -o "$work/uebersicht.xlsx" --db "$db"
step "export word" "$konsole" export word -o "$work/bericht.docx" --db "$db"
step "schema-sql --dialect mssql" "$konsole" schema-sql --dialect mssql
# the English catalogue is bundled and loaded: the self-test then reports in English
mkdir -p "$work/config/IQ-Desktop"
printf '{"version": 2, "sprache": "en"}\n' > "$work/config/IQ-Desktop/einstellungen.json"
step "--self-test (English)" "$konsole" --self-test --db "$db"
grep -q "^Self-test passed" "$work/out.txt" || { say "FEHLER: die englische Übersetzung fehlt im Bündel"; exit 1; }
rm "$work/config/IQ-Desktop/einstellungen.json"
guide="$(find "$bundle" -path '*/docs/benutzerhandbuch.md' | head -n 1)"
[ -n "$guide" ] || { say "FEHLER: das Benutzerhandbuch fehlt im Bündel"; exit 1; }
for file in uebersicht.xlsx bericht.docx; do
    [ -s "$work/$file" ] || { say "FEHLER: $file fehlt oder ist leer"; exit 1; }
done

written="$(find "$bundle" -newer "$work/vorher" | head -n 5)"
if [ -n "$written" ]; then
    say "FEHLER: das Programm hat in seinen eigenen Ordner geschrieben:"
    printf '%s\n' "$written" >&2
    exit 1
fi
say "Bündel geprüft: $(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) Dateien"
