"""A browser's own EventSource watches a session over GraphQL server-sent events, with the key
in the URL's `access_token` (EventSource cannot send headers), and nothing without it."""

import json
import sqlite3
import time
import urllib.parse

from conftest import binary  # noqa: F401  (the suite's binary check)
from serve_process import request, serving, wait_for

SUBSCRIPTION = "subscription { timelineItemAdded(sessionId: \"sess_acme_ties\") { id } }"


def insert_call(database, serial):
    db = sqlite3.connect(database, timeout=10)
    with db:
        server, user = db.execute(
            "SELECT mcp_server_id, mcp_server_user_id FROM mcp_tool_calls WHERE mcp_server_session_id = 'sess_acme_ties' LIMIT 1").fetchone()
        key = f"tc_event_source_{serial:03d}"
        db.execute(
            "INSERT INTO mcp_tool_calls(id, created_at, mcp_server_id, tool_name, mcp_server_user_id, mcp_server_session_id, input, output)"
            " VALUES (?, ?, ?, 'watched', ?, 'sess_acme_ties', '{}', '{}')", (key, int(time.time() * 1000), server, user))
    db.close()
    return key


def test_an_event_source_watches_a_session_with_the_key_in_its_url(tmp_path, browser):
    data = tmp_path / "data"
    with serving(["--data-dir", str(data), "--watch-interval", "0.2"], tmp_path / "serve.log") as port:
        key = json.loads(request(port, "/auth/demo-key")[1])["key"]
        origin = f"http://127.0.0.1:{port}"
        page = browser.new_page()
        try:
            page.goto(f"{origin}/healthz")
            url = "/graphql?" + urllib.parse.urlencode({"query": SUBSCRIPTION, "access_token": key})
            page.evaluate("""(url) => {
                window.watched = { open: false, events: [], errors: 0 };
                const source = new EventSource(url);
                source.onopen = () => { window.watched.open = true; };
                source.onerror = () => { window.watched.errors += 1; };
                source.addEventListener('next', (event) => window.watched.events.push(JSON.parse(event.data)));
                window.watchedSource = source;
            }""", url)
            wait_for(lambda: page.evaluate("window.watched.open"), 10, "the event stream opens")
            # Subscribing has no acknowledgement: write until the stream carries a row.
            written = []
            for serial in range(40):
                written.append(insert_call(data / "sessionql.sqlite", serial))
                time.sleep(0.25)
                if page.evaluate("window.watched.events.length") > 0:
                    break
            events = page.evaluate("window.watched.events")
            assert events, "no event reached the EventSource"
            first = events[0]["data"]["timelineItemAdded"]["id"]
            assert first in written
            # Everything after the first delivered row arrives, in order.
            later = insert_call(data / "sessionql.sqlite", 99)
            wait_for(lambda: later in [e["data"]["timelineItemAdded"]["id"] for e in page.evaluate("window.watched.events")],
                     10, "the next row reaches the EventSource")
            ids = [e["data"]["timelineItemAdded"]["id"] for e in page.evaluate("window.watched.events")]
            assert ids == written[written.index(first):] + [later]
            page.evaluate("window.watchedSource.close()")

            # Without the key the stream is refused (401), which EventSource reports as an error.
            page.evaluate("""(url) => {
                window.refused = { errors: 0, open: false };
                const source = new EventSource(url);
                source.onopen = () => { window.refused.open = true; };
                source.onerror = () => { window.refused.errors += 1; source.close(); };
            }""", "/graphql?" + urllib.parse.urlencode({"query": SUBSCRIPTION}))
            wait_for(lambda: page.evaluate("window.refused.errors") > 0, 10, "the stream without a key fails")
            assert page.evaluate("window.refused.open") is False
        finally:
            page.close()
    # The key never reached a request's log line, though it was in a URL (the embedded demo
    # announces its own key once at start).
    request_lines = [line for line in (tmp_path / "serve.log").read_text().splitlines() if "path=/graphql" in line]
    assert len(request_lines) >= 2 and not any(key in line for line in request_lines)
