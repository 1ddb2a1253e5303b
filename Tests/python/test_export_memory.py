"""A 50,000-item session exports with bounded memory: the server's resident set grows by a
small fraction of the file while it streams it (each page of 100 items is written as the
client reads it)."""

import json
import signal
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import activity_rows
from serve_process import binary, free_port, request, serving, wait_for

SESSION = "sess_export_bulk"
ITEMS = 50_000
# Each output holds about 1 KB of text, so the JSON file is over 50 MB.
TEXT = "x" * 1000


def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def add_bulk_session(database):
    activity_rows.add_bulk_session(database, SESSION, ITEMS, TEXT, "Bulk export", "tc_bulk")


def test_a_50000_item_export_streams_in_bounded_memory(tmp_path):
    data = tmp_path / "data"
    # The first start creates and seeds the database.
    with serving(["--data-dir", str(data)], tmp_path / "first.log"):
        pass
    add_bulk_session(data / "sessionql.sqlite")

    port = free_port()
    with open(tmp_path / "serve.log", "w") as log:
        server = subprocess.Popen([binary(), "serve", "--port", str(port), "--data-dir", str(data)], stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_for(lambda: request(port, "/readyz")[0] == 200, 60, "readyz 200")
            key = json.loads(request(port, "/auth/demo-key")[1])["key"]

            def export(path):
                req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Authorization": f"Bearer {key}"})
                size = 0
                items = 0
                with urllib.request.urlopen(req, timeout=300) as response:
                    assert response.status == 200
                    while chunk := response.read(1 << 16):
                        size += len(chunk)
                        items += chunk.count(b"\n")
                return size, items

            # Warm up the pool, the caches and the allocator with a small export first.
            export("/export/sessions/sess_acme_big.json")
            baseline = rss_kib(server.pid)
            peak = [baseline]
            done = threading.Event()

            def sample():
                while not done.is_set():
                    peak[0] = max(peak[0], rss_kib(server.pid))
                    time.sleep(0.005)

            sampler = threading.Thread(target=sample)
            sampler.start()
            try:
                size, lines = export(f"/export/sessions/{SESSION}.json")
            finally:
                done.set()
                sampler.join()
            # `{"session":…,"items":[` then one item per line, then `]}`.
            assert lines == ITEMS + 2
            assert size > 50_000_000
            growth_mib = (peak[0] - baseline) / 1024
            print(f"export of {size / 1e6:.1f} MB: RSS {baseline / 1024:.1f} MiB before, peak {peak[0] / 1024:.1f} MiB")
            assert growth_mib < 32, f"RSS grew by {growth_mib:.1f} MiB while streaming {size / 1e6:.1f} MB"
        finally:
            server.send_signal(signal.SIGTERM)
            assert server.wait(timeout=30) == 0
