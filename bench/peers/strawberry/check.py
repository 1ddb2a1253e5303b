"""Checks that the peer answers the benchmark's documents as SessionQL does.

Sends UserSessions and DeepLink for users drawn as bench/server/load.sh draws them (a user,
their most recent session and its latest tool call), plus a few harder cases (a user named
by tracking id and by email, a session with tickets and a ticket as the item, the largest
session), to both servers, and compares `data` with cursor values blanked (cursors are
opaque and differ). Prints each difference; exits 1 if there is any.

Usage: .venv/bin/python check.py --sessionql URL --key KEY --peer URL --database DATABASE_URL [--users 20]
"""

import argparse
import asyncio
import json
import pathlib
import sys
import urllib.request

import asyncpg

FIXTURES = pathlib.Path(__file__).resolve().parents[3] / "Tests" / "SessionAPITests" / "Fixtures"
CURSOR_FIELDS = {"cursor", "startCursor", "endCursor"}

# load.sh's draw: 500 acme users in md5 order, each with their most recent session and its
# latest tool call.
DRAW = """
SELECT DISTINCT ON (s.mcp_server_user_id) s.mcp_server_user_id, s.mcp_server_session_id, tc.id
FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
JOIN mcp_tool_calls tc ON tc.mcp_server_session_id = s.mcp_server_session_id
WHERE v.organization_id = $1 AND s.mcp_server_user_id IN (
  SELECT s2.mcp_server_user_id FROM mcp_server_session s2 JOIN mcp_servers v2 ON v2.slug = s2.mcp_server_slug
  WHERE v2.organization_id = $1 GROUP BY 1 ORDER BY md5(s2.mcp_server_user_id) LIMIT 500)
ORDER BY s.mcp_server_user_id, s.connection_timestamp DESC, tc.created_at DESC
"""

# Tool calls with unusual outputs: none, an array, about 1 MB (the seed's "Full export" session) (one of each, in a session with a user).
ODD_OUTPUTS = [f"""
SELECT s.mcp_server_user_id, s.mcp_server_session_id, tc.id
FROM mcp_tool_calls tc JOIN mcp_server_session s ON s.mcp_server_session_id = tc.mcp_server_session_id
JOIN mcp_servers v ON v.slug = s.mcp_server_slug
WHERE v.organization_id = $1 AND s.mcp_server_user_id IS NOT NULL AND {condition} LIMIT 1
""" for condition in ("tc.output IS NULL", "jsonb_typeof(tc.output) = 'array'", "tc.tool_name = 'export' AND s.title = 'Full export'")]

# A session of the organization with tickets and a user, and one of its tickets.
WITH_TICKETS = """
SELECT s.mcp_server_user_id, s.mcp_server_session_id, r.id
FROM support_requests r JOIN mcp_server_session s ON s.mcp_server_session_id = r.mcp_server_session_id
JOIN mcp_servers v ON v.slug = s.mcp_server_slug
WHERE v.organization_id = $1 AND r.organization_id = $1 AND s.mcp_server_user_id IS NOT NULL
ORDER BY md5(r.id) LIMIT 3
"""

# The session with the most tool calls among a sample, with its first call.
LARGEST = """
SELECT s.mcp_server_user_id, s.mcp_server_session_id,
       (SELECT tc.id FROM mcp_tool_calls tc WHERE tc.mcp_server_session_id = s.mcp_server_session_id LIMIT 1)
FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
WHERE v.organization_id = $1 AND s.mcp_server_user_id IS NOT NULL
  AND s.mcp_server_session_id = (SELECT mcp_server_session_id FROM mcp_tool_calls
                                 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)
"""


def post(url: str, body: dict, key: str | None) -> dict:
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    request = urllib.request.Request(f"{url}/graphql", json.dumps(body).encode(), headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def blank_cursors(value):
    if isinstance(value, dict):
        return {k: ("<cursor>" if k in CURSOR_FIELDS and isinstance(v, str) else blank_cursors(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [blank_cursors(v) for v in value]
    return value


def kind(value) -> str:
    """JSON's kind of a parsed value: 1 and 1.0 are both numbers, True is not one."""
    if isinstance(value, bool):
        return "boolean"
    return "number" if isinstance(value, (int, float)) else type(value).__name__


def differences(expected, actual, path="data"):
    """Paths where the two values differ, with both values (shortened)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for k in sorted(set(expected) | set(actual)):
            if k not in actual:
                yield f"{path}.{k}: missing from the peer"
            elif k not in expected:
                yield f"{path}.{k}: only in the peer"
            else:
                yield from differences(expected[k], actual[k], f"{path}.{k}")
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            yield f"{path}: {len(expected)} items from SessionQL, {len(actual)} from the peer"
        for i, (e, a) in enumerate(zip(expected, actual)):
            yield from differences(e, a, f"{path}[{i}]")
    elif kind(expected) != kind(actual) or expected != actual:
        yield f"{path}: SessionQL {json.dumps(expected)[:200]} != peer {json.dumps(actual)[:200]}"


async def cases(database: str, organization: str, users: int):
    connection = await asyncpg.connect(database)
    try:
        drawn = await connection.fetch(DRAW, organization)
        step = max(len(drawn) // users, 1)
        picked = [tuple(r) for r in drawn[::step][:users]]
        # The same users named by tracking id and by email.
        named = await connection.fetch(
            "SELECT id, distinct_id, email FROM mcp_server_user WHERE id = ANY($1::text[])",
            [p[0] for p in picked[:3]])
        by_id = {r["id"]: r for r in named}
        for user, session, item in picked[:3]:
            for other in ("distinct_id", "email"):
                if by_id[user][other]:
                    picked.append((by_id[user][other], session, item))
        picked += [tuple(r) for r in await connection.fetch(WITH_TICKETS, organization)]
        picked += [tuple(r) for r in await connection.fetch(LARGEST, organization)]
        for statement in ODD_OUTPUTS:
            picked += [tuple(r) for r in await connection.fetch(statement, organization)]
        # Not the organization's: another organization's session, an unknown user.
        other = await connection.fetchrow(
            "SELECT s.mcp_server_user_id, s.mcp_server_session_id FROM mcp_server_session s "
            "JOIN mcp_servers v ON v.slug = s.mcp_server_slug WHERE v.organization_id <> $1 "
            "AND s.mcp_server_user_id IS NOT NULL LIMIT 1", organization)
        if other:
            picked.append((other[0], other[1], picked[0][2]))
        picked.append(("nobody@example.invalid", "sess_unknown", "tc_unknown"))
        return picked
    finally:
        await connection.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessionql", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--peer", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--organization", default="org_acme")
    parser.add_argument("--users", type=int, default=20)
    arguments = parser.parse_args()
    documents = {name: (FIXTURES / f"{name}.graphql").read_text() for name in ("UserSessions", "DeepLink")}
    failures = compared = 0
    for user, session, item in asyncio.run(cases(arguments.database, arguments.organization, arguments.users)):
        for name, variables in (
            ("UserSessions", {"identifier": user, "first": 20}),
            ("DeepLink", {"identifier": user, "sessionId": session, "itemId": item}),
        ):
            body = {"query": documents[name], "variables": variables}
            expected = post(arguments.sessionql, body, arguments.key)
            actual = post(arguments.peer, body, None)
            found = []
            for label, answer in (("SessionQL", expected), ("peer", actual)):
                if answer.get("errors"):
                    found.append(f"errors from {label}: {json.dumps(answer['errors'])[:300]}")
            found += list(differences(blank_cursors(expected.get("data")), blank_cursors(actual.get("data"))))
            compared += 1
            if found:
                failures += 1
                print(f"{name} {json.dumps(variables)}:")
                for line in found[:20]:
                    print(f"  {line}")
    print(f"{compared} requests compared, {failures} with differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
