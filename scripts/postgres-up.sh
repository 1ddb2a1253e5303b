#!/usr/bin/env bash
# Starts the local PostgreSQL cluster and makes the role and databases the test suites use.
# Idempotent: safe to run on a machine where they already exist.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
cluster_status=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}')
if [ -z "$cluster_status" ]; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432
as_postgres() { su postgres -c "$1"; }
as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'sessionql'\"" | grep -q 1 \
  || as_postgres "psql -qc \"CREATE ROLE sessionql LOGIN SUPERUSER PASSWORD 'sessionql'\""
for db in sessionql_ci sessionql_dev; do
  as_postgres "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = '$db'\"" | grep -q 1 \
    || as_postgres "createdb -O sessionql $db"
done
