"""The timeline's filter bar and the sessions pane's search and server filter: each control
changes the URL and the rows, a reload or back/forward restores them, and the totals in the
pane headers count the filtered lists. Expected values come from the seeded SQLite file."""

import re
from urllib.parse import parse_qs, urlparse

from conftest import LONG_SESSION, LONG_USER
from panes import SESSIONS, TIMELINE, all_keys, option, options, pane_title, record_operations

SHARED_USER = "mcpu_shared_user"
LONG_URL = f"/users/{LONG_USER}?session={LONG_SESSION}"


def items(database, session, condition="1", params=()):
    """Ids of a session's timeline in time order (ties by id), filtered by `condition` over
    the columns id, created_at, kind, tool_name, output, title."""
    rows = database.execute(
        f"""SELECT id FROM (
              SELECT id, created_at, 'tool_call' AS kind, tool_name, output, NULL AS title
                FROM mcp_tool_calls WHERE mcp_server_session_id = :session
              UNION ALL
              SELECT id, created_at, 'support_ticket', NULL, NULL, title
                FROM support_requests WHERE mcp_server_session_id = :session)
            WHERE {condition} ORDER BY created_at, id""",
        {"session": session, **dict(params)},
    ).fetchall()
    return [row[0] for row in rows]


def failed(database, session):
    return items(database, session, "kind = 'tool_call' AND json_extract(output, '$.isError') = 1")


def query(page):
    return parse_qs(urlparse(page.url).query)


def wait_for_total(page, total):
    page.wait_for_function(
        "text => document.querySelector('section[aria-label=Timeline] .pane-title')?.textContent === text",
        arg=f"Timeline ({total:,})",
    )


def pressed(page, name):
    return page.locator(TIMELINE).get_by_role("button", name=name, exact=True).get_attribute("aria-pressed")


def test_errors_kinds_tools_and_search_filter_the_timeline_through_the_url(page, server, database):
    operations = record_operations(page)
    page.goto(server + LONG_URL)
    options(page, TIMELINE).first.wait_for()
    everything = items(database, LONG_SESSION)
    wait_for_total(page, len(everything))
    timeline = page.locator(TIMELINE)

    errors = failed(database, LONG_SESSION)
    timeline.get_by_role("button", name="Errors only").click()
    page.wait_for_url(re.compile(r"errors=1"))
    assert query(page) == {"session": [LONG_SESSION], "errors": ["1"]}
    wait_for_total(page, len(errors))
    assert all_keys(page, TIMELINE, len(errors)) == errors
    # A filter reloads the list only: the session's header is not fetched again.
    assert [name for name, _ in operations].count("SessionTimeline") == 1
    assert ("TimelinePage", {"sessionId": LONG_SESSION, "first": 50, "filter": {"isError": True}}) in operations

    page.reload()
    wait_for_total(page, len(errors))
    assert pressed(page, "Errors only") == "true"
    assert all_keys(page, TIMELINE, len(errors)) == errors

    timeline.get_by_role("button", name="Errors only").click()
    page.wait_for_url(f"{server}{LONG_URL}")
    wait_for_total(page, len(everything))
    timeline.get_by_role("button", name="Tickets", exact=True).click()
    page.wait_for_url(re.compile(r"kinds=support_ticket$"))
    tickets = items(database, LONG_SESSION, "kind = 'support_ticket'")
    wait_for_total(page, len(tickets))
    assert all_keys(page, TIMELINE, len(tickets)) == tickets
    timeline.get_by_role("button", name="Tool calls", exact=True).click()
    page.wait_for_url(re.compile(r"kinds=support_ticket,tool_call$"))
    wait_for_total(page, len(everything))
    timeline.get_by_role("button", name="Tickets", exact=True).click()
    timeline.get_by_role("button", name="Tool calls", exact=True).click()
    page.wait_for_url(f"{server}{LONG_URL}")

    # The tool mix doubles as the tool picker.
    tool = timeline.locator('.tool-use[data-tool="tool_3"]')
    tool.click()
    page.wait_for_url(re.compile(r"tools=tool_3$"))
    calls = items(database, LONG_SESSION, "tool_name = 'tool_3'")
    wait_for_total(page, len(calls))
    timeline.locator('.tool-use[data-tool="tool_5"]').click()
    page.wait_for_url(re.compile(r"tools=tool_3,tool_5$"))
    both = items(database, LONG_SESSION, "tool_name IN ('tool_3', 'tool_5')")
    wait_for_total(page, len(both))
    timeline.get_by_role("button", name="Errors only").click()
    page.wait_for_url(re.compile(r"errors=1&tools=tool_3,tool_5$"))
    failing = items(database, LONG_SESSION, "tool_name IN ('tool_3', 'tool_5') AND json_extract(output, '$.isError') = 1")
    wait_for_total(page, len(failing))
    assert all_keys(page, TIMELINE, len(failing)) == failing

    # Back walks the filters too.
    page.go_back()
    page.wait_for_url(re.compile(r"tools=tool_3,tool_5$"))
    wait_for_total(page, len(both))
    assert pressed(page, "Errors only") == "false"

    timeline.get_by_role("button", name="Clear filters").first.click()
    page.wait_for_url(f"{server}{LONG_URL}")
    wait_for_total(page, len(everything))
    search = timeline.get_by_label("Search the timeline")
    search.fill("RESULT 12")
    page.wait_for_url(re.compile(r"q=RESULT\+12$"))
    found = items(database, LONG_SESSION, "lower(output) LIKE '%result 12%'")
    wait_for_total(page, len(found))
    assert all_keys(page, TIMELINE, len(found)) == found
    assert search.evaluate("input => document.activeElement === input"), "the search box keeps the focus"

    page.goto(f"{server}/users/{LONG_USER}?session={LONG_SESSION}&kinds=tool_call&errors=1&tools=tool_3,tool_5&q=result")
    wait_for_total(page, len(failing))
    assert pressed(page, "Tool calls") == "true" and pressed(page, "Tickets") == "false"
    assert timeline.locator('.tool-use[aria-pressed="true"]').evaluate_all("els => els.map(e => e.dataset.tool)") == ["tool_3", "tool_5"]
    assert search.input_value() == "result"


def test_a_time_range_keeps_the_items_from_since_until_before_until(browser, server, database):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, timezone_id="UTC")
    page = context.new_page()
    page.goto(server + LONG_URL)
    options(page, TIMELINE).first.wait_for()
    start = database.execute(
        "SELECT connection_timestamp FROM mcp_server_session WHERE mcp_server_session_id = ?", (LONG_SESSION,)
    ).fetchone()[0]
    since, until = start + 101_000, start + 201_000
    kept = items(database, LONG_SESSION, "created_at >= :since AND created_at < :until", {"since": since, "until": until})
    page.locator(TIMELINE).get_by_label("From").fill(local(since))
    page.wait_for_url(re.compile(r"since="))
    page.locator(TIMELINE).get_by_label("Until").fill(local(until))
    page.wait_for_url(re.compile(r"until="))
    assert query(page)["since"] == [iso(since)] and query(page)["until"] == [iso(until)]
    assert f"since={iso(since)}&until={iso(until)}" in page.url, "the times stay readable in the URL"
    wait_for_total(page, len(kept))
    assert all_keys(page, TIMELINE, len(kept)) == kept
    page.reload()
    wait_for_total(page, len(kept))
    assert page.locator(TIMELINE).get_by_label("From").input_value() == local(since)
    context.close()


def local(milliseconds):
    from datetime import datetime, timezone

    return datetime.fromtimestamp(milliseconds / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


def iso(milliseconds):
    return local(milliseconds) + f".{milliseconds % 1000:03d}Z"


def shared_sessions(database, condition="1", params=()):
    rows = database.execute(
        f"""SELECT s.mcp_server_session_id FROM mcp_server_session s JOIN mcp_servers m ON m.slug = s.mcp_server_slug
            WHERE s.mcp_server_user_id = :user AND m.organization_id = 'org_acme' AND ({condition})""",
        {"user": SHARED_USER, **dict(params)},
    ).fetchall()
    return sorted(row[0] for row in rows)


def session_keys(page):
    return sorted(page.eval_on_selector_all(f'{SESSIONS} [role="option"]', "els => els.map(e => e.dataset.key)"))


def test_the_sessions_pane_searches_titles_and_filters_by_server(page, server, database):
    page.goto(f"{server}/users/{SHARED_USER}")
    options(page, SESSIONS).first.wait_for()
    everything = shared_sessions(database)
    assert pane_title(page, SESSIONS) == f"Sessions ({len(everything)})"
    assert session_keys(page) == everything
    sessions = page.locator(SESSIONS)

    sessions.get_by_label("Search sessions").fill("warehouse")
    page.wait_for_url(re.compile(r"\?sq=warehouse$"))
    # The display title is the server's name when the session has no title.
    matching = shared_sessions(database, "lower(coalesce(s.title, m.name)) LIKE '%warehouse%'")
    page.wait_for_function("n => document.querySelector('section[aria-label=Sessions] .pane-title')?.textContent === `Sessions (${n})`", arg=len(matching))
    assert session_keys(page) == matching

    sessions.get_by_label("Search sessions").fill("")
    page.wait_for_url(f"{server}/users/{SHARED_USER}")
    names = sessions.get_by_label("Server").locator("option").all_inner_texts()
    servers = database.execute("SELECT name FROM mcp_servers WHERE organization_id = 'org_acme' ORDER BY name").fetchall()
    assert names == ["All servers", *[row[0] for row in servers]]
    sessions.get_by_label("Server").select_option(label="Acme Docs")
    page.wait_for_url(re.compile(r"\?server=srv_acme_docs$"))
    docs = shared_sessions(database, "m.id = 'srv_acme_docs'")
    page.wait_for_function("n => document.querySelector('section[aria-label=Sessions] .pane-title')?.textContent === `Sessions (${n})`", arg=len(docs))
    assert session_keys(page) == docs

    # Choosing a session keeps the filter; a reload restores both.
    option(page, SESSIONS, docs[0]).click()
    page.wait_for_url(f"{server}/users/{SHARED_USER}?server=srv_acme_docs&session={docs[0]}")
    page.reload()
    option(page, SESSIONS, docs[0]).wait_for()
    assert sessions.get_by_label("Server").input_value() == "srv_acme_docs"
    assert session_keys(page) == docs

    sessions.get_by_label("Search sessions").fill("no such title anywhere")
    sessions.get_by_text("No sessions match").wait_for()
    assert pane_title(page, SESSIONS) == "Sessions (0)"


def test_a_linked_item_the_filters_hide_still_opens_with_the_filtered_list(page, server, database):
    operations = record_operations(page)
    item = "tc_fixture_nested"
    page.goto(f"{server}/users/{SHARED_USER}?session=sess_acme_ties&item={item}&errors=1")
    errors = failed(database, "sess_acme_ties")
    assert item not in errors
    wait_for_total(page, len(errors))
    page.locator(TIMELINE).get_by_text("The selected item is not in this list").wait_for()
    assert all_keys(page, TIMELINE, len(errors)) == errors
    # The page around the item is refused (it is not in the filtered list); the list comes without it.
    timeline = [(name, variables) for name, variables in operations if name in ("SessionTimeline", "TimelinePage")]
    assert timeline == [
        ("SessionTimeline", {"sessionId": "sess_acme_ties", "first": 50, "around": item, "filter": {"isError": True}}),
        ("SessionTimeline", {"sessionId": "sess_acme_ties", "first": 50, "filter": {"isError": True}}),
    ]
    page.locator("section[aria-label=Details]").locator(f'code:text-is("{item}")').wait_for()
    page.locator(TIMELINE).get_by_role("button", name="Errors only").click()
    wait_for_total(page, len(items(database, "sess_acme_ties")))
    page.wait_for_function(f"() => document.querySelector('[data-key=\"{item}\"]')?.getAttribute('aria-selected') === 'true'")
    assert page.locator(TIMELINE).get_by_text("The selected item is not in this list").is_hidden()
