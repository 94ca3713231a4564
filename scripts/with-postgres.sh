#!/usr/bin/env bash
# Runs a command next to a throwaway PostgreSQL server on loopback (the storage tests' second backend):
#
#   scripts/with-postgres.sh .venv/bin/python -m pytest tests/storage
#
# initdb into a temporary folder, listen on 127.0.0.1 only (a free port), trust for local connections,
# start with pg_ctl; the command finds the server's address in IQ_TEST_POSTGRES_URL
# (postgresql+psycopg://postgres@127.0.0.1:PORT/postgres). When the command ends, the server stops
# and the folder is removed. PostgreSQL refuses to run as root: as root the server runs as the
# `postgres` system user. When no server starts, the command runs without the address: the tests
# that need it skip, or fail when CI is set. An address already in IQ_TEST_POSTGRES_URL (a server of
# one's own; the tests create and drop databases there) is used as it is, and nothing is started.
set -euo pipefail

say() { printf 'postgres: %s\n' "$*" >&2; }

[ $# -gt 0 ] || { say "Aufruf: scripts/with-postgres.sh BEFEHL [ARGUMENTE]"; exit 2; }

# initdb and pg_ctl: Debian keeps them in a folder per version, other systems on PATH
find_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"; return 0
    fi
    return 1
}

free_port() {
    local python
    python="$(command -v python3 || command -v python)" || return 1
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

workdir=""
as_server_user=()
bindir=""

stop_server() {
    [ -n "$workdir" ] || return 0
    if [ -f "$workdir/data/postmaster.pid" ]; then
        "${as_server_user[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$workdir"
    workdir=""
}

start_server() {
    bindir="$(find_bindir)" || { say "PostgreSQL (initdb, pg_ctl) ist nicht installiert"; return 1; }
    local base="${TMPDIR:-/tmp}"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || { say "als root fehlt der Systembenutzer postgres"; return 1; }
        as_server_user=(runuser -u postgres --)
        base=/tmp  # a folder the postgres user can reach
    fi
    workdir="$(mktemp -d "$base/iq-postgres.XXXXXX")" || return 1
    [ "$(id -u)" -ne 0 ] || chown postgres: "$workdir" || return 1
    "${as_server_user[@]}" "$bindir/initdb" -D "$workdir/data" -U postgres -A trust -E UTF8 --locale=C \
        --no-sync --no-instructions >"$workdir/initdb.log" 2>&1 || { cat "$workdir/initdb.log" >&2; return 1; }
    # a test server: no durability needed, so no waiting for the disk
    cat >>"$workdir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$workdir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
wal_level = minimal
max_wal_senders = 0
EOF
    local attempt port
    for attempt in 1 2 3; do
        port="$(free_port)" || { say "kein freier Port gefunden (python3 fehlt?)"; return 1; }
        if "${as_server_user[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -o "-p $port" \
               -w -t 30 start >/dev/null 2>&1; then
            export IQ_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
            say "Testserver $("$bindir/pg_ctl" --version | awk '{print $3}') auf 127.0.0.1:$port"
            return 0
        fi
        say "Start auf Port $port fehlgeschlagen (Versuch $attempt)"
    done
    cat "$workdir/server.log" >&2 2>/dev/null || true
    return 1
}

if [ -n "${IQ_TEST_POSTGRES_URL:-}" ]; then
    say "Testserver aus IQ_TEST_POSTGRES_URL"
    exec "$@"
fi

trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! start_server; then
    stop_server
    unset IQ_TEST_POSTGRES_URL
    say "kein PostgreSQL-Testserver; die Tests, die ihn brauchen, werden übersprungen (mit CI: schlagen fehl)"
fi

status=0
"$@" || status=$?
exit "$status"
