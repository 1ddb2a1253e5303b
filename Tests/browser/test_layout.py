"""Layout by width (asserted from element boxes), resizing by drag and by keyboard with the
sizes remembered, the dark theme, and a screenshot per width in test-artifacts/."""

import pytest

from conftest import screenshot
from panes import DETAILS, SESSIONS, TIMELINE, options

URL = "/users/mcpu_shared_user?session=sess_acme_ties&item=tc_fixture_nested"


def boxes(page):
    return [page.locator(pane).bounding_box() for pane in (SESSIONS, TIMELINE, DETAILS)]


def open_at(browser, server, width, **options_):
    context = browser.new_context(viewport={"width": width, "height": 900}, **options_)
    page = context.new_page()
    page.goto(server + URL)
    options(page, TIMELINE).first.wait_for()
    page.locator(f"{DETAILS} .details-title").wait_for()
    return context, page


def test_three_columns_at_1400(browser, server):
    context, page = open_at(browser, server, 1400)
    sessions, timeline, details = boxes(page)
    assert sessions["y"] == timeline["y"] == details["y"]
    assert sessions["x"] + sessions["width"] <= timeline["x"] and timeline["x"] + timeline["width"] <= details["x"]
    assert details["x"] + details["width"] <= 1400
    screenshot(page, "playground-1400.png")
    context.close()


def test_two_columns_over_a_double_wide_details_pane_at_1000(browser, server):
    context, page = open_at(browser, server, 1000)
    sessions, timeline, details = boxes(page)
    assert sessions["y"] == timeline["y"]
    assert sessions["x"] + sessions["width"] <= timeline["x"]
    assert details["y"] >= sessions["y"] + sessions["height"]
    assert details["x"] == sessions["x"]
    assert details["width"] == pytest.approx(timeline["x"] + timeline["width"] - sessions["x"], abs=1)
    assert page.locator('[role="separator"]').first.is_hidden()
    screenshot(page, "playground-1000.png")
    context.close()


def test_three_stacked_panes_at_600(browser, server):
    context, page = open_at(browser, server, 600)
    sessions, timeline, details = boxes(page)
    assert sessions["x"] == timeline["x"] == details["x"]
    assert sessions["width"] == timeline["width"] == details["width"]
    assert sessions["y"] + sessions["height"] <= timeline["y"] and timeline["y"] + timeline["height"] <= details["y"]
    screenshot(page, "playground-600.png")
    context.close()


def test_columns_resize_by_drag_and_by_keyboard_and_the_sizes_are_remembered(page, server):
    page.goto(server + URL)
    options(page, TIMELINE).first.wait_for()
    splitter = page.get_by_role("separator", name="Resize the sessions pane")
    before = page.locator(SESSIONS).bounding_box()["width"]
    assert splitter.get_attribute("aria-controls") == "pane-sessions"
    handle = splitter.bounding_box()
    page.mouse.move(handle["x"] + handle["width"] / 2, handle["y"] + 200)
    page.mouse.down()
    page.mouse.move(handle["x"] + handle["width"] / 2 + 80, handle["y"] + 200, steps=5)
    page.mouse.up()
    dragged = page.locator(SESSIONS).bounding_box()["width"]
    assert dragged == pytest.approx(before + 80, abs=2)
    splitter.focus()
    splitter.press("ArrowLeft")
    assert page.locator(SESSIONS).bounding_box()["width"] == pytest.approx(dragged - 24, abs=1)
    assert splitter.get_attribute("aria-valuenow") == str(round(dragged - 24))
    splitter.press("Home")
    assert page.locator(SESSIONS).bounding_box()["width"] == pytest.approx(int(splitter.get_attribute("aria-valuemin")), abs=1)
    timeline_splitter = page.get_by_role("separator", name="Resize the timeline pane")
    timeline_splitter.focus()
    timeline_splitter.press("ArrowRight")
    widths = page.evaluate("JSON.parse(localStorage.getItem('sessionql.paneWidths'))")
    page.reload()
    options(page, TIMELINE).first.wait_for()
    assert page.locator(SESSIONS).bounding_box()["width"] == pytest.approx(widths["--sessions-width"], abs=1)
    assert page.locator(TIMELINE).bounding_box()["width"] == pytest.approx(widths["--timeline-width"], abs=1)


def test_a_dark_theme_follows_the_system_setting(browser, server):
    backgrounds = {}
    for scheme in ("light", "dark"):
        context, page = open_at(browser, server, 1400, color_scheme=scheme)
        backgrounds[scheme] = page.evaluate("getComputedStyle(document.querySelector('section[aria-label=Details]')).backgroundColor")
        if scheme == "dark":
            screenshot(page, "playground-1400-dark.png")
        context.close()
    assert backgrounds["light"] == "rgb(255, 255, 255)"
    assert backgrounds["dark"] != backgrounds["light"]
