"""GraphQL over server-sent events, read with plain HTTP from `sessionql serve`: POST or GET
/graphql with `Accept: text/event-stream` answers 200 `text/event-stream`, one `next` event
per result and a `complete` event at the end. A subscription streams the rows written into
the database while it is open; a query or a refused request is one `next` and `complete`."""

import json
import time
import urllib.parse

import pytest

from activity_rows import compact, sqlite_rows
from serve_process import KEYS, request, serving, use_key
from subscription_clients import (
    PROBE_TOOL, TIMELINE_ITEM_ADDED, WATCH, EventStream, iso, new_id, running, stops_within,
)

SESSION = "sess_acme_ties"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    directory = tmp_path_factory.mktemp("subscriptions-sse")
    data = directory / "data"
    with serving(["--data-dir", str(data), *WATCH], directory / "serve.log") as port:
        yield port, KEYS[port], sqlite_rows(data)


@pytest.fixture
def own_server(tmp_path):
    """A server of the check's own, for streams that stay open: it is killed afterwards, since
    an open subscription stream holds up its shutdown (see the checks at the end)."""
    data = tmp_path / "data"
    with running(["--data-dir", str(data), *WATCH], tmp_path / "serve.log") as (port, _, key):
        use_key(port, key)
        yield port, key, sqlite_rows(data)


def get_path(query, variables=None):
    parameters = {"query": query}
    if variables is not None:
        parameters["variables"] = json.dumps(variables)
    return "/graphql?" + urllib.parse.urlencode(parameters)


def open_stream(port, key, method, query, variables=None):
    if method == "GET":
        return EventStream(port, key, method="GET", path=get_path(query, variables))
    body = {"query": query}
    if variables is not None:
        body["variables"] = variables
    return EventStream(port, key, body=body)


def until_live(stream, rows):
    """Inserts probe rows until one streams back (rows committed before the server started
    watching are never delivered)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        rows.tool_call(SESSION, new_id("tc_probe"), tool_name=PROBE_TOOL)
        try:
            result = stream.next_result(timeout=1.5)
        except TimeoutError:
            continue
        assert result["data"]["timelineItemAdded"]["toolName"] == PROBE_TOOL, result
        return
    pytest.fail("the event stream did not start delivering within 30s")


def next_items(stream, count):
    """The next COUNT streamed items that are not probes."""
    items = []
    while len(items) < count:
        result = stream.next_result()
        assert set(result) == {"data"}, result
        item = result["data"]["timelineItemAdded"]
        if item.get("toolName") != PROBE_TOOL:
            items.append(item)
    return items


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_a_subscription_streams_new_items_in_time_order(own_server, method):
    port, key, rows = own_server
    stream = open_stream(port, key, method, TIMELINE_ITEM_ADDED, {"sessionId": SESSION})
    try:
        assert stream.status == 200
        assert stream.headers["Content-Type"] == "text/event-stream; charset=utf-8"
        assert stream.headers["Cache-Control"] == "no-store"
        until_live(stream, rows)

        run, expected = new_id("r"), []
        for suffix, output in [("z", {"content": [{"type": "text", "text": "ok"}], "isError": False}),
                               ("y", {"content": [{"type": "text", "text": "failed"}], "isError": True})]:
            call_id, input = f"tc_{run}_{suffix}", {"query": suffix}
            stamp = rows.tool_call(SESSION, call_id, "search_docs", input, output)
            expected.append({"__typename": "ToolCall", "id": call_id, "createdAt": iso(stamp), "toolName": "search_docs",
                             "isError": output["isError"], "input": input, "output": output, "session": {"id": SESSION}})
        ticket_id = f"sr_{run}_x"
        stamp = rows.ticket(SESSION, ticket_id, "Search keeps failing", priority="critical")
        expected.append({"__typename": "SupportTicket", "id": ticket_id, "createdAt": iso(stamp),
                         "title": "Search keeps failing", "status": "PENDING", "priority": "CRITICAL",
                         "session": {"id": SESSION}})

        assert next_items(stream, len(expected)) == expected
    finally:
        stream.close()


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_a_query_is_one_next_event_then_complete(server, method):
    port, key, _ = server
    query = "query($id: ID!) { viewer { slug } session(id: $id) { id toolCallCount } }"
    status, answer = request(port, "/graphql", {"query": query, "variables": {"id": "sess_acme_big"}})
    assert status == 200
    stream = open_stream(port, key, method, query, {"id": "sess_acme_big"})
    assert stream.status == 200
    assert stream.all() == [("next", answer), ("complete", "")]
    assert stream.raw == f"event: next\ndata: {answer}\n\nevent: complete\ndata:\n\n".encode()


@pytest.mark.parametrize("method", ["POST", "GET"])
@pytest.mark.parametrize("query, code", [
    pytest.param("{ viewer { noSuchField } }", "GRAPHQL_VALIDATION_FAILED", id="validation"),
    pytest.param("{ viewer { slug }", "GRAPHQL_PARSE_FAILED", id="syntax"),
])
def test_a_request_error_is_a_next_event_with_errors(server, method, query, code):
    port, key, _ = server
    stream = open_stream(port, key, method, query)
    assert stream.status == 200
    [(event, data), complete] = stream.all()
    assert complete == ("complete", "")
    assert event == "next"
    result = json.loads(data)
    assert list(result) == ["errors"]
    assert [error["extensions"]["code"] for error in result["errors"]] == [code]


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_subscribing_to_another_organizations_session_is_a_next_event_with_errors(server, method):
    port, key, _ = server
    stream = open_stream(port, key, method, TIMELINE_ITEM_ADDED, {"sessionId": "sess_globex_shared"})
    assert stream.status == 200
    [(event, data), complete] = stream.all()
    assert (event, complete) == ("next", ("complete", ""))
    [error] = json.loads(data)["errors"]
    assert error["message"] == 'No session "sess_globex_shared" in this organization.'
    assert error["extensions"] == {"code": "BAD_USER_INPUT"}


def test_a_mutation_over_get_is_refused_and_changes_nothing(server):
    port, key, _ = server
    title = f"Renamed over GET {new_id('t')}"
    mutation = "mutation($t: String) { setSessionTitle(id: \"sess_acme_empty\", title: $t) { id title } }"
    stream = open_stream(port, key, "GET", mutation, {"t": title})
    assert stream.status == 200
    assert stream.all() == [
        ("next", compact({"errors": [{"message": "Mutations must be sent with POST.", "extensions": {"code": "BAD_REQUEST"}}]})),
        ("complete", ""),
    ]
    status, body = request(port, "/graphql", {"query": '{ session(id: "sess_acme_empty") { title } }'})
    assert status == 200 and json.loads(body)["data"]["session"]["title"] != title

    stream = open_stream(port, key, "POST", mutation, {"t": title})
    assert stream.all() == [
        ("next", compact({"data": {"setSessionTitle": {"id": "sess_acme_empty", "title": title}}})), ("complete", "")]
    status, body = request(port, "/graphql", {"query": '{ session(id: "sess_acme_empty") { title } }'})
    assert (status, json.loads(body)) == (200, {"data": {"session": {"title": title}}})


def test_an_event_stream_needs_a_key(server):
    port, _, _ = server
    for key in ["", "sq_live_" + "x" * 32]:
        stream = open_stream(port, key, "POST", "{ viewer { slug } }")
        assert stream.status == 401
        assert json.loads(stream.body)["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


# --- the end of a subscription stream -------------------------------------------------------


def rename(port, session_id, title):
    status, body = request(port, "/graphql", {
        "query": "mutation($id: ID!, $t: String) { setSessionTitle(id: $id, title: $t) { id } }",
        "variables": {"id": session_id, "t": title}})
    assert status == 200, body


def test_closing_an_event_stream_gives_its_subscription_place_back(tmp_path):
    """A client that goes away ends its subscription at once, not at the next write to it:
    with one place per key, a new subscription is taken within seconds. Nothing is written
    for the closed stream's session meanwhile (the new subscription is proven live by a
    rename, which only `sessionActivity` hears of)."""
    data = tmp_path / "data"
    arguments = ["--data-dir", str(data), *WATCH, "--max-subscriptions-per-key", "1"]
    with running(arguments, tmp_path / "serve.log") as (port, _, key):
        use_key(port, key)
        rows = sqlite_rows(data)
        closed = open_stream(port, key, "POST", TIMELINE_ITEM_ADDED, {"sessionId": SESSION})
        until_live(closed, rows)
        closed.close()

        activity = "subscription { sessionActivity { id title } }"
        deadline, refusals = time.monotonic() + 5, 0
        while True:
            if time.monotonic() >= deadline:
                pytest.fail(f"5 s after the client closed its stream the key's only place was still taken ({refusals} refusals)")
            again = open_stream(port, key, "POST", activity)
            try:
                result = None
                for attempt in range(10):
                    rename(port, "sess_acme_empty", f"Probe {attempt} {new_id('t')}")
                    try:
                        result = again.next_result(timeout=0.5)
                        break
                    except TimeoutError:
                        continue
                assert result is not None, "neither a refusal nor an event from the new subscription"
                if "data" in result:
                    assert result["data"]["sessionActivity"]["id"] == "sess_acme_empty"
                    break
                assert [error["extensions"]["code"] for error in result["errors"]] == ["TOO_MANY_SUBSCRIPTIONS"]
                refusals += 1
            finally:
                again.close()
            time.sleep(0.25)


def test_stopping_the_server_ends_open_event_streams(tmp_path):
    """SIGTERM ends a subscription stream that is open (the subscription ends, then the
    stream's `complete`), and the server exits 0 instead of waiting for the client."""
    data = tmp_path / "data"
    with running(["--data-dir", str(data), *WATCH], tmp_path / "serve.log") as (port, process, key):
        use_key(port, key)
        stream = open_stream(port, key, "POST", TIMELINE_ITEM_ADDED, {"sessionId": SESSION})
        try:
            until_live(stream, sqlite_rows(data))
            code = stops_within(process, 10)
            if code is None:
                pytest.fail("the server was still running 10 s after SIGTERM, with one event stream open")
            assert code == 0
            events = stream.all(timeout=5)
            assert events[-1] == ("complete", "")
            for event, data_text in events[:-1]:
                assert event == "next"
                assert [error["extensions"]["code"] for error in json.loads(data_text)["errors"]] == ["SUBSCRIPTION_ENDED"]
        finally:
            stream.close()
