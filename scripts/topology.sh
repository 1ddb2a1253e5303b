#!/usr/bin/env bash
# Builds SessionQL's scale-out shape on loopback, from Debian's packages:
#   a PostgreSQL primary, and a streaming replica of it made with `pg_basebackup -R`;
#   PgBouncer in transaction mode in front of each;
#   two `sessionql serve` processes, each writing through the primary's PgBouncer, reading
#   through the replica's, and listening on the primary directly;
#   nginx spreading requests over the two, round robin.
#
# Usage: scripts/topology.sh up | down | status | stop NAME | start NAME
#   NAME: primary, replica, pgbouncer-primary, pgbouncer-replica, sessionql-1, sessionql-2, nginx
# `up` prints the demo key, then the load balancer's URL as its last line. Everything lives in
# $SESSIONQL_TOPOLOGY_DIR (default /tmp/sessionql-topology), with ports from
# $SESSIONQL_TOPOLOGY_PORT (default 57000) up; `topology.env` there names them all.
# Run as root (the PostgreSQL clusters and PgBouncer run as the postgres user).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dir=${SESSIONQL_TOPOLOGY_DIR:-/tmp/sessionql-topology}
base=${SESSIONQL_TOPOLOGY_PORT:-57000}
primary_port=$((base + 1)) replica_port=$((base + 2))
bouncer_primary_port=$((base + 11)) bouncer_replica_port=$((base + 12))
server_ports=($((base + 21)) $((base + 22)))
balancer_port=$((base + 80))
database=sessionql
pg_bin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin

as_postgres() { runuser -u postgres -- "$@"; }
say() { echo "topology: $*" >&2; }

wait_until() { # wait_until SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 $((seconds * 10))); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  say "$what did not come up within ${seconds}s"; return 1
}

sessionql_bin() {
  local bin=${SESSIONQL_BIN:-}
  if [ -z "$bin" ]; then
    bin=$(swift build --show-bin-path)/sessionql
    [ -x "$bin" ] || swift build --product sessionql >&2
  fi
  echo "$bin"
}

direct_url() { echo "postgres://sessionql@127.0.0.1:$1/$database"; }
pooled_url() { echo "postgres://sessionql@127.0.0.1:$1/$database?pooler=transaction"; }

# PostgreSQL -----------------------------------------------------------------------------

cluster_start() { # cluster_start NAME
  as_postgres "$pg_bin/pg_ctl" -D "$dir/$1" -l "$dir/$1.log" -w -t 60 start >/dev/null
}

cluster_stop() {
  [ -f "$dir/$1/postmaster.pid" ] || return 0
  as_postgres "$pg_bin/pg_ctl" -D "$dir/$1" -m fast -w -t 60 stop >/dev/null || true
}

make_primary() {
  as_postgres "$pg_bin/initdb" -D "$dir/primary" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
  cat >>"$dir/primary/postgresql.conf" <<EOF
port = $primary_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
wal_level = replica
max_wal_senders = 5
hot_standby = on
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 64MB
EOF
  cat >"$dir/primary/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 trust
host replication all 127.0.0.1/32 trust
EOF
  cluster_start primary
  as_postgres "$pg_bin/psql" -h "$dir" -p "$primary_port" -U postgres -qc "CREATE ROLE sessionql LOGIN"
  as_postgres "$pg_bin/psql" -h "$dir" -p "$primary_port" -U postgres -qc "CREATE DATABASE $database OWNER sessionql"
  # Behind a pooler in transaction mode SessionQL sends no startup settings: the role
  # carries them (see the README's operations section).
  as_postgres "$pg_bin/psql" -h "$dir" -p "$primary_port" -U postgres -qc \
    "ALTER ROLE sessionql SET statement_timeout = '5s'; ALTER ROLE sessionql SET jit = off"
}

make_replica() {
  as_postgres "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/replica" -R -X stream >/dev/null
  echo "port = $replica_port" >>"$dir/replica/postgresql.conf"
  cluster_start replica
}

# PgBouncer ------------------------------------------------------------------------------

bouncer_config() { # bouncer_config NAME LISTEN_PORT SERVER_PORT
  cat >"$dir/pgbouncer-$1.ini" <<EOF
[databases]
$database = host=127.0.0.1 port=$3 dbname=$database

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $2
unix_socket_dir =
auth_type = trust
auth_file = $dir/userlist.txt
pool_mode = transaction
max_client_conn = 500
default_pool_size = 20
server_reset_query =
server_login_retry = 1
ignore_startup_parameters = extra_float_digits
logfile = $dir/pgbouncer-$1.log
pidfile = $dir/pgbouncer-$1.pid
EOF
}

bouncer_start() { # bouncer_start NAME LISTEN_PORT
  as_postgres pgbouncer -d "$dir/pgbouncer-$1.ini"
  wait_until 10 "pgbouncer-$1" bash -c "exec 3<>/dev/tcp/127.0.0.1/$2"
}

stop_pid_file() { # stop_pid_file FILE [SIGNAL]
  [ -f "$1" ] || return 0
  local pid; pid=$(cat "$1")
  kill -"${2:-TERM}" "$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$1"
}

# SessionQL ------------------------------------------------------------------------------

server_start() { # server_start N (1 or 2)
  local n=$1 port=${server_ports[$(($1 - 1))]} bin; bin=$(sessionql_bin)
  (cd "$dir" && exec "$bin" serve --host 127.0.0.1 --port "$port" \
    --database-url "$(pooled_url "$bouncer_primary_port")" \
    --read-database-url "$(pooled_url "$bouncer_replica_port")" \
    --listen-database-url "$(direct_url "$primary_port")" \
    ${SESSIONQL_TOPOLOGY_SERVE_ARGS:-}) >>"$dir/sessionql-$n.log" 2>&1 &
  echo $! >"$dir/sessionql-$n.pid"
  wait_until 60 "sessionql-$n" curl -sf "http://127.0.0.1:$port/readyz"
}

# nginx ----------------------------------------------------------------------------------

nginx_config() {
  mkdir -p "$dir/nginx"
  chmod 777 "$dir/nginx"
  cat >"$dir/nginx.conf" <<EOF
worker_processes 1;
daemon on;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log $dir/nginx-access.log;
  client_body_temp_path $dir/nginx/body;
  proxy_temp_path $dir/nginx/proxy;
  fastcgi_temp_path $dir/nginx/fastcgi;
  uwsgi_temp_path $dir/nginx/uwsgi;
  scgi_temp_path $dir/nginx/scgi;
  upstream sessionql {
    server 127.0.0.1:${server_ports[0]} max_fails=0;
    server 127.0.0.1:${server_ports[1]} max_fails=0;
    keepalive 32;
  }
  # A WebSocket upgrade must be the first request on its connection (the server upgrades
  # no connection that has served requests before), so upgrades skip the kept-alive ones.
  upstream sessionql_upgrades {
    server 127.0.0.1:${server_ports[0]} max_fails=0;
    server 127.0.0.1:${server_ports[1]} max_fails=0;
  }
  map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
  map \$http_upgrade \$upstream { default sessionql_upgrades; '' sessionql; }
  server {
    listen 127.0.0.1:$balancer_port;
    client_max_body_size 2m;
    location / {
      proxy_pass http://\$upstream;
      proxy_http_version 1.1;
      proxy_set_header Host \$host;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      # Event streams and exports flow as they are written.
      proxy_buffering off;
      proxy_max_temp_file_size 0;
      proxy_read_timeout 1h;
      proxy_connect_timeout 1s;
      # A replica that refuses the connection (stopped) or answers 503 (draining before
      # it stops, or without its database) is skipped: it did not run the request, so
      # sending it to the other one is safe.
      proxy_next_upstream error http_503 non_idempotent;
    }
  }
}
EOF
}

nginx_start() {
  nginx -p "$dir" -c "$dir/nginx.conf"
  wait_until 10 nginx curl -sf "http://127.0.0.1:$balancer_port/healthz"
}

# Commands -------------------------------------------------------------------------------

start_one() {
  case $1 in
    primary) cluster_start primary ;;
    replica) cluster_start replica ;;
    pgbouncer-primary) bouncer_start primary "$bouncer_primary_port" ;;
    pgbouncer-replica) bouncer_start replica "$bouncer_replica_port" ;;
    sessionql-1) server_start 1 ;;
    sessionql-2) server_start 2 ;;
    nginx) nginx_start ;;
    *) say "unknown part $1"; exit 2 ;;
  esac
}

stop_one() {
  case $1 in
    primary|replica) cluster_stop "$1" ;;
    pgbouncer-primary|pgbouncer-replica|sessionql-1|sessionql-2) stop_pid_file "$dir/$1.pid" ;;
    nginx) stop_pid_file "$dir/nginx.pid" QUIT ;;
    *) say "unknown part $1"; exit 2 ;;
  esac
}

down() {
  for part in nginx sessionql-1 sessionql-2 pgbouncer-primary pgbouncer-replica replica primary; do
    stop_one "$part"
  done
  rm -rf "$dir"
}

up() {
  command -v pgbouncer >/dev/null && command -v nginx >/dev/null || {
    say "installing pgbouncer and nginx"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer nginx >/dev/null
  }
  [ -d "$dir" ] && down
  mkdir -p "$dir"
  chown postgres "$dir"
  local bin; bin=$(sessionql_bin)
  say "primary on $primary_port"
  make_primary
  say "migrating and seeding through a direct connection"
  "$bin" migrate --database-url "$(direct_url "$primary_port")" >"$dir/migrate.log" 2>&1
  "$bin" seed --database-url "$(direct_url "$primary_port")" >"$dir/seed.log" 2>&1
  local key; key=$("$bin" keys create --organization acme --name topology \
    --database-url "$(direct_url "$primary_port")" 2>>"$dir/keys.log" | tail -1)
  say "streaming replica on $replica_port"
  make_replica
  echo '"sessionql" ""' >"$dir/userlist.txt"
  bouncer_config primary "$bouncer_primary_port" "$primary_port"
  bouncer_config replica "$bouncer_replica_port" "$replica_port"
  chown postgres "$dir"/pgbouncer-*.ini "$dir/userlist.txt"
  say "pgbouncer on $bouncer_primary_port and $bouncer_replica_port"
  start_one pgbouncer-primary
  start_one pgbouncer-replica
  say "sessionql on ${server_ports[*]}"
  start_one sessionql-1
  start_one sessionql-2
  nginx_config
  say "nginx on $balancer_port"
  start_one nginx
  cat >"$dir/topology.env" <<EOF
SESSIONQL_TOPOLOGY_KEY=$key
SESSIONQL_TOPOLOGY_URL=http://127.0.0.1:$balancer_port
SESSIONQL_TOPOLOGY_SERVERS=http://127.0.0.1:${server_ports[0]},http://127.0.0.1:${server_ports[1]}
SESSIONQL_TOPOLOGY_PRIMARY=$(direct_url "$primary_port")
SESSIONQL_TOPOLOGY_REPLICA=$(direct_url "$replica_port")
SESSIONQL_TOPOLOGY_PRIMARY_POOLED=$(pooled_url "$bouncer_primary_port")
SESSIONQL_TOPOLOGY_REPLICA_POOLED=$(pooled_url "$bouncer_replica_port")
SESSIONQL_TOPOLOGY_DIR=$dir
EOF
  echo "API key for acme: $key"
  echo "http://127.0.0.1:$balancer_port"
}

status() {
  for part in primary replica; do
    printf '%-18s %s\n' "$part" "$([ -f "$dir/$part/postmaster.pid" ] && echo up || echo down)"
  done
  for part in pgbouncer-primary pgbouncer-replica sessionql-1 sessionql-2 nginx; do
    local file=$dir/$part.pid
    printf '%-18s %s\n' "$part" "$([ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && echo up || echo down)"
  done
}

case ${1:-} in
  up) up ;;
  down) down ;;
  status) status ;;
  stop) stop_one "${2:?name a part}" ;;
  start) start_one "${2:?name a part}" ;;
  *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
