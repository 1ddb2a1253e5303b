"""Playground timings in headless Chromium against a running SessionQL, and its payload.

    python3 bench/playground/measure.py --url http://127.0.0.1:8080 --key sq_live_… [--runs 10]

For each of `runs` users (the most recently active ones, one per run, so no run repeats
another's rows) it opens /users/<id> in a fresh browser context and reads, from inside the
page, the time from the start of navigation to the first session card, then clicks the
user's most recent session that has items and reads the time from the click to the first timeline row. Both instants are
taken by a MutationObserver in the page (performance.now()), not by polling from outside.
Prints medians and every run; the payload is the playground folder's HTML, JS and CSS as
served (uncompressed).
"""

import argparse
import json
import shutil
import statistics
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

FOLDER = Path(__file__).resolve().parent.parent.parent / "playground"

OBSERVER = """
window.__marks = {};
new MutationObserver(() => {
  const marks = window.__marks;
  if (!marks.card && document.querySelector('section[aria-label="Sessions"] [role="option"]')) marks.card = performance.now();
  if (marks.click && !marks.row && document.querySelector('section[aria-label="Timeline"] [role="option"]')) marks.row = performance.now();
}).observe(document, { childList: true, subtree: true });
document.addEventListener('click', () => { if (!window.__marks.click) window.__marks.click = performance.now(); }, true);
"""


def graphql(url, key, query):
    body = json.dumps({"query": query}).encode()
    request = urllib.request.Request(f"{url}/graphql", data=body, headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)["data"]


def users(url, key, count):
    """(user id, id of its most recent session that has items) for the first `count` users with one."""
    nodes = graphql(url, key, f"{{ users(first: {count * 3}) {{ nodes {{ id sessions(first: 20) {{ nodes {{ id toolCallCount supportTicketCount }} }} }} }} }}")["users"]["nodes"]
    picked = []
    for user in nodes:
        session = next((s for s in user["sessions"]["nodes"] if s["toolCallCount"] + s["supportTicketCount"] > 0), None)
        if session:
            picked.append((user["id"], session["id"]))
    return picked[:count]


def payload():
    files = sorted(p for p in FOLDER.iterdir() if p.suffix in (".html", ".js", ".css"))
    return sum(p.stat().st_size for p in files), len(files)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--key", required=True, help="an API key of the organization to browse")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    ids = users(args.url, args.key, args.runs)
    cards, rows = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        for identifier, session in ids:
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            context.add_init_script(OBSERVER)
            context.add_init_script(f"sessionStorage.setItem('sessionql.apiKey', {json.dumps(args.key)})")
            page = context.new_page()
            page.goto(f"{args.url}/users/{identifier}")
            page.wait_for_function("() => window.__marks.card !== undefined", timeout=60_000)
            page.locator(f'section[aria-label="Sessions"] [role="option"][data-key="{session}"]').click()
            page.wait_for_function("() => window.__marks.row !== undefined", timeout=60_000)
            marks = page.evaluate("() => window.__marks")
            cards.append(marks["card"])
            rows.append(marks["row"] - marks["click"])
            context.close()
        browser.close()
    size, count = payload()
    print(f"payload: {size} bytes in {count} files (HTML, JS, CSS, uncompressed)")
    print(f"navigation → first session card: median {statistics.median(cards):.1f} ms; runs " + ", ".join(f"{v:.0f}" for v in cards))
    print(f"session click → first timeline row: median {statistics.median(rows):.1f} ms; runs " + ", ".join(f"{v:.0f}" for v in rows))


if __name__ == "__main__":
    main()
