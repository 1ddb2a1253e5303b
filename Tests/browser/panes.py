"""Locators for the user page's panes, by the accessibility contract the page keeps, and
helpers that read lists and requests."""

import json

SESSIONS = 'section[aria-label="Sessions"]'
TIMELINE = 'section[aria-label="Timeline"]'
DETAILS = 'section[aria-label="Details"]'


def options(page, pane):
    return page.locator(f'{pane} [role="listbox"] [role="option"]')


def option(page, pane, key):
    return page.locator(f'{pane} [role="option"][data-key="{key}"]')


def selected_keys(page, pane):
    return page.eval_on_selector_all(f'{pane} [role="option"][aria-selected="true"]', "els => els.map(e => e.dataset.key)")


def rendered_keys(page, pane):
    """Keys of the options in the DOM, in list order."""
    return page.eval_on_selector_all(
        f'{pane} [role="option"]',
        "els => els.sort((a, b) => a.dataset.index - b.dataset.index).map(e => e.dataset.key)",
    )


def keys_by_scrolling(page, pane):
    """Every loaded option's key in list order, read by scrolling the list from top to bottom
    (only the rows in view exist in the DOM)."""
    return page.evaluate(
        """async (pane) => {
            const scroller = document.querySelector(`${pane} .vlist`);
            const keys = new Map();
            scroller.scrollTop = 0;
            for (let guard = 0; guard < 10000; guard += 1) {
                await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
                for (const option of scroller.querySelectorAll('[role="option"]')) keys.set(Number(option.dataset.index), option.dataset.key);
                if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
                scroller.scrollTop += scroller.clientHeight;
            }
            return [...keys.entries()].sort((a, b) => a[0] - b[0]).map((entry) => entry[1]);
        }""",
        pane,
    )


def all_keys(page, pane, count):
    """Every key of a list of `count` items, in order, once scrolling to its end has loaded them all."""
    page.wait_for_function(
        """([pane, count]) => {
            const scroller = document.querySelector(`${pane} .vlist`);
            if (!scroller) return false;
            scroller.scrollTop = scroller.scrollHeight;
            const indexes = [...scroller.querySelectorAll('[role="option"]')].map((o) => Number(o.dataset.index));
            return indexes.length > 0 && Math.max(...indexes) === count - 1;
        }""",
        arg=[pane, count],
        polling=100,
    )
    return keys_by_scrolling(page, pane)


def pane_title(page, pane):
    return page.locator(f"{pane} .pane-title").text_content()


def record_operations(page):
    """(operationName, variables) of every GraphQL request the page sends, as it sends them."""
    seen = []

    def record(req):
        if req.url.endswith("/graphql") and req.method == "POST":
            body = json.loads(req.post_data or "{}")
            seen.append((body.get("operationName"), body.get("variables") or {}))

    page.on("request", record)
    return seen
