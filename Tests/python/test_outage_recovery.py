"""A PostgreSQL outage gives 503 with SERVICE_UNAVAILABLE, and the server recovers by itself.

`sessionql serve` reaches PostgreSQL through a TCP relay this test owns. Stopping the relay
drops every open connection and refuses new ones, as a database going away does; starting it
again on the same port is the database coming back. The server process is never restarted.

Needs SESSIONQL_TEST_DATABASE_URL (a database the test may add a schema to) and fails instead
of skipping when SESSIONQL_REQUIRE_POSTGRES=1.
"""

import os
import socket
import subprocess
import threading
import urllib.parse

import pytest

from serve_process import binary, create_key, free_port, request, serving, use_key, wait_for

SCHEMA = "pytest_outage"
QUERY = '{ viewer { slug } session(id: "sess_acme_big") { toolCallCount supportTicketCount } }'
ANSWER = '{"data":{"viewer":{"slug":"acme"},"session":{"toolCallCount":520,"supportTicketCount":6}}}'
# With the database gone the key cannot be checked either, so the request stops before the
# GraphQL layer, still with SERVICE_UNAVAILABLE.
UNAVAILABLE = (
    '{"errors":[{"message":"The database is unavailable; try again shortly.",'
    '"extensions":{"code":"SERVICE_UNAVAILABLE"}}]}'
)


def database_url():
    url = os.environ.get("SESSIONQL_TEST_DATABASE_URL", "")
    if not url:
        if os.environ.get("SESSIONQL_REQUIRE_POSTGRES") == "1":
            pytest.fail("SESSIONQL_REQUIRE_POSTGRES=1 but SESSIONQL_TEST_DATABASE_URL is not set")
        pytest.skip("SKIPPED: PostgreSQL outage test (set SESSIONQL_TEST_DATABASE_URL to run it)")
    return url


class Relay:
    """Forwards TCP connections from a local port to a target; stop() cuts them all."""

    def __init__(self, port, target):
        self.port = port
        self.target = target
        self.listener = None
        self.sockets = set()
        self.lock = threading.Lock()

    def start(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self):
        listener, self.listener = self.listener, None
        if listener:
            # close() alone leaves a socket that a thread is blocked accepting on still
            # listening; shutdown() wakes that thread and stops the listening.
            try:
                listener.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            listener.close()
        with self.lock:
            sockets, self.sockets = self.sockets, set()
        for s in sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            if listener is not self.listener:
                client.close()
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets.update((client, upstream))
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client), daemon=True).start()

    def _pipe(self, source, sink):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def psql(url, sql):
    subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], check=True, capture_output=True)


def with_host_port_and_schema(url, port):
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    credentials = netloc[0] + "@" if len(netloc) == 2 else ""
    return urllib.parse.urlunsplit((parts.scheme, f"{credentials}127.0.0.1:{port}", parts.path, f"schema={SCHEMA}", ""))


def test_an_outage_is_503_and_the_server_recovers_without_a_restart(tmp_path):
    url = database_url()
    target = urllib.parse.urlsplit(url)
    sessionql = binary()

    psql(url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE; CREATE SCHEMA {SCHEMA}")
    direct = urllib.parse.urlunsplit(target._replace(query=f"schema={SCHEMA}"))
    subprocess.run([sessionql, "migrate", "--database-url", direct], check=True, capture_output=True)
    subprocess.run([sessionql, "seed", "--database-url", direct, "--seed", "1"], check=True, capture_output=True)
    key = create_key(["--database-url", direct])

    relay = Relay(free_port(), (target.hostname or "127.0.0.1", target.port or 5432))
    relay.start()
    try:
        with serving(["--database-url", with_host_port_and_schema(url, relay.port)], tmp_path / "serve.log") as port:
            use_key(port, key)
            assert request(port, "/graphql", {"query": QUERY}) == (200, ANSWER)

            relay.stop()
            wait_for(lambda: request(port, "/readyz")[0] == 503, 30, "readyz 503 once the database is gone")
            assert request(port, "/healthz")[0] == 200
            assert request(port, "/graphql", {"query": "{ viewer { slug } }"}) == (503, UNAVAILABLE)

            relay.start()
            wait_for(lambda: request(port, "/readyz")[0] == 200, 60, "readyz 200 once the database is back")
            assert request(port, "/graphql", {"query": QUERY}) == (200, ANSWER)
    finally:
        relay.stop()
    assert key not in (tmp_path / "serve.log").read_text(), "API keys never reach the log"
    psql(url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
