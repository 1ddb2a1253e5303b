#!/usr/bin/env bash
# Load on a running server with wrk at concurrency 1, 16 and 64, for the UserSessions and
# DeepLink documents with variables drawn from 500 acme users, then the floor: the
# statements the server issued for 50 of those requests, replayed by pgbench at the same
# concurrency (floor.py; the database must log every statement). See bench/RESULTS.md.
# Usage: bench/server/load.sh NAME URL DATABASE PID [SECONDS]   (prints Markdown rows)
# BENCH_FLOOR=0 leaves the floor out (for a server whose statements are not SessionQL's).
# The floor runs its statements prepared, as the server does (BENCH_FLOOR_MODE=extended:
# unnamed, parsed and planned each time).
# PID is the server's process, or a process that `exec`s it, for its peak RSS.
set -euo pipefail
name="$1" url="$2" database="$3" pid="$4" seconds="${5:-10}"
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../Tests/SessionAPITests/Fixtures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
query() { echo "$1" | su postgres -c "psql -qtAF, -d $database"; }
# A user, one of their sessions and its latest tool call, for 500 acme users.
query "SELECT DISTINCT ON (s.mcp_server_user_id) s.mcp_server_user_id, s.mcp_server_session_id, tc.id
       FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
       JOIN mcp_tool_calls tc ON tc.mcp_server_session_id = s.mcp_server_session_id
       WHERE v.organization_id = 'org_acme' AND s.mcp_server_user_id IN (
         SELECT s2.mcp_server_user_id FROM mcp_server_session s2 JOIN mcp_servers v2 ON v2.slug = s2.mcp_server_slug
         WHERE v2.organization_id = 'org_acme' GROUP BY 1 ORDER BY md5(s2.mcp_server_user_id) LIMIT 500)
       ORDER BY s.mcp_server_user_id, s.connection_timestamp DESC, tc.created_at DESC" > "$work/keys.csv"
python3 - "$fixtures" "$work" <<'PY'
import csv, json, sys
fixtures, work = sys.argv[1], sys.argv[2]
rows = list(csv.reader(open(f"{work}/keys.csv")))
for document, variables in [
    ("UserSessions", lambda r: {"identifier": r[0], "first": 20}),
    ("DeepLink", lambda r: {"identifier": r[0], "sessionId": r[1], "itemId": r[2]}),
]:
    query = open(f"{fixtures}/{document}.graphql").read()
    with open(f"{work}/{document}.bodies", "w") as out:
        for r in rows:
            out.write(json.dumps({"query": query, "variables": variables(r)}) + "\n")
PY
for document in UserSessions DeepLink; do
  for connections in 1 16 64; do
    threads=$(( connections < 2 ? 1 : 2 ))
    printf '| %s | %s | %s ' "$name" "$document" "$connections"
    BENCH_BODIES="$work/$document.bodies" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency \
      -s "$here/load.lua" "$url" | tail -1
  done
  [ "${BENCH_FLOOR:-1}" = 0 ] && continue
  python3 "$here/floor.py" --url "$url/graphql" --database "$database" --bodies "$work/$document.bodies" \
    --log "$(ls /var/log/postgresql/postgresql-*-main.log | tail -1)" --name "$document" --seconds "$seconds" --mode "${BENCH_FLOOR_MODE:-prepared}" \
    | sed "s/^| floor |/| $name (floor) |/"
done
echo "| $name | peak RSS | $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$pid/status") | | | | |"
