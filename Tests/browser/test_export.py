"""Exports: the timeline's "Export" menu downloads the session as JSON, JSONL and CSV, and the
sessions pane's "Export sessions (CSV)" the user's sessions, under the name the server gives;
the menu works from the keyboard, and a refused export says why in the page."""

import csv
import io
import json
import re
import urllib.request

from panes import SESSIONS, TIMELINE, options, pane_title

USER = "mcpu_shared_user"
SESSION = "sess_acme_ties"


def server_file_name(server, page, path):
    """The file name in the server's own Content-Disposition for `path`."""
    key = page.evaluate("sessionStorage.getItem('sessionql.apiKey')")
    request = urllib.request.Request(f"{server}{path}", headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        disposition = response.headers["Content-Disposition"]
    assert disposition and disposition.startswith("attachment"), disposition
    return re.search(r'filename="([^"]+)"', disposition).group(1)


def download(page, click):
    with page.expect_download() as info:
        click()
    return info.value


def contains(value, wanted):
    if value == wanted:
        return True
    if isinstance(value, dict):
        return any(contains(each, wanted) for each in value.values())
    if isinstance(value, list):
        return any(contains(each, wanted) for each in value)
    return False


def total(page, pane):
    """The count in a pane's title: "Timeline (30)" is 30."""
    return int(re.search(r"\(([\d,]+)\)", pane_title(page, pane)).group(1).replace(",", ""))


def open_session(page, server):
    page.goto(f"{server}/users/{USER}?session={SESSION}")
    options(page, TIMELINE).first.wait_for()
    return page.locator(TIMELINE).get_by_role("button", name="Export")


def test_the_export_menu_downloads_the_session_as_json_jsonl_and_csv(page, server):
    trigger = open_session(page, server)
    files = {}
    for extension, label in (("json", "JSON"), ("jsonl", "JSONL"), ("csv", "CSV")):
        trigger.click()
        got = download(page, page.get_by_role("menuitem", name=label, exact=True).click)
        assert got.failure() is None
        name = got.suggested_filename
        assert name == server_file_name(server, page, f"/export/sessions/{SESSION}.{extension}")
        assert name.endswith(f".{extension}")
        with open(got.path(), encoding="utf-8") as file:
            files[extension] = file.read()
    items = total(page, TIMELINE)
    assert contains(json.loads(files["json"]), SESSION)
    lines = files["jsonl"].splitlines()
    assert len(lines) == items and all(isinstance(json.loads(line), dict) for line in lines), "one item per line"
    assert [json.loads(line)["id"] for line in lines][:1] == [options(page, TIMELINE).first.get_attribute("data-key")]
    rows = list(csv.reader(io.StringIO(files["csv"])))
    assert all(cell and not cell.isdigit() for cell in rows[0]), f"a header row: {rows[0]}"
    assert len(rows) - 1 == items
    assert page.locator('[role="alert"].toast').is_hidden()


def test_the_sessions_pane_exports_the_users_sessions_as_csv(page, server):
    page.goto(f"{server}/users/{USER}")
    options(page, SESSIONS).first.wait_for()
    got = download(page, page.locator(SESSIONS).get_by_role("button", name="Export sessions (CSV)").click)
    assert got.suggested_filename == server_file_name(server, page, f"/export/users/{USER}/sessions.csv")
    assert got.suggested_filename.endswith(".csv")
    with open(got.path(), encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert all(cell and not cell.isdigit() for cell in rows[0]), f"a header row: {rows[0]}"
    assert len(rows) - 1 == total(page, SESSIONS), "one row per session"


def test_the_export_menu_works_from_the_keyboard(page, server):
    trigger = open_session(page, server)
    assert trigger.get_attribute("aria-haspopup") == "menu"
    assert trigger.get_attribute("aria-expanded") == "false"
    menu = page.get_by_role("menu", name="Export the session")
    assert menu.is_hidden()
    focused = lambda: page.evaluate("document.activeElement.textContent")  # noqa: E731

    trigger.focus()
    page.keyboard.press("ArrowDown")
    assert menu.is_visible() and trigger.get_attribute("aria-expanded") == "true"
    assert focused() == "JSON"
    page.keyboard.press("ArrowDown")
    assert focused() == "JSONL"
    page.keyboard.press("ArrowDown")
    assert focused() == "CSV"
    page.keyboard.press("ArrowDown")
    assert focused() == "JSON", "Down wraps to the first item"
    page.keyboard.press("ArrowUp")
    assert focused() == "CSV", "Up wraps to the last item"
    page.keyboard.press("Home")
    assert focused() == "JSON"
    page.keyboard.press("End")
    assert focused() == "CSV"
    page.keyboard.press("Escape")
    assert menu.is_hidden() and trigger.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.getAttribute('aria-haspopup')") == "menu", "focus is back on the button"

    page.keyboard.press("ArrowUp")
    assert focused() == "CSV", "Up opens on the last item"
    page.keyboard.press("Tab")
    assert menu.is_hidden(), "leaving the menu closes it"

    trigger.focus()
    page.keyboard.press("Enter")
    assert menu.is_visible() and focused() == "JSON"
    page.mouse.click(5, 300)
    assert menu.is_hidden(), "a click elsewhere closes it"

    # The items are looked like the rest of the page: the panel's background and line.
    trigger.click()
    style = menu.evaluate("m => { const s = getComputedStyle(m); return [s.position, s.borderTopStyle, s.backgroundColor]; }")
    pane = page.locator(TIMELINE).evaluate("p => getComputedStyle(p).backgroundColor")
    assert style == ["absolute", "solid", pane]


def test_no_session_no_export(page, server):
    page.goto(f"{server}/users/{USER}")
    options(page, SESSIONS).first.wait_for()
    assert page.locator(TIMELINE).get_by_role("button", name="Export").is_disabled()


def test_a_refused_export_says_why_in_the_page(page, server):
    page.goto(f"{server}/users/nobody_here")
    page.locator(SESSIONS).get_by_text("No user").wait_for()
    with page.expect_response("**/export/users/nobody_here/sessions.csv") as answer:
        page.locator(SESSIONS).get_by_role("button", name="Export sessions (CSV)").click()
    assert answer.value.status == 404
    message = answer.value.json()["errors"][0]["message"]
    alert = page.locator('[role="alert"].toast')
    alert.wait_for()
    assert alert.inner_text().startswith(f"Export failed: HTTP 404 · {message}")
    assert "nobody_here" in message
    alert.get_by_role("button", name="Dismiss").click()
    assert alert.is_hidden()


def test_the_file_name_comes_from_content_disposition_with_a_fallback(page, server):
    page.goto(f"{server}/users")
    names = page.evaluate("""async () => {
        const { fileName } = await import('/playground/export.js');
        return [
            fileName('attachment; filename="sess_1.json"', "fallback.json"),
            fileName("attachment; filename=sess_2.csv", "fallback.csv"),
            fileName('attachment; filename="a b.jsonl"; size=3', "fallback.jsonl"),
            fileName("attachment", "session-sess_3.csv"),
            fileName(null, "session-sess_4.json"),
        ];
    }""")
    assert names == ["sess_1.json", "sess_2.csv", "a b.jsonl", "session-sess_3.csv", "session-sess_4.json"]
