"""Tracing over OTLP/HTTP (swift-otel): with an endpoint, a request is a server span that
continues the caller's W3C traceparent, each execution level a span inside it, and each SQL
statement a span inside its level; without one, nothing is sent."""

import base64
import http.server
import json
import os
import threading
import time
import urllib.request

from serve_process import free_port, request, serving, wait_for

TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
PARENT_ID = "b7ad6b7169203331"
QUERY = "{ sessions(first: 2) { nodes { id toolCallCount } } }"


class Collector:
    """An OTLP/HTTP receiver that keeps every span it is sent (JSON encoding)."""

    def __init__(self, port):
        self.spans, self.posts = [], 0
        collector = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                collector.posts += 1
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    for resource in json.loads(body).get("resourceSpans", []):
                        for scope in resource.get("scopeSpans", []):
                            collector.spans.extend(scope.get("spans", []))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *arguments):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def hex_id(value):
    """OTLP/JSON ids, in hex or (as protobuf's JSON mapping writes bytes) base64."""
    if value and all(c in "0123456789abcdef" for c in value.lower()) and len(value) in (16, 32):
        return value.lower()
    return base64.b64decode(value).hex() if value else ""


def traced_request(port, key):
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", data=json.dumps({"query": QUERY}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}",
                 "traceparent": f"00-{TRACE_ID}-{PARENT_ID}-01"})
    with urllib.request.urlopen(req, timeout=30) as response:
        return json.loads(response.read())


def test_a_request_is_a_trace_of_levels_and_statements(tmp_path, monkeypatch):
    collector_port = free_port()
    collector = Collector(collector_port)
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "100")
    try:
        arguments = ["--data-dir", str(tmp_path / "data"), "--otlp-endpoint",
                     f"http://127.0.0.1:{collector_port}/v1/traces", "--otlp-protocol", "http/json"]
        with serving(arguments, tmp_path / "serve.log") as port:
            key = json.loads(request(port, "/auth/demo-key")[1])["key"]
            answer = traced_request(port, key)
            assert len(answer["data"]["sessions"]["nodes"]) == 2

            def ours():
                return [s for s in collector.spans if hex_id(s["traceId"]) == TRACE_ID]

            wait_for(lambda: any(s["name"].startswith("GraphQL level") for s in ours())
                     and any(s.get("kind") == 2 for s in ours()), 15, "the request's spans are exported")
            # The batch may arrive in parts: let a second export come in.
            time.sleep(0.5)
            spans = {hex_id(s["spanId"]): s for s in ours()}
            servers = [s for s in spans.values() if s.get("kind") == 2]
            assert len(servers) == 1 and hex_id(servers[0]["parentSpanId"]) == PARENT_ID
            server_id = hex_id(servers[0]["spanId"])
            levels = {i: s for i, s in spans.items() if s["name"].startswith("GraphQL level")}
            assert sorted(s["name"] for s in levels.values())[:2] == ["GraphQL level 1", "GraphQL level 2"]
            assert all(hex_id(s["parentSpanId"]) == server_id for s in levels.values())
            statements = [s for s in spans.values() if s["name"].startswith("SQL ")]
            # The key's check is the request's own; the reads of the execution are inside levels.
            reads = [s for s in statements if hex_id(s.get("parentSpanId", "")) in levels]
            assert len(reads) >= 2
            assert all(hex_id(s["parentSpanId"]) in levels or hex_id(s["parentSpanId"]) == server_id for s in statements)
            attributes = {a["key"]: a["value"] for a in reads[0]["attributes"]}
            assert attributes["db.system"] == {"stringValue": "sqlite"}
            assert "SELECT" in attributes["db.statement"]["stringValue"]
            # Keys never travel in spans.
            assert key not in json.dumps(ours())
    finally:
        collector.close()


def test_nothing_is_sent_without_an_endpoint(tmp_path, monkeypatch):
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_ENDPOINT", raising=False)
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", raising=False)
    # Where an exporter would send by default.
    collector = Collector(4318)
    try:
        with serving(["--data-dir", str(tmp_path / "data")], tmp_path / "serve.log") as port:
            key = json.loads(request(port, "/auth/demo-key")[1])["key"]
            traced_request(port, key)
            time.sleep(6)  # past a batch processor's default 5 s delay
        assert collector.posts == 0
    finally:
        collector.close()
