#!/usr/bin/env python3
"""Writes playground/documents.manifest.json: every document the playground sends (from
playground/documents.js, evaluated in Chromium), as an Apollo persisted query manifest. With
`serve --persisted-only` the server trusts these documents, so the playground keeps working.

Usage: python3 scripts/playground-manifest.py [--check]
  --check  exit 1, without writing, when the committed manifest differs
"""

import hashlib
import json
import os
import re
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "playground" / "documents.js"
MANIFEST = ROOT / "playground" / "documents.manifest.json"


def documents():
    """{operation name: document text}, as documents.js builds them."""
    script = re.sub(r"^export ", "", SOURCE.read_text(), flags=re.MULTILINE)
    script += "\nwindow.__documents = Object.fromEntries(operationNames.map((name) => [name, documentText(name)]));\n"
    chromium = os.environ.get("SESSIONQL_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.set_content("<!doctype html><title>manifest</title>")
            page.add_script_tag(content=script)
            return page.evaluate("window.__documents")
        finally:
            browser.close()


def manifest_text():
    operations = []
    for name, body in sorted(documents().items()):
        kind = re.match(r"\s*(query|mutation|subscription)\b", body)
        operations.append({
            "id": hashlib.sha256(body.encode()).hexdigest(),
            "name": name,
            "type": kind.group(1) if kind else "query",
            "body": body,
        })
    return json.dumps({"format": "apollo-persisted-query-manifest", "version": 1, "operations": operations},
                      indent=2, ensure_ascii=False) + "\n"


def main():
    text = manifest_text()
    if "--check" in sys.argv:
        if not MANIFEST.exists() or MANIFEST.read_text() != text:
            print(f"{MANIFEST.relative_to(ROOT)} is out of date: run python3 scripts/playground-manifest.py", file=sys.stderr)
            return 1
        return 0
    MANIFEST.write_text(text)
    print(f"wrote {MANIFEST.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
