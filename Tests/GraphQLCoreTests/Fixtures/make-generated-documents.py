#!/usr/bin/env python3
"""Writes generated-documents.json beside this file: documents of `schema.graphql` made by
hypothesis-graphql, which GeneratedDocumentsTests.swift parses, prints and parses again with
the engine. 300 valid queries and mutations, and 100 that break the schema in one place
(hypothesis-graphql's negative mode: still well-formed syntax, so still for the round trip).

Deterministic for given versions of hypothesis, hypothesis-graphql and graphql-core (a fixed
seed, no example database); the versions used are written into the file. Needs those three
packages:  python3 Tests/GraphQLCoreTests/Fixtures/make-generated-documents.py
"""

import json
from importlib.metadata import version
from pathlib import Path

import graphql
from hypothesis import HealthCheck, given, settings
from hypothesis_graphql import Mode, from_schema

HERE = Path(__file__).resolve().parent
SCHEMA = graphql.build_schema((HERE.parent.parent.parent / "schema.graphql").read_text(encoding="utf-8"))


def collect(mode, count):
    found = []

    @settings(
        max_examples=count * 4, derandomize=True, database=None, deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(from_schema(SCHEMA, mode=mode))
    def gather(document):
        if len(found) < count and document not in found:
            found.append(document)

    gather()
    assert len(found) == count, f"only {len(found)} distinct {mode.name.lower()} documents"
    return found


def main():
    corpus = {
        "generator": {name: version(name) for name in ("hypothesis", "hypothesis-graphql", "graphql-core")},
        "valid": collect(Mode.POSITIVE, 300),
        "invalid": collect(Mode.NEGATIVE, 100),
    }
    for document in corpus["valid"]:
        assert not graphql.validate(SCHEMA, graphql.parse(document)), document
    text = json.dumps(corpus, indent=0, ensure_ascii=False)
    (HERE / "generated-documents.json").write_text(text + "\n", encoding="utf-8")
    print(f"{len(corpus['valid'])} valid and {len(corpus['invalid'])} invalid documents")


main()
