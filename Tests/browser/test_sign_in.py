"""Signing in with an organization API key: the demo key on this machine, a signed-out deep
link that asks for a key and then shows exactly its selection, a refused key mid-use."""

import subprocess

from conftest import binary
from panes import DETAILS, SESSIONS, TIMELINE, option, options, selected_keys

LINK = "/users/mcpu_shared_user?session=sess_acme_ties&item=tc_fixture_unicode"


def wait_for_link(page):
    page.locator(f"{DETAILS} .details-title").wait_for()
    page.wait_for_function("() => document.querySelector('[data-key=tc_fixture_unicode]')?.getAttribute('aria-selected') === 'true'")
    assert selected_keys(page, SESSIONS) == ["sess_acme_ties"]


def test_the_demo_machine_signs_in_by_itself(page, server):
    page.goto(server + LINK)
    wait_for_link(page)
    assert page.locator('[data-role="account"]').inner_text() == "Acme Corporation"
    assert not page.get_by_role("dialog", name="Sign in").is_visible()


def test_a_signed_out_deep_link_asks_for_a_key_then_restores_the_selection(signed_out, server, new_key):
    page = signed_out.new_page()
    page.goto(server + LINK)
    dialog = page.get_by_role("dialog", name="Sign in")
    dialog.wait_for()
    assert page.url == server + LINK
    dialog.get_by_label("API key").fill("sq_live_" + "0" * 32)
    dialog.get_by_role("button", name="Sign in").click()
    dialog.get_by_text("That key is not valid").wait_for()
    dialog.get_by_label("API key").fill(new_key())
    dialog.get_by_role("button", name="Sign in").click()
    wait_for_link(page)
    assert page.url == server + LINK
    assert page.evaluate("sessionStorage.getItem('sessionql.apiKey')").startswith("sq_live_")
    assert page.evaluate("localStorage.getItem('sessionql.apiKey')") is None, "kept for the tab only without remember me"


def test_remember_me_keeps_the_key_across_tabs_and_sign_out_forgets_it(signed_out, server, new_key):
    page = signed_out.new_page()
    page.goto(f"{server}/users")
    page.get_by_label("API key").fill(new_key())
    page.get_by_label("Remember me on this device").check()
    page.get_by_role("button", name="Sign in").click()
    options(page, 'section[aria-label="Users"]').first.wait_for()
    assert page.evaluate("localStorage.getItem('sessionql.apiKey')").startswith("sq_live_")
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("dialog", name="Sign in").wait_for()
    assert page.evaluate("localStorage.getItem('sessionql.apiKey')") is None
    assert page.evaluate("sessionStorage.getItem('sessionql.apiKey')") is None


def test_a_key_revoked_during_use_brings_back_the_sign_in_and_keeps_the_url(signed_out, server, new_key, data_dir):
    page = signed_out.new_page()
    page.goto(server + "/users/mcpu_shared_user?session=sess_acme_ties")
    key = new_key()
    page.get_by_label("API key").fill(key)
    page.get_by_role("button", name="Sign in").click()
    options(page, TIMELINE).first.wait_for()
    listed = subprocess.run([binary(), "keys", "list", "--organization", "acme", "--data-dir", str(data_dir)],
                            check=True, capture_output=True, text=True).stdout
    assert key not in listed, "listings never show a key"
    key_id = next(line.split()[0] for line in listed.splitlines() if key[:12] in line and "active" in line)
    subprocess.run([binary(), "keys", "revoke", key_id, "--data-dir", str(data_dir)], check=True, capture_output=True)
    option(page, TIMELINE, "tc_fixture_unicode").click()
    dialog = page.get_by_role("dialog", name="Sign in")
    dialog.wait_for()
    dialog.get_by_text("The server refused your key").wait_for()
    assert page.url == server + LINK
    dialog.get_by_label("API key").fill(new_key())
    dialog.get_by_role("button", name="Sign in").click()
    wait_for_link(page)
