#!/usr/bin/env bash
# Starts the machine's Debian PostgreSQL cluster and makes an empty
# database owned by a role that may create roles, as an operator would
# hand Motus through DATABASE_URL. Safe to run twice.
set -euo pipefail

cluster=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 " " $2 }')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
# shellcheck disable=SC2086
pg_ctlcluster $cluster start 2>/dev/null || true

as_postgres() {
  su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"$1\""
}
for _ in $(seq 1 30); do
  as_postgres 'SELECT 1' >/dev/null 2>&1 && break
  sleep 1
done
if [ "$(as_postgres "SELECT 1 FROM pg_roles WHERE rolname = 'motus_ci'")" != 1 ]; then
  as_postgres "CREATE ROLE motus_ci LOGIN CREATEROLE PASSWORD 'motus-ci'"
fi
as_postgres 'DROP DATABASE IF EXISTS motus_ci WITH (FORCE)'
as_postgres 'CREATE DATABASE motus_ci OWNER motus_ci'
echo "PostgreSQL $(as_postgres 'SHOW server_version') ready for DATABASE_URL"
