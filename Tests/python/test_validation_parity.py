"""SessionQL validates documents as the reference implementation does.

Every document of fixtures/validation-corpus.graphql is validated by graphql-core (the Python
port of graphql-js) against the schema of `schema.graphql`, and sent to `sessionql serve`. The
server's GRAPHQL_VALIDATION_FAILED errors must be graphql-core's, in the same order, with the
same locations. graphql-core differs from graphql-js in two spellings, which are mapped to
graphql-js's before comparing: it quotes names with ' rather than ", and it writes directive
locations in lower case with spaces ("may not be used on fragment definition").
"""

import json
import re

import pytest
from graphql import GraphQLError, build_schema, parse, validate

from serve_process import ROOT, request

SCHEMA = build_schema((ROOT / "schema.graphql").read_text(encoding="utf-8"))
CORPUS = (ROOT / "Tests/python/fixtures/validation-corpus.graphql").read_text(encoding="utf-8")
DOCUMENTS = [block.strip() for block in CORPUS.split("# ----\n")[1:]]


def as_graphql_js(message):
    message = message.replace("'", '"')
    return re.sub(
        r"may not be used on ([a-z ]+)\.", lambda m: f"may not be used on {m.group(1).upper().replace(' ', '_')}.", message
    )


def reference_errors(document):
    try:
        errors = validate(SCHEMA, parse(document))
    except GraphQLError as error:
        pytest.fail(f"the corpus holds only documents that parse: {error.message}")
    return [(as_graphql_js(e.message), [(l.line, l.column) for l in e.locations or []]) for e in errors]


def test_the_corpus_has_valid_and_invalid_documents():
    verdicts = [bool(reference_errors(document)) for document in DOCUMENTS]
    assert len(DOCUMENTS) >= 100
    assert verdicts.count(True) >= 60 and verdicts.count(False) >= 30


@pytest.mark.parametrize("document", DOCUMENTS, ids=[f"{i:03d}" for i in range(len(DOCUMENTS))])
def test_validation_errors_match_graphql_core(demo_port, document):
    status, body = request(demo_port, "/graphql", {"query": document})
    answer = json.loads(body)
    errors = [
        (e["message"], [(l["line"], l["column"]) for l in e.get("locations", [])])
        for e in answer.get("errors", [])
        if e.get("extensions", {}).get("code") == "GRAPHQL_VALIDATION_FAILED"
    ]
    expected = reference_errors(document)
    assert errors == expected, document
    if expected:
        assert status == 400 and "data" not in answer
