"""A link to the 40,000th item of a 50,000-item session: one timeline request (the page
around the item), the item selected, highlighted and in view; scrolling up loads the earlier
pages without moving what is on screen, scrolling down the later ones."""

from conftest import HUGE_SESSION, HUGE_USER, huge_key
from panes import DETAILS, SESSIONS, TIMELINE, option, record_operations, selected_keys


def timeline_requests(operations):
    return [(name, variables) for name, variables in operations if name in ("SessionTimeline", "TimelinePage")]


def row_top(page, key):
    return page.evaluate("key => document.querySelector(`[role=option][data-key='${key}']`).getBoundingClientRect().top", key)


def test_a_deep_link_into_50000_items_costs_one_timeline_request(page, server):
    operations = record_operations(page)
    index = 39_999
    item = huge_key(index)
    with page.expect_response(lambda response: '"SessionTimeline"' in (response.request.post_data or "")) as answer:
        page.goto(f"{server}/users/{HUGE_USER}?session={HUGE_SESSION}&item={item}")
    nodes = answer.value.json()["data"]["session"]["timeline"]["nodes"]
    first, last = (int(node["id"].rsplit("_", 1)[1]) for node in (nodes[0], nodes[-1]))
    assert first < index < last
    target = option(page, TIMELINE, item)
    target.wait_for()
    page.wait_for_function(f"() => document.querySelector('[data-key=\"{item}\"]')?.getAttribute('aria-selected') === 'true'")
    page.locator(DETAILS).locator(f'code:text-is("{item}")').wait_for()
    assert selected_keys(page, SESSIONS) == [HUGE_SESSION]
    assert timeline_requests(operations) == [("SessionTimeline", {"sessionId": HUGE_SESSION, "first": 50, "around": item})]
    box = target.bounding_box()
    pane = page.locator(f"{TIMELINE} .vlist").bounding_box()
    assert pane["y"] <= box["y"] and box["y"] + box["height"] <= pane["y"] + pane["height"], "scrolled into view"
    background = "key => getComputedStyle(document.querySelector(`[data-key='${key}']`)).backgroundColor"
    assert page.evaluate(background, item) != page.evaluate(background, huge_key(index + 1)), "highlighted"

    # Scrolling to the top asks for the page before; once it is in, what was on screen has not moved.
    held = []
    page.route("**/graphql", lambda route: held.append(route) if '"last"' in (route.request.post_data or "") else route.continue_())
    page.eval_on_selector(f"{TIMELINE} .vlist", "scroller => { scroller.scrollTop = 0; }")
    page.locator(f"{TIMELINE} .vlist-top").get_by_text("Loading earlier items").wait_for()
    while not held:
        page.wait_for_timeout(20)
    top = row_top(page, huge_key(first))
    held[0].continue_()
    option(page, TIMELINE, huge_key(first - 1)).wait_for(state="attached")
    page.locator(f"{TIMELINE} .vlist-top .spinner").wait_for(state="detached")
    assert abs(row_top(page, huge_key(first)) - top) <= 1, "the rows in view did not move"
    name, variables = timeline_requests(operations)[1]
    assert name == "TimelinePage" and variables["last"] == 50 and variables["before"] and "first" not in variables
    page.unroute("**/graphql")

    # Scrolling to the end loads the page after.
    page.eval_on_selector(f"{TIMELINE} .vlist", "scroller => { scroller.scrollTop = scroller.scrollHeight; }")
    option(page, TIMELINE, huge_key(last + 1)).wait_for(state="attached")
    requests = timeline_requests(operations)
    assert len(requests) == 3
    assert requests[2][0] == "TimelinePage" and requests[2][1]["first"] == 50 and requests[2][1]["after"] and "last" not in requests[2][1]
