"""From the users page to an item's details with the keyboard alone; focus stays visible."""

from conftest import graphql
from panes import DETAILS, SESSIONS, TIMELINE, options, selected_keys


def active_pane(page):
    return page.evaluate("document.activeElement.closest('section')?.getAttribute('aria-label') ?? null")


def test_keyboard_path_from_the_users_page_to_details(page, server):
    page.goto(f"{server}/users")
    options(page, 'section[aria-label="Users"]').first.wait_for()
    # The search box has focus when the page opens.
    assert page.evaluate("document.activeElement.id") == "user-search"
    page.keyboard.type("Sasha")
    page.wait_for_url(f"{server}/users?q=Sasha")
    page.wait_for_function("() => document.querySelectorAll('section[aria-label=Users] [role=option]').length === 1")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{server}/users/mcpu_shared_user")
    options(page, SESSIONS).first.wait_for()
    assert active_pane(page) == "Sessions"
    sessions = graphql(server, '{ user(identifier: "mcpu_shared_user") { sessions { nodes { id } } } }')["user"]["sessions"]["nodes"]
    page.keyboard.press("ArrowDown")
    page.keyboard.press("j")
    page.keyboard.press("k")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{server}/users/mcpu_shared_user?session={sessions[2]['id']}")
    options(page, TIMELINE).first.wait_for()
    page.keyboard.press("ArrowRight")
    assert active_pane(page) == "Timeline"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.locator(f"{DETAILS} .details-title").wait_for()
    first_items = page.eval_on_selector_all(f'{TIMELINE} [role="option"]', "els => els.sort((a, b) => a.dataset.index - b.dataset.index).map(e => e.dataset.key)")
    assert selected_keys(page, TIMELINE) == [first_items[2]]
    assert page.url.endswith(f"&item={first_items[2]}")
    outline = page.evaluate("getComputedStyle(document.querySelector('section[aria-label=Timeline] [role=option].active')).outlineStyle")
    assert outline == "solid", "the active option shows a focus outline"
    page.keyboard.press("ArrowRight")
    assert active_pane(page) == "Details"
    page.keyboard.press("ArrowLeft")
    assert active_pane(page) == "Timeline"
    page.keyboard.press("Tab")
    assert active_pane(page) == "Details"
    page.keyboard.press("?")
    page.get_by_role("dialog", name="Keyboard shortcuts").wait_for()
    page.keyboard.press("Escape")
    page.get_by_role("dialog", name="Keyboard shortcuts").wait_for(state="hidden")
