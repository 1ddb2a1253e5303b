"""A client that disconnects cancels its SQL: a request whose statement waits on a lock is
left by its client, and the statement is gone from pg_stat_activity within seconds, long
before its 60 s statement_timeout, while the lock is still held."""

import json
import socket
import subprocess
import time
import urllib.parse

import psycopg

from serve_process import binary, request, serving, use_key, wait_for
from test_outage_recovery import database_url, psql

SCHEMA = "pytest_disconnect"


def waiting_statements(db):
    return db.execute(
        "SELECT pid FROM pg_stat_activity WHERE state = 'active' AND wait_event_type = 'Lock'"
        " AND query LIKE '%mcp_server_session%' AND pid <> pg_backend_pid()").fetchall()


def test_a_client_that_disconnects_cancels_its_statement(tmp_path):
    url = database_url()
    psql(url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE; CREATE SCHEMA {SCHEMA}")
    scoped = urllib.parse.urlunsplit(urllib.parse.urlsplit(url)._replace(query=f"schema={SCHEMA}"))
    database = ["--database-url", scoped]
    subprocess.run([binary(), "migrate", *database], check=True, capture_output=True)
    subprocess.run([binary(), "seed", *database, "--seed", "1"], check=True, capture_output=True)
    key = subprocess.run([binary(), "keys", "create", "--organization", "acme", "--name", "disconnect", *database],
                         check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with serving([*database, "--statement-timeout", "60", "--request-timeout", "120"], tmp_path / "serve.log") as port:
        use_key(port, key)
        assert request(port, "/graphql", {"query": "{ session(id: \"sess_acme_ties\") { id } }"})[0] == 200
        with psycopg.connect(url) as holder, psycopg.connect(url, autocommit=True) as observer:
            holder.execute(f"LOCK TABLE {SCHEMA}.mcp_server_session IN ACCESS EXCLUSIVE MODE")
            body = json.dumps({"query": "{ session(id: \"sess_acme_ties\") { id title } }"}).encode()
            client = socket.create_connection(("127.0.0.1", port))
            client.sendall(
                b"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + f"Authorization: Bearer {key}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
            wait_for(lambda: len(waiting_statements(observer)) == 1, 10, "the request's statement waits on the lock")
            client.close()
            started = time.monotonic()
            wait_for(lambda: waiting_statements(observer) == [], 5, "the statement is cancelled once its client left")
            print(f"cancelled {time.monotonic() - started:.2f} s after the client left")
            # The lock is still held: nothing else released the statement.
            assert observer.execute("SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND granted").fetchone()[0] >= 1
            holder.rollback()
        # The server serves on, its pool whole.
        assert request(port, "/graphql", {"query": "{ session(id: \"sess_acme_ties\") { id } }"}) == \
            (200, '{"data":{"session":{"id":"sess_acme_ties"}}}')
    psql(url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
