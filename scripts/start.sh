#!/usr/bin/env bash
# Installs IQ Desktop (once) and starts it on its embedded default database.
#   scripts/start.sh            # start
#   scripts/start.sh --demo     # fill an empty database with the fictional demo portfolio first
# Further arguments go to iq-desktop (e.g. --db PFAD).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup-env.sh gui

demo=0
args=()
for argument in "$@"; do
    if [ "$argument" = "--demo" ]; then demo=1; else args+=("$argument"); fi
done
if [ "$demo" -eq 1 ]; then
    # Refuses (and says so) when the database already holds projects; the program starts anyway.
    .venv/bin/iq-desktop init --demo "${args[@]}" || true
fi
exec .venv/bin/iq-desktop "${args[@]}"
