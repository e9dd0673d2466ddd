#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback for the tests and prints the ONE setting they read:
#   eval "$(bash tools/postgres-test-cluster.sh)"   # exports CASUALTY_TEST_POSTGRES
# Installs Debian's postgresql when it is missing (needs root, as CI is). The cluster lives in a folder of its own
# (not the distribution's cluster), so it never touches a database someone else runs on this machine.
# Settings: CASUALTY_PG_DIR (default /tmp/casualty-pg), CASUALTY_PG_PORT (default 55432). Stop it with
#   runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/pg_ctl" -D /tmp/casualty-pg stop
set -euo pipefail
dir=${CASUALTY_PG_DIR:-/tmp/casualty-pg}
port=${CASUALTY_PG_PORT:-55432}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "Installing Debian's postgresql for the PostgreSQL tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  as_pg "$bin/initdb" -D "$dir" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  as_pg "$bin/pg_ctl" -D "$dir" -w -l "$dir/server.log" \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
fi
# The role may create databases: each test class works in a database of its own and drops it at the end.
as_pg "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'casualty') THEN
    CREATE ROLE casualty LOGIN CREATEDB PASSWORD 'casualty';
  END IF;
END $$;
-- DROP DATABASE ... WITH (FORCE) at a test's end ends the sessions still on it; an autovacuum worker's is the
-- superuser's, which only a member of pg_signal_backend may end (a test's drop failed on one in CI).
GRANT pg_signal_backend TO casualty;
SELECT 'CREATE DATABASE casualty OWNER casualty' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'casualty')\gexec
SQL
echo "export CASUALTY_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=casualty;Password=casualty;Database=casualty'"
