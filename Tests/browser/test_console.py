"""The query console: each pane's exact document and variables, and any document run with
its status, duration and response; engine errors are shown with their location."""

import json

from panes import SESSIONS, TIMELINE, option, options

USER = "mcpu_shared_user"


def documents(page):
    """The playground's own documents module, read in the page."""
    return page.evaluate("""async () => {
        const module = await import('/playground/documents.js');
        return Object.fromEntries(module.operationNames.map((name) => [name, module.documentText(name)]));
    }""")


def test_a_panes_query_button_opens_its_exact_document_and_variables(page, server):
    page.goto(f"{server}/users/{USER}?session=sess_acme_ties")
    options(page, TIMELINE).first.wait_for()
    page.locator(TIMELINE).get_by_role("button", name="Show the Timeline pane's GraphQL query").click()
    dialog = page.get_by_role("dialog", name="Query console")
    dialog.wait_for()
    assert dialog.get_by_label("GraphQL document").input_value() == documents(page)["SessionTimeline"]
    assert json.loads(dialog.get_by_label("Variables (JSON)").input_value()) == {"sessionId": "sess_acme_ties", "first": 50}
    dialog.get_by_role("button", name="Run").click()
    dialog.get_by_text("HTTP 200").wait_for()
    response = json.loads(dialog.get_by_label("Response").inner_text())
    assert response["data"]["session"]["id"] == "sess_acme_ties"
    assert len(response["data"]["session"]["timeline"]["nodes"]) == 30


def test_the_sessions_pane_shows_its_document_too(page, server):
    page.goto(f"{server}/users/{USER}")
    option(page, SESSIONS, "sess_acme_big").wait_for()
    page.locator(SESSIONS).get_by_role("button", name="Show the Sessions pane's GraphQL query").click()
    dialog = page.get_by_role("dialog", name="Query console")
    assert dialog.get_by_label("GraphQL document").input_value() == documents(page)["UserSessions"]
    assert json.loads(dialog.get_by_label("Variables (JSON)").input_value()) == {"identifier": USER}


def test_any_document_runs_and_invalid_ones_show_the_engines_error_with_its_location(page, server):
    page.goto(f"{server}/users")
    page.get_by_role("button", name="Console").click()
    dialog = page.get_by_role("dialog", name="Query console")
    document = dialog.get_by_label("GraphQL document")
    document.fill('query One($id: ID!) { session(id: $id) { id toolCallCount } }')
    dialog.get_by_label("Variables (JSON)").fill('{"id": "sess_acme_big"}')
    document.press("Control+Enter")
    dialog.get_by_text("HTTP 200").wait_for()
    assert json.loads(dialog.get_by_label("Response").inner_text()) == {"data": {"session": {"id": "sess_acme_big", "toolCallCount": 520}}}
    status = dialog.locator(".console-status").inner_text()
    assert status.startswith("HTTP 200 · ") and status.endswith(" ms")

    document.fill("{\n  session(id: \"sess_acme_big\") {\n    nope\n  }\n}")
    dialog.get_by_role("button", name="Run").click()
    dialog.get_by_text("HTTP 400").wait_for()
    error = dialog.locator(".console-error").first
    assert "Cannot query field \"nope\" on type \"Session\"." in error.inner_text()
    assert "GRAPHQL_VALIDATION_FAILED" in error.inner_text()
    assert error.locator(".error-source").inner_text() == "3:5      nope\n         ^"

    document.fill("{ session(id: ")
    dialog.get_by_role("button", name="Run").click()
    dialog.locator(".console-error", has_text="Syntax Error").wait_for()
    assert "GRAPHQL_PARSE_FAILED" in dialog.locator(".console-error").first.inner_text()

    dialog.get_by_label("Variables (JSON)").fill("{not json")
    dialog.get_by_role("button", name="Run").click()
    dialog.get_by_text("The variables are not valid JSON").wait_for()
