"""The users page: search (debounced, in the URL as ?q=), rows, Load more, empty states."""

import re

from conftest import graphql


def rows(page):
    return page.locator('section[aria-label="Users"] [role="option"]')


def test_rows_show_name_or_email_tracking_id_and_last_activity(page, server):
    page.goto(f"{server}/")
    assert page.url == f"{server}/users"
    first = rows(page).first
    first.wait_for()
    expected = graphql(server, "{ users(first: 1) { nodes { id name email trackingId lastActiveAt } } }")["users"]["nodes"][0]
    text = first.inner_text()
    assert expected["name"] in text and expected["email"] in text and expected["trackingId"] in text
    time = first.locator("time")
    assert time.get_attribute("datetime") == expected["lastActiveAt"]
    assert re.search(r"\d{4}", time.get_attribute("title")), "the exact time is on hover"
    assert re.search(r"ago|last|yesterday|now", time.inner_text()), "a relative time"


def test_search_is_debounced_reflected_in_the_url_and_matches_email(page, server):
    page.goto(f"{server}/users")
    rows(page).first.wait_for()
    searches = []
    page.on("request", lambda req: searches.append(req.post_data) if req.url.endswith("/graphql") else None)
    box = page.get_by_label("Search users")
    box.press_sequentially("shared.user@", delay=20)
    page.wait_for_url(re.compile(r"\?q=shared\.user%40$"))
    page.wait_for_function("() => document.querySelectorAll('section[aria-label=Users] [role=option]').length === 1")
    assert len(searches) == 1, "one request for the whole typed word, not one per key"
    assert "Sasha Marín" in rows(page).first.inner_text()


def test_search_from_the_url_and_by_name_and_tracking_id(page, server):
    page.goto(f"{server}/users?q=Sasha")
    assert page.get_by_label("Search users").input_value() == "Sasha"
    rows(page).first.wait_for()
    assert "shared.user@example.com" in rows(page).first.inner_text()
    page.goto(f"{server}/users?q=did_shared_user")
    rows(page).first.wait_for()
    assert rows(page).count() == 1


def test_no_match_says_so(page, server):
    page.goto(f"{server}/users?q=nobody-matches-this")
    page.get_by_text("No users match “nobody-matches-this”").wait_for()


def test_an_organization_without_users_says_so(signed_out, server, new_key):
    page = signed_out.new_page()
    page.goto(f"{server}/users")
    page.get_by_label("API key").fill(new_key("emptyco"))
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("No users yet").wait_for()
    assert page.locator('[data-role="account"]').inner_text() == "Empty Co"


def test_load_more_pages_with_the_cursor(page, server):
    page.goto(f"{server}/users")
    rows(page).first.wait_for()
    ids = graphql(server, "{ users(first: 60) { nodes { id } } }")["users"]["nodes"]
    assert page.evaluate("document.querySelector('section[aria-label=Users] [role=listbox]').style.height") == f"{30 * 56}px"
    page.get_by_role("button", name="Load more").click()
    page.wait_for_function("() => document.querySelector('section[aria-label=Users] [role=listbox]').style.height === '3360px'")
    listbox = page.locator('section[aria-label="Users"] [role="listbox"]')
    listbox.focus()
    listbox.press("End")
    page.wait_for_selector('[role="option"][aria-posinset="60"]')
    assert page.locator('[role="option"][aria-posinset="60"]').get_attribute("data-key") == ids[59]["id"]


def test_slash_focuses_search_and_arrows_and_enter_open_a_user(page, server):
    page.goto(f"{server}/users")
    rows(page).first.wait_for()
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "user-search"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = graphql(server, "{ users(first: 2) { nodes { id } } }")["users"]["nodes"][1]["id"]
    page.keyboard.press("Enter")
    page.wait_for_url(f"{server}/users/{second}")


def test_the_pane_title_counts_the_users_the_search_matches(page, server):
    total = graphql(server, "{ users { totalCount } }")["users"]["totalCount"]
    page.goto(f"{server}/users")
    rows(page).first.wait_for()
    title = page.locator('section[aria-label="Users"] .pane-title')
    assert title.text_content() == f"Users ({total:,})"
    page.get_by_label("Search users").fill("Sasha")
    page.wait_for_url(re.compile(r"\?q=Sasha$"))
    page.wait_for_function("() => document.querySelector('section[aria-label=Users] .pane-title')?.textContent === 'Users (1)'")
