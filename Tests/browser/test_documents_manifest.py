"""The trusted-documents manifest the server embeds holds exactly the documents the
playground sends (documents.js evaluated in Chromium), so `serve --persisted-only` keeps its
own playground working."""

import subprocess
import sys

from conftest import ROOT


def test_the_manifest_matches_the_playgrounds_documents():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "playground-manifest.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
