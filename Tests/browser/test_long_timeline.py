"""A 5,000-item session scrolled from top to bottom: pages load one at a time as the list
scrolls, the DOM keeps a bounded number of rows, and the end of the list is the API's end."""

from conftest import LONG_SESSION, LONG_SESSION_TICKETS, LONG_SESSION_TOOL_CALLS, LONG_USER, graphql
from panes import TIMELINE, options

MAX_ROWS = 60


def test_scrolling_a_5000_item_session_keeps_the_dom_bounded(page, server):
    requests = []
    page.on("request", lambda req: requests.append(req.post_data) if req.url.endswith("/graphql") else None)
    page.goto(f"{server}/users/{LONG_USER}?session={LONG_SESSION}")
    options(page, TIMELINE).first.wait_for()
    total = LONG_SESSION_TOOL_CALLS + LONG_SESSION_TICKETS
    stats = page.evaluate(
        """async ({ pane, total }) => {
            const scroller = document.querySelector(`${pane} .vlist`);
            let most = 0;
            for (let guard = 0; guard < 5000; guard += 1) {
                scroller.scrollTop = scroller.scrollHeight;
                await new Promise((done) => setTimeout(done, 30));
                most = Math.max(most, scroller.querySelectorAll('[role="option"]').length);
                const last = [...scroller.querySelectorAll('[role="option"]')].map((o) => Number(o.dataset.index));
                if (Math.max(...last) === total - 1 && !scroller.querySelector('.spinner')) break;
            }
            const rows = [...scroller.querySelectorAll('[role="option"]')];
            rows.sort((a, b) => a.dataset.index - b.dataset.index);
            return { most, lastKey: rows[rows.length - 1].dataset.key, lastIndex: Number(rows[rows.length - 1].dataset.index),
                     nodes: document.getElementsByTagName('*').length };
        }""",
        {"pane": TIMELINE, "total": total},
    )
    pages = [body for body in requests if body and "TimelinePage" in body]
    assert stats["lastIndex"] == total - 1
    last = graphql(server, f'{{ session(id: "{LONG_SESSION}") {{ timeline(first: 1, order: NEWEST_FIRST) {{ nodes {{ id }} }} }} }}')
    assert stats["lastKey"] == last["session"]["timeline"]["nodes"][0]["id"]
    assert stats["most"] <= MAX_ROWS, f"at most {MAX_ROWS} rows in the DOM, saw {stats['most']}"
    assert len(pages) == total // 50 - 1, "one request per further page of 50, none repeated"
    print(f"\n5,000-item session: {len(pages) + 1} timeline requests, at most {stats['most']} option rows, {stats['nodes']} elements in the page at the end")
