"""`serve --persisted-only`: the playground's own documents run, a document registered with
`sessionql documents add` runs within the refresh interval on the running server, by text or
by hash (GET too), and anything else is refused with TRUSTED_DOCUMENT_REQUIRED."""

import hashlib
import json
import subprocess
import urllib.parse
from pathlib import Path

from serve_process import ROOT, binary, request, serving, wait_for

MANIFEST = ROOT / "playground" / "documents.manifest.json"
REFUSED = {"errors": [{"message": "This server runs trusted documents only, and this document is not one of them.",
                       "extensions": {"code": "TRUSTED_DOCUMENT_REQUIRED"}}]}


def hash_only(document):
    extensions = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(document.encode()).hexdigest()}})
    return "/graphql?" + urllib.parse.urlencode({"extensions": extensions})


def test_trusted_documents_only(tmp_path):
    data = tmp_path / "data"
    with serving(["--data-dir", str(data), "--persisted-only"], tmp_path / "serve.log") as port:
        # Every document of the playground's manifest is trusted; each validates (a refusal
        # for missing variables is fine, a TRUSTED_DOCUMENT_REQUIRED or validation error is not).
        operations = json.loads(MANIFEST.read_text())["operations"]
        assert len(operations) >= 10
        for operation in operations:
            if operation["type"] != "query":
                continue
            status, body = request(port, "/graphql", {"query": operation["body"]})
            codes = {e.get("extensions", {}).get("code") for e in json.loads(body).get("errors", [])}
            assert codes <= {"BAD_USER_INPUT"}, (operation["name"], body)

        document = "query Added { users(first: 1) { totalCount } }\n"
        status, body = request(port, "/graphql", {"query": document})
        assert status == 400 and json.loads(body) == REFUSED
        status, body = request(port, hash_only(document))
        assert status == 400 and json.loads(body) == REFUSED

        file = tmp_path / "added.graphql"
        file.write_text(document)
        added = subprocess.run([binary(), "documents", "add", str(file), "--data-dir", str(data)],
                               check=True, capture_output=True, text=True).stdout
        digest = hashlib.sha256(document.encode()).hexdigest()
        assert added.strip() == f"added\t{digest}\tAdded"
        listed = subprocess.run([binary(), "documents", "list", "--data-dir", str(data)],
                                check=True, capture_output=True, text=True).stdout
        assert listed.startswith(f"{digest}\tAdded\t")

        wait_for(lambda: request(port, "/graphql", {"query": document})[1] == '{"data":{"users":{"totalCount":127}}}',
                 10, "the added document runs")
        assert request(port, hash_only(document)) == (200, '{"data":{"users":{"totalCount":127}}}')
        # Not a way in for anything else.
        status, body = request(port, "/graphql", {"query": "{ __typename }"})
        assert json.loads(body) == REFUSED


def test_documents_add_refuses_an_invalid_document(tmp_path):
    data = tmp_path / "data"
    with serving(["--data-dir", str(data)], tmp_path / "serve.log"):
        pass
    file = tmp_path / "bad.graphql"
    file.write_text("{ nosuchfield }")
    done = subprocess.run([binary(), "documents", "add", str(file), "--data-dir", str(data)], capture_output=True, text=True)
    assert done.returncode != 0
    assert "Cannot query field \"nosuchfield\" on type \"Query\"." in done.stderr


def test_documents_needs_persisted_only(tmp_path):
    manifest = tmp_path / "m.json"
    manifest.write_text("{}")
    done = subprocess.run([binary(), "serve", "--data-dir", str(tmp_path / "data"), "--documents", str(manifest)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "--persisted-only" in done.stderr
