"""The playground in a real headless Chromium (Debian's `chromium`, driven by Playwright).

One `sessionql serve` runs on a seeded SQLite database for the whole run. Besides the small
demo it holds a 5,000-item session (`sess_long`, of the user `mcpu_long_user`) for the
bounded-DOM checks and the filters, a 50,000-item session (`sess_huge`, of `mcpu_huge_user`)
for deep links, a tool call with an output over 1 MB, and an organization with no users for
the empty users page.

Without Playwright or a Chromium the suite is skipped with a message saying so;
SESSIONQL_REQUIRE_BROWSER=1 (set by .ci/run) makes that a failure instead.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "python"))
from serve_process import ROOT, binary, create_key, request, serving  # noqa: E402

ARTIFACTS = ROOT / "test-artifacts"
LONG_SESSION = "sess_long"
LONG_USER = "mcpu_long_user"
LONG_SESSION_TOOL_CALLS = 4950
LONG_SESSION_TICKETS = 50
EMPTY_ORGANIZATION = "emptyco"
HUGE_USER = "mcpu_huge_user"
HUGE_SESSION = "sess_huge"
HUGE_SESSION_ITEMS = 50_000
PAYLOAD_SESSION = "sess_big_payload"
BIG_OUTPUT_CALL = "tc_big_output"
BIG_OUTPUT_TEXT = "".join(f"line {n:06d} of a long result\n" for n in range(42_000))  # 1,218,000 characters


def huge_key(index):
    """The id of the huge session's item at `index` (0-based): a ticket every 1,000 items."""
    return f"sr_huge_{index:05d}" if index % 1000 == 500 else f"tc_huge_{index:05d}"


def huge_is_error(index):
    return index % 4999 == 7


def chromium_path():
    for name in (os.environ.get("SESSIONQL_CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def pytest_collection_modifyitems(config, items):
    missing = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = "the Python package playwright is not installed"
    if missing is None and chromium_path() is None:
        missing = "no chromium executable on PATH (Debian package chromium)"
    if missing is None:
        return
    if os.environ.get("SESSIONQL_REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(f"browser suite required but cannot run: {missing}")
    print(f"\nSKIPPED: browser suite ({missing})")
    for item in items:
        item.add_marker(pytest.mark.skip(reason=f"browser suite skipped: {missing}"))


def add_long_session(path):
    """A session of 4,950 tool calls and 50 tickets, one second apart, on acme's docs server."""
    start = 1_766_000_000_000
    db = sqlite3.connect(path)
    with db:
        db.execute(
            "INSERT INTO mcp_server_user (id, distinct_id, email, first_seen_at) VALUES (?, ?, ?, ?)",
            (LONG_USER, "did_long_user", "long.user@example.com", start),
        )
        db.execute(
            "INSERT INTO mcp_server_session (mcp_server_session_id, title, mcp_server_slug, connection_date, "
            "connection_timestamp, mcp_server_user_id) VALUES (?, ?, 'acme-docs', '2025-12-17', ?, ?)",
            (LONG_SESSION, "Five thousand items", start, LONG_USER),
        )
        total = LONG_SESSION_TOOL_CALLS + LONG_SESSION_TICKETS
        step = total // LONG_SESSION_TICKETS
        for index in range(total):
            created = start + (index + 1) * 1000
            if index % step == step - 1:
                db.execute(
                    "INSERT INTO support_requests (id, created_at, title, status, email, organization_id, mcp_server_id, "
                    "mcp_server_session_id) VALUES (?, ?, ?, 'pending', 'long.user@example.com', 'org_acme', "
                    "'srv_acme_docs', ?)",
                    (f"sr_long_{index:05d}", created, f"Ticket at item {index}", LONG_SESSION),
                )
            else:
                output = {"content": [{"type": "text", "text": f"result {index}"}], "isError": index % 97 == 0}
                db.execute(
                    "INSERT INTO mcp_tool_calls (id, created_at, mcp_server_id, tool_name, mcp_server_user_id, "
                    "mcp_server_session_id, input, output) VALUES (?, ?, 'srv_acme_docs', ?, ?, ?, ?, ?)",
                    (f"tc_long_{index:05d}", created, f"tool_{index % 7}", LONG_USER, LONG_SESSION,
                     json.dumps({"step": index}), json.dumps(output)),
                )
        db.execute(
            "INSERT INTO organization (id, name, slug, created_at) VALUES ('org_empty', 'Empty Co', ?, '2025-01-01 00:00:00')",
            (EMPTY_ORGANIZATION,),
        )
    db.close()


def add_huge_session(path):
    """A session of 50,000 items one second apart (50 tickets, a few failed calls) and a session
    whose one call returned more than 1 MB, for the user `mcpu_huge_user`."""
    start = 1_767_000_000_000
    db = sqlite3.connect(path)
    with db:
        db.execute(
            "INSERT INTO mcp_server_user (id, distinct_id, email, first_seen_at) VALUES (?, ?, ?, ?)",
            (HUGE_USER, "did_huge_user", "huge.user@example.com", start),
        )
        db.executemany(
            "INSERT INTO mcp_server_session (mcp_server_session_id, title, mcp_server_slug, connection_date, "
            "connection_timestamp, mcp_server_user_id) VALUES (?, ?, 'acme-docs', '2025-12-29', ?, ?)",
            [(HUGE_SESSION, "Fifty thousand items", start, HUGE_USER),
             (PAYLOAD_SESSION, "One very large result", start - 3_600_000, HUGE_USER)],
        )
        tickets, calls = [], []
        for index in range(HUGE_SESSION_ITEMS):
            created = start + (index + 1) * 1000
            if index % 1000 == 500:
                tickets.append((huge_key(index), created, f"Huge ticket {index}", HUGE_SESSION))
            else:
                output = {"content": [{"type": "text", "text": f"huge result {index}"}], "isError": huge_is_error(index)}
                calls.append((huge_key(index), created, f"huge_tool_{index % 5}", HUGE_USER, HUGE_SESSION,
                              json.dumps({"step": index}), json.dumps(output)))
        big = {"content": [{"type": "text", "text": BIG_OUTPUT_TEXT}], "isError": False}
        calls.append((BIG_OUTPUT_CALL, start - 3_000_000, "export_everything", HUGE_USER, PAYLOAD_SESSION,
                      json.dumps({"format": "text"}), json.dumps(big)))
        db.executemany(
            "INSERT INTO support_requests (id, created_at, title, status, email, organization_id, mcp_server_id, "
            "mcp_server_session_id) VALUES (?, ?, ?, 'pending', 'huge.user@example.com', 'org_acme', 'srv_acme_docs', ?)",
            tickets,
        )
        db.executemany(
            "INSERT INTO mcp_tool_calls (id, created_at, mcp_server_id, tool_name, mcp_server_user_id, "
            "mcp_server_session_id, input, output) VALUES (?, ?, 'srv_acme_docs', ?, ?, ?, ?, ?)",
            calls,
        )
    db.close()


@pytest.fixture(scope="session")
def database(data_dir):
    """The seeded SQLite file, opened read-only, to compute what the page must show."""
    db = sqlite3.connect(f"file:{data_dir / 'sessionql.sqlite'}?mode=ro", uri=True)
    yield db
    db.close()


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("browser") / "data"
    subprocess.run([binary(), "migrate", "--data-dir", str(directory)], check=True, capture_output=True)
    subprocess.run([binary(), "seed", "--data-dir", str(directory), "--scale", "small", "--seed", "1"], check=True, capture_output=True)
    add_long_session(directory / "sessionql.sqlite")
    add_huge_session(directory / "sessionql.sqlite")
    return directory


CREATED_KEYS = []


@pytest.fixture(scope="session")
def server(data_dir, tmp_path_factory):
    log = tmp_path_factory.mktemp("logs") / "serve.log"
    # The tests share a key and page through thousands of rows quickly: no rate limit. The
    # playground is read from the folder, so the suite checks the files as they are on disk.
    arguments = ["--data-dir", str(data_dir), "--playground-dir", str(ROOT / "playground"),
                 "--rate-limit", "100000", "--rate-burst", "100000"]
    with serving(arguments, log) as port:
        yield f"http://127.0.0.1:{port}"
    text = log.read_text()
    leaked = [key[:12] for key in CREATED_KEYS if key in text]
    assert not leaked, f"API keys in the server log: {leaked}"


@pytest.fixture
def new_key(data_dir):
    """Creates an API key with `sessionql keys create` while the server runs."""
    def create(organization="acme"):
        key = create_key(["--data-dir", str(data_dir)], organization, name="browser test")
        CREATED_KEYS.append(key)
        return key

    return create


@pytest.fixture
def signed_out(browser):
    """A fresh browser context that has signed out: the demo key is not taken, so the page
    asks for a key as it does for anyone not on the demo machine."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.add_init_script("sessionStorage.getItem('sessionql.apiKey') || sessionStorage.setItem('sessionql.signedOut', '1')")
    yield context
    context.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        except Exception as error:  # noqa: BLE001 - any launch failure means the suite cannot run
            pytest.fail(f"Chromium did not start: {error}")
        yield launched
        launched.close()


class PageProblems:
    """Uncaught exceptions and requests to other origins, collected while a test runs."""

    def __init__(self, page):
        self.errors = []
        self.foreign = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", self.check)

    def check(self, req):
        url = urlparse(req.url)
        if url.scheme != "data" and url.hostname != "127.0.0.1":
            self.foreign.append(req.url)


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context, server):
    page = context.new_page()
    problems = PageProblems(page)
    page.set_default_timeout(10_000)
    yield page
    assert problems.errors == [], f"uncaught errors in the page: {problems.errors}"
    assert problems.foreign == [], f"requests to other origins: {problems.foreign}"


def graphql(server, query, variables=None):
    """The API's own answer, to compare the page with."""
    port = int(server.rsplit(":", 1)[1])
    status, body = request(port, "/graphql", {"query": query, "variables": variables or {}})
    assert status == 200, body
    answer = json.loads(body)
    assert "errors" not in answer, answer
    return answer["data"]


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))
