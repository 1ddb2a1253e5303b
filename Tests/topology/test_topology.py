"""SessionQL as several stateless replicas: through nginx, PgBouncer in transaction mode and a
streaming read replica it answers as one server does, reads what a request wrote, routes
around a stopped replica, a stopped read replica and a stopped pooler, and its subscriptions
resume without gaps on another replica."""

import contextlib
import http.client
import json
import re
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import psycopg
import pytest

from activity_rows import postgres_rows
from serve_process import binary, free_port
from subscription_clients import PROTOCOL, TIMELINE_ITEM_ADDED
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

FIXTURES = Path(__file__).resolve().parent.parent / "SessionAPITests" / "Fixtures"
USER = "mcpu_shared_user"
BIG = "sess_acme_big"
SMALL = "sess_acme_ties"
LAG_LIMIT = 3  # --max-replica-lag of the topology's servers (conftest)


def post(base, query, variables=None, key=None, timeout=15):
    """(status, body bytes) of one GraphQL POST; a connection failure is status 0."""
    data = json.dumps({"query": query, "variables": variables or {}}).encode()
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    request = urllib.request.Request(base + "/graphql", data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError, http.client.HTTPException) as error:
        return 0, str(error).encode()


def get(url, key=None, timeout=5):
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"} if key else {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except (urllib.error.URLError, ConnectionError, TimeoutError, http.client.HTTPException) as error:
        return 0, str(error)


def data(topology, query, variables=None, base=None):
    status, body = post(base or topology.url, query, variables, topology.key)
    assert status == 200, body
    answer = json.loads(body)
    assert "errors" not in answer, answer
    return answer["data"]


def superuser(url):
    """A connection to the same cluster as the postgres superuser."""
    return psycopg.connect(url.replace("postgres://sessionql@", "postgres://postgres@"), autocommit=True)


def replica_caught_up(topology, timeout=10):
    with superuser(topology.primary) as primary:
        target = primary.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0]
    deadline = time.monotonic() + timeout
    with superuser(topology.replica) as replica:
        while time.monotonic() < deadline:
            if replica.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (target,)).fetchone()[0]:
                return
            time.sleep(0.05)
    pytest.fail(f"the replica did not replay up to {target} within {timeout}s")


def metric(topology, server, name):
    """The sum of a metric's samples on one server."""
    status, text = get(server + "/metrics", topology.key)
    assert status == 200, text
    return sum(float(value) for value in re.findall(rf"^{re.escape(name)}(?:{{[^}}]*}})? (\S+)$", text, re.M))


def reads(topology, target):
    """Reads run on `target` (replica or primary) so far, by both servers."""
    total = 0.0
    for server in topology.servers:
        status, text = get(server + "/metrics", topology.key)
        assert status == 200, text
        found = re.search(rf'^sessionql_reads_total{{target="{target}"}} (\S+)$', text, re.M)
        total += float(found.group(1)) if found else 0.0
    return total


@contextlib.contextmanager
def single_server(topology):
    """One `sessionql serve` straight on the primary, with no pooler and no replica."""
    port = free_port()
    log = open(topology.directory / "single.log", "w")
    process = subprocess.Popen(
        [binary(), "serve", "--port", str(port), "--database-url", topology.primary],
        stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if get(base + "/readyz")[0] == 200:
                break
            assert process.poll() is None, (topology.directory / "single.log").read_text()
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def explorer_requests(topology, base):
    """The explorer's documents with variables drawn from the seed: users, a user's sessions,
    two timeline pages, both item details and the three-pane deep link."""
    fixture = {path.stem: path.read_text() for path in FIXTURES.glob("*.graphql")}
    first = data(topology, fixture["TimelinePage"], {"sessionId": BIG, "first": 100}, base)["session"]["timeline"]
    nodes = [edge["node"] for edge in first["edges"]]
    call = next(node["id"] for node in nodes if node["__typename"] == "ToolCall")
    ticket = next(node["id"] for node in nodes if node["__typename"] == "SupportTicket")
    return [
        (fixture["UsersPage"], {}),
        (fixture["UsersPage"], {"search": "ann"}),
        (fixture["UserSessions"], {"identifier": USER}),
        (fixture["TimelinePage"], {"sessionId": BIG}),
        (fixture["TimelinePage"], {"sessionId": BIG, "after": first["pageInfo"]["endCursor"]}),
        (fixture["TimelinePage"], {"sessionId": BIG, "order": "NEWEST_FIRST", "first": 10}),
        (fixture["ToolCallDetail"], {"id": call}),
        (fixture["TicketDetail"], {"id": ticket}),
        (fixture["DeepLink"], {"identifier": USER, "sessionId": BIG, "itemId": call}),
    ]


def test_the_explorer_documents_through_nginx_answer_byte_for_byte_as_one_server(topology):
    replica_caught_up(topology)
    with single_server(topology) as single:
        for query, variables in explorer_requests(topology, single):
            status, alone = post(single, query, variables, topology.key)
            assert status == 200, alone
            assert b'"errors"' not in alone, alone
            # Twice through the balancer: once on each replica, round robin.
            for _ in topology.servers:
                assert post(topology.url, query, variables, topology.key) == (200, alone), (query[:60], variables)
            # Cursors are valid on any replica: a page from one, the next from another.
        page = data(topology, "query($s: ID!) { session(id: $s) { timeline(first: 3) { pageInfo { endCursor } } } }",
                    {"s": BIG}, topology.servers[0])
        cursor = page["session"]["timeline"]["pageInfo"]["endCursor"]
        next_page = "query($s: ID!, $a: String) { session(id: $s) { timeline(first: 3, after: $a) { edges { cursor } } } }"
        assert post(topology.servers[1], next_page, {"s": BIG, "a": cursor}, topology.key) \
            == post(single, next_page, {"s": BIG, "a": cursor}, topology.key)
    assert reads(topology, "replica") > 0


TITLE = "query($id: ID!) { session(id: $id) { title } }"
SET_TITLE = "mutation($id: ID!, $title: String) { setSessionTitle(id: $id, title: $title) { id title } }"


def titles(topology):
    return [data(topology, TITLE, {"id": SMALL}, server)["session"]["title"] for server in topology.servers]


def test_a_request_reads_its_own_write_and_later_reads_catch_up_within_the_lag_limit(topology):
    before, after = f"before {uuid.uuid4().hex[:6]}", f"after {uuid.uuid4().hex[:6]}"
    assert data(topology, SET_TITLE, {"id": SMALL, "title": before})["setSessionTitle"]["title"] == before
    replica_caught_up(topology)
    assert titles(topology) == [before, before]
    with superuser(topology.replica) as replica:
        replica.execute("SELECT pg_wal_replay_pause()")
        try:
            written = time.monotonic()
            # The mutation's answer reads the session after writing it: from the primary.
            assert data(topology, SET_TITLE, {"id": SMALL, "title": after})["setSessionTitle"] == {"id": SMALL, "title": after}
            # The next requests read the paused replica, which still lags less than the limit.
            assert titles(topology) == [before, before]
            assert time.monotonic() - written < LAG_LIMIT - 1
            # Once its lag passes the limit, each server reads the primary instead.
            while titles(topology) != [after, after]:
                assert time.monotonic() - written < LAG_LIMIT + 3, "reads still lagged past the limit"
                time.sleep(0.2)
            caught = time.monotonic() - written
            assert caught > LAG_LIMIT - 1
            for server in topology.servers:
                assert metric(topology, server, "sessionql_read_replica_lag_seconds") > LAG_LIMIT
        finally:
            replica.execute("SELECT pg_wal_replay_resume()")
    replica_caught_up(topology)
    deadline = time.monotonic() + 5
    while metric(topology, topology.servers[0], "sessionql_read_replica_lag_seconds") > LAG_LIMIT:
        assert time.monotonic() < deadline, "the replica's lag did not fall back after replay resumed"
        time.sleep(0.2)
    assert titles(topology) == [after, after]


class Load:
    """CLIENTS threads sending the users page through the balancer until stopped; each
    answer is kept with the time it was sent."""

    def __init__(self, topology, clients=8):
        self.topology, self.answers, self.running = topology, [], True
        self.lock = threading.Lock()
        self.query = (FIXTURES / "UsersPage.graphql").read_text()
        self.threads = [threading.Thread(target=self.run, daemon=True) for _ in range(clients)]

    def run(self):
        while self.running:
            sent = time.monotonic()
            status, body = post(self.topology.url, self.query, {}, self.topology.key)
            with self.lock:
                self.answers.append((sent, status, body[:200]))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        for thread in self.threads:
            thread.join(timeout=30)

    def failures(self, since=0.0):
        return [(round(sent - since, 2), status, body) for sent, status, body in self.answers if sent >= since and status != 200]


def test_stopping_one_server_under_load_fails_no_request(topology):
    with Load(topology) as load:
        time.sleep(1.5)
        topology.stop("sessionql-1")
        stopped = time.monotonic()
        time.sleep(2)
        served_while_down = len([a for a in load.answers if a[0] > stopped])
        topology.start("sessionql-1")
        time.sleep(1)
    assert load.failures() == []
    assert served_while_down > 10
    # Back in rotation: it answers again, directly and through the balancer.
    assert get(topology.servers[0] + "/readyz")[0] == 200


def test_reads_fall_back_to_the_primary_when_the_read_replica_stops(topology):
    on_primary = reads(topology, "primary")
    with Load(topology, clients=4) as load:
        time.sleep(0.5)
        topology.stop("replica")
        stopped = time.monotonic()
        time.sleep(3)
        load_failures = load.failures(since=stopped + 1)
        topology.start("replica")
        time.sleep(0.5)
    assert load_failures == []
    assert reads(topology, "primary") > on_primary
    assert len([a for a in load.answers if a[0] > stopped + 1 and a[1] == 200]) > 10
    # Once the replica answers its lag check again, reads go back to it.
    replica_caught_up(topology)
    on_replica = reads(topology, "replica")
    deadline = time.monotonic() + 10
    while reads(topology, "replica") <= on_replica:
        assert time.monotonic() < deadline, "reads did not return to the replica"
        data(topology, TITLE, {"id": SMALL})
        time.sleep(0.2)


def test_stopping_the_poolers_answers_503_until_they_return(topology):
    query = (FIXTURES / "UsersPage.graphql").read_text()
    topology.stop("pgbouncer-primary")
    topology.stop("pgbouncer-replica")
    try:
        deadline = time.monotonic() + 10
        while True:
            status, body = post(topology.url, query, {}, topology.key)
            if status == 503:
                break
            assert time.monotonic() < deadline, (status, body)
            time.sleep(0.2)
        assert json.loads(body)["errors"]
        deadline = time.monotonic() + 10
        while get(topology.url + "/readyz")[0] != 503:
            assert time.monotonic() < deadline, "/readyz stayed ready with the poolers gone"
            time.sleep(0.2)
        assert get(topology.url + "/healthz")[0] == 200
    finally:
        topology.start("pgbouncer-primary")
        topology.start("pgbouncer-replica")
    returned = time.monotonic()
    for server in [topology.url, *topology.servers]:
        while post(server, query, {}, topology.key)[0] != 200:
            assert time.monotonic() - returned < 15, f"{server}: no recovery within 15 s of the poolers' return"
            time.sleep(0.2)


class Subscription:
    """A graphql-transport-ws subscription to a session's new items, through the balancer."""

    def __init__(self, topology):
        url = topology.url.replace("http://", "ws://") + "/graphql"
        self.socket = connect(url, subprotocols=[PROTOCOL], open_timeout=10, close_timeout=5)
        self.send({"type": "connection_init", "payload": {"authorization": f"Bearer {topology.key}"}})
        assert self.recv() == {"type": "connection_ack"}
        self.send({"id": "live", "type": "subscribe", "payload": {"query": TIMELINE_ITEM_ADDED, "variables": {"sessionId": SMALL}}})

    def send(self, message):
        self.socket.send(json.dumps(message))

    def recv(self, timeout=15):
        return json.loads(self.socket.recv(timeout=timeout))

    def next_item(self, timeout=15):
        message = self.recv(timeout)
        assert message["type"] == "next", message
        return message["payload"]["data"]["timelineItemAdded"]["id"]

    def closed(self, timeout=30):
        try:
            while True:
                self.socket.recv(timeout=timeout)
        except ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd else None


PAGE_AFTER = """query($s: ID!, $a: String) { session(id: $s) { timeline(first: 100, after: $a) {
  edges { cursor node { id } } pageInfo { endCursor } } } }"""


def end_cursor(topology):
    cursor, page = None, {"edges": [None]}
    while page["edges"]:
        page = data(topology, PAGE_AFTER, {"s": SMALL, "a": cursor})["session"]["timeline"]
        cursor = page["pageInfo"]["endCursor"] or cursor
    return cursor


def until_ids(topology, cursor, expected, timeout=LAG_LIMIT + 3):
    deadline = time.monotonic() + timeout
    while True:
        edges = data(topology, PAGE_AFTER, {"s": SMALL, "a": cursor})["session"]["timeline"]["edges"]
        ids = [edge["node"]["id"] for edge in edges]
        if ids == expected or time.monotonic() > deadline:
            return ids
        time.sleep(0.2)


def test_a_subscription_through_nginx_resumes_without_gaps_after_its_server_restarts(topology):
    rows = postgres_rows(topology.primary, "public")
    first = Subscription(topology)
    time.sleep(0.5)
    live = f"tc_live_{uuid.uuid4().hex[:8]}"
    rows.tool_call(SMALL, live)
    assert first.next_item() == live
    replica_caught_up(topology)
    cursor = end_cursor(topology)
    # Restart both servers in turn: the one holding the socket closes it as it goes away.
    topology.stop("sessionql-1")
    topology.start("sessionql-1")
    topology.stop("sessionql-2")
    code = first.closed()
    assert code in (1000, 1001)
    missed = [f"tc_gap_{n}_{uuid.uuid4().hex[:6]}" for n in range(2)]
    for call in missed:
        rows.tool_call(SMALL, call)
    # Reconnect, through the balancer, to whichever server answers; subscribe, then page on
    # from the cursor held before the gap (as the explorer does).
    second = Subscription(topology)
    time.sleep(0.5)
    after = f"tc_after_{uuid.uuid4().hex[:6]}"
    rows.tool_call(SMALL, after)
    assert second.next_item() == after
    assert until_ids(topology, cursor, [*missed, after]) == [*missed, after]
    topology.start("sessionql-2")
    second.socket.close()
