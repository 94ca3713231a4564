#!/usr/bin/env bash
# Installs IQ Desktop with its test tools (once) and runs the whole test suite headless, with a
# throwaway PostgreSQL server on loopback for the storage tests (scripts/with-postgres.sh).
# Arguments go to pytest (e.g. scripts/test.sh tests/unit -k regel).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup-env.sh test
export QT_QPA_PLATFORM=offscreen
# pytest exits 5 when it collected no test: that fails this script too.
exec scripts/with-postgres.sh .venv/bin/python -m pytest -p no:cacheprovider "$@"
