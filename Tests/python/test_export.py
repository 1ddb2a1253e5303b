"""Exports, downloaded from `sessionql serve` and read back: a session as JSON, JSON Lines and
CSV, and a user's sessions as CSV. Each exported item must be what /graphql answers for it,
paged through the same selection; the files carry their names, refuse other organizations'
sessions and users, and need a key. CSV is RFC 4180 with CRLF line ends, so fields holding
commas, quotes, line breaks and any UTF-8 text come back whole through Python's csv module."""

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from activity_rows import compact, sqlite_rows
from serve_process import KEYS, request, serving
from subscription_clients import new_id

BIG = "sess_acme_big"

TIMELINE = """
query Timeline($id: ID!, $after: String) {
  session(id: $id) {
    timeline(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          __typename id createdAt
          ... on ToolCall { toolName isError input output }
          ... on SupportTicket {
            title conciseSummary context status priority supportRequestMethod resolvedAt email assigneeId
          }
        }
      }
    }
  }
}
"""

SESSION = """
query Session($id: ID!) {
  session(id: $id) {
    id title displayTitle connectionDate connectedAt lastActivityAt durationSeconds
    toolCallCount supportTicketCount errorCount openTicketCount
    server { id name slug }
    user { id trackingId email }
  }
}
"""

USER_SESSIONS = """
query UserSessions($identifier: String!, $after: String) {
  user(identifier: $identifier) {
    sessions(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id title displayTitle connectedAt lastActivityAt durationSeconds
          toolCallCount supportTicketCount errorCount openTicketCount
          server { id name }
        }
      }
    }
  }
}
"""

TIMELINE_HEADER = ["kind", "id", "created_at", "name", "status", "is_error", "input", "output"]
SESSIONS_HEADER = ["id", "title", "display_title", "server_id", "server_name", "connected_at", "last_activity_at",
                   "duration_seconds", "tool_calls", "support_tickets", "errors", "open_tickets"]
MEDIA_TYPES = {"json": "application/json; charset=utf-8", "jsonl": "application/jsonl; charset=utf-8",
               "csv": "text/csv; charset=utf-8; header=present"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    directory = tmp_path_factory.mktemp("export")
    data = directory / "data"
    with serving(["--data-dir", str(data)], directory / "serve.log") as port:
        yield port, KEYS[port], sqlite_rows(data)


def download(port, path, key):
    """(status, headers, body bytes) of a GET; key "" sends none."""
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    if key:
        req.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def graphql(port, query, variables):
    status, body = request(port, "/graphql", {"query": query, "variables": variables})
    answer = json.loads(body)
    assert status == 200 and "errors" not in answer, body
    return answer["data"]


def paged(port, query, variables, connection):
    """Every node of a connection, page by page."""
    nodes, after = [], None
    while True:
        page = connection(graphql(port, query, {**variables, "after": after}))
        nodes += [edge["node"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return nodes
        after = page["pageInfo"]["endCursor"]


def api_timeline(port, session_id):
    return paged(port, TIMELINE, {"id": session_id}, lambda data: data["session"]["timeline"])


def csv_rows(body):
    return list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))


def rfc4180(rows):
    """The bytes RFC 4180 gives for ROWS: minimal quoting, CRLF after every record."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return out.getvalue().encode("utf-8")


def timeline_row(item):
    """The CSV record the export gives for a timeline item as the API answers it."""
    def payload(value):
        return "" if value is None else compact(value)

    if item["__typename"] == "ToolCall":
        return ["TOOL_CALL", item["id"], item["createdAt"] or "", item["toolName"], "",
                "true" if item["isError"] else "false", payload(item["input"]), payload(item["output"])]
    return ["SUPPORT_TICKET", item["id"], item["createdAt"] or "", item["title"] or "", item["status"], "", "", ""]


def session_row(session):
    def text(value):
        return "" if value is None else str(value)

    return [text(session[key]) for key in ["id", "title", "displayTitle"]] + [
        text(session["server"] and session["server"]["id"]), text(session["server"] and session["server"]["name"])
    ] + [text(session[key]) for key in ["connectedAt", "lastActivityAt", "durationSeconds", "toolCallCount",
                                        "supportTicketCount", "errorCount", "openTicketCount"]]


def export(port, key, session_id, extension):
    status, headers, body = download(port, f"/export/sessions/{session_id}.{extension}", key)
    assert status == 200, body[:500]
    assert headers["Content-Type"] == MEDIA_TYPES[extension]
    assert headers["Content-Disposition"] == f'attachment; filename="session-{session_id}.{extension}"'
    return body


# --- a session's timeline ---------------------------------------------------------------------


def test_the_json_export_is_the_session_and_every_item_as_the_api_answers_them(server):
    port, key, _ = server
    document = json.loads(export(port, key, BIG, "json"))
    assert list(document) == ["session", "items"]
    assert document["session"] == graphql(port, SESSION, {"id": BIG})["session"]
    items = api_timeline(port, BIG)
    assert len(items) == 526
    assert [item["id"] for item in document["items"]] == [item["id"] for item in items]
    for exported, answered in zip(document["items"], items):
        assert exported == answered


def test_the_jsonl_export_is_one_item_per_line(server):
    port, key, _ = server
    body = export(port, key, BIG, "jsonl")
    assert body.endswith(b"\n")
    lines = body.decode("utf-8").split("\n")[:-1]
    items = api_timeline(port, BIG)
    assert len(lines) == len(items) == 526
    for line, answered in zip(lines, items):
        assert json.loads(line) == answered


def test_the_csv_export_is_one_rfc_4180_record_per_item(server):
    port, key, _ = server
    body = export(port, key, BIG, "csv")
    items = api_timeline(port, BIG)
    rows = csv_rows(body)
    assert rows[0] == TIMELINE_HEADER
    assert len(rows) == 1 + len(items)
    for row, answered in zip(rows[1:], items):
        assert row == timeline_row(answered)
    assert body.startswith(b"kind,id,created_at,name,status,is_error,input,output\r\n")
    assert body == rfc4180([TIMELINE_HEADER] + [timeline_row(item) for item in items])


def test_csv_fields_with_commas_quotes_line_breaks_and_any_text_come_back_whole(server):
    port, key, rows = server
    session_id = "sess_acme_empty"
    tricky = 'Zoë, "the" one;\r\nnext line\nlast\r — 東京 🚀 \\ tab\t'
    call_id, ticket_id = new_id("tc_csv"), new_id("sr_csv")
    output = {"content": [{"type": "text", "text": tricky}], "isError": False, "note": 'a,b "c"'}
    rows.tool_call(session_id, call_id, 'name, with "quotes"\r\nand lines', {"q": tricky, "n": [1, 2.5, None]}, output)
    rows.ticket(session_id, ticket_id, f"Ticket: {tricky}", status="closed")

    body = export(port, key, session_id, "csv")
    items = {item["id"]: item for item in api_timeline(port, session_id)}
    records = {row[1]: row for row in csv_rows(body)[1:]}
    assert records[call_id] == timeline_row(items[call_id])
    assert records[call_id][3] == 'name, with "quotes"\r\nand lines'
    assert records[call_id][7] == compact(items[call_id]["output"])
    assert json.loads(records[call_id][7]) == output
    assert json.loads(records[call_id][6]) == {"q": tricky, "n": [1, 2.5, None]}
    assert records[ticket_id] == ["SUPPORT_TICKET", ticket_id, items[ticket_id]["createdAt"], f"Ticket: {tricky}",
                                  "CLOSED", "", "", ""]
    assert body == rfc4180([TIMELINE_HEADER] + [timeline_row(item) for item in api_timeline(port, session_id)])
    assert "東京 🚀".encode() in body


@pytest.mark.parametrize("session_id", [
    pytest.param("sess_no_such_session", id="unknown"),
    pytest.param("sess_globex_shared", id="other-organizations"),
    pytest.param("sess_globex_only", id="other-organizations-user"),
])
@pytest.mark.parametrize("extension", ["json", "jsonl", "csv"])
def test_a_session_the_organization_does_not_have_is_404(server, session_id, extension):
    port, key, _ = server
    status, headers, body = download(port, f"/export/sessions/{session_id}.{extension}", key)
    assert status == 404
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert json.loads(body) == {"errors": [{
        "message": f'No session "{session_id}" in this organization.', "extensions": {"code": "NOT_FOUND"}}]}


def test_an_unknown_format_is_404(server):
    port, key, _ = server
    for path in [f"/export/sessions/{BIG}.xml", f"/export/sessions/{BIG}"]:
        status, _, body = download(port, path, key)
        assert status == 404
        assert json.loads(body)["errors"][0]["extensions"]["code"] == "NOT_FOUND"


@pytest.mark.parametrize("path", [
    f"/export/sessions/{BIG}.json", f"/export/sessions/{BIG}.jsonl", f"/export/sessions/{BIG}.csv",
    "/export/users/mcpu_shared_user/sessions.csv",
])
def test_an_export_needs_a_valid_key(server, path):
    port, _, _ = server
    for key in ["", "sq_live_" + "x" * 32]:
        status, headers, body = download(port, path, key)
        assert status == 401
        assert headers["WWW-Authenticate"].startswith("Bearer")
        assert json.loads(body)["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


# --- a user's sessions -------------------------------------------------------------------------


@pytest.mark.parametrize("identifier", ["shared.user@example.com", "mcpu_shared_user", "did_shared_user"])
def test_the_users_sessions_csv_is_one_row_per_session_with_the_apis_counts(server, identifier):
    port, key, _ = server
    status, headers, body = download(port, f"/export/users/{urllib.parse.quote(identifier, safe='')}/sessions.csv", key)
    assert status == 200, body[:500]
    assert headers["Content-Type"] == MEDIA_TYPES["csv"]
    filename = identifier.replace("@", "_")
    assert headers["Content-Disposition"] == f'attachment; filename="sessions-{filename}.csv"'

    sessions = paged(port, USER_SESSIONS, {"identifier": identifier}, lambda data: data["user"]["sessions"])
    # The shared user's acme sessions only: the globex ones never show.
    ids = [session["id"] for session in sessions]
    assert BIG in ids and "sess_acme_ties" in ids
    assert not [i for i in ids if "globex" in i]
    records = csv_rows(body)
    assert records[0] == SESSIONS_HEADER
    assert [row[0] for row in records[1:]] == ids
    for row, session in zip(records[1:], sessions):
        assert row == session_row(session)
    big = records[1:][ids.index(BIG)]
    assert big[SESSIONS_HEADER.index("tool_calls")] == str(graphql(port, SESSION, {"id": BIG})["session"]["toolCallCount"])
    assert body == rfc4180([SESSIONS_HEADER] + [session_row(session) for session in sessions])


@pytest.mark.parametrize("identifier", [
    pytest.param("nobody@example.com", id="unknown"),
    pytest.param("gina.globex@example.org", id="other-organizations"),
    pytest.param("mcpu_globex_only", id="other-organizations-id"),
])
def test_a_user_the_organization_does_not_have_is_404(server, identifier):
    port, key, _ = server
    status, _, body = download(port, f"/export/users/{urllib.parse.quote(identifier, safe='')}/sessions.csv", key)
    assert status == 404
    assert json.loads(body) == {"errors": [{
        "message": f'No user "{identifier}" in this organization.', "extensions": {"code": "NOT_FOUND"}}]}
