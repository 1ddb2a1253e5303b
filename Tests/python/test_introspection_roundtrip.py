"""The executor's introspection answer describes the same schema as the SDL it was built from.

Tests/GraphQLCoreTests/Fixtures holds the SDL and the JSON the Swift tests expect the standard
introspection query to return for it. graphql-core (the reference implementation's Python
port) rebuilds a schema from that JSON; printed, it must equal the SDL's own printed schema.
"""

import json
from pathlib import Path

from graphql import build_client_schema, build_schema, print_schema

FIXTURES = Path(__file__).resolve().parent.parent / "GraphQLCoreTests" / "Fixtures"


def test_introspection_result_rebuilds_the_sdl_schema():
    sdl = (FIXTURES / "introspection-schema.graphql").read_text(encoding="utf-8")
    result = json.loads((FIXTURES / "introspection-result.json").read_text(encoding="utf-8"))
    assert "errors" not in result
    from_introspection = build_client_schema(result["data"])
    assert print_schema(from_introspection) == print_schema(build_schema(sdl))


def test_introspection_keeps_what_printing_drops():
    """print_schema leaves out a few things introspection must still carry."""
    result = json.loads((FIXTURES / "introspection-result.json").read_text(encoding="utf-8"))
    schema = result["data"]["__schema"]
    types = {t["name"]: t for t in schema["types"]}
    assert types["BookRef"]["isOneOf"] is True
    assert types["NewLoan"]["isOneOf"] is False
    assert types["Reader"]["isOneOf"] is None
    cached = next(d for d in schema["directives"] if d["name"] == "cached")
    assert cached["isRepeatable"] is True
    assert types["DateTime"]["specifiedByURL"] == "https://datatracker.ietf.org/doc/html/rfc3339"
    names = [t["name"] for t in schema["types"]]
    for builtin in ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Type", "__TypeKind"]:
        assert builtin in names
