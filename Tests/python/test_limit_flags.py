"""Every limit flag of `serve` holds requests to its bound: at the bound a request runs, one
past it is refused with the limit's code, and below it nothing changes. Each flag is set
low on a server of its own (over one seeded data folder), so the documents stay small."""

import json

import pytest

from serve_process import request, serving


def graphql(port, query):
    status, body = request(port, "/graphql", {"query": query})
    answer = json.loads(body)
    codes = [e.get("extensions", {}).get("code") for e in answer.get("errors", [])]
    return status, codes


def nested(depth):
    """A document whose deepest field is at `depth` (2 to 4)."""
    return {2: "{ viewer { id } }", 3: "{ viewer { servers { id } } }",
            4: '{ user(identifier: "x") { sessions { nodes { id } } } }'}[depth]


def fields(count):
    """A document of exactly `count` field selections (viewer plus count - 1 under it)."""
    names = ["id", "name", "slug", "logo", "createdAt"]
    return "{ viewer { " + " ".join(names[: count - 1]) + " } }"


def aliases(count):
    return "{ " + " ".join(f"a{i}: viewer {{ id }}" for i in range(count)) + " viewer { id } }"


def padded(total):
    """`{ viewer { id } }` padded with spaces to `total` bytes."""
    base = "{ viewer { id } }"
    return base + " " * (total - len(base))


def tokens(count):
    """A document of exactly `count` tokens (6 or more): repeated `id` selections."""
    return "{ viewer { " + " ".join(["id"] * (count - 5)) + " } }"


CASES = [
    # flag, bound, (document below, at, above), code above
    ("--max-depth", 3, (nested(2), nested(3), nested(4)), "MAX_DEPTH_EXCEEDED"),
    ("--max-fields", 4, (fields(3), fields(4), fields(5)), "MAX_FIELDS_EXCEEDED"),
    ("--max-aliases", 2, (aliases(1), aliases(2), aliases(3)), "MAX_ALIASES_EXCEEDED"),
    ("--max-nodes", 10, ("{ users(first: 9) { nodes { id } } }", "{ users(first: 10) { nodes { id } } }",
                         "{ users(first: 11) { nodes { id } } }"), "MAX_NODES_EXCEEDED"),
    ("--max-document-bytes", 100, (padded(99), padded(100), padded(101)), "DOCUMENT_TOO_LARGE"),
    ("--max-tokens", 12, (tokens(11), tokens(12), tokens(13)), "GRAPHQL_PARSE_FAILED"),
]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """One seeded data folder for every server of this module."""
    folder = tmp_path_factory.mktemp("limits")
    with serving(["--data-dir", str(folder / "data")], folder / "seed.log"):
        pass
    return folder / "data"


@pytest.mark.parametrize("flag, bound, documents, code", CASES, ids=[case[0] for case in CASES])
def test_a_limit_flag_holds_at_its_bound(tmp_path, data_dir, flag, bound, documents, code):
    below, at, above = documents
    with serving(["--data-dir", str(data_dir), flag, str(bound)], tmp_path / "serve.log") as port:
        assert graphql(port, below) == (200, []), below
        assert graphql(port, at) == (200, []), at
        status, codes = graphql(port, above)
        assert (status, codes) == (400, [code]), above


def test_the_body_limit_flag_holds_at_its_bound(tmp_path, data_dir):
    with serving(["--data-dir", str(data_dir), "--max-body-bytes", "200"], tmp_path / "serve.log") as port:
        def body_of(size):
            base = {"query": "{ viewer { id } }", "variables": {"pad": ""}}
            base["variables"]["pad"] = "x" * (size - len(json.dumps(base)))
            assert len(json.dumps(base)) == size
            return base
        for size, expected in [(199, 200), (200, 200), (201, 413)]:
            status, _ = request(port, "/graphql", body_of(size))
            assert status == expected, size


def test_a_limit_below_one_is_refused_at_start(tmp_path, data_dir):
    from serve_process import binary
    import subprocess
    result = subprocess.run([binary(), "serve", "--data-dir", str(data_dir), "--max-depth", "0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "--max-depth must be at least 1; got 0." in result.stderr
