"""The totals in the pane headers and the session summary strip (error rate, duration, the
mix of tools), computed from the seeded SQLite file; a count the server could not compute
reads as a dash."""

import json

from conftest import LONG_SESSION, LONG_USER
from panes import SESSIONS, TIMELINE, option, options, pane_title


def duration(seconds):
    """The page's duration text (time.js)."""
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} h {minutes % 60} min" if minutes % 60 else f"{hours} h"
    days = hours // 24
    return f"{days} d {hours % 24} h" if hours % 24 else f"{days} d"


def test_totals_and_the_summary_strip_match_the_database(page, server, database):
    page.goto(f"{server}/users/{LONG_USER}?session={LONG_SESSION}")
    options(page, TIMELINE).first.wait_for()
    one = lambda sql, *params: database.execute(sql, params).fetchone()[0]  # noqa: E731
    sessions = one("SELECT count(*) FROM mcp_server_session WHERE mcp_server_user_id = ?", LONG_USER)
    calls = one("SELECT count(*) FROM mcp_tool_calls WHERE mcp_server_session_id = ?", LONG_SESSION)
    tickets = one("SELECT count(*) FROM support_requests WHERE mcp_server_session_id = ?", LONG_SESSION)
    errors = one("SELECT count(*) FROM mcp_tool_calls WHERE mcp_server_session_id = ? AND json_extract(output, '$.isError') = 1", LONG_SESSION)
    opened = one("SELECT count(*) FROM support_requests WHERE mcp_server_session_id = ? AND status NOT IN ('resolved', 'closed')", LONG_SESSION)
    connected = one("SELECT connection_timestamp FROM mcp_server_session WHERE mcp_server_session_id = ?", LONG_SESSION)
    last = one("SELECT max(created_at) FROM (SELECT created_at FROM mcp_tool_calls WHERE mcp_server_session_id = ?1 "
               "UNION ALL SELECT created_at FROM support_requests WHERE mcp_server_session_id = ?1)", LONG_SESSION)

    page.wait_for_function("text => document.querySelector('section[aria-label=Timeline] .pane-title')?.textContent === text",
                           arg=f"Timeline ({calls + tickets:,})")
    assert pane_title(page, SESSIONS) == f"Sessions ({sessions})"
    facts = {
        fact.locator("dt").inner_text(): fact.locator("dd").inner_text()
        for fact in page.locator(f"{TIMELINE} .session-header .facts .fact").all()
    }
    assert facts["Items"] == f"{calls:,} tool calls · {tickets} tickets ({opened} open)"
    assert facts["Error rate"] == f"{100 * errors / calls:.1f} % ({errors} errors)"
    assert facts["Duration"] == duration((last - connected) // 1000)

    usage = database.execute(
        "SELECT tool_name, count(*), sum(json_extract(output, '$.isError') = 1) FROM mcp_tool_calls "
        "WHERE mcp_server_session_id = ? GROUP BY tool_name", (LONG_SESSION,)).fetchall()
    mix = page.locator(f"{TIMELINE} .tool-use")
    assert mix.count() == len(usage)
    for name, count, failed in usage:
        text = " ".join(page.locator(f'{TIMELINE} .tool-use[data-tool="{name}"]').inner_text().split())
        assert text == f"{name} {count:,}" + (f" · {failed} failed" if failed else "")
    # The bars are as long as the counts, the most used tool's bar the longest.
    widths = page.eval_on_selector_all(f"{TIMELINE} .tool-use .bar", "els => els.map(e => e.getBoundingClientRect().width)")
    counts = [count for _, count, _ in sorted(usage, key=lambda row: -row[1])]
    assert widths[0] == max(widths)
    assert abs(widths[-1] / widths[0] - counts[-1] / counts[0]) < 0.02


def test_a_count_that_failed_reads_as_a_dash(page, server):
    def break_counts(route):
        body = route.request.post_data or ""
        if '"operationName": "UserSessions"' not in body and '"operationName":"UserSessions"' not in body:
            route.continue_()
            return
        answer = route.fetch().json()
        node = answer["data"]["user"]["sessions"]["nodes"][0]
        node["toolCallCount"] = None
        answer["errors"] = [{"message": "The count timed out.", "path": ["user", "sessions", "nodes", 0, "toolCallCount"],
                             "extensions": {"code": "SERVICE_UNAVAILABLE"}}]
        route.fulfill(status=200, content_type="application/json", body=json.dumps(answer))

    page.route("**/graphql", break_counts)
    page.goto(f"{server}/users/{LONG_USER}")
    card = option(page, SESSIONS, LONG_SESSION)
    card.wait_for()
    assert card.locator(".count").first.inner_text() == "—"
    assert card.locator(".count").first.get_attribute("title") == "— tool calls"
