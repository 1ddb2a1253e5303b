"""Subscriptions over WebSocket (graphql-transport-ws), driven against `sessionql serve`.

A standard client (gql) subscribes while rows are written straight into the server's
database, as the MCP platform writes them: the new items of the session arrive in time
order with their ids, and nothing of another session or organization ever does. A raw
WebSocket checks the protocol's edges: close codes, ping, operations that are not
subscriptions, and the per-connection and per-key limits. The delivery check runs on the
embedded SQLite database and on PostgreSQL (which needs SESSIONQL_TEST_DATABASE_URL, and
fails instead of skipping when SESSIONQL_REQUIRE_POSTGRES=1).
"""

import asyncio
import collections
import json
import subprocess
import time
import urllib.parse

import pytest
from gql.transport.exceptions import TransportQueryError

from activity_rows import postgres_rows, sqlite_rows
from serve_process import KEYS, binary, create_key, request, serving, use_key
from subscription_clients import (
    PROBE_TOOL, TIMELINE_ITEM_ADDED, WATCH, EventStream, Events, Socket, gql_session, iso, items_without_probes,
    new_id, running, stops_within, subscribe, until_live,
)
from test_outage_recovery import database_url, psql

SCHEMA = "pytest_subscriptions"

Server = collections.namedtuple("Server", "port key rows database")


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory):
    directory = tmp_path_factory.mktemp("subscriptions-sqlite")
    data = directory / "data"
    with serving(["--data-dir", str(data), *WATCH], directory / "serve.log") as port:
        yield Server(port, KEYS[port], sqlite_rows(data), ["--data-dir", str(data)])


@pytest.fixture(scope="module")
def postgres_server(tmp_path_factory):
    url = database_url()
    psql(url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE; CREATE SCHEMA {SCHEMA}")
    scoped = urllib.parse.urlunsplit(urllib.parse.urlsplit(url)._replace(query=f"schema={SCHEMA}"))
    database = ["--database-url", scoped]
    subprocess.run([binary(), "migrate", *database], check=True, capture_output=True)
    subprocess.run([binary(), "seed", *database, "--seed", "1"], check=True, capture_output=True)
    key = create_key(database)
    directory = tmp_path_factory.mktemp("subscriptions-postgres")
    with serving([*database, *WATCH], directory / "serve.log") as port:
        use_key(port, key)
        yield Server(port, key, postgres_rows(url, SCHEMA), database)
    psql(url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request):
    return request.getfixturevalue(f"{request.param}_server")


def probe(server, session_id):
    return lambda: server.rows.tool_call(session_id, new_id("tc_probe"), tool_name=PROBE_TOOL)


def tool_output(text, is_error=False):
    return {"content": [{"type": "text", "text": text}], "isError": is_error}


def expected_call(call_id, stamp, session_id, tool_name, input, output):
    return {
        "__typename": "ToolCall", "id": call_id, "createdAt": iso(stamp), "toolName": tool_name,
        "isError": bool(output and output.get("isError")), "input": input, "output": output,
        "session": {"id": session_id},
    }


def expected_ticket(ticket_id, stamp, session_id, title, status="PENDING", priority="HIGH"):
    return {
        "__typename": "SupportTicket", "id": ticket_id, "createdAt": iso(stamp), "title": title,
        "status": status, "priority": priority, "session": {"id": session_id},
    }


# --- delivery through a standard client ------------------------------------------------------


def test_new_items_of_the_session_arrive_in_time_order_with_their_ids(backend):
    session_id = "sess_acme_ties"

    async def check():
        async with gql_session(backend.port, backend.key) as session:
            events = Events(session, TIMELINE_ITEM_ADDED, {"sessionId": session_id})
            try:
                await until_live(events, probe(backend, session_id))
                # Ids that sort against time order: the order must come from the stamps.
                run = new_id("r")
                rows, expected = backend.rows, []
                for suffix, tool, output in [("e", "search_docs", tool_output("3 results")),
                                             ("d", "read_page", tool_output("Resource not found", is_error=True))]:
                    call_id, input = f"tc_{run}_{suffix}", {"query": suffix}
                    stamp = rows.tool_call(session_id, call_id, tool, input, output)
                    expected.append(expected_call(call_id, stamp, session_id, tool, input, output))
                ticket_id = f"sr_{run}_c"
                stamp = rows.ticket(session_id, ticket_id, "The docs search times out", status="in_progress")
                expected.append(expected_ticket(ticket_id, stamp, session_id, "The docs search times out", status="IN_PROGRESS"))
                for suffix in ["b", "a"]:
                    call_id, input, output = f"tc_{run}_{suffix}", {"path": f"/docs/{suffix}"}, None
                    stamp = rows.tool_call(session_id, call_id, "list_sections", input, output)
                    expected.append(expected_call(call_id, stamp, session_id, "list_sections", input, output))

                received = await items_without_probes(events, len(expected))
                assert [item["id"] for item in received] == [item["id"] for item in expected]
                assert received == expected
            finally:
                await events.close()

    asyncio.run(check())


def test_rows_of_other_sessions_and_organizations_never_arrive(sqlite_server):
    server, session_id = sqlite_server, "sess_acme_ties"

    async def check():
        async with gql_session(server.port, server.key) as session:
            events = Events(session, TIMELINE_ITEM_ADDED, {"sessionId": session_id})
            try:
                await until_live(events, probe(server, session_id))
                run = new_id("r")
                rows = server.rows
                # Another acme session, the same user's globex session, a globex-only session,
                # and a globex ticket filed against this very acme session.
                rows.tool_call("sess_acme_big", f"tc_{run}_other_session", "search_docs", {"q": 1}, tool_output("x"))
                rows.ticket("sess_acme_big", f"sr_{run}_other_session", "Other session's ticket")
                rows.tool_call("sess_globex_shared", f"tc_{run}_globex", "get_invoice", {"q": 2}, tool_output("y"))
                rows.ticket("sess_globex_only", f"sr_{run}_globex", "Globex ticket")
                rows.ticket(session_id, f"sr_{run}_globex_in_acme_session", "Foreign ticket", organization_id="org_globex")
                own = f"tc_{run}_own"
                stamp = rows.tool_call(session_id, own, "search_docs", {"q": 3}, tool_output("z"))
                # Each foreign row was committed before the own one, so a leak would arrive first.
                [received] = await items_without_probes(events, 1)
                assert received == expected_call(own, stamp, session_id, "search_docs", {"q": 3}, tool_output("z"))
            finally:
                await events.close()

    asyncio.run(check())


@pytest.mark.parametrize("document, variables, message", [
    pytest.param(TIMELINE_ITEM_ADDED, {"sessionId": "sess_globex_shared"},
                 'No session "sess_globex_shared" in this organization.', id="other-organizations-session"),
    pytest.param(TIMELINE_ITEM_ADDED, {"sessionId": "sess_does_not_exist"},
                 'No session "sess_does_not_exist" in this organization.', id="unknown-session"),
    pytest.param("subscription($u: ID) { sessionActivity(userId: $u) { id } }", {"u": "mcpu_globex_only"},
                 'No user "mcpu_globex_only" in this organization.', id="other-organizations-user"),
])
def test_subscribing_to_what_the_organization_does_not_have_is_refused(sqlite_server, document, variables, message):
    async def check():
        async with gql_session(sqlite_server.port, sqlite_server.key) as session:
            with pytest.raises(TransportQueryError) as refused:
                async for result in subscribe(session, document, variables):
                    pytest.fail(f"an event for a refused subscription: {result}")
            [error] = refused.value.errors
            assert error["message"] == message
            assert error["extensions"]["code"] == "BAD_USER_INPUT"

    asyncio.run(check())


def test_session_activity_sees_a_rename_and_a_new_item_with_fresh_counts(sqlite_server):
    server, rows = sqlite_server, sqlite_server.rows
    user_id, watched, other = "mcpu_shared_user", "sess_acme_untitled", "sess_acme_empty"
    selection = "subscription($u: ID) { sessionActivity(userId: $u) { id title displayTitle toolCallCount supportTicketCount } }"

    def counts(session_id):
        status, body = request(server.port, "/graphql", {
            "query": "query($id: ID!) { session(id: $id) { toolCallCount supportTicketCount } }",
            "variables": {"id": session_id}})
        assert status == 200, body
        return json.loads(body)["data"]["session"]

    def rename(session_id, title):
        status, body = request(server.port, "/graphql", {
            "query": "mutation($id: ID!, $t: String) { setSessionTitle(id: $id, title: $t) { id title } }",
            "variables": {"id": session_id, "t": title}})
        assert (status, json.loads(body)) == (200, {"data": {"setSessionTitle": {"id": session_id, "title": title}}})

    async def next_of(events, session_id):
        """The next event of one session (the probe session's events pass by)."""
        while True:
            session = (await events.next())["sessionActivity"]
            if session["id"] == session_id:
                return session
            assert session["id"] == other, f"an event of a session not touched: {session}"

    async def check():
        async with gql_session(server.port, server.key) as session:
            events = Events(session, selection, {"u": user_id})
            try:
                # Live once a call in the other session comes back as that session's event.
                deadline = time.monotonic() + 30
                while True:
                    assert time.monotonic() < deadline, "sessionActivity did not start delivering within 30s"
                    rows.tool_call(other, new_id("tc_probe"), tool_name=PROBE_TOOL)
                    try:
                        assert (await events.next(timeout=1.5))["sessionActivity"]["id"] == other
                        break
                    except TimeoutError:
                        continue

                before = counts(watched)
                title = f"Renamed {new_id('t')}"
                rename(watched, title)
                assert await next_of(events, watched) == {
                    "id": watched, "title": title, "displayTitle": title, **before}

                # The same user's globex session is not acme's: its call never shows.
                rows.tool_call("sess_globex_shared", new_id("tc_globex"), "get_invoice", {}, tool_output("no"))
                rows.tool_call(watched, new_id("tc_new"), "run_query", {"sql": "select 1"}, tool_output("1 row"))
                assert await next_of(events, watched) == {
                    "id": watched, "title": title, "displayTitle": title,
                    "toolCallCount": before["toolCallCount"] + 1, "supportTicketCount": before["supportTicketCount"]}

                # A session that connects now is an event too, with nothing in it yet.
                connected = new_id("sess_connected")
                rows.session(connected, watched, "Just connected")
                assert await next_of(events, connected) == {
                    "id": connected, "title": "Just connected", "displayTitle": "Just connected",
                    "toolCallCount": 0, "supportTicketCount": 0}
            finally:
                await events.close()

    asyncio.run(check())


# --- the protocol's edges over a raw WebSocket -----------------------------------------------


VIEWER = "{ viewer { slug } }"


@pytest.mark.parametrize("init", [
    pytest.param({"type": "connection_init"}, id="no-payload"),
    pytest.param({"type": "connection_init", "payload": {}}, id="empty-payload"),
    pytest.param({"type": "connection_init", "payload": {"authorization": "Bearer "}}, id="empty-bearer"),
    pytest.param({"type": "connection_init", "payload": {"authorization": "Basic dXNlcjpwYXNz"}}, id="basic"),
])
def test_connection_init_without_a_key_closes_with_4401(sqlite_server, init):
    with Socket(sqlite_server.port) as ws:
        ws.send(init)
        assert ws.close_code() == 4401


def test_an_unknown_or_revoked_key_closes_with_4403(sqlite_server):
    with Socket(sqlite_server.port) as ws:
        ws.send({"type": "connection_init", "payload": {"authorization": "Bearer sq_live_" + "x" * 32}})
        assert ws.close_code() == 4403

    sessionql, database = binary(), sqlite_server.database
    key = create_key(database, name="revoked over websocket")
    with Socket(sqlite_server.port) as ws:
        ws.init(key)
    listed = subprocess.run([sessionql, "keys", "list", *database], check=True, capture_output=True, text=True).stdout
    [key_id] = [line.split()[0] for line in listed.splitlines() if key[:12] in line]
    subprocess.run([sessionql, "keys", "revoke", key_id, *database], check=True, capture_output=True)
    with Socket(sqlite_server.port) as ws:
        ws.send({"type": "connection_init", "payload": {"authorization": f"Bearer {key}"}})
        assert ws.close_code() == 4403


def test_the_upgrade_requests_authorization_header_is_the_key_when_the_payload_has_none(sqlite_server):
    with Socket(sqlite_server.port, headers={"Authorization": f"Bearer {sqlite_server.key}"}) as ws:
        ws.send({"type": "connection_init"})
        assert ws.recv() == {"type": "connection_ack"}
        ws.subscribe("q", VIEWER)
        assert ws.recv() == {"id": "q", "type": "next", "payload": {"data": {"viewer": {"slug": "acme"}}}}


def test_a_subscribe_id_already_active_closes_with_4409(sqlite_server):
    with Socket(sqlite_server.port) as ws:
        ws.init(sqlite_server.key)
        ws.subscribe("same", TIMELINE_ITEM_ADDED, {"sessionId": "sess_acme_ties"})
        ws.subscribe("same", TIMELINE_ITEM_ADDED, {"sessionId": "sess_acme_ties"})
        assert ws.close_code() == 4409


def test_a_completed_id_may_be_used_again(sqlite_server):
    with Socket(sqlite_server.port) as ws:
        ws.init(sqlite_server.key)
        ws.subscribe("again", TIMELINE_ITEM_ADDED, {"sessionId": "sess_acme_ties"})
        ws.send({"id": "again", "type": "complete"})
        ws.subscribe("again", VIEWER)
        assert ws.recv() == {"id": "again", "type": "next", "payload": {"data": {"viewer": {"slug": "acme"}}}}
        assert ws.recv() == {"id": "again", "type": "complete"}


def test_a_second_connection_init_closes_with_4429(sqlite_server):
    with Socket(sqlite_server.port) as ws:
        ws.init(sqlite_server.key)
        ws.send({"type": "connection_init", "payload": {"authorization": f"Bearer {sqlite_server.key}"}})
        assert ws.close_code() == 4429


@pytest.mark.parametrize("message", [
    pytest.param("not json at all", id="not-json"),
    pytest.param("[]", id="not-an-object"),
    pytest.param('{"type": "connection_init", "payload": "Bearer key"}', id="payload-not-an-object"),
    pytest.param('{"type": "what_is_this"}', id="unknown-type"),
    pytest.param('{"id": "1", "type": "subscribe"}', id="subscribe-without-payload"),
    pytest.param('{"type": "subscribe", "payload": {"query": "{ viewer { slug } }"}}', id="subscribe-without-id"),
    pytest.param(b"\x00binary", id="binary-frame"),
])
def test_a_message_that_is_not_the_protocols_closes_with_4400(sqlite_server, message):
    with Socket(sqlite_server.port) as ws:
        ws.init(sqlite_server.key)
        ws.send(message)
        assert ws.close_code() == 4400


def test_a_subscribe_before_connection_init_closes_with_4401(sqlite_server):
    with Socket(sqlite_server.port) as ws:
        ws.subscribe("early", VIEWER)
        assert ws.close_code() == 4401


@pytest.mark.parametrize("offered", [pytest.param((), id="none"), pytest.param(("graphql-ws",), id="graphql-ws-only")])
def test_a_client_that_does_not_offer_the_subprotocol_is_closed_with_4406(sqlite_server, offered):
    with Socket(sqlite_server.port, subprotocols=offered) as ws:
        assert ws.ws.subprotocol is None
        assert ws.close_code() == 4406


def test_the_subprotocol_is_agreed_and_ping_gets_pong(sqlite_server):
    with Socket(sqlite_server.port, subprotocols=("graphql-ws", "graphql-transport-ws")) as ws:
        assert ws.ws.subprotocol == "graphql-transport-ws"
        ws.init(sqlite_server.key)
        ws.send({"type": "ping"})
        assert ws.recv() == {"type": "pong"}
        ws.send({"type": "ping", "payload": {"at": 1}})
        assert ws.recv() == {"type": "pong"}


def test_no_connection_init_within_10_seconds_closes_with_4408(sqlite_server):
    with Socket(sqlite_server.port) as ws:
        started = time.monotonic()
        assert ws.close_code(timeout=20) == 4408
        assert time.monotonic() - started >= 9


def test_queries_and_mutations_are_one_next_then_complete(sqlite_server):
    query = "query($id: ID!) { viewer { slug } session(id: $id) { toolCallCount supportTicketCount } }"
    status, answer = request(sqlite_server.port, "/graphql", {"query": query, "variables": {"id": "sess_acme_ties"}})
    assert status == 200
    with Socket(sqlite_server.port) as ws:
        ws.init(sqlite_server.key)
        ws.subscribe("q1", query, {"id": "sess_acme_ties"})
        assert ws.recv() == {"id": "q1", "type": "next", "payload": json.loads(answer)}
        assert ws.recv() == {"id": "q1", "type": "complete"}
        title = f"Renamed over a socket {new_id('t')}"
        ws.subscribe("m1", 'mutation($t: String) { setSessionTitle(id: "sess_acme_empty", title: $t) { id title } }', {"t": title})
        assert ws.recv() == {"id": "m1", "type": "next",
                             "payload": {"data": {"setSessionTitle": {"id": "sess_acme_empty", "title": title}}}}
        assert ws.recv() == {"id": "m1", "type": "complete"}
    status, body = request(sqlite_server.port, "/graphql", {"query": '{ session(id: "sess_acme_empty") { title } }'})
    assert (status, json.loads(body)) == (200, {"data": {"session": {"title": title}}})


def test_a_refused_operation_gets_an_error_message_and_the_socket_stays_open(sqlite_server):
    with Socket(sqlite_server.port) as ws:
        ws.init(sqlite_server.key)
        ws.subscribe("v", "{ viewer { noSuchField } }")
        message = ws.recv()
        assert (message["id"], message["type"]) == ("v", "error")
        assert [error["extensions"]["code"] for error in message["payload"]] == ["GRAPHQL_VALIDATION_FAILED"]
        assert "noSuchField" in message["payload"][0]["message"]
        ws.subscribe("p", "subscription {")
        message = ws.recv()
        assert (message["id"], message["type"]) == ("p", "error")
        assert [error["extensions"]["code"] for error in message["payload"]] == ["GRAPHQL_PARSE_FAILED"]
        ws.subscribe("s", TIMELINE_ITEM_ADDED, {"sessionId": "sess_unknown"})
        assert ws.recv() == {"id": "s", "type": "error", "payload": [{
            "message": 'No session "sess_unknown" in this organization.', "locations": [{"line": 3, "column": 3}],
            "path": ["timelineItemAdded"], "extensions": {"code": "BAD_USER_INPUT"}}]}
        ws.send({"type": "ping"})
        assert ws.recv() == {"type": "pong"}


def test_stopping_the_server_closes_every_socket(tmp_path):
    """SIGTERM closes each WebSocket, subscriptions open or not, with 1001, going away (so
    clients connect again, to another server), and the server exits 0."""
    with running(["--data-dir", str(tmp_path / "data"), *WATCH], tmp_path / "serve.log") as (port, process, key):
        with Socket(port) as idle, Socket(port) as subscribed:
            idle.init(key)
            subscribed.init(key)
            subscribed.subscribe("s", TIMELINE_ITEM_ADDED, {"sessionId": "sess_acme_ties"})
            subscribed.send({"type": "ping"})
            assert subscribed.recv() == {"type": "pong"}
            assert stops_within(process, 10) == 0
            going_away = (1001, "The server is shutting down")
            assert (idle.close_frame(5), subscribed.close_frame(5)) == (going_away, going_away)


# --- limits -----------------------------------------------------------------------------------


def test_subscriptions_are_limited_per_connection_and_per_key(tmp_path):
    data = tmp_path / "data"
    limits = ["--max-subscriptions-per-connection", "2", "--max-subscriptions-per-key", "3"]
    with serving(["--data-dir", str(data), *WATCH, *limits], tmp_path / "serve.log") as port:
        key, rows, session_id = KEYS[port], sqlite_rows(data), "sess_acme_ties"
        variables = {"sessionId": session_id}
        too_many_for_the_key = [{
            "message": "This API key has 3 active subscriptions, the most it may hold.",
            "extensions": {"code": "TOO_MANY_SUBSCRIPTIONS"}}]

        def live(ws, operation_id):
            """Inserts probe rows until the operation streams one."""
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                rows.tool_call(session_id, new_id("tc_probe"), tool_name=PROBE_TOOL)
                try:
                    message = ws.recv_for(operation_id, timeout=1.5)
                except TimeoutError:
                    continue
                assert message["type"] == "next", message
                return
            pytest.fail(f"{operation_id} did not stream within 30s")

        with Socket(port) as first, Socket(port) as second:
            first.init(key)
            second.init(key)
            first.subscribe("a1", TIMELINE_ITEM_ADDED, variables)
            first.subscribe("a2", TIMELINE_ITEM_ADDED, variables)
            second.subscribe("b1", TIMELINE_ITEM_ADDED, variables)
            for ws, operation_id in [(first, "a1"), (first, "a2"), (second, "b1")]:
                live(ws, operation_id)

            # The key holds 3 places: a fourth subscription on another socket is refused...
            second.subscribe("b2", TIMELINE_ITEM_ADDED, variables)
            assert second.recv_for("b2") == {"id": "b2", "type": "error", "payload": too_many_for_the_key}
            # ...and so is one over server-sent events, which counts against the same key.
            stream = EventStream(port, key, body={"query": TIMELINE_ITEM_ADDED, "variables": variables})
            assert stream.status == 200
            assert stream.all() == [
                ("next", json.dumps({"errors": too_many_for_the_key}, separators=(",", ":"))), ("complete", "")]
            stream.close()
            # A connection holds 2.
            first.subscribe("a3", TIMELINE_ITEM_ADDED, variables)
            assert first.recv_for("a3") == {"id": "a3", "type": "error", "payload": [{
                "message": "This connection has 2 active subscriptions, the most it may hold.",
                "extensions": {"code": "TOO_MANY_SUBSCRIPTIONS"}}]}

            # Completing one gives its place back, to the connection and to the key.
            first.send({"id": "a1", "type": "complete"})
            deadline, attempt = time.monotonic() + 10, 0
            while True:
                attempt += 1
                operation_id = f"b_retry_{attempt}"
                second.subscribe(operation_id, TIMELINE_ITEM_ADDED, variables)
                try:
                    message = second.recv_for(operation_id, timeout=1)
                except TimeoutError:
                    live(second, operation_id)
                    break
                if message["type"] == "next":  # a row written since it started
                    break
                assert message == {"id": operation_id, "type": "error", "payload": too_many_for_the_key}
                assert time.monotonic() < deadline, "the completed subscription's place was not given back within 10s"
            first.subscribe("a4", VIEWER)
            assert first.recv_for("a4") == {"id": "a4", "type": "next", "payload": {"data": {"viewer": {"slug": "acme"}}}}
