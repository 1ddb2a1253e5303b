#!/usr/bin/env python3
"""Checks that peers answer the benchmark's documents as SessionQL does.

Sends UserSessions and DeepLink (Tests/SessionAPITests/Fixtures) for users drawn as
bench/server/load.sh draws them, to a running SessionQL and to each peer, and compares
`data` with cursor values left out (cursors are opaque and differ between servers). Prints
every difference, and the statements each peer sent per request (its `x-statements`
header). Exits 1 on any difference.

Usage: check.py --sessionql URL --key KEY --peer NAME=URL [--peer …]
                [--database postgres://…] [--users 20] [--case USER,SESSION,ITEM …]
"""
import argparse
import json
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "Tests" / "SessionAPITests" / "Fixtures"
PAYLOAD_KEYS = {"input", "output"}

# load.sh's draw: a user, one of their sessions and its latest tool call, for 500 acme users.
KEYS_SQL = """
SELECT DISTINCT ON (s.mcp_server_user_id) s.mcp_server_user_id, s.mcp_server_session_id, tc.id
FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
JOIN mcp_tool_calls tc ON tc.mcp_server_session_id = s.mcp_server_session_id
WHERE v.organization_id = 'org_acme' AND s.mcp_server_user_id IN (
  SELECT s2.mcp_server_user_id FROM mcp_server_session s2 JOIN mcp_servers v2 ON v2.slug = s2.mcp_server_slug
  WHERE v2.organization_id = 'org_acme' GROUP BY 1 ORDER BY md5(s2.mcp_server_user_id) LIMIT 500)
ORDER BY s.mcp_server_user_id, s.connection_timestamp DESC, tc.created_at DESC
"""

DOCUMENTS = [
    ("UserSessions", lambda r: {"identifier": r[0], "first": 20}),
    ("DeepLink", lambda r: {"identifier": r[0], "sessionId": r[1], "itemId": r[2]}),
]


def post(url, body, key=None):
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=15) as response:
        return json.loads(response.read()), response.headers.get("x-statements")


def without_cursors(value):
    """The response with the cursors of connections (edges' `cursor`, pageInfo's
    `startCursor` and `endCursor`) replaced by a placeholder; payloads are left as they are."""
    if isinstance(value, list):
        return [without_cursors(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key in PAYLOAD_KEYS:
            out[key] = item
        elif key == "edges" and isinstance(item, list):
            out[key] = [mask(without_cursors(edge), {"cursor"}) for edge in item]
        elif key == "pageInfo" and isinstance(item, dict):
            out[key] = mask(item, {"startCursor", "endCursor"})
        else:
            out[key] = without_cursors(item)
    return out


def mask(value, keys):
    if not isinstance(value, dict):
        return value
    return {k: ("<cursor>" if k in keys and v is not None else v) for k, v in value.items()}


def differences(expected, found, path="data"):
    """Paths where two JSON values differ (object key order does not matter)."""
    if isinstance(expected, dict) and isinstance(found, dict):
        out = []
        for key in sorted(set(expected) | set(found)):
            if key not in found:
                out.append(f"{path}.{key}: missing from the peer")
            elif key not in expected:
                out.append(f"{path}.{key}: not in SessionQL's answer")
            else:
                out += differences(expected[key], found[key], f"{path}.{key}")
        return out
    if isinstance(expected, list) and isinstance(found, list):
        if len(expected) != len(found):
            return [f"{path}: {len(expected)} items from SessionQL, {len(found)} from the peer"]
        out = []
        for index, (a, b) in enumerate(zip(expected, found)):
            out += differences(a, b, f"{path}[{index}]")
        return out
    if expected == found and type(expected) is type(found) or (
        isinstance(expected, (int, float)) and isinstance(found, (int, float))
        and not isinstance(expected, bool) and not isinstance(found, bool) and expected == found
    ):
        return []
    return [f"{path}: SessionQL {json.dumps(expected)[:200]}, peer {json.dumps(found)[:200]}"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessionql", required=True, help="SessionQL's /graphql URL (or its base URL)")
    parser.add_argument("--key", required=True, help="an API key of SessionQL for acme")
    parser.add_argument("--peer", action="append", required=True, help="NAME=URL of a peer's /graphql")
    parser.add_argument("--database", default="postgres://sessionql:sessionql@127.0.0.1:5432/sessionql_bench")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--case", action="append", default=[],
                        help="USER,SESSION,ITEM: one more set of variables (an identifier, a session id, an item id)")
    args = parser.parse_args()

    def endpoint(url):
        return url if url.rstrip("/").endswith("/graphql") else url.rstrip("/") + "/graphql"

    sessionql = endpoint(args.sessionql)
    peers = [(p.split("=", 1)[0], endpoint(p.split("=", 1)[1])) for p in args.peer]
    output = subprocess.run(["psql", args.database, "-qtAF,", "-c", KEYS_SQL], check=True, capture_output=True, text=True)
    rows = [line.split(",") for line in output.stdout.splitlines() if line.strip()]
    step = max(len(rows) // max(args.users, 1), 1)
    drawn = rows[::step][: args.users] + [case.split(",") for case in args.case]
    print(f"{len(drawn)} users of {len(rows)} drawn; peers: {', '.join(name for name, _ in peers)}")

    failed = 0
    statements = {(name, document): [] for name, _ in peers for document, _ in DOCUMENTS}
    for document, variables in DOCUMENTS:
        query = (FIXTURES / f"{document}.graphql").read_text()
        for row in drawn:
            body = {"query": query, "variables": variables(row)}
            expected, _ = post(sessionql, body, args.key)
            if expected.get("errors") or expected.get("data") is None:
                print(f"SessionQL answered {document} for {row[0]} with errors: {json.dumps(expected)[:400]}")
                failed += 1
                continue
            for name, url in peers:
                found, count = post(url, body)
                if count is not None:
                    statements[(name, document)].append(int(count))
                problems = []
                if found.get("errors"):
                    problems.append(f"errors: {json.dumps(found['errors'])[:400]}")
                problems += differences(without_cursors(expected.get("data")), without_cursors(found.get("data")))
                if problems:
                    failed += 1
                    print(f"{name} {document} {row[0]}: {len(problems)} difference(s)")
                    for problem in problems[:20]:
                        print(f"  {problem}")

    for (name, document), counts in statements.items():
        if counts:
            print(f"{name} {document}: statements per request min {min(counts)}, "
                  f"median {statistics.median(counts):g}, max {max(counts)}")
    total = len(drawn) * len(DOCUMENTS) * len(peers)
    print(f"{total - failed} of {total} answers equal" if failed else f"all {total} answers equal")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
