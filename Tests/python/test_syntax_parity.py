"""SessionQL reports syntax errors as the reference implementation does.

Every document of fixtures/syntax-corpus.json (JSON, so that a byte-order mark, control
characters and unterminated strings survive) is parsed by graphql-core and sent to
`sessionql serve`. Where graphql-core finds a syntax error, the server must answer 400 with
exactly one GRAPHQL_PARSE_FAILED error of the same message (graphql-core's ' quoting mapped to
graphql-js's ") and location; where it finds none, the server must report no syntax error.

graphql-core 3.2 predates descriptions on operations (the September 2025 edition of the
specification), so documents with them are left to the Swift parser tests.
"""

import json

import pytest
from graphql import GraphQLError, parse

from serve_process import ROOT, request

DOCUMENTS = json.loads((ROOT / "Tests/python/fixtures/syntax-corpus.json").read_text(encoding="utf-8"))


def reference_error(document):
    try:
        parse(document)
    except GraphQLError as error:
        return (error.message.replace("'", '"'), [(l.line, l.column) for l in error.locations])
    return None


def test_the_corpus_is_mostly_syntax_errors():
    verdicts = [reference_error(document) is not None for document in DOCUMENTS]
    assert len(DOCUMENTS) >= 90
    assert verdicts.count(True) >= 70 and verdicts.count(False) >= 5


@pytest.mark.parametrize("document", DOCUMENTS, ids=[f"{i:03d}" for i in range(len(DOCUMENTS))])
def test_syntax_errors_match_graphql_core(demo_port, document):
    status, body = request(demo_port, "/graphql", {"query": document})
    answer = json.loads(body)
    errors = [
        (e["message"], [(l["line"], l["column"]) for l in e.get("locations", [])])
        for e in answer.get("errors", [])
        if e.get("extensions", {}).get("code") == "GRAPHQL_PARSE_FAILED"
    ]
    expected = reference_error(document)
    if expected is None:
        assert errors == [], document
    else:
        assert (status, errors, "data" in answer) == (400, [expected], False), document
