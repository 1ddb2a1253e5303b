#!/usr/bin/env bash
# Subscriptions and export at bench scale on PostgreSQL: insert → event latency, memory per
# idle subscriber, export throughput and peak RSS (see bench/RESULTS.md).
#
# Usage: bench/live/run.sh [--events N]
# Needs a local PostgreSQL (scripts/postgres-up.sh starts it) with sessionql_bench seeded at
# bench scale (bench/server/run.sh does that once), and Python's psycopg and websockets.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bash scripts/postgres-up.sh >/dev/null
swift build -c release --scratch-path .build-release --product sessionql >&2
binary="$root/.build-release/release/sessionql"
url="postgres://sessionql:sessionql@127.0.0.1:5432/sessionql_bench"
"$binary" migrate --database-url "$url" >&2
python3 bench/live/measure.py "$binary" "$url" "$@"
