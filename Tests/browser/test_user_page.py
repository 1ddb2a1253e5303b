"""The user page's stories: three panes, loading, order, details, URL state, deep links,
unknown ids, errors with retry, and the title edit."""

import json
import re

from conftest import graphql
from panes import DETAILS, SESSIONS, TIMELINE, keys_by_scrolling, option, options, rendered_keys, selected_keys

USER = "mcpu_shared_user"
TIES = "sess_acme_ties"
BIG = "sess_acme_big"


def open_user(page, server, query=""):
    page.goto(f"{server}/users/{USER}{query}")
    options(page, SESSIONS).first.wait_for()


def test_three_panes_with_sessions_by_recency_and_no_preselection(page, server):
    open_user(page, server)
    expected = graphql(server, '{ user(identifier: "mcpu_shared_user") { sessions { nodes { id displayTitle toolCallCount supportTicketCount errorCount server { name } connectedAt } } } }')
    sessions = expected["user"]["sessions"]["nodes"]
    assert rendered_keys(page, SESSIONS) == [s["id"] for s in sessions]
    assert selected_keys(page, SESSIONS) == []
    card = option(page, SESSIONS, BIG)
    big = next(s for s in sessions if s["id"] == BIG)
    text = card.inner_text()
    assert big["displayTitle"][:20] in text and big["server"]["name"] in text
    assert str(big["toolCallCount"]) in text and str(big["supportTicketCount"]) in text
    assert f"{big['errorCount']} errors" in text
    assert card.locator("time").get_attribute("datetime") == big["connectedAt"]
    assert "No session selected" in page.locator(TIMELINE).inner_text()
    assert "No item selected" in page.locator(DETAILS).inner_text()
    header = page.locator(".user-header").inner_text()
    for part in ("Sasha Marín", "shared.user@example.com", "did_shared_user", "First seen", "Last active", "All users"):
        assert part in header


def test_a_loading_indicator_shows_while_the_timeline_is_fetched(page, server):
    open_user(page, server)
    held = []

    def hold(route):
        if "SessionTimeline" in (route.request.post_data or ""):
            held.append(route)
        else:
            route.continue_()

    page.route("**/graphql", hold)
    option(page, SESSIONS, TIES).click()
    page.wait_for_function("() => document.querySelector('section[aria-label=Timeline]')?.getAttribute('aria-busy') === 'true'")
    assert "Loading timeline" in page.locator(TIMELINE).inner_text()
    page.wait_for_timeout(200)
    assert len(held) == 1
    held[0].continue_()
    options(page, TIMELINE).first.wait_for()
    assert page.locator(TIMELINE).get_attribute("aria-busy") is None


def test_timeline_order_matches_the_api(page, server):
    open_user(page, server, f"?session={TIES}")
    options(page, TIMELINE).first.wait_for()
    expected = graphql(server, '{ session(id: "sess_acme_ties") { timeline(first: 50) { nodes { id __typename } } } }')
    ids = [node["id"] for node in expected["session"]["timeline"]["nodes"]]
    assert len(ids) == 30
    ticket = option(page, TIMELINE, "sr_fixture_tie")
    assert "Ticket" in ticket.inner_text() and ticket.locator(".badge").count() == 1
    failed = option(page, TIMELINE, "tc_fixture_error")
    assert "Error" in failed.inner_text()
    assert "failed" in failed.get_attribute("class")
    assert keys_by_scrolling(page, TIMELINE) == ids


def test_tool_call_details_and_json_indentation(page, server):
    open_user(page, server, f"?session={TIES}")
    option(page, TIMELINE, "tc_fixture_nested").click()
    details = page.locator(DETAILS)
    details.locator(".details-title").wait_for()
    data = graphql(server, '{ toolCall(id: "tc_fixture_nested") { input output createdAt toolName server { name } } }')["toolCall"]
    text = details.inner_text()
    for part in (data["toolName"], data["server"]["name"], "tc_fixture_nested", TIES):
        assert part in text
    # Relative and exact, both as <time>.
    assert details.locator(f'time[datetime="{data["createdAt"]}"]').count() == 2
    tree = details.locator('[role="tree"][aria-label="Input"]')
    tree.wait_for()  # the full payload comes by a second request
    # Deep values start collapsed; "Expand all" shows the whole value, indented by two spaces.
    assert tree.locator('.jnode[aria-expanded="false"]').count() > 0
    details.locator('section[aria-label="Input"]').get_by_role("button", name="Expand all").click()
    expected = page.evaluate("value => JSON.stringify(value, null, 2)", data["input"])
    assert tree.inner_text() == expected
    # Collapsing a node hides its children.
    tree.locator(".jtoggle").first.click()
    assert tree.inner_text().startswith("{…}")


def test_error_output_is_highlighted_and_content_blocks_read_as_text(page, server):
    open_user(page, server, f"?session={TIES}&item=tc_fixture_error")
    details = page.locator(DETAILS)
    details.locator(".details-title").wait_for()
    output = graphql(server, '{ toolCall(id: "tc_fixture_error") { output } }')["toolCall"]["output"]
    assert "Failed" in details.locator(".details-head").inner_text()
    content = details.locator('section[aria-label="Output content"]')
    assert "is-error" in content.get_attribute("class")
    assert content.locator(".block-body").inner_text() == output["content"][0]["text"]


def test_ticket_details(page, server):
    open_user(page, server, f"?session={TIES}&item=sr_fixture_resolved_high")
    details = page.locator(DETAILS)
    details.locator(".details-title").wait_for()
    ticket = graphql(server, '{ supportTicket(id: "sr_fixture_resolved_high") { title conciseSummary context email createdAt resolvedAt server { name } } }')["supportTicket"]
    text = details.inner_text()
    for part in (ticket["title"], ticket["email"], ticket["server"]["name"], "Resolved", "High"):
        assert part in text, part
    if ticket["conciseSummary"]:
        assert ticket["conciseSummary"] in text
    if ticket["context"]:
        assert details.locator("pre.context").inner_text() == ticket["context"]
    for instant in (ticket["createdAt"], ticket["resolvedAt"]):
        if instant:
            assert details.locator(f'time[datetime="{instant}"]').count() == 2


def test_each_click_updates_the_url_without_a_reload(page, server):
    open_user(page, server)
    page.evaluate("window.__marker = 'same document'")
    option(page, SESSIONS, TIES).click()
    page.wait_for_url(f"{server}/users/{USER}?session={TIES}")
    option(page, TIMELINE, "tc_fixture_unicode").click()
    page.wait_for_url(f"{server}/users/{USER}?session={TIES}&item=tc_fixture_unicode")
    assert selected_keys(page, TIMELINE) == ["tc_fixture_unicode"]
    assert selected_keys(page, SESSIONS) == [TIES]
    assert page.evaluate("window.__marker") == "same document"


def test_back_and_forward_walk_the_selections(page, server):
    open_user(page, server)
    option(page, SESSIONS, TIES).click()
    option(page, TIMELINE, "tc_fixture_unicode").click()
    page.locator(DETAILS).locator(".details-title").wait_for()
    option(page, SESSIONS, BIG).click()
    options(page, TIMELINE).first.wait_for()
    page.go_back()
    page.wait_for_url(re.compile(r"item=tc_fixture_unicode$"))
    page.wait_for_function("() => document.querySelector('section[aria-label=Details] .details-title')?.textContent !== undefined")
    assert selected_keys(page, SESSIONS) == [TIES]
    page.wait_for_function("() => document.querySelector('[role=option][data-key=tc_fixture_unicode]')?.getAttribute('aria-selected') === 'true'")
    page.go_back()
    page.wait_for_url(f"{server}/users/{USER}?session={TIES}")
    page.get_by_text("No item selected").wait_for()
    page.go_back()
    page.wait_for_url(f"{server}/users/{USER}")
    page.get_by_text("No session selected").wait_for()
    assert selected_keys(page, SESSIONS) == []
    page.go_forward()
    page.wait_for_url(f"{server}/users/{USER}?session={TIES}")
    options(page, TIMELINE).first.wait_for()
    assert selected_keys(page, SESSIONS) == [TIES]


def test_a_deep_link_restores_all_three_panes_past_the_first_timeline_page(browser, server):
    nodes = graphql(server, '{ session(id: "sess_acme_big") { timeline(first: 100, after: null) { nodes { id } pageInfo { endCursor } } } }')
    cursor = nodes["session"]["timeline"]["pageInfo"]["endCursor"]
    later = graphql(server, 'query($after: String) { session(id: "sess_acme_big") { timeline(first: 100, after: $after) { nodes { id } pageInfo { endCursor } } } }', {"after": cursor})
    cursor = later["session"]["timeline"]["pageInfo"]["endCursor"]
    third = graphql(server, 'query($after: String) { session(id: "sess_acme_big") { timeline(first: 100, after: $after) { nodes { id } } } }', {"after": cursor})
    item = third["session"]["timeline"]["nodes"][40]["id"]  # the 241st item: on the fifth page of 50
    fresh = browser.new_context(viewport={"width": 1400, "height": 900})
    page = fresh.new_page()
    page.goto(f"{server}/users/{USER}?session={BIG}&item={item}")
    target = option(page, TIMELINE, item)
    target.wait_for()
    page.wait_for_function(f"() => document.querySelector('[data-key=\"{item}\"]')?.getAttribute('aria-selected') === 'true'")
    assert selected_keys(page, SESSIONS) == [BIG]
    assert page.locator(DETAILS).locator(f'code:text-is("{item}")').count() == 1
    box = target.bounding_box()
    pane = page.locator(f"{TIMELINE} .vlist").bounding_box()
    assert pane["y"] <= box["y"] and box["y"] + box["height"] <= pane["y"] + pane["height"], "scrolled into view"
    fresh.close()


def test_unknown_and_foreign_ids_get_a_message_in_their_pane_only(page, server):
    open_user(page, server, "?session=sess_x&item=tc_nope")
    page.locator(TIMELINE).get_by_text("No session “sess_x” in this organization").wait_for()
    page.locator(DETAILS).get_by_text("No tool call or ticket “tc_nope” in this organization").wait_for()
    assert options(page, SESSIONS).count() > 0
    option(page, SESSIONS, TIES).click()
    options(page, TIMELINE).first.wait_for()
    # Another organization's session reads exactly like one that does not exist.
    page.goto(f"{server}/users/{USER}?session=sess_globex_shared")
    page.locator(TIMELINE).get_by_text("No session “sess_globex_shared” in this organization").wait_for()
    page.goto(f"{server}/users/mcpu_globex_only")
    page.locator(SESSIONS).get_by_text("No user “mcpu_globex_only” in this organization").wait_for()


def test_a_failing_pane_shows_its_error_and_retries_alone(page, server):
    open_user(page, server, f"?session={TIES}")
    options(page, TIMELINE).first.wait_for()
    failures = {"network": 1, "graphql": 1}

    def fail(route):
        body = route.request.post_data or ""
        if "ItemDetails" in body and failures["network"]:
            failures["network"] -= 1
            route.abort("connectionrefused")
        elif "ItemDetails" in body and failures["graphql"]:
            failures["graphql"] -= 1
            route.fulfill(status=200, content_type="application/json",
                          body=json.dumps({"data": None, "errors": [{"message": "Database says no", "extensions": {"code": "SERVICE_UNAVAILABLE"}}]}))
        else:
            route.continue_()

    page.route("**/graphql", fail)
    option(page, TIMELINE, "tc_fixture_unicode").click()
    details = page.locator(DETAILS)
    details.get_by_text("Can't reach the server").wait_for()
    assert options(page, TIMELINE).count() > 0 and options(page, SESSIONS).count() > 0
    details.get_by_role("button", name="Retry").click()
    details.get_by_text("Database says no").wait_for()
    assert "Can't reach the server" not in details.inner_text()
    details.get_by_role("button", name="Retry").click()
    details.locator(".details-title").wait_for()
    assert "tc_fixture_unicode" in details.inner_text()


def test_the_session_title_is_edited_in_place(page, server):
    session = "sess_acme_empty"
    original = graphql(server, '{ session(id: "sess_acme_empty") { title } }')["session"]["title"]
    open_user(page, server, f"?session={session}")
    timeline = page.locator(TIMELINE)
    timeline.get_by_role("button", name="Rename").click()
    field = timeline.get_by_label("Session title")
    field.fill("Escaped edit")
    field.press("Escape")
    assert timeline.locator(".session-title").inner_text() == original
    timeline.get_by_role("button", name="Rename").click()
    field.fill("Renamed from the browser")
    field.press("Enter")
    timeline.locator(".session-title", has_text="Renamed from the browser").wait_for()
    assert "Renamed from the browser" in option(page, SESSIONS, session).inner_text()
    assert graphql(server, '{ session(id: "sess_acme_empty") { title } }')["session"]["title"] == "Renamed from the browser"

    page.route("**/graphql", lambda route: route.fulfill(status=200, content_type="application/json", body=json.dumps(
        {"errors": [{"message": "The title is longer than 200 characters.", "extensions": {"code": "BAD_USER_INPUT"}}]}))
        if "SetSessionTitle" in (route.request.post_data or "") else route.continue_())
    timeline.get_by_role("button", name="Rename").click()
    field.fill("Will fail")
    field.press("Enter")
    timeline.get_by_text("Not saved: The title is longer than 200 characters.").wait_for()
    field.press("Escape")
    page.unroute("**/graphql")
    timeline.get_by_role("button", name="Rename").click()
    field.fill(original or "")
    field.press("Enter")
    timeline.locator(".session-title", has_text=original).wait_for()


def test_tickets_outside_any_session_are_reachable(page, server):
    open_user(page, server)
    page.locator(SESSIONS).get_by_role("button", name="Tickets").click()
    page.wait_for_url(f"{server}/users/{USER}?tickets=1")
    options(page, SESSIONS).first.wait_for()
    page.locator(f'{SESSIONS} [role="listbox"]').press("End")
    outside = option(page, SESSIONS, "sr_fixture_no_session")
    outside.wait_for()
    assert "Outside any session" in outside.inner_text()
    outside.click()
    page.wait_for_url(f"{server}/users/{USER}?tickets=1&item=sr_fixture_no_session")
    page.locator(DETAILS).locator(".details-title").wait_for()
    assert "Outside any session" in page.locator(DETAILS).inner_text()
    assert "No session selected" in page.locator(TIMELINE).inner_text()


def test_a_rate_limited_request_waits_as_told_and_is_retried(page, server):
    open_user(page, server)
    seen = []

    def limit_once(route):
        if "SessionTimeline" in (route.request.post_data or ""):
            seen.append(route.request.url)
            if len(seen) == 1:
                route.fulfill(status=429, headers={"Retry-After": "1"}, content_type="application/json",
                              body=json.dumps({"errors": [{"message": "Too many requests for this API key; retry in 1 s.",
                                                           "extensions": {"code": "RATE_LIMITED"}}]}))
                return
        route.continue_()

    page.route("**/graphql", limit_once)
    option(page, SESSIONS, TIES).click()
    options(page, TIMELINE).first.wait_for()
    assert len(seen) == 2
