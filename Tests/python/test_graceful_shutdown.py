"""SIGTERM takes a replica out from behind a load balancer cleanly: `/readyz` answers 503 from
the signal on while `/healthz` stays 200, new requests are answered 503, a download already
under way finishes whole, and then the process exits 0. A download that outlasts
`--shutdown-timeout` is cut off at the deadline, and the process still exits 0.

The download in flight is a large session's export read through a small receive buffer: the
server writes it only as fast as the client takes it, so it stays open as long as the check
needs."""

import http.client
import json
import signal
import socket
import subprocess
import time

import pytest
from activity_rows import add_bulk_session
from serve_process import binary, serving, wait_for
from subscription_clients import Socket, running

SESSION = "sess_drain_bulk"
ITEMS = 4_000
# About 1 KB of text an item: a 4 MB file, far more than the socket buffers hold.
TEXT = "x" * 1000


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """A seeded data folder with one large session to export."""
    directory = tmp_path_factory.mktemp("graceful-shutdown")
    data = directory / "data"
    with serving(["--data-dir", str(data)], directory / "first.log"):
        pass
    add_bulk_session(data / "sessionql.sqlite", SESSION, ITEMS, TEXT, "Drain export", "tc_drain")
    return data


class SlowDownload:
    """GET of the large session's JSON Lines export over a socket with a 4 KiB receive buffer,
    read only when asked."""

    def __init__(self, port, key):
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.settimeout(30)
        sock.connect(("127.0.0.1", port))
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.connection.sock = sock
        self.connection.request("GET", f"/export/sessions/{SESSION}.jsonl", headers={"Authorization": f"Bearer {key}"})
        self.response = self.connection.getresponse()
        self.body = self.response.read(4096)

    def rest(self):
        """The whole body; raises http.client.IncompleteRead when the server cut it off."""
        self.body += self.response.read()
        return self.body

    def close(self):
        self.connection.close()


def get(port, path, headers=None):
    """(status, headers, body text) of a GET on a new connection; status 0 when refused."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    except OSError:
        return 0, {}, ""
    finally:
        connection.close()


def test_sigterm_drains_readyz_503_healthz_200_until_the_download_in_flight_finishes(data_dir, tmp_path):
    with running(["--data-dir", str(data_dir)], tmp_path / "serve.log") as (port, process, key):
        download = SlowDownload(port, key)
        try:
            assert download.response.status == 200
            assert get(port, "/readyz")[0] == 200

            process.send_signal(signal.SIGTERM)
            signalled = time.monotonic()
            wait_for(lambda: get(port, "/readyz")[0] == 503, 2, "readyz 503 after SIGTERM")
            assert time.monotonic() - signalled < 1
            status, headers, body = get(port, "/readyz")
            assert (status, body, headers["Cache-Control"]) == (503, "shutting down\n", "no-store")
            status, _, body = get(port, "/healthz")
            assert (status, body) == (200, "ok\n")

            # New work is refused while the download drains; a new WebSocket closes at once
            # with 1001, going away.
            status, headers, body = get(port, "/schema.graphql")
            assert status == 503
            assert headers["Retry-After"] == "1"
            assert [error["extensions"]["code"] for error in json.loads(body)["errors"]] == ["SHUTTING_DOWN"]
            with Socket(port) as late:
                assert late.close_frame(5) == (1001, "The server is shutting down")

            # The download goes on, and /healthz stays 200 all the while.
            while len(download.body) < 2_000_000:
                chunk = download.response.read(256 * 1024)
                assert chunk, "the download ended early"
                download.body += chunk
                assert get(port, "/healthz")[0] == 200
            assert process.poll() is None
            lines = download.rest().decode().splitlines()
            assert len(lines) == ITEMS
            assert [json.loads(line)["id"] for line in (lines[0], lines[-1])] == ["tc_drain_00000", f"tc_drain_{ITEMS - 1:05d}"]
        finally:
            download.close()
        process.wait(timeout=10)
        assert process.returncode == 0
        assert get(port, "/healthz")[0] == 0


def test_a_download_that_outlasts_the_shutdown_timeout_is_cut_off_and_the_server_exits_0(data_dir, tmp_path):
    with running(["--data-dir", str(data_dir), "--shutdown-timeout", "1"], tmp_path / "serve.log") as (port, process, key):
        download = SlowDownload(port, key)
        try:
            assert download.response.status == 200
            process.send_signal(signal.SIGTERM)
            signalled = time.monotonic()
            code = process.wait(timeout=10)
            took = time.monotonic() - signalled
            assert code == 0, (tmp_path / "serve.log").read_text()[-3000:]
            assert 1 <= took < 2.5, f"exited {took:.2f}s after SIGTERM"
            with pytest.raises(http.client.IncompleteRead):
                download.rest()
            assert len(download.body) < ITEMS * 1000
        finally:
            download.close()
        log = (tmp_path / "serve.log").read_text()
        assert "shutdown deadline reached" in log


@pytest.mark.parametrize("value", ["0", "-1"])
def test_the_shutdown_timeout_must_be_above_0(value):
    done = subprocess.run([binary(), "serve", f"--shutdown-timeout={value}"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 64
    assert "--shutdown-timeout must be above 0 and at most 3600 seconds." in done.stderr
