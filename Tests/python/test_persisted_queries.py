"""Automatic persisted queries over HTTP, as Apollo's clients use them: the hash alone on GET
is not found until the document has been sent with it once; then the GET URL alone runs it
(so a CDN can cache it), for JSON and for graphql-response+json clients alike."""

import hashlib
import json
import urllib.parse
import urllib.request

from serve_process import KEYS, request, serving

QUERY = "query Viewer { viewer { slug } }"
HASH = hashlib.sha256(QUERY.encode()).hexdigest()
EXTENSIONS = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": HASH}})


def get(port, accept, **params):
    url = f"http://127.0.0.1:{port}/graphql?" + urllib.parse.urlencode(params)
    req = urllib.request.Request(url, headers={"Accept": accept, "Authorization": f"Bearer {KEYS[port]}"})
    try:
        with urllib.request.urlopen(req) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_a_hash_runs_over_get_once_its_document_is_known(tmp_path):
    with serving(["--data-dir", str(tmp_path / "data")], tmp_path / "serve.log") as port:
        not_found = {"errors": [{"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}]}
        assert get(port, "application/graphql-response+json", extensions=EXTENSIONS) == (400, not_found)
        assert get(port, "application/json", extensions=EXTENSIONS) == (200, not_found)

        status, body = request(port, "/graphql", {"query": QUERY, "extensions": json.loads(EXTENSIONS)})
        assert (status, json.loads(body)) == (200, {"data": {"viewer": {"slug": "acme"}}})

        for accept in ("application/graphql-response+json", "application/json"):
            assert get(port, accept, extensions=EXTENSIONS) == (200, {"data": {"viewer": {"slug": "acme"}}})

        wrong = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}})
        status, body = get(port, "application/graphql-response+json", query=QUERY, extensions=wrong)
        assert status == 400 and body["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"
