#!/usr/bin/env bash
# Serves the strawberry peer on 127.0.0.1:PORT over DATABASE_URL, in the foreground.
# Usage: bench/peers/strawberry/run.sh PORT DATABASE_URL
# Environment: WORKERS (uvicorn worker processes, default 1), ORGANIZATION (default org_acme),
# POOL_SIZE (database connections per worker, default 10).
set -euo pipefail
port="${1:?usage: run.sh PORT DATABASE_URL}" url="${2:?usage: run.sh PORT DATABASE_URL}"
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"
# (Re)install when the virtualenv is missing or older than the requirements.
if [ ! -x "$venv/bin/uvicorn" ] || [ "$here/requirements.txt" -nt "$venv/.installed" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
  touch "$venv/.installed"
fi
cd "$here"
export DATABASE_URL="$url"
exec "$venv/bin/uvicorn" app:app --host 127.0.0.1 --port "$port" --workers "${WORKERS:-1}" \
  --loop uvloop --http httptools --no-access-log --log-level warning
