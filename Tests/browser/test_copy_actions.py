"""Copy actions: each pane's "Copy link" copies the page's absolute URL, which opens the same
view; "Copy as JSON" copies the selected item with its full input and output; the console's
"Copy as curl" copies a command that, run by bash with the key in $SESSIONQL_KEY, gets the
answer the console shows."""

import json
import os
import subprocess
import time

from conftest import BIG_OUTPUT_CALL, BIG_OUTPUT_TEXT, HUGE_USER, LONG_SESSION, LONG_USER, PAYLOAD_SESSION, graphql
from panes import DETAILS, SESSIONS, TIMELINE, option, record_operations, selected_keys

SENTINEL = "nothing copied yet"


def documents(page):
    return page.evaluate("""async () => {
        const module = await import('/playground/documents.js');
        return Object.fromEntries(module.operationNames.map((name) => [name, module.documentText(name)]));
    }""")


def allow_clipboard(context, server):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)


def copied(page, click, seconds=10):
    """What the clipboard holds once `click()` has put something there."""
    page.evaluate("text => navigator.clipboard.writeText(text)", SENTINEL)
    click()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        text = page.evaluate("() => navigator.clipboard.readText()")
        if text != SENTINEL:
            return text
        page.wait_for_timeout(50)
    raise AssertionError("nothing was copied")


def test_each_panes_copy_link_copies_the_absolute_url_that_opens_the_same_view(page, context, server):
    allow_clipboard(context, server)
    item = "tc_long_00003"
    page.goto(f"{server}/users/{LONG_USER}?session={LONG_SESSION}&item={item}&kinds=tool_call")
    page.locator(DETAILS).locator(f'code:text-is("{item}")').wait_for()
    for pane in (SESSIONS, TIMELINE, DETAILS):
        link = copied(page, lambda: page.locator(pane).get_by_role("button", name="Copy link").click())
        assert link == page.url == f"{server}/users/{LONG_USER}?session={LONG_SESSION}&item={item}&kinds=tool_call"

    # A new selection is in the next link.
    option(page, TIMELINE, "tc_long_00004").click()
    page.wait_for_url(f"**item=tc_long_00004**")
    link = copied(page, lambda: page.locator(DETAILS).get_by_role("button", name="Copy link").click())
    assert link == page.url and "item=tc_long_00004" in link

    other = context.new_page()
    other.goto(link)
    other.locator(DETAILS).locator('code:text-is("tc_long_00004")').wait_for()
    other.wait_for_function("() => document.querySelector('[data-key=\"tc_long_00004\"]')?.getAttribute('aria-selected') === 'true'")
    assert selected_keys(other, SESSIONS) == [LONG_SESSION]
    assert other.locator(TIMELINE).get_by_role("button", name="Tool calls").get_attribute("aria-pressed") == "true"
    other.close()


def test_copy_as_json_waits_for_the_full_payload_of_a_tool_call(page, context, server):
    allow_clipboard(context, server)
    operations = record_operations(page)
    call = "tc_long_00001"
    held = []
    page.route("**/graphql", lambda route: held.append(route) if '"ItemPayload"' in (route.request.post_data or "") else route.continue_())
    page.goto(f"{server}/users/{LONG_USER}?session={LONG_SESSION}&item={call}")
    details = page.locator(DETAILS)
    button = details.get_by_role("button", name="Copy as JSON")
    button.wait_for()
    while not held:
        page.wait_for_timeout(20)
    assert details.locator('section[aria-label="Input preview"]').count() == 1, "only previews so far"

    def click_then_answer():
        button.click()
        page.wait_for_timeout(200)
        held[0].continue_()

    item = json.loads(copied(page, click_then_answer))
    texts = documents(page)
    expected = graphql(server, texts["ItemDetails"], {"id": call})["item"]
    payload = graphql(server, texts["ItemPayload"], {"id": call})["toolCall"]
    del expected["inputPreview"], expected["outputPreview"]
    assert item == {**expected, "input": payload["input"], "output": payload["output"]}
    assert item["input"] == {"step": 1} and item["output"]["content"][0]["text"] == "result 1"
    assert [name for name, _ in operations].count("ItemPayload") == 1, "the pane and the copy share one request"
    page.unroute("**/graphql")


def test_copy_as_json_holds_an_output_over_1_mb_in_full(page, context, server):
    allow_clipboard(context, server)
    page.goto(f"{server}/users/{HUGE_USER}?session={PAYLOAD_SESSION}&item={BIG_OUTPUT_CALL}")
    page.locator(DETAILS).get_by_role("button", name="Show all", exact=False).wait_for()
    text = copied(page, lambda: page.locator(DETAILS).get_by_role("button", name="Copy as JSON").click())
    assert text.startswith('{\n  "__typename": "ToolCall",\n  "id": "tc_big_output",')
    item = json.loads(text)
    assert item["output"]["content"][0]["text"] == BIG_OUTPUT_TEXT
    assert item["input"] == {"format": "text"}


def test_copy_as_json_copies_a_ticket_as_the_api_gives_it(page, context, server):
    allow_clipboard(context, server)
    ticket = "sr_long_00099"
    page.goto(f"{server}/users/{LONG_USER}?session={LONG_SESSION}&item={ticket}")
    text = copied(page, lambda: page.locator(DETAILS).get_by_role("button", name="Copy as JSON").click())
    expected = graphql(server, documents(page)["ItemDetails"], {"id": ticket})["item"]
    assert json.loads(text) == expected
    assert expected["__typename"] == "SupportTicket" and expected["title"] == "Ticket at item 99"
    assert text == json.dumps(expected, indent=2, ensure_ascii=False)


def test_copy_as_curl_runs_the_consoles_document_with_the_key_from_the_environment(page, context, server, new_key):
    allow_clipboard(context, server)
    page.goto(f"{server}/users")
    page.get_by_role("button", name="Console").click()
    dialog = page.get_by_role("dialog", name="Query console")
    # Single quotes in the document and in the variables, which the shell quoting must keep.
    dialog.get_by_label("GraphQL document").fill(
        "# The session's counts, and who's searched for\n"
        "query Counts($id: ID!, $q: String) {\n  session(id: $id) { id toolCallCount }\n"
        "  users(search: $q, first: 1) { totalCount }\n  viewer { slug }\n}")
    dialog.get_by_label("Variables (JSON)").fill('{"id": "sess_acme_big", "q": "o\'brien"}')
    dialog.get_by_label("Operation name").fill("Counts")
    dialog.get_by_role("button", name="Run").click()
    dialog.get_by_text("HTTP 200").wait_for()
    shown = json.loads(dialog.get_by_label("Response").inner_text())
    assert shown["data"]["session"] == {"id": "sess_acme_big", "toolCallCount": 520}

    command = copied(page, lambda: dialog.get_by_role("button", name="Copy as curl").click())
    demo_key = page.evaluate("sessionStorage.getItem('sessionql.apiKey')")
    assert demo_key and demo_key not in command
    assert '-H "Authorization: Bearer $SESSIONQL_KEY"' in command
    assert "-H 'Content-Type: application/json'" in command
    assert f"'{server}/graphql'" in command
    assert "'\\''" in command, "the single quotes are escaped for the shell"

    key = new_key()
    environment = {**os.environ, "SESSIONQL_KEY": key}
    done = subprocess.run(["bash", "-c", command], env=environment, capture_output=True, text=True, timeout=30, check=True)
    assert json.loads(done.stdout) == shown

    # Without the variable the server refuses: the command carries no key of its own.
    del environment["SESSIONQL_KEY"]
    refused = subprocess.run(["bash", "-c", command], env=environment, capture_output=True, text=True, timeout=30, check=True)
    assert json.loads(refused.stdout)["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_copy_as_curl_refuses_variables_that_are_not_json(page, context, server):
    allow_clipboard(context, server)
    page.goto(f"{server}/users")
    page.get_by_role("button", name="Console").click()
    dialog = page.get_by_role("dialog", name="Query console")
    dialog.get_by_label("Variables (JSON)").fill("{not json")
    page.evaluate("text => navigator.clipboard.writeText(text)", SENTINEL)
    dialog.get_by_role("button", name="Copy as curl").click()
    dialog.get_by_text("The variables are not valid JSON").wait_for()
    assert page.evaluate("() => navigator.clipboard.readText()") == SENTINEL
