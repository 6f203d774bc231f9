#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 with the test role and database,
# then prints the URL the PostgreSQL store tests use. Safe to run again: each step is skipped
# when already done. Installs Debian's `postgresql` when it is missing (needs root or sudo).
#
#   export ATTACHE_TEST_PG="$(bash scripts/start-postgres.sh | tail -n 1)"
set -euo pipefail

HOST=127.0.0.1
PORT="${ATTACHE_PG_PORT:-5432}"
ROLE=attache
PASSWORD=attache
DATABASE=attache_test
URL="postgres://${ROLE}:${PASSWORD}@${HOST}:${PORT}/${DATABASE}"
# Used only when the machine has no Debian cluster to start (initdb + pg_ctl).
DATA_DIR="${ATTACHE_PGDATA:-/tmp/attache-pgdata}"
SOCKET_DIR=/tmp

say() { echo "start-postgres: $*" >&2; }

# Commands as the `postgres` system user: the server refuses to run as root, and CI runs as root.
as_postgres() {
  if [[ "$(id -un)" == postgres ]]; then "$@"
  elif [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"
  else sudo -u postgres -- "$@"
  fi
}

as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"; else sudo "$@"; fi
}

answers() { pg_isready -q -h "$HOST" -p "$PORT" >/dev/null 2>&1; }

wait_until_answers() {
  for _ in $(seq 1 30); do answers && return 0; sleep 1; done
  say "the server did not answer on ${HOST}:${PORT} within 30 s"
  return 1
}

# The newest installed server's bin folder (Debian keeps them under /usr/lib/postgresql/<major>).
server_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$dir" ]] && echo "$dir"
}

install_postgres() {
  if server_bin >/dev/null && command -v pg_isready >/dev/null 2>&1; then return 0; fi
  say "installing Debian's postgresql"
  as_root env DEBIAN_FRONTEND=noninteractive bash -c 'apt-get update -qq && apt-get install -y -qq postgresql >/dev/null'
}

start_server() {
  # A Debian cluster (made by the package) on our port: start it the Debian way.
  if command -v pg_lsclusters >/dev/null 2>&1; then
    local cluster
    cluster="$(pg_lsclusters --no-header 2>/dev/null | awk -v port="$PORT" '$3 == port { print $1 " " $2; exit }')"
    if [[ -n "$cluster" ]]; then
      say "starting cluster ${cluster}"
      # shellcheck disable=SC2086
      as_root pg_ctlcluster $cluster start || true
      answers && return 0
    fi
  fi
  # Otherwise a cluster of our own in DATA_DIR, listening on loopback only.
  local bin
  bin="$(server_bin)"
  if [[ ! -s "$DATA_DIR/PG_VERSION" ]]; then
    say "creating a cluster in ${DATA_DIR}"
    as_root mkdir -p "$DATA_DIR"
    as_root chown postgres "$DATA_DIR"
    as_postgres "$bin/initdb" -D "$DATA_DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi
  say "starting the cluster in ${DATA_DIR}"
  as_postgres "$bin/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w \
    -o "-c listen_addresses=${HOST} -p ${PORT} -k ${SOCKET_DIR}" start >/dev/null
}

# psql as the superuser over the local socket (peer or trust authentication).
superuser_psql() {
  local socket
  for socket in /var/run/postgresql "$SOCKET_DIR"; do
    if [[ -S "$socket/.s.PGSQL.${PORT}" ]]; then
      as_postgres psql -X -q -v ON_ERROR_STOP=1 -h "$socket" -p "$PORT" -d postgres "$@"
      return
    fi
  done
  say "no local socket for port ${PORT}: cannot create the role as superuser"
  return 1
}

ensure_role_and_database() {
  # Already usable with the test credentials: nothing to do (also the case for a server we do not own).
  if PGPASSWORD="$PASSWORD" psql -X -q -h "$HOST" -p "$PORT" -U "$ROLE" -d "$DATABASE" -c 'SELECT 1' >/dev/null 2>&1; then
    return 0
  fi
  say "creating role ${ROLE} and database ${DATABASE}"
  superuser_psql <<SQL
SELECT 'CREATE ROLE ${ROLE} LOGIN PASSWORD ''${PASSWORD}'''
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') \gexec
ALTER ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}';
SELECT 'CREATE DATABASE ${DATABASE} OWNER ${ROLE}'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${DATABASE}') \gexec
SQL
  PGPASSWORD="$PASSWORD" psql -X -q -h "$HOST" -p "$PORT" -U "$ROLE" -d "$DATABASE" -c 'SELECT 1' >/dev/null
}

if ! answers; then
  install_postgres
  start_server
  wait_until_answers
fi
ensure_role_and_database
say "PostgreSQL answers on ${HOST}:${PORT}; tests use:"
echo "$URL"
