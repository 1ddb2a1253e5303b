"""A body over the limit gets a 413 the client can read, never a reset connection: a 5 MiB
body written in 64 KiB pieces, the way a slow client sends it, five times over."""

import json
import socket

from serve_process import KEYS, serving

BODY = b'{"query":"' + b"a" * (5 * 1024 * 1024) + b'"}'


def post_slowly(port, key):
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        head = (
            "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {key}\r\nContent-Length: {len(BODY)}\r\nConnection: close\r\n\r\n"
        ).encode()
        connection.sendall(head)
        for offset in range(0, len(BODY), 65536):
            connection.sendall(BODY[offset:offset + 65536])
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    return head.split(b"\r\n")[0].decode(), body


def test_an_oversized_body_is_a_readable_413(tmp_path):
    with serving(["--data-dir", str(tmp_path / "data")], tmp_path / "serve.log") as port:
        for _ in range(5):
            status, body = post_slowly(port, KEYS[port])
            assert status.startswith("HTTP/1.1 413"), status
            assert json.loads(body)["errors"][0]["message"] == "The request body is larger than 1048576 bytes."
