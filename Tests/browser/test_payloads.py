"""Payloads: timeline rows show a short output preview and never ask for inputs or outputs;
the details pane shows sizes and previews first, then the full payload by a second request,
and an output over 1 MB as its first part until "Show all"."""

import json
import re

from conftest import BIG_OUTPUT_CALL, BIG_OUTPUT_TEXT, HUGE_USER, LONG_SESSION, LONG_USER, PAYLOAD_SESSION
from panes import DETAILS, TIMELINE, option, options, record_operations


def documents(page):
    return page.evaluate("""async () => {
        const module = await import('/playground/documents.js');
        return Object.fromEntries(module.operationNames.map((name) => [name, module.documentText(name)]));
    }""")


def test_rows_show_an_output_preview_and_never_ask_for_payloads(page, server, database):
    page.goto(f"{server}/users/{LONG_USER}?session={LONG_SESSION}")
    options(page, TIMELINE).first.wait_for()
    texts = documents(page)
    full_payload = re.compile(r"\b(input|output)\b")
    for name in ("SessionTimeline", "TimelinePage"):
        assert "outputPreview(maxBytes: 120)" in texts[name]
        assert not full_payload.search(texts[name]), f"{name} asks for a full payload"
    for call, output in database.execute(
        "SELECT id, output FROM mcp_tool_calls WHERE mcp_server_session_id = ? ORDER BY created_at, id LIMIT 5", (LONG_SESSION,)
    ):
        assert option(page, TIMELINE, call).locator(".row-preview").inner_text() == json.loads(output)["content"][0]["text"]


def test_details_show_sizes_and_previews_then_the_payload(page, server, database):
    operations = record_operations(page)
    call = "tc_long_00001"
    page.goto(f"{server}/users/{LONG_USER}?session={LONG_SESSION}&item={call}")
    details = page.locator(DETAILS)
    details.locator('[role="tree"][aria-label="Input"]').wait_for()
    stored_input, stored_output = database.execute("SELECT input, output FROM mcp_tool_calls WHERE id = ?", (call,)).fetchone()
    compact = lambda text: len(json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False).encode())  # noqa: E731
    assert f"input {compact(stored_input)} B · output {compact(stored_output)} B" in details.inner_text()
    assert details.locator('section[aria-label="Input"] h4').text_content() == f"Input · {compact(stored_input)} B"
    names = [name for name, _ in operations]
    assert names.count("ItemDetails") == 1 and names.count("ItemPayload") == 1
    assert names.index("ItemDetails") < names.index("ItemPayload")
    assert not re.search(r"\b(input|output)\b", documents(page)["ItemDetails"])


def test_an_output_over_1_mb_renders_its_first_part_until_show_all(page, server):
    page.goto(f"{server}/users/{HUGE_USER}?session={PAYLOAD_SESSION}&item={BIG_OUTPUT_CALL}")
    details = page.locator(DETAILS)
    output = details.locator('section[aria-label="Output"]')
    show_all = output.get_by_role("button", name=re.compile(r"^Show all"))
    show_all.wait_for()
    size = len(json.dumps({"content": [{"type": "text", "text": BIG_OUTPUT_TEXT}], "isError": False}, separators=(",", ":")))
    assert size > 1_048_576
    label = f"{size / 1_048_576:.1f} MB"
    assert show_all.inner_text() == f"Show all ({label})"
    assert output.locator("h4").text_content() == f"Output · {label}"
    shown = output.locator("pre").evaluate("pre => pre.textContent.length")
    assert shown == 65_536 + 1, "the first 64 KB and an ellipsis"
    assert details.locator('section[aria-label="Output content"]').count() == 0
    show_all.click()
    block = details.locator('section[aria-label="Output content"] .block-body')
    block.wait_for()
    assert block.evaluate("pre => pre.textContent") == BIG_OUTPUT_TEXT
    assert details.locator('[role="tree"][aria-label="Output (raw)"]').count() == 1
