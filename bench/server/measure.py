#!/usr/bin/env python3
"""Per-document database time and end-to-end latency of running SessionQL servers.

Each target is a server over its own PostgreSQL database whose `log_min_duration_statement`
is 0, so PostgreSQL logs every statement's parse, bind and execute durations with the
database's name. Requests go one at a time, round-robin over documents and targets (so a
busy neighbour slows every target of a round alike); after each response the new lines of
the server log that name the target's database are the request's statements, and their
durations add up to its database time.

    measure.py --log /var/log/postgresql/postgresql-15-main.log --rounds 41 \
        --target before=http://127.0.0.1:8092/graphql@sessionql_bench_before \
        --target after=http://127.0.0.1:8091/graphql@sessionql_bench

Prints a Markdown table of medians (and the ratios of the first target to the others).
Only the standard library is used.
"""
import argparse
import json
import os
import re
import statistics
import time
import urllib.request

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "SessionAPITests", "Fixtures")

# Each case: a label, a fixture document and its variables at bench scale (`seed --scale
# bench`). `{small_session}` and `{deep_cursor}` are filled from the command line.
CASES = [
    ("UsersPage (no search)", "UsersPage", {"first": 20}),
    ("UsersPage (search \"ann\")", "UsersPage", {"search": "ann", "first": 20}),
    ("UsersPage (search, one match)", "UsersPage", {"search": "sasha", "first": 20}),
    ("UsersPage (second page)", "UsersPage", {"first": 20, "after": "{users_cursor}"}),
    ("UserSessions (40-session user)", "UserSessions", {"identifier": "mcpu_cfc59473405f50ab", "first": 20}),
    ("TimelinePage (10-item session)", "TimelinePage", {"sessionId": "{small_session}", "first": 50}),
    ("TimelinePage (520-item session)", "TimelinePage", {"sessionId": "sess_acme_big", "first": 50}),
    ("TimelinePage (50,000-item session)", "TimelinePage", {"sessionId": "sess_acme_huge", "first": 50}),
    ("TimelinePage (50,000 items, page at 25,000)", "TimelinePage",
     {"sessionId": "sess_acme_huge", "first": 50, "after": "{deep_cursor}"}),
    ("TimelineAround (50,000 items, around the 40,000th)", "TimelineAround",
     {"sessionId": "sess_acme_huge", "item": "{item_40000}", "first": 50}),
    ("TimelineErrors (50,000 items, isError: true)", "TimelineErrors", {"sessionId": "sess_acme_huge", "first": 50}),
    ("OrganizationSessions (server filter)", "OrganizationSessions", {"serverIds": ["srv_acme_docs"], "first": 20}),
    ("UsersTotal (users-page totalCount)", "UsersTotal", {}),
    ("ToolCallDetail", "ToolCallDetail", {"id": "tc_fixture_error"}),
    ("DeepLink (three panes)", "DeepLink",
     {"identifier": "mcpu_shared_user", "sessionId": "sess_acme_big", "itemId": "tc_big_0000"}),
    # The documents the playground itself sends (its manifest, `playground:` names): the
    # users page with its total, a user's header and session cards, a timeline's header
    # with its first page, a later page, and an item's details.
    ("playground UsersPage (no search)", "playground:UsersPage", {"first": 30}),
    ("playground UsersPage (search \"ann\")", "playground:UsersPage", {"search": "ann", "first": 30}),
    ("playground UsersPage (search, one match)", "playground:UsersPage", {"search": "sasha", "first": 30}),
    ("playground UserSessions (40-session user)", "playground:UserSessions",
     {"identifier": "mcpu_cfc59473405f50ab", "first": 30}),
    ("playground SessionTimeline (10-item session)", "playground:SessionTimeline",
     {"sessionId": "{small_session}", "first": 50}),
    ("playground SessionTimeline (520-item session)", "playground:SessionTimeline",
     {"sessionId": "sess_acme_big", "first": 50}),
    ("playground SessionTimeline (50,000-item session)", "playground:SessionTimeline",
     {"sessionId": "sess_acme_huge", "first": 50}),
    ("playground TimelinePage (50,000 items, page at 25,000)", "playground:TimelinePage",
     {"sessionId": "sess_acme_huge", "first": 50, "after": "{deep_cursor}"}),
    ("playground ItemDetails (tool call)", "playground:ItemDetails", {"id": "tc_fixture_error"}),
]

MANIFEST = os.path.join(os.path.dirname(__file__), "..", "..", "playground", "documents.manifest.json")


def playground_document(name):
    """The text of the playground's operation `name`, as its manifest lists it."""
    with open(MANIFEST) as f:
        operations = json.load(f)["operations"]
    return next(o["body"] for o in operations if o["name"] == name)

# Documents of the explorer API's second wave that have no fixture of their own.
INLINE = {
    "TimelineAround": """query TimelineAround($sessionId: ID!, $item: ID!, $first: Int) {
  session(id: $sessionId) { timeline(around: $item, first: $first) {
    edges { cursor node { __typename id createdAt ... on ToolCall { toolName isError outputPreview(maxBytes: 120) { text truncated } } } }
    pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }
}""",
    "TimelineErrors": """query TimelineErrors($sessionId: ID!, $first: Int) {
  session(id: $sessionId) { timeline(first: $first, filter: { isError: true }) {
    edges { cursor node { id createdAt ... on ToolCall { toolName isError } } }
    pageInfo { hasNextPage endCursor } } }
}""",
    "OrganizationSessions": """query OrganizationSessions($serverIds: [ID!], $first: Int) {
  sessions(first: $first, filter: { serverIds: $serverIds }) {
    edges { cursor node { id displayTitle connectedAt } } pageInfo { hasNextPage endCursor } }
}""",
    "UsersTotal": """query UsersTotal { users(first: 20) { totalCount } }""",
}

DURATION = re.compile(r"duration: ([0-9.]+) ms\s+(parse|bind|execute|statement)")


# The API key each target's requests carry (empty for revisions without keys).
KEYS = {}


def headers(url):
    fields = {"Content-Type": "application/json"}
    if KEYS.get(url):
        fields["Authorization"] = f"Bearer {KEYS[url]}"
    return fields


def post(url, query, variables):
    body = json.dumps({"query": query, "variables": variables}).encode()
    request = urllib.request.Request(url, data=body, headers=headers(url))
    start = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        payload = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    answer = json.loads(payload)
    if answer.get("errors"):
        raise SystemExit(f"{url}: {answer['errors'][:1]}")
    return elapsed


class Log:
    def __init__(self, path):
        self.file = open(path, "rb")
        self.file.seek(0, os.SEEK_END)

    def new_lines(self):
        # PostgreSQL logs a statement's duration after it has sent the rows, so the last
        # line may land after the response: read until the log has been quiet for 10 ms.
        text = b""
        while True:
            time.sleep(0.01)
            chunk = self.file.read()
            if not chunk:
                return text.decode("utf-8", "replace").splitlines()
            text += chunk


def database_time(lines, database):
    total, statements = 0.0, 0
    tag = f"@{database} "
    for line in lines:
        if tag not in line:
            continue
        match = DURATION.search(line)
        if match:
            total += float(match.group(1))
            if match.group(2) in ("execute", "statement"):
                statements += 1
    return total, statements


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", action="append", required=True, help="name=URL@database[@API key]")
    parser.add_argument("--log", required=True)
    parser.add_argument("--rounds", type=int, default=41)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--small-session", required=True, help="id of a session with about 10 items")
    parser.add_argument("--deep-cursor", required=True, help="a timeline cursor halfway into sess_acme_huge")
    parser.add_argument("--item-40000", default="", help="the id of the 40,000th item of sess_acme_huge")
    args = parser.parse_args()
    fill = {"{small_session}": args.small_session, "{deep_cursor}": args.deep_cursor, "{item_40000}": args.item_40000}
    # Cases of the second wave only run against servers that have it (--item-40000 given).
    cases = [(label, fixture, {k: fill.get(v, v) if isinstance(v, str) else v for k, v in variables.items()})
             for label, fixture, variables in CASES
             if args.item_40000 or (fixture not in INLINE and not fixture.startswith("playground:"))]
    targets = []
    for spec in args.target:
        name, rest = spec.split("=", 1)
        url, database, *key = rest.split("@")
        KEYS[url] = key[0] if key else ""
        targets.append((name, url, database))
    documents = {}
    for _, fixture, _ in cases:
        if fixture.startswith("playground:"):
            documents[fixture] = playground_document(fixture.split(":", 1)[1])
            continue
        if fixture in INLINE:
            documents[fixture] = INLINE[fixture]
            continue
        with open(os.path.join(FIXTURES, fixture + ".graphql")) as f:
            documents[fixture] = f.read()

    # Each server's own cursor past its first users page (the layouts may differ).
    users_cursor = {}
    for name, url, _ in targets:
        body = json.dumps({"query": documents["UsersPage"], "variables": {"first": 20}}).encode()
        request = urllib.request.Request(url, data=body, headers=headers(url))
        with urllib.request.urlopen(request) as response:
            users_cursor[name] = json.loads(response.read())["data"]["users"]["pageInfo"]["endCursor"]

    log = Log(args.log)
    results = {(case[0], t[0]): {"e2e": [], "db": [], "statements": []} for case in cases for t in targets}
    for round_index in range(args.warmup + args.rounds):
        for label, fixture, variables in cases:
            for name, url, database in targets:
                if variables.get("after") == "{users_cursor}":
                    variables = dict(variables, after=users_cursor[name])
                while True:
                    log.new_lines()
                    elapsed = post(url, documents[fixture], variables)
                    lines = log.new_lines()
                    # The server's rollup fold runs in a transaction; a request that shared
                    # its window with one is measured again.
                    if not any(f"@{database} " in line and " BEGIN" in line for line in lines):
                        break
                db, statements = database_time(lines, database)
                if round_index >= args.warmup:
                    entry = results[(label, name)]
                    entry["e2e"].append(elapsed)
                    entry["db"].append(db)
                    entry["statements"].append(statements)

    names = [t[0] for t in targets]
    header = "| document | " + " | ".join(f"statements ({n})" for n in names)
    header += " | " + " | ".join(f"database p50 ({n})" for n in names)
    header += " | " + " | ".join(f"end to end p50 ({n})" for n in names)
    ratio_names = names[1:]
    header += "".join(f" | database {names[0]}/{n} | end to end {names[0]}/{n}" for n in ratio_names) + " |"
    print(header)
    print("| --- |" + " ---: |" * (header.count("|") - 2))
    for label, _, _ in cases:
        cells = [label]
        medians = {}
        for n in names:
            entry = results[(label, n)]
            counts = sorted(set(entry["statements"]))
            cells.append("/".join(str(c) for c in counts))
            medians[n] = (statistics.median(entry["db"]), statistics.median(entry["e2e"]))
        cells += [f"{medians[n][0]:.2f} ms" for n in names]
        cells += [f"{medians[n][1]:.2f} ms" for n in names]
        for n in ratio_names:
            db_ratio = medians[names[0]][0] / medians[n][0] if medians[n][0] else float("inf")
            e2e_ratio = medians[names[0]][1] / medians[n][1]
            cells += [f"{db_ratio:.1f}×", f"{e2e_ratio:.1f}×"]
        print("| " + " | ".join(cells) + " |")
    print(f"\n{args.rounds} rounds after {args.warmup} warm-up rounds; medians per document and target.")


if __name__ == "__main__":
    main()
