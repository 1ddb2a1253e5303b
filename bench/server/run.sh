#!/usr/bin/env bash
# Database time and end-to-end latency of each explorer document at bench scale on
# PostgreSQL, this tree beside an earlier revision, in one run (see bench/RESULTS.md).
#
# Usage: bench/server/run.sh [--before REV] [--twin "FLAGS"] [--rounds N] [--load SECONDS]
#   --before REV  also build REV (default: none) and serve it over a database of its own,
#                 seeded by its own `sessionql seed --scale bench` (the same rows)
#   --twin FLAGS  also serve this tree's binary with these extra `serve` flags, over the same
#                 database, as the target `twin` (e.g. --twin "--document-cache 0")
#   --twin-env VARS  the twin's environment, added (e.g. --twin-env SESSIONQL_PREPARED_STATEMENTS=off);
#                 alone, it implies --twin ""
#   --rounds N    measured rounds (default 41)
#   --load S      then load each server with wrk (Debian package `wrk`) for S seconds per
#                 document and concurrency (1, 16, 64), and report its peak RSS
#   --peers       with --load, also load the peer servers of bench/peers over the same
#                 database, in the same run: GraphQLSwift + Graphiti, the N+1 baseline on
#                 SessionQL's engine, and strawberry (see bench/peers/*/README.md)
#
# Needs a local PostgreSQL (scripts/postgres-up.sh starts it) and root for `su postgres`.
# Databases: sessionql_bench (this tree), sessionql_bench_before (REV); each is seeded once
# and reused while it holds data. Release builds go to .build-release and
# .build-before/.build-release (both ignored by git).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
before=""
twin=""
twin_env=""
rounds=41
load=""
peers=""
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before="$2"; shift 2 ;;
    --twin) twin="$2"; shift 2 ;;
    --twin-env) twin_env="$2"; [ -z "$twin" ] && twin=" "; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --load) load="$2"; shift 2 ;;
    --peers) peers=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

cd "$root"
bash scripts/postgres-up.sh >/dev/null
as_postgres() { su postgres -c "$1"; }
url() { echo "postgres://sessionql:sessionql@127.0.0.1:5432/$1"; }

# build NAME DIR: a release build of the sessionql product of the package in DIR.
build() {
  (cd "$2" && swift build -c release --scratch-path .build-release --product sessionql >&2)
  echo "$2/.build-release/release/sessionql"
}

# prepare DB BINARY: create, migrate and seed DB once, vacuum it, and log every statement.
prepare() {
  local db="$1" binary="$2"
  as_postgres "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = '$db'\"" | grep -q 1 \
    || as_postgres "createdb -O sessionql $db"
  local seeded
  seeded=$(as_postgres "psql -qtAd $db -c \"SELECT count(*) FROM information_schema.tables WHERE table_name = 'organization'\"")
  if [ "$seeded" = "0" ] || [ "$(as_postgres "psql -qtAd $db -c 'SELECT count(*) FROM organization'")" = "0" ]; then
    "$binary" seed --scale bench --database-url "$(url "$db")" >&2
  else
    "$binary" migrate --database-url "$(url "$db")" >&2
  fi
  as_postgres "psql -qd $db -c 'VACUUM ANALYZE'"
  as_postgres "psql -qc 'ALTER DATABASE $db SET log_min_duration_statement = 0'"
}

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for db in sessionql_bench sessionql_bench_before; do
    as_postgres "psql -qc 'ALTER DATABASE $db RESET log_min_duration_statement'" 2>/dev/null || true
  done
}
trap cleanup EXIT

# serve NAME BINARY DB PORT: start a server and wait until it answers. A revision with API
# keys gets one for acme (in keys[NAME]) and no per-key rate limit; an older one serves acme
# for every request (--organization).
declare -A keys=([before]="" [after]="" [twin]="")
serve() {
  local extra=()
  [ $# -ge 5 ] && read -r -a extra <<< "$5"
  local access=(--organization acme)
  if "$2" keys --help >/dev/null 2>&1; then
    keys[$1]=$("$2" keys create --organization acme --name bench --database-url "$(url "$3")" | tail -1)
    access=(--rate-limit 1000000 --rate-burst 1000000 --max-concurrent-per-key 4096)
  fi
  local environment=()
  [ "$1" = twin ] && [ -n "$twin_env" ] && read -r -a environment <<< "$twin_env"
  env "${environment[@]}" "$2" serve --port "$4" --database-url "$(url "$3")" "${access[@]}" "${extra[@]}" >"/tmp/sessionql-bench-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$4/schema.graphql" && return 0
    sleep 0.2
  done
  echo "server $1 did not start; see /tmp/sessionql-bench-$1.log" >&2
  exit 1
}

after_binary=$(build after "$root")
prepare sessionql_bench "$after_binary"
targets=()
if [ -n "$before" ]; then
  revision=$(git rev-parse "$before")
  if [ "$(cat .build-before-src/.revision 2>/dev/null)" != "$revision" ]; then
    rm -rf .build-before-src && mkdir -p .build-before-src
    git archive "$revision" | tar -x -C .build-before-src
    echo "$revision" > .build-before-src/.revision
  fi
  before_binary=$(build before "$root/.build-before-src")
  # The very same rows, with only the earlier revision's own tables and indexes.
  as_postgres "dropdb --if-exists sessionql_bench_before"
  as_postgres "createdb -O sessionql -T sessionql_bench sessionql_bench_before"
  as_postgres "psql -qd sessionql_bench_before" <<'SQL'
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT indexname FROM pg_indexes WHERE schemaname = 'public'
           AND indexname LIKE 'sessionql\_%' AND tablename NOT LIKE 'sessionql\_%' LOOP
    EXECUTE format('DROP INDEX %I', r.indexname);
  END LOOP;
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'sessionql\_%' LOOP
    EXECUTE format('DROP TABLE %I CASCADE', r.tablename);
  END LOOP;
END $$;
SQL
  "$before_binary" migrate --database-url "$(url sessionql_bench_before)" >&2
  as_postgres "psql -qd sessionql_bench_before -c 'VACUUM ANALYZE'"
  as_postgres "psql -qc 'ALTER DATABASE sessionql_bench_before SET log_min_duration_statement = 0'"
  serve before "$before_binary" sessionql_bench_before 8092
  before_pid=${pids[-1]}
  targets+=(--target "before=http://127.0.0.1:8092/graphql@sessionql_bench_before@${keys[before]}")
fi
serve after "$after_binary" sessionql_bench 8091
after_pid=${pids[-1]}
targets+=(--target "after=http://127.0.0.1:8091/graphql@sessionql_bench@${keys[after]}")
if [ -n "$twin" ]; then
  serve twin "$after_binary" sessionql_bench 8093 "$twin"
  twin_pid=${pids[-1]}
  targets+=(--target "twin=http://127.0.0.1:8093/graphql@sessionql_bench@${keys[twin]}")
fi

# A session of about ten items, and a timeline cursor halfway into the 50,000-item session.
query() { echo "$1" | su postgres -c "psql -qtAd sessionql_bench"; }
small_session=$(query "SELECT tc.mcp_server_session_id FROM mcp_tool_calls tc JOIN mcp_server_session s ON s.mcp_server_session_id = tc.mcp_server_session_id JOIN mcp_servers v ON v.slug = s.mcp_server_slug WHERE v.organization_id = 'org_acme' GROUP BY 1 HAVING count(*) = 10 ORDER BY 1 LIMIT 1")
deep=$(query "SELECT coalesce(created_at, -9223372036854775808) || ':' || id FROM (SELECT created_at, id FROM mcp_tool_calls WHERE mcp_server_session_id = 'sess_acme_huge' UNION ALL SELECT created_at, id FROM support_requests WHERE mcp_server_session_id = 'sess_acme_huge') items ORDER BY coalesce(created_at, -9223372036854775808), id COLLATE \"C\" OFFSET 25000 LIMIT 1")
deep_cursor=$(printf '1:t:%s' "$deep" | base64 -w0 | tr '+/' '-_' | tr -d '=')
# The 40,000th item of that session, for the page around it (servers without `around`:
# --before a revision older than the explorer API's second wave leaves those cases out).
item_40000=""
if [ -z "$before" ]; then
  item_40000=$(query "SELECT id FROM (SELECT created_at, id FROM mcp_tool_calls WHERE mcp_server_session_id = 'sess_acme_huge' UNION ALL SELECT created_at, id FROM support_requests WHERE mcp_server_session_id = 'sess_acme_huge') items ORDER BY coalesce(created_at, -9223372036854775808), id COLLATE \"C\" OFFSET 39999 LIMIT 1")
fi

log=$(ls /var/log/postgresql/postgresql-*-main.log | tail -1)
echo "commit $(git rev-parse --short HEAD)${before:+ beside $before}; $(nproc) cores; $(uname -sr)" >&2
python3 bench/server/measure.py --log "$log" --rounds "$rounds" --small-session "$small_session" \
  --deep-cursor "$deep_cursor" --item-40000 "$item_40000" "${targets[@]}"

if [ -n "$load" ]; then
  # The servers' connections still log every statement (as in the table above), alike.
  echo
  echo "| server | document | connections | requests/s | p50 | p99 | errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
  if [ -n "$before" ]; then
    BENCH_KEY="${keys[before]}" bash bench/server/load.sh before http://127.0.0.1:8092 sessionql_bench_before "$before_pid" "$load"
  fi
  BENCH_KEY="${keys[after]}" bash bench/server/load.sh after http://127.0.0.1:8091 sessionql_bench "$after_pid" "$load"
  if [ -n "$twin" ]; then
    BENCH_FLOOR=0 BENCH_KEY="${keys[twin]}" bash bench/server/load.sh twin http://127.0.0.1:8093 sessionql_bench "$twin_pid" "$load"
  fi
  if [ -n "$peers" ]; then
    # Each peer serves acme over the same rows; its statements are not replayed (the floor
    # is SessionQL's own SQL).
    peer() {
      local name="$1" port="$2"; shift 2
      "$@" >"/tmp/sessionql-bench-peer-$name.log" 2>&1 &
      local pid=$!
      pids+=("$pid")
      for _ in $(seq 1 600); do
        curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' \
          "http://127.0.0.1:$port/graphql" && break
        kill -0 "$pid" 2>/dev/null || { echo "peer $name exited; see /tmp/sessionql-bench-peer-$name.log" >&2; exit 1; }
        sleep 0.5
      done
      # The process listening on the port (the script may run it as a child), for its RSS.
      local server
      server=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
      BENCH_FLOOR=0 bash bench/server/load.sh "$name" "http://127.0.0.1:$port" sessionql_bench "${server:-$pid}" "$load"
      kill "$pid" ${server:+"$server"} 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    }
    peer graphiti 8094 bash bench/peers/swift/run.sh graphiti 8094 "$(url sessionql_bench)"
    peer naive 8095 bash bench/peers/swift/run.sh naive 8095 "$(url sessionql_bench)"
    peer strawberry 8096 bash bench/peers/strawberry/run.sh 8096 "$(url sessionql_bench)"
  fi
fi

