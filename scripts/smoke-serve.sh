#!/usr/bin/env bash
# Starts `sessionql serve` on the embedded default and, given a URL, on PostgreSQL; checks that
# /healthz and /readyz answer 200, a GraphQL query gets its exact answer over POST and GET,
# the playground is served from the binary alone (a copy run from another folder), and
# SIGTERM stops the server cleanly.
# Usage: scripts/smoke-serve.sh [url-of-an-empty-postgres-database]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(swift build --show-bin-path)/sessionql
[ -x "$bin" ] || swift build --product sessionql
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

check_server() {
  local name=$1; shift
  local port; port=$(free_port)
  (cd "$work" && exec "$bin" serve --port "$port" "$@") >"$work/$name.log" 2>&1 &
  local pid=$!
  local status=000
  for _ in $(seq 1 120); do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz" || true)
    [ "$status" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  local health; health=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true)
  # The README's first query, over POST and over GET, answered by the real schema and store.
  local post get page asset
  page=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "http://127.0.0.1:$port/users/mcpu_shared_user?session=sess_acme_big" || true)
  asset=$(curl -s "http://127.0.0.1:$port/playground/main.js" | cmp -s - playground/main.js && echo same || echo different)
  # The embedded default hands its demo key to loopback; elsewhere the key comes from `keys create`.
  local demo; demo=$(curl -s -o "$work/demo.json" -w '%{http_code}' "http://127.0.0.1:$port/auth/demo-key" || true)
  local key=${KEY:-}
  if [ -z "$key" ] && [ "$demo" = 200 ]; then key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["key"])' "$work/demo.json"); fi
  local refused; refused=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "$query_json" || true)
  post=$(curl -s -X POST "http://127.0.0.1:$port/graphql" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d "$query_json" || true)
  get=$(curl -s -G "http://127.0.0.1:$port/graphql" -H "Authorization: Bearer $key" --data-urlencode "query=$query_text" || true)
  kill -TERM "$pid" 2>/dev/null || true
  local code=0; wait "$pid" || code=$?
  if [ "$status" != 200 ] || [ "$health" != 200 ] || [ "$code" != 0 ] || [ "$post" != "$expected" ] || [ "$get" != "$expected" ] \
     || [ "$page" != "200 text/html; charset=utf-8" ] || [ "$asset" != same ] || [ "$refused" != 401 ] \
     || [ "$demo" != "$expect_demo" ]; then
    echo "FAIL $name: readyz=$status healthz=$health exit=$code page=\"$page\" main.js=$asset no-key=$refused demo-key=$demo"
    printf 'expected %s\nPOST     %s\nGET      %s\n' "$expected" "$post" "$get"
    cat "$work/$name.log"; return 1
  fi
  echo "ok $name: readyz=200 healthz=200, 401 without a key, the first query over POST and GET with one, the playground, clean exit on SIGTERM"
}

query_text='{ viewer { slug } session(id: "sess_acme_big") { toolCallCount supportTicketCount } }'
query_json=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$query_text")
expected='{"data":{"viewer":{"slug":"acme"},"session":{"toolCallCount":520,"supportTicketCount":6}}}'

# A copy of the binary alone in an empty folder: the playground must come from the binary.
mkdir -p "$work/alone"
cp "$bin" "$work/alone/sessionql"
bin="$work/alone/sessionql"
expect_demo=200 check_server embedded --data-dir "$work/data"
if [ -n "${1:-}" ]; then
  "$bin" migrate --database-url "$1"
  "$bin" seed --database-url "$1" --scale small --seed 1
  KEY=$("$bin" keys create --organization acme --name smoke --database-url "$1" | tail -1)
  KEY=$KEY expect_demo=404 check_server postgres --database-url "$1"
fi
