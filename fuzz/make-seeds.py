#!/usr/bin/env python3
"""Writes the fuzzer's seed corpus, one document a file, to the folder given (emptied first):
the repository's test corpora, the explorer's documents, the introspection query, and
schema.graphql split into its definitions. Made on each run instead of committed."""

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def documents():
    yield from json.loads((ROOT / "Tests/python/fixtures/syntax-corpus.json").read_text())
    validation = (ROOT / "Tests/python/fixtures/validation-corpus.graphql").read_text()
    yield from (block.strip() for block in validation.split("# ----\n")[1:])
    for folder in ("Tests/python/fixtures", "Tests/SessionAPITests/Fixtures", "bench/engine/documents"):
        for path in sorted((ROOT / folder).glob("*.graphql")):
            yield path.read_text()
    swift = (ROOT / "Sources/GraphQLCore/Introspection/IntrospectionQuery.swift").read_text()
    yield from re.findall(r'"""\n(.*?)\n\s*"""', swift, re.S)
    for sdl in ("schema.graphql", "Tests/GraphQLCoreTests/Fixtures/introspection-schema.graphql"):
        yield from (block for block in (ROOT / sdl).read_text().split("\n\n") if block.strip())


def main():
    folder = Path(sys.argv[1])
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    count = 0
    for text in documents():
        data = text.encode()
        name = hashlib.sha1(data).hexdigest()
        if not (folder / name).exists():
            (folder / name).write_bytes(data)
            count += 1
    print(f"{count} seed documents in {folder}")


main()
