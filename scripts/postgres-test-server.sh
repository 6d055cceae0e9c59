#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: Debian's postgresql-15 on a temporary data folder,
# listening on 127.0.0.1 on a free port, run as the `postgres` user (initdb refuses root).
#
#   scripts/postgres-test-server.sh start DIR   # prints the connection string on stdout
#   scripts/postgres-test-server.sh stop DIR    # stops the server and removes DIR
#
# The server is for tests only: fsync is off (POSTGRES_TEST_DURABLE=1 keeps it on, for benchmarks), authentication is "trust" on 127.0.0.1.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
command="${1:-}"
dir="${2:-}"
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Runs a command as the postgres user, whoever we are.
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else as_root runuser -u postgres -- "$@"; fi
}

install_when_missing() {
  if [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ]; then
    return
  fi

  echo "== install postgresql-15" >&2
  as_root apt-get update >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y postgresql-15 >&2
}

# A port nobody listens on now (a race with another process remains; start retries on failure).
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  return 1
}

start() {
  install_when_missing
  # DIR stays ours (logs, the port); the data and socket folders are the postgres user's.
  mkdir -p "$dir/data" "$dir/socket"
  chmod 711 "$dir"
  as_root chown postgres "$dir/data" "$dir/socket"
  chmod 700 "$dir/data"
  as_postgres "$bin/initdb" -D "$dir/data" -U consult --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }

  # Tests trade durability for speed; a benchmark that compares commit strategies needs real flushes:
  # POSTGRES_TEST_DURABLE=1 keeps fsync, synchronous_commit and full_page_writes at their defaults.
  local speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "${POSTGRES_TEST_DURABLE:-0}" = "1" ]; then speed=""; fi
  local port
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    if as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/socket/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket $speed -c max_connections=300" \
      start >&2; then
      echo "$port" >"$dir/port"
      as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U consult consult >&2
      echo "Host=127.0.0.1;Port=$port;Username=consult;Database=consult"
      return 0
    fi
  done

  cat "$dir/socket/server.log" >&2 || true
  return 1
}

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi

  as_root rm -rf "$dir"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
