#!/usr/bin/env bash
# What the scale-out shape costs per request: PgBouncer, nginx and reads from a streaming
# replica, each beside one server straight on the primary, on the same machine in one run.
#
# Usage: bash bench/topology/run.sh [--seconds N] [--rounds N]   (defaults: 5 s, 3 rounds)
#
# Brings up scripts/topology.sh (in $SESSIONQL_TOPOLOGY_DIR, default
# /tmp/sessionql-topology-bench, ports from $SESSIONQL_TOPOLOGY_PORT, default 59000) and
# takes it down at the end. Configurations:
#   direct     one more `sessionql serve`, straight on the primary;
#   pgbouncer  one more server, on the primary's PgBouncer (`?pooler=transaction`);
#   replica    one more server, straight on the primary, reading from the replica directly;
#   server     one of the topology's servers (both PgBouncers, replica reads), no nginx;
#   nginx      the topology's balancer in front of its two servers.
# Each is measured with wrk (bench/topology/load.lua) at 1 connection (1 thread) and 64
# (2 threads), for the UserSessions and DeepLink fixtures over every acme user with a tool
# call; the configurations take turns in rounds (the order rotating from round to round),
# each after a warm-up of 1 s per document, and the table shows medians over the rounds.
# CPU per request is utime+stime from /proc over a wrk run, divided by its requests: the
# SessionQL processes the configuration goes through, its PgBouncers, nginx's master and
# worker, and (apart) each PostgreSQL cluster (the postmaster with its reaped children, and
# its live backends). Before measuring, every configuration must give byte-for-byte the
# same answer to a few bodies of each document; a wrk error or an answer with "errors"
# stops the run.
# With --seconds 6 a run took 10 minutes (60 rows: each second per row is a minute);
# `topology.sh up` alone takes about 2.3, most of it pg_basebackup waiting for the
# primary's checkpoint.
# SESSIONQL_BIN names the binary (default: `swift build --show-bin-path`/sessionql, not built).
set -euo pipefail
seconds=5 rounds=3
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "usage: bash bench/topology/run.sh [--seconds N] [--rounds N]" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/../.."
root=$(pwd)
here=$root/bench/topology
fixtures=$root/Tests/SessionAPITests/Fixtures
limits="--rate-limit 100000 --rate-burst 100000 --max-concurrent-per-key 512"
export SESSIONQL_TOPOLOGY_DIR=${SESSIONQL_TOPOLOGY_DIR:-/tmp/sessionql-topology-bench}
export SESSIONQL_TOPOLOGY_PORT=${SESSIONQL_TOPOLOGY_PORT:-59000}
export SESSIONQL_TOPOLOGY_SERVE_ARGS=$limits
export SESSIONQL_BIN=${SESSIONQL_BIN:-$(swift build --show-bin-path)/sessionql}
bin=$SESSIONQL_BIN
dir=$SESSIONQL_TOPOLOGY_DIR
[ -x "$bin" ] || { echo "no binary at $bin" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 1; }
hz=$(getconf CLK_TCK)

say() { echo "bench/topology: $*" >&2; }
fail() { echo "bench/topology: FAILED: $*" >&2; exit 1; }

work=$(mktemp -d)
extra_pids=()
cleanup() {
  local pid
  for pid in "${extra_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${extra_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  bash scripts/topology.sh down >/dev/null 2>&1 || say "scripts/topology.sh down failed"
  rm -rf "$work"
}
trap cleanup EXIT

started=$(date +%s)
say "load before: $(uptime)"
say "scripts/topology.sh up"
bash scripts/topology.sh up >"$work/up.log" || { cat "$work/up.log" >&2; fail "scripts/topology.sh up"; }
set -a; . "$dir/topology.env"; set +a
key=$SESSIONQL_TOPOLOGY_KEY
server_1=${SESSIONQL_TOPOLOGY_SERVERS%%,*}
primary_direct=$SESSIONQL_TOPOLOGY_PRIMARY
replica_direct=$SESSIONQL_TOPOLOGY_REPLICA
primary_pooled=$SESSIONQL_TOPOLOGY_PRIMARY_POOLED

# Variables: every acme user with a session that has a tool call, with their latest such
# session and its latest tool call (the demo seed is small: no sample is drawn).
psql -qtAF, "postgres://postgres@${primary_direct#postgres://sessionql@}" -c "
  SELECT DISTINCT ON (s.mcp_server_user_id) s.mcp_server_user_id, s.mcp_server_session_id, tc.id
  FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
  JOIN mcp_tool_calls tc ON tc.mcp_server_session_id = s.mcp_server_session_id
  WHERE v.organization_id = 'org_acme'
  ORDER BY s.mcp_server_user_id, s.connection_timestamp DESC, tc.created_at DESC" >"$work/keys.csv"
python3 - "$fixtures" "$work" <<'PY'
import csv, json, sys
fixtures, work = sys.argv[1], sys.argv[2]
rows = list(csv.reader(open(f"{work}/keys.csv")))
if not rows:
    sys.exit("no acme user with a tool call in the seed")
for document, variables in [
    ("UserSessions", lambda r: {"identifier": r[0], "first": 20}),
    ("DeepLink", lambda r: {"identifier": r[0], "sessionId": r[1], "itemId": r[2]}),
]:
    query = open(f"{fixtures}/{document}.graphql").read()
    with open(f"{work}/{document}.bodies", "w") as out:
        for r in rows:
            out.write(json.dumps({"query": query, "variables": variables(r)}) + "\n")
PY
users=$(wc -l <"$work/keys.csv")
say "$users acme users with a tool call"

# Processes and their CPU ----------------------------------------------------------------

ticks() { # ticks PID...: utime+stime summed (a process that is gone counts 0)
  local total=0 pid stat
  for pid in "$@"; do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    set -- ${stat##*) }   # fields from the 3rd on: utime and stime are the 14th and 15th
    total=$((total + ${12} + ${13}))
  done
  echo "$total"
}

cluster_ticks() { # cluster_ticks NAME: the postmaster, its reaped children, its live ones
  local pid stat children
  pid=$(head -1 "$dir/$1/postmaster.pid")
  stat=$(cat "/proc/$pid/stat")
  set -- ${stat##*) }
  children=$(pgrep -P "$pid" | tr '\n' ' ')
  echo $((${12} + ${13} + ${14} + ${15} + $(ticks $children)))
}

pid_of() { cat "$dir/$1.pid"; }
bouncer_primary=$(pid_of pgbouncer-primary)
bouncer_replica=$(pid_of pgbouncer-replica)
nginx_master=$(pid_of nginx)
topology_1=$(pid_of sessionql-1)
topology_2=$(pid_of sessionql-2)

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

extra_pid="" extra_url=""
start_extra() { # start_extra NAME SERVE-ARGS...: one more server, on a free port
  local name=$1 port; shift
  port=$(free_port)
  (cd "$work" && exec "$bin" serve --host 127.0.0.1 --port "$port" "$@" $limits) >>"$work/$name.log" 2>&1 &
  extra_pid=$!
  extra_pids+=("$extra_pid")
  extra_url=http://127.0.0.1:$port
  for _ in $(seq 1 600); do
    curl -sf "$extra_url/readyz" >/dev/null 2>&1 && return 0
    kill -0 "$extra_pid" 2>/dev/null || { cat "$work/$name.log" >&2; fail "the $name server exited"; }
    sleep 0.1
  done
  cat "$work/$name.log" >&2
  fail "the $name server did not become ready within 60 s"
}

stop_extra() { # stop_extra PID
  kill -TERM "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  local pid kept=()
  for pid in "${extra_pids[@]}"; do [ "$pid" = "$1" ] || kept+=("$pid"); done
  extra_pids=("${kept[@]}")
}

# url, sessionql, bouncers and nginx of a configuration, once it is up.
configure() { # configure NAME
  case $1 in
    direct) start_extra direct --database-url "$primary_direct"
      url=$extra_url sessionql_pids="$extra_pid" bouncer_pids="" nginx_on=0 ;;
    pgbouncer) start_extra pgbouncer --database-url "$primary_pooled"
      url=$extra_url sessionql_pids="$extra_pid" bouncer_pids="$bouncer_primary" nginx_on=0 ;;
    replica) start_extra replica --database-url "$primary_direct" --read-database-url "$replica_direct"
      url=$extra_url sessionql_pids="$extra_pid" bouncer_pids="" nginx_on=0 ;;
    server) url=$server_1 sessionql_pids="$topology_1" bouncer_pids="$bouncer_primary $bouncer_replica" nginx_on=0 ;;
    nginx) url=$SESSIONQL_TOPOLOGY_URL sessionql_pids="$topology_1 $topology_2"
      bouncer_pids="$bouncer_primary $bouncer_replica" nginx_on=1 ;;
  esac
}

unconfigure() { case $1 in direct|pgbouncer|replica) stop_extra "${sessionql_pids}" ;; esac; }

nginx_pids() { [ "$nginx_on" = 1 ] && echo "$nginx_master $(pgrep -P "$nginx_master" | tr '\n' ' ')" || true; }

snapshot() { # sessionql bouncers nginx primary replica
  echo "$(ticks $sessionql_pids) $(ticks $bouncer_pids) $(ticks $(nginx_pids)) $(cluster_ticks primary) $(cluster_ticks replica)"
}

load() { # load URL DOCUMENT CONNECTIONS SECONDS: prints load.lua's line
  local threads=$(($3 < 2 ? 1 : 2))
  BENCH_KEY=$key BENCH_BODIES="$work/$2.bodies" \
    wrk -t"$threads" -c"$3" -d"$4s" --timeout 30s --latency -s "$here/load.lua" "$1" | tail -1
}

configurations=(direct pgbouncer replica server nginx)
documents=(UserSessions DeepLink)

# The same answers everywhere ------------------------------------------------------------

say "checking that every configuration gives the same answers"
post() { curl -sS --fail-with-body -H "Authorization: Bearer $key" -H 'Content-Type: application/json' --data-binary @- "$1/graphql"; }
declare -A urls
for name in "${configurations[@]}"; do configure "$name"; urls[$name]=$url; done
checked=0
for document in "${documents[@]}"; do
  for line in 1 $((users / 4 + 1)) $((users / 2 + 1)) $((3 * users / 4 + 1)) "$users"; do
    body=$(sed -n "${line}p" "$work/$document.bodies")
    post "${urls[direct]}" <<<"$body" >"$work/expected.json" || fail "direct: $document line $line"
    grep -q '"errors"' "$work/expected.json" && fail "direct: $document line $line answered with errors: $(head -c 400 "$work/expected.json")"
    grep -q '"user":{' "$work/expected.json" || fail "direct: $document line $line found no user: $(head -c 400 "$work/expected.json")"
    # nginx twice, so that both of its servers answer.
    for name in pgbouncer replica server nginx nginx; do
      post "${urls[$name]}" <<<"$body" >"$work/answer.json" || fail "$name: $document line $line"
      cmp -s "$work/expected.json" "$work/answer.json" || {
        diff <(python3 -m json.tool "$work/expected.json") <(python3 -m json.tool "$work/answer.json") | head -20 >&2
        fail "$name answers $document line $line differently from direct"
      }
      checked=$((checked + 1))
    done
  done
done
for pid in "${extra_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
for pid in "${extra_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
extra_pids=()
say "$checked answers identical to direct's, byte for byte"

# Rounds ---------------------------------------------------------------------------------

: >"$work/rows"
count=${#configurations[@]}
for round in $(seq 1 "$rounds"); do
  for i in $(seq 0 $((count - 1))); do
    name=${configurations[$(((i + round - 1) % count))]}
    configure "$name"
    for document in "${documents[@]}"; do load "$url" "$document" 16 1 >/dev/null; done
    for document in "${documents[@]}"; do
      for connections in 1 64; do
        before=$(snapshot)
        figures=$(load "$url" "$document" "$connections" "$seconds")
        after=$(snapshot)
        set -- $figures
        [ $# = 6 ] || fail "$name $document c=$connections: wrk printed '$figures'"
        [ "$5" = 0 ] || fail "$name $document c=$connections round $round: wrk counted $5 errors"
        [ "$6" = 0 ] || fail "$name $document c=$connections round $round: $6 answers carried errors"
        echo "$name $document $connections $round $figures $before $after" >>"$work/rows"
        say "round $round: $name $document c=$connections: $(awk '{printf "%.0f req/s, p50 %.2f ms", $1 / $2, $3}' <<<"$figures")"
      done
    done
    unconfigure "$name"
  done
done

say "load after: $(uptime)"
say "took $(($(date +%s) - started)) s, topology included (down follows)"

# Table ----------------------------------------------------------------------------------

python3 - "$work/rows" "$hz" "$seconds" "$rounds" "$users" <<'PY'
import statistics, sys
path, hz, seconds, rounds, users = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
labels = {"direct": "direct", "pgbouncer": "pgbouncer", "replica": "replica",
          "server": "one server of the topology", "nginx": "nginx, two servers"}
order = list(labels)
rows = {}
for line in open(path):
    f = line.split()
    name, document, connections = f[0], f[1], int(f[2])
    requests, duration, p50, p99 = int(f[4]), float(f[5]), float(f[6]), float(f[7])
    before, after = list(map(int, f[10:15])), list(map(int, f[15:20]))
    ms = [(a - b) * 1000 / hz / requests for a, b in zip(after, before)]
    rows.setdefault((name, document, connections), []).append(
        dict(rps=requests / duration, p50=p50, p99=p99, sessionql=ms[0], bouncer=ms[1], nginx=ms[2],
             primary=ms[3], replica=ms[4], cpu=ms[0] + ms[1] + ms[2]))
med = lambda runs, k: statistics.median(r[k] for r in runs)
print(f"wrk {seconds} s per row, {rounds} rounds, medians; bodies over {users} acme users. "
      "CPU per request in ms: SessionQL + PgBouncer + nginx (the figure), then its PgBouncer and nginx "
      "parts, then PostgreSQL's primary / replica.")
print()
print("| configuration | document | c | req/s | req/s by round | p50 | p99 | errors "
      "| CPU/request | of it PgBouncer | of it nginx | PostgreSQL primary / replica |")
print("| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
keys = [(d, c) for d in ("UserSessions", "DeepLink") for c in (1, 64)]
for document, connections in keys:
    for name in order:
        runs = rows[(name, document, connections)]
        print(f"| {labels[name]} | {document} | {connections} | {med(runs, 'rps'):.0f} "
              f"| {', '.join('%.0f' % r['rps'] for r in runs)} "
              f"| {med(runs, 'p50'):.2f} ms | {med(runs, 'p99'):.2f} ms | 0 "
              f"| {med(runs, 'cpu'):.2f} ms | {med(runs, 'bouncer'):.2f} ms | {med(runs, 'nginx'):.2f} ms "
              f"| {med(runs, 'primary'):.2f} / {med(runs, 'replica'):.2f} ms |")
print()
print("Against direct (req/s, then CPU/request), in the order "
      + ", ".join(f"{d} c={c}" for d, c in keys) + ":")
print()
for name in order[1:]:
    rps = [med(rows[(name, d, c)], "rps") / med(rows[("direct", d, c)], "rps") for d, c in keys]
    cpu = [med(rows[(name, d, c)], "cpu") / med(rows[("direct", d, c)], "cpu") for d, c in keys]
    print(f"- {labels[name]}: req/s {' / '.join(f'{x:.2f}×' for x in rps)}; "
          f"CPU/request {' / '.join(f'{x:.2f}×' for x in cpu)}")
PY
