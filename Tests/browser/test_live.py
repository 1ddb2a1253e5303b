"""The live timeline: rows the platform writes while the page is open appear at the end of the
timeline in time order, once, matching the filters; Pause stops them and Resume catches up;
scrolled away from the end a pill counts them; the session cards' counts follow; and after
the server restarts the page reconnects and catches up.

These tests run their own `sessionql serve` (polling every 0.2 s) on their own database, so
the rows they write never reach the other tests, and restarting it keeps the page's origin."""

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from conftest import ROOT, binary, screenshot
from panes import SESSIONS, TIMELINE, all_keys, keys_by_scrolling, option, options
from serve_process import free_port, request, wait_for

USER = "mcpu_live_user"
SESSION = "sess_live"
OTHER_SESSION = "sess_live_other"  # the same user's other session
FOREIGN_SESSION = "sess_live_globex"  # another organization's
LONG = "sess_live_long"  # enough items to scroll
START = int(time.time() * 1000) - 3_600_000
LABEL = f"{TIMELINE} .live-state"


class LiveServer:
    """`sessionql serve` on a fixed port, which can be stopped and started again."""

    def __init__(self, data_dir, log):
        self.data_dir, self.log, self.port, self.process = data_dir, log, free_port(), None
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self):
        arguments = ["serve", "--port", str(self.port), "--data-dir", str(self.data_dir),
                     "--playground-dir", str(ROOT / "playground"), "--watch-interval", "0.2",
                     "--rate-limit", "100000", "--rate-burst", "100000"]
        with open(self.log, "a") as log:
            self.process = subprocess.Popen([binary(), *arguments], stdout=log, stderr=subprocess.STDOUT)
        wait_for(lambda: request(self.port, "/readyz")[0] == 200 or self.process.poll() is not None, 60, "readyz 200")
        assert self.process.poll() is None, Path(self.log).read_text()[-3000:]

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=30)
        assert code == 0, f"exit status {code}; log:\n" + Path(self.log).read_text()[-3000:]


class Rows:
    """Writes rows as the platform does, each stamped now and later than the one before."""

    def __init__(self, path):
        self.path, self.last, self.serial = path, 0, 0

    def stamp(self):
        self.last = max(int(time.time() * 1000), self.last + 1)
        return self.last

    def execute(self, sql, parameters):
        db = sqlite3.connect(self.path, timeout=10)
        with db:
            db.execute(sql, parameters)
        db.close()

    def call(self, session=SESSION, tool="live_tool", error=False, server="srv_acme_docs", user=USER):
        self.serial += 1
        key = f"tc_live_{self.serial:04d}"
        output = {"content": [{"type": "text", "text": f"live result {self.serial}"}], "isError": error}
        self.execute(
            "INSERT INTO mcp_tool_calls(id, created_at, mcp_server_id, tool_name, mcp_server_user_id, "
            "mcp_server_session_id, input, output) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (key, self.stamp(), server, tool, user, session, json.dumps({"a": self.serial}), json.dumps(output)))
        return key

    def ticket(self, session=SESSION):
        self.serial += 1
        key = f"sr_live_{self.serial:04d}"
        self.execute(
            "INSERT INTO support_requests (id, created_at, title, status, email, organization_id, mcp_server_id, "
            "mcp_server_session_id) VALUES (?, ?, ?, 'pending', 'live.user@example.com', 'org_acme', 'srv_acme_docs', ?)",
            (key, self.stamp(), f"Live ticket {self.serial}", session))
        return key

    def session(self, key, title):
        self.execute(
            "INSERT INTO mcp_server_session (mcp_server_session_id, title, mcp_server_slug, connection_date, "
            "connection_timestamp, mcp_server_user_id) VALUES (?, ?, 'acme-docs', '2026-01-01', ?, ?)",
            (key, title, self.stamp(), USER))


def seed(path):
    db = sqlite3.connect(path)
    with db:
        db.execute("INSERT INTO mcp_server_user (id, distinct_id, email, first_seen_at) VALUES (?, 'did_live', 'live.user@example.com', ?)",
                   (USER, START))
        db.execute("INSERT INTO mcp_server_user (id, distinct_id, email, first_seen_at) VALUES ('mcpu_live_globex', 'did_live_globex', 'g@example.com', ?)",
                   (START,))
        sessions = [(SESSION, "Watched live", "acme-docs", START + 3000, USER), (OTHER_SESSION, "Another of the same user", "acme-docs", START + 2000, USER),
                    (LONG, "Long and live", "acme-docs", START + 1000, USER), (FOREIGN_SESSION, "Globex's", "globex-billing", START, "mcpu_live_globex")]
        db.executemany("INSERT INTO mcp_server_session (mcp_server_session_id, title, mcp_server_slug, connection_date, "
                       "connection_timestamp, mcp_server_user_id) VALUES (?, ?, ?, '2026-01-01', ?, ?)", sessions)
        calls = [(f"tc_seed_{n:03d}", START + 10_000 + n, "srv_acme_docs", "seed_tool", USER, SESSION) for n in range(3)]
        calls += [(f"tc_seed_long_{n:03d}", START + 20_000 + n, "srv_acme_docs", "seed_tool", USER, LONG) for n in range(120)]
        calls += [("tc_seed_other", START + 30_000, "srv_acme_docs", "seed_tool", USER, OTHER_SESSION)]
        db.executemany("INSERT INTO mcp_tool_calls(id, created_at, mcp_server_id, tool_name, mcp_server_user_id, "
                       "mcp_server_session_id, input, output) VALUES (?, ?, ?, ?, ?, ?, '{\"a\":1}', '{\"ok\":true}')", calls)
    db.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    directory = tmp_path_factory.mktemp("live") / "data"
    subprocess.run([binary(), "migrate", "--data-dir", str(directory)], check=True, capture_output=True)
    subprocess.run([binary(), "seed", "--data-dir", str(directory), "--scale", "small", "--seed", "1"], check=True, capture_output=True)
    seed(directory / "sessionql.sqlite")
    server = LiveServer(directory, tmp_path_factory.mktemp("live-logs") / "serve.log")
    server.start()
    server.rows = Rows(directory / "sessionql.sqlite")
    yield server
    server.stop()


def stored_keys(live, session):
    """The session's items in the database, in time order."""
    db = sqlite3.connect(live.rows.path)
    keys = [row[0] for row in db.execute(
        "SELECT id FROM (SELECT id, created_at FROM mcp_tool_calls WHERE mcp_server_session_id = ?1 "
        "UNION ALL SELECT id, created_at FROM support_requests WHERE mcp_server_session_id = ?1) ORDER BY created_at, id", (session,))]
    db.close()
    return keys


def timeline_keys(page):
    return keys_by_scrolling(page, TIMELINE)


def wait_for_key(page, key, timeout=10_000):
    option(page, TIMELINE, key).wait_for(state="attached", timeout=timeout)


def open_live(page, live, session=SESSION, query="&live=1"):
    page.goto(f"{live.url}/users/{USER}?session={session}{query}")
    if "live=1" in query:
        page.locator(LABEL).filter(has_text="Live").wait_for()
    else:
        options(page, TIMELINE).first.wait_for()


def test_live_items_appear_in_order_and_never_from_another_session(page, live):
    sockets = []
    page.on("websocket", lambda socket: sockets.append(socket))
    open_live(page, live, query="")
    before = timeline_keys(page)
    assert page.locator(LABEL).is_hidden()
    page.locator(TIMELINE).get_by_role("button", name="Live", exact=True).click()
    page.locator(LABEL).filter(has_text="Live").wait_for()
    assert "live=1" in page.url
    added = [live.rows.call(), live.rows.ticket(), live.rows.call(error=True)]
    foreign = [live.rows.call(session=OTHER_SESSION),
               live.rows.call(session=FOREIGN_SESSION, server="srv_globex_billing", user="mcpu_live_globex")]
    added.append(live.rows.call())  # after the foreign ones: once it is in, they would have been too
    wait_for_key(page, added[-1])
    assert timeline_keys(page) == before + added == stored_keys(live, SESSION)
    assert page.locator(f"{TIMELINE} .pane-title").text_content() == f"Timeline ({len(before) + len(added)})"
    calls = sum(key.startswith("tc_") for key in before + added)
    page.locator(f"{TIMELINE} .facts").get_by_text(f"{calls} tool calls · 1 ticket").wait_for()
    assert option(page, TIMELINE, added[-1]).evaluate("row => getComputedStyle(row).animationName") == "live-new"
    assert option(page, TIMELINE, before[-1]).evaluate("row => getComputedStyle(row).animationName") == "none"
    screenshot(page, "live-1400.png")
    for key in foreign:
        assert option(page, TIMELINE, key).count() == 0
    assert len(sockets) == 1, "one WebSocket for the timeline and the session cards"

    # Live off: the stream stops and, nothing else being live, the socket closes.
    page.locator(TIMELINE).get_by_role("button", name="Live", exact=True).click()
    page.wait_for_function("() => !location.search.includes('live=1')")
    wait_for(sockets[0].is_closed, 5, "the WebSocket closed")
    late = live.rows.call()
    page.wait_for_timeout(800)
    assert option(page, TIMELINE, late).count() == 0


def test_pause_stops_and_resume_catches_up_once_in_order(page, live):
    open_live(page, live)
    before = timeline_keys(page)
    page.locator(TIMELINE).get_by_role("button", name="Pause").click()
    page.locator(LABEL).filter(has_text="Paused").wait_for()
    paused = [live.rows.call() for _ in range(4)] + [live.rows.ticket()]
    page.wait_for_timeout(800)  # four polls
    assert timeline_keys(page) == before
    page.locator(TIMELINE).get_by_role("button", name="Resume").click()
    during = [live.rows.call() for _ in range(3)]  # while the page subscribes and catches up
    page.locator(LABEL).filter(has_text="Live").wait_for()
    after = [live.rows.call() for _ in range(2)]
    wait_for_key(page, after[-1])
    page.wait_for_timeout(500)
    keys = timeline_keys(page)
    assert keys == before + paused + during + after
    assert len(keys) == len(set(keys))


def test_filters_keep_to_the_live_items_they_match(page, live):
    open_live(page, live, query="&live=1&tools=picked_tool")
    page.locator(TIMELINE).get_by_text("No items match these filters").wait_for()
    before = []
    matching = [live.rows.call(tool="picked_tool"), live.rows.call(tool="picked_tool", error=True)]
    other = [live.rows.call(tool="other_tool"), live.rows.ticket()]
    matching.append(live.rows.call(tool="picked_tool"))
    wait_for_key(page, matching[-1])
    assert timeline_keys(page) == before + matching
    for key in other:
        assert option(page, TIMELINE, key).count() == 0


def test_a_pill_counts_new_items_below_the_view_and_scrolls_to_them(page, live):
    open_live(page, live, session=LONG)
    scroller = f"{TIMELINE} .vlist"
    # At the end the list follows the new rows.
    assert len(all_keys(page, TIMELINE, 120)) == 120
    page.eval_on_selector(scroller, "el => { el.scrollTop = el.scrollHeight; }")
    followed = live.rows.call(session=LONG)
    wait_for_key(page, followed)
    option(page, TIMELINE, followed).wait_for()  # visible
    pill = page.locator(f"{TIMELINE} .live-pill")
    assert pill.is_hidden()

    # Scrolled up, new rows are counted, not scrolled to.
    page.eval_on_selector(scroller, "el => { el.scrollTop = 0; }")
    added = [live.rows.call(session=LONG), live.rows.call(session=LONG)]
    pill.filter(has_text="2 new").wait_for()
    assert page.eval_on_selector(scroller, "el => el.scrollTop") == 0
    pill.click()
    option(page, TIMELINE, added[-1]).wait_for()
    assert pill.is_hidden()
    assert timeline_keys(page)[-3:] == [followed, *added]


def test_session_cards_follow_the_counts_and_new_sessions(page, live):
    open_live(page, live)
    card = option(page, SESSIONS, OTHER_SESSION)
    count = card.locator(".count").first
    initial = int(count.text_content())
    live.rows.call(session=OTHER_SESSION, error=True)
    live.rows.call(session=OTHER_SESSION)
    card.locator(".count").first.filter(has_text=str(initial + 2)).wait_for()
    card.get_by_text("1 error").wait_for()
    live.rows.session("sess_live_new", "Just connected")
    option(page, SESSIONS, "sess_live_new").wait_for()
    keys = page.eval_on_selector_all(f'{SESSIONS} [role="option"]', "els => els.sort((a, b) => a.dataset.index - b.dataset.index).map(e => e.dataset.key)")
    assert keys[0] == "sess_live_new"
    assert "Sessions (" in page.locator(f"{SESSIONS} .pane-title").text_content()


def test_the_page_reconnects_after_a_restart_and_catches_up(page, live, context):
    open_live(page, live)
    before = timeline_keys(page)
    live.stop()
    page.locator(LABEL).filter(has_text="Reconnecting").wait_for()
    missed = [live.rows.call(), live.rows.ticket()]
    live.start()
    page.locator(LABEL).filter(has_text="Live").wait_for(timeout=20_000)
    wait_for_key(page, missed[-1])
    later = live.rows.call()
    wait_for_key(page, later)
    keys = timeline_keys(page)
    assert keys == before + missed + [later]

    # Offline, the label says so; back online it connects at once.
    context.set_offline(True)
    page.locator(LABEL).filter(has_text="Offline").wait_for()
    context.set_offline(False)
    page.locator(LABEL).filter(has_text="Live").wait_for()
    last = live.rows.call()
    wait_for_key(page, last)
    assert timeline_keys(page) == keys + [last]


def test_the_pill_brings_the_end_when_the_list_does_not_hold_it(page, live):
    page.emulate_media(reduced_motion="reduce")
    open_live(page, live, session=LONG)
    assert len(options(page, TIMELINE).all()) < 100, "the first page only"
    added = live.rows.call(session=LONG)
    pill = page.locator(f"{TIMELINE} .live-pill")
    pill.filter(has_text="1 new").wait_for()
    pill.click()
    option(page, TIMELINE, added).wait_for()
    assert pill.is_hidden()
    # Without motion the highlight is on, then off, with no fade between. The highlight lasts
    # 4 s from when the row arrived, which a loaded machine can pass before this line, so the
    # highlight's style is read with its class in place. The virtual list may re-render the
    # row as it is read (one CI run read an empty style): then a stand-in element with the
    # class, in the page, is read instead.
    timing = option(page, TIMELINE, added).evaluate("""row => {
        const read = element => {
            const had = element.classList.contains("live-new");
            element.classList.add("live-new");
            const timing = getComputedStyle(element).animationTimingFunction;
            if (!had) element.classList.remove("live-new");
            return timing;
        };
        const timing = row.isConnected ? read(row) : "";
        if (timing) return timing;
        const standIn = document.body.appendChild(document.createElement("div"));
        try { return read(standIn); } finally { standIn.remove(); }
    }""")
    assert timing in ("steps(1)", "steps(1, end)")
    page.eval_on_selector(f"{TIMELINE} .vlist", "el => { el.scrollTop = 0; }")
    page.wait_for_timeout(300)
    stored = stored_keys(live, LONG)
    keys = timeline_keys(page)
    assert keys == stored[-len(keys):] and keys[-1] == added
