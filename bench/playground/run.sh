#!/usr/bin/env bash
# Playground timings on a PostgreSQL database: builds the release server, starts it on the
# database, creates an API key for acme, and runs measure.py in headless Chromium.
# Usage: bash bench/playground/run.sh postgres://user:password@127.0.0.1:5432/db [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
url=${1:?a PostgreSQL URL of a seeded database}
runs=${2:-10}
swift build -c release --product sessionql --scratch-path .build-release >/dev/null
bin=.build-release/release/sessionql
"$bin" migrate --database-url "$url" >/dev/null
key=$("$bin" keys create --organization acme --name "playground bench" --database-url "$url" | tail -1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp)
"$bin" serve --port "$port" --database-url "$url" >"$log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; "$bin" keys revoke "$id" --database-url "$url" >/dev/null 2>&1 || true; rm -f "$log"' EXIT
id=$("$bin" keys list --organization acme --database-url "$url" | awk -v p="${key:0:12}" '$2 == p"…" && /active/ {print $1}' | tail -1)
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
  sleep 0.5
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(chromium --version 2>/dev/null | head -1); commit $(git rev-parse --short HEAD)"
python3 bench/playground/measure.py --url "http://127.0.0.1:$port" --key "$key" --runs "$runs"
