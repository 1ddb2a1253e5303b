"""Starting `sessionql serve` from Python tests and talking HTTP to it."""

import contextlib
import json
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def binary():
    """The debug build of `sessionql`, built if it is not there yet."""
    bin_dir = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    path = Path(bin_dir) / "sessionql"
    if not path.exists():
        subprocess.run(["swift", "build", "--product", "sessionql"], cwd=ROOT, check=True)
    return path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# The API key each running server's /graphql requests carry: the embedded demo's own key
# (served to loopback at /auth/demo-key), or one a test created and registered with `use_key`.
KEYS = {}


def use_key(port, key):
    KEYS[port] = key


def create_key(database_arguments, organization="acme", name="python tests"):
    """A new API key from `sessionql keys create` (its last line of output)."""
    done = subprocess.run(
        [binary(), "keys", "create", "--organization", organization, "--name", name, *database_arguments],
        check=True, capture_output=True, text=True,
    )
    return done.stdout.strip().splitlines()[-1]


def request(port, path, body=None, key=None):
    """(status, body text) of one request; a connection failure reads as status 0. Requests to
    /graphql send the server's registered key unless `key` is given ("" sends none)."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    key = KEYS.get(port) if key is None else key
    if path.startswith("/graphql"):
        # A current client: request errors are 400 with this type (200 with application/json).
        req.add_header("Accept", "application/graphql-response+json")
        if key:
            req.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return 0, ""


def wait_for(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.25)
    pytest.fail(f"not within {seconds}s: {what}")


@contextlib.contextmanager
def serving(arguments, log_path):
    """Runs `sessionql serve ARGUMENTS` on a free port until /readyz is 200 and yields the
    port; afterwards SIGTERM must stop it with exit status 0."""
    port = free_port()
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [binary(), "serve", "--port", str(port), *arguments], stdout=log, stderr=subprocess.STDOUT
        )
        try:
            wait_for(lambda: request(port, "/readyz")[0] == 200 or server.poll() is not None, 60, "readyz 200")
            assert server.poll() is None, Path(log_path).read_text()
            status, body = request(port, "/auth/demo-key")
            if status == 200:
                use_key(port, json.loads(body)["key"])
            yield port
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                code = server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                code = "killed after 30s"
    KEYS.pop(port, None)
    assert code == 0, f"exit status {code}; log:\n" + Path(log_path).read_text()[-3000:]
