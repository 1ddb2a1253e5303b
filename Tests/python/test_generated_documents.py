"""Property: any valid document of `schema.graphql` gets a well-formed answer and is never
refused by validation.

hypothesis-graphql generates queries and mutations from the schema (generated_documents.py
keeps their arguments within the server's bounds); each is checked valid by graphql-core,
the reference, and sent to `sessionql serve` on the embedded demo database. The answer is
never a 5xx and never carries INTERNAL_SERVER_ERROR; it is GraphQL JSON (`data` and/or
`errors`, each error with a message, and locations, a path and `extensions.code` of the
right shapes); and it never says GRAPHQL_VALIDATION_FAILED or GRAPHQL_PARSE_FAILED.

Allowed refusals: the server's limits (the MAX_* codes, DOCUMENT_TOO_LARGE; a document
over the token limit is a parse failure that says so) and BAD_USER_INPUT for an argument
the schema's types accept but the server does not (an id that names nothing to page
`around`, a title over 200 characters, …). Those answers must still be well-formed.

Deterministic: a fixed seed (`derandomize`), no example database, 200 examples.
"""

import json

from hypothesis import HealthCheck, given, settings

from generated_documents import documents, reference_errors
from serve_process import request

ALLOWED_REFUSALS = {
    "MAX_DEPTH_EXCEEDED", "MAX_FIELDS_EXCEEDED", "MAX_ALIASES_EXCEEDED", "MAX_NODES_EXCEEDED",
    "DOCUMENT_TOO_LARGE", "BAD_USER_INPUT",
}


def check_error(error):
    assert isinstance(error, dict) and isinstance(error.get("message"), str), error
    assert set(error) <= {"message", "locations", "path", "extensions"}, error
    for location in error.get("locations", []):
        assert set(location) == {"line", "column"} and all(isinstance(v, int) and v >= 1 for v in location.values())
    for part in error.get("path", []):
        assert isinstance(part, (str, int)), error
    code = error.get("extensions", {}).get("code")
    assert isinstance(code, str), error
    return code


@settings(
    max_examples=200, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(document=documents())
def test_a_valid_document_gets_a_well_formed_answer(demo_port, document):
    assert reference_errors(document) == [], "the generator made a document graphql-core refuses"
    status, body = request(demo_port, "/graphql", {"query": document})
    assert 200 <= status < 500, (status, body)
    answer = json.loads(body)
    assert isinstance(answer, dict) and answer and set(answer) <= {"data", "errors", "extensions"}, body
    assert "data" in answer or "errors" in answer, body
    if "data" in answer:
        assert answer["data"] is None or isinstance(answer["data"], dict), body
    codes = [check_error(error) for error in answer.get("errors", [])]
    assert "errors" not in answer or codes, body
    assert "INTERNAL_SERVER_ERROR" not in codes, body
    assert "GRAPHQL_VALIDATION_FAILED" not in codes, (document, body)
    for error, code in zip(answer.get("errors", []), codes):
        if code == "GRAPHQL_PARSE_FAILED":
            assert "tokens" in error["message"], (document, body)
        else:
            assert code in ALLOWED_REFUSALS, (document, body)
    if status == 400:
        assert "data" not in answer and codes, body
