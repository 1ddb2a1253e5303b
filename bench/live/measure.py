"""Subscriptions and export at bench scale on PostgreSQL (see bench/RESULTS.md):

- latency from a tool call's commit to its `timelineItemAdded` event over graphql-transport-ws,
  at the default 1 s interval, then with `NOTIFY sessionql_activity` after each insert;
- memory per idle subscriber (RSS growth over 1,000 subscriptions on 50 WebSockets);
- export throughput and peak RSS for the 50,000-item session, per format.

Usage: python3 bench/live/measure.py BINARY DATABASE_URL [--events N]
"""

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import psycopg
import websockets

HUGE = "sess_acme_huge"


def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def start_server(binary, url, port, log):
    process = subprocess.Popen(
        [binary, "serve", "--database-url", url, "--port", str(port), "--rate-limit", "100000", "--rate-burst", "100000"],
        stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1)
            return process
        except Exception:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def key_for(binary, url):
    done = subprocess.run([binary, "keys", "create", "--organization", "acme", "--name", "live bench", "--database-url", url],
                          check=True, capture_output=True, text=True)
    return done.stdout.strip().splitlines()[-1]


async def connect(port, key):
    ws = await websockets.connect(f"ws://127.0.0.1:{port}/graphql", subprotocols=["graphql-transport-ws"], max_size=None)
    await ws.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {key}"}}))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    return ws


async def latency(port, key, url, events, notify):
    ws = await connect(port, key)
    await ws.send(json.dumps({"id": "live", "type": "subscribe", "payload": {
        "query": "subscription($id: ID!) { timelineItemAdded(sessionId: $id) { id } }", "variables": {"id": HUGE}}}))
    await asyncio.sleep(0.5)
    committed = {}
    samples = []
    with psycopg.connect(url, autocommit=True) as db:
        server, user = db.execute(
            "SELECT mcp_server_id, mcp_server_user_id FROM mcp_tool_calls WHERE mcp_server_session_id = %s LIMIT 1", (HUGE,)).fetchone()
        loop = asyncio.get_running_loop()
        for index in range(events):
            # Spread inserts over the interval so they land at every phase of the poll.
            await asyncio.sleep(0.35 + (index * 0.37) % 0.9)
            call_id = f"tc_bench_live_{os.getpid()}_{notify}_{index}"
            def insert():
                db.execute(
                    "INSERT INTO mcp_tool_calls (id, created_at, mcp_server_id, tool_name, mcp_server_user_id, mcp_server_session_id, input, output)"
                    " VALUES (%s, %s, %s, 'bench', %s, %s, '{}', '{}')",
                    (call_id, int(time.time() * 1000), server, user, HUGE))
                committed[call_id] = time.perf_counter()
                if notify:
                    db.execute("NOTIFY sessionql_activity")
            await loop.run_in_executor(None, insert)
            while True:
                message = json.loads(await asyncio.wait_for(ws.recv(), 10))
                if message.get("type") == "ping":
                    await ws.send(json.dumps({"type": "pong"}))
                    continue
                if message.get("type") == "next":
                    received = message["payload"]["data"]["timelineItemAdded"]["id"]
                    samples.append((time.perf_counter() - committed[received]) * 1000)
                    if received == call_id:
                        break
        db.execute("DELETE FROM mcp_tool_calls WHERE id LIKE %s", (f"tc_bench_live_{os.getpid()}_%",))
    await ws.close()
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1 if len(samples) >= 100 else -1], len(samples)


async def idle_memory(port, key, pid, sessions, connections=50, per_connection=20):
    before = rss_kib(pid)
    sockets = []
    for c in range(connections):
        ws = await connect(port, key)
        for s in range(per_connection):
            session = sessions[(c * per_connection + s) % len(sessions)]
            await ws.send(json.dumps({"id": f"s{s}", "type": "subscribe", "payload": {
                "query": "subscription($id: ID!) { timelineItemAdded(sessionId: $id) { id } }", "variables": {"id": session}}}))
        sockets.append(ws)
    await asyncio.sleep(3)
    after = rss_kib(pid)
    for ws in sockets:
        await ws.close()
    return before, after, connections * per_connection


def export(port, key, pid, extension):
    peak = [rss_kib(pid)]
    baseline = peak[0]
    done = threading.Event()
    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kib(pid))
            time.sleep(0.01)
    sampler = threading.Thread(target=sample)
    sampler.start()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/export/sessions/{HUGE}.{extension}",
                                     headers={"Authorization": f"Bearer {key}"})
    started = time.perf_counter()
    size = 0
    lines = 0
    with urllib.request.urlopen(request) as response:
        while chunk := response.read(1 << 16):
            size += len(chunk)
            lines += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    return elapsed, size, lines, baseline, peak[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("url")
    parser.add_argument("--events", type=int, default=100)
    args = parser.parse_args()
    port = 18470
    log = open("/tmp/sessionql-live-bench.log", "w")
    key = key_for(args.binary, args.url)
    server = start_server(args.binary, args.url, port, log)
    try:
        with psycopg.connect(args.url) as db:
            items = db.execute(
                "SELECT (SELECT count(*) FROM mcp_tool_calls WHERE mcp_server_session_id = %s) + (SELECT count(*) FROM support_requests WHERE mcp_server_session_id = %s)",
                (HUGE, HUGE)).fetchone()[0]
            sessions = [row[0] for row in db.execute(
                "SELECT s.mcp_server_session_id FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug"
                " JOIN organization o ON o.id = v.organization_id WHERE o.slug = 'acme' LIMIT 1000")]
        print(f"insert → event, {args.events} tool calls, interval 1 s (default)")
        median, p99, n = asyncio.run(latency(port, key, args.url, args.events, notify=False))
        print(f"  polling only:      median {median:7.1f} ms   p99 {p99:7.1f} ms   ({n} events)")
        median, p99, n = asyncio.run(latency(port, key, args.url, args.events, notify=True))
        print(f"  NOTIFY after each: median {median:7.1f} ms   p99 {p99:7.1f} ms   ({n} events)")
        before, after, count = asyncio.run(idle_memory(port, key, server.pid, sessions))
        print(f"idle subscribers: RSS {before / 1024:.1f} MiB → {after / 1024:.1f} MiB with {count} subscriptions on 50 sockets: "
              f"{(after - before) / count:.1f} KiB per subscription")
        print(f"export of the {items}-item session")
        for extension in ["jsonl", "csv", "json"]:
            elapsed, size, lines, baseline, peak = export(port, key, server.pid, extension)
            print(f"  .{extension:5} {elapsed:6.2f} s  {items / elapsed:8.0f} items/s  {size / 1e6:6.1f} MB  "
                  f"RSS {baseline / 1024:.0f} MiB before, peak {peak / 1024:.0f} MiB")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    sys.exit(main())
