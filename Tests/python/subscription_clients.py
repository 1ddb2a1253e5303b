"""Clients of the subscription transports for the checks: a standard GraphQL client (gql)
over graphql-transport-ws, a raw WebSocket for the protocol's edges, and a server-sent event
stream read from plain HTTP. Each reads in the background and hands results over with a
timeout, so a check waits for an event as long as it may take and no longer."""

import asyncio
import contextlib
import http.client
import json
import queue
import signal
import socket
import subprocess
import threading
import time
import uuid

import gql
import pytest
from gql import Client
from gql.transport.websockets import WebsocketsTransport
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from serve_process import binary, free_port, request, wait_for

PROTOCOL = WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL
# Polls for new rows five times a second, so an event is due within a fraction of a second.
WATCH = ["--watch-interval", "0.2"]
# How long an event may take before a check gives up on it.
EVENT_TIMEOUT = 15

TIMELINE_ITEM_ADDED = """
subscription Added($sessionId: ID!) {
  timelineItemAdded(sessionId: $sessionId) {
    __typename id createdAt
    ... on ToolCall { toolName isError input output }
    ... on SupportTicket { title status priority }
    session { id }
  }
}
"""

PROBE_TOOL = "probe_liveness"


def new_id(prefix):
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


def iso(milliseconds):
    """An epoch-milliseconds stamp as the API's DateTime writes it."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(milliseconds // 1000)) + f".{milliseconds % 1000:03d}Z"


def is_probe(item):
    return item.get("toolName") == PROBE_TOOL


def websocket_url(port):
    return f"ws://127.0.0.1:{port}/graphql"


@contextlib.contextmanager
def running(arguments, log_path):
    """`sessionql serve ARGUMENTS` on a free port for a check that stops it itself: yields
    (port, process, demo key); a process still running at the end is killed."""
    port = free_port()
    with open(log_path, "w") as log:
        process = subprocess.Popen([binary(), "serve", "--port", str(port), *arguments], stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_for(lambda: request(port, "/readyz")[0] == 200 or process.poll() is not None, 60, "readyz 200")
            assert process.poll() is None, open(log_path).read()
            status, body = request(port, "/auth/demo-key")
            yield port, process, json.loads(body)["key"] if status == 200 else None
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def stops_within(process, seconds):
    """The exit status after SIGTERM, or None when still running after SECONDS."""
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return None


# --- gql over graphql-transport-ws -------------------------------------------------------


@contextlib.asynccontextmanager
async def gql_session(port, key):
    """An initialised gql session; the key goes in connection_init's payload."""
    transport = WebsocketsTransport(
        url=websocket_url(port), subprotocols=[PROTOCOL], init_payload={"authorization": f"Bearer {key}"}
    )
    async with Client(transport=transport, execute_timeout=EVENT_TIMEOUT) as session:
        yield session


def subscribe(session, document, variables=None):
    """gql's subscription results for DOCUMENT: gql 4 takes a GraphQLRequest, gql 3.5 (the
    one that goes with graphql-core 3.2) a parsed document and the variables."""
    if int(gql.__version__.split(".")[0]) >= 4:
        return session.subscribe(gql.GraphQLRequest(document, variable_values=variables))
    return session.subscribe(gql.gql(document), variable_values=variables)


class Events:
    """A gql subscription's results, in arrival order, or the exception that ended it."""

    _ended = object()

    def __init__(self, session, document, variables=None):
        self._queue = asyncio.Queue()
        self._task = asyncio.create_task(self._pump(session, document, variables))

    async def _pump(self, session, document, variables):
        try:
            async for result in subscribe(session, document, variables):
                await self._queue.put(result)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # handed to the reader
            await self._queue.put(error)
        else:
            await self._queue.put(self._ended)

    async def next(self, timeout=EVENT_TIMEOUT):
        try:
            item = await asyncio.wait_for(self._queue.get(), timeout)
        except asyncio.TimeoutError:
            raise TimeoutError(f"no event within {timeout}s") from None
        if item is self._ended:
            raise AssertionError("the subscription completed")
        if isinstance(item, Exception):
            raise item
        return item

    async def close(self):
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._task


async def until_live(events, insert_probe, field="timelineItemAdded"):
    """Inserts probe rows until one arrives: from then on the subscription is known to be
    listening (rows committed before the server started watching are never delivered)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        insert_probe()
        try:
            result = await events.next(timeout=1.5)
        except TimeoutError:
            continue
        assert is_probe(result[field]), f"an event before any probe: {result}"
        return
    pytest.fail("the subscription did not start delivering within 30s")


async def items_without_probes(events, count, field="timelineItemAdded"):
    """The next COUNT results that are not probes."""
    items = []
    while len(items) < count:
        item = (await events.next())[field]
        if not is_probe(item):
            items.append(item)
    return items


# --- raw graphql-transport-ws --------------------------------------------------------------


class Socket:
    """A WebSocket to /graphql, read message by message; use it in a `with` block."""

    def __init__(self, port, subprotocols=(PROTOCOL,), headers=None):
        self._connect = connect(
            websocket_url(port), subprotocols=list(subprotocols) or None, additional_headers=headers,
            open_timeout=10, close_timeout=5,
        )
        self.ws = None
        self.held = []

    def __enter__(self):
        self.ws = self._connect.__enter__()
        return self

    def __exit__(self, *exc):
        return self._connect.__exit__(*exc)

    def send(self, message):
        self.ws.send(message if isinstance(message, (str, bytes)) else json.dumps(message))

    def recv(self, timeout=EVENT_TIMEOUT):
        if self.held:
            return self.held.pop(0)
        return json.loads(self.ws.recv(timeout=timeout))

    def recv_for(self, operation_id, timeout=EVENT_TIMEOUT):
        """The next message of one operation; others' wait for later `recv` calls."""
        deadline = time.monotonic() + timeout
        for index, message in enumerate(self.held):
            if message.get("id") == operation_id:
                return self.held.pop(index)
        while True:
            message = json.loads(self.ws.recv(timeout=max(0.01, deadline - time.monotonic())))
            if message.get("id") == operation_id:
                return message
            self.held.append(message)

    def init(self, key):
        self.send({"type": "connection_init", "payload": {"authorization": f"Bearer {key}"}})
        assert self.recv() == {"type": "connection_ack"}
        return self

    def subscribe(self, operation_id, query, variables=None):
        payload = {"query": query}
        if variables is not None:
            payload["variables"] = variables
        self.send({"id": operation_id, "type": "subscribe", "payload": payload})

    def close_code(self, timeout=EVENT_TIMEOUT):
        """The close code the server ends the socket with (messages before it are dropped)."""
        return self.close_frame(timeout)[0]

    def close_frame(self, timeout=EVENT_TIMEOUT):
        """(code, reason) of the close frame the server ends the socket with, (None, None)
        when it sent none (messages before it are dropped)."""
        deadline = time.monotonic() + timeout
        try:
            while True:
                self.ws.recv(timeout=max(0.01, deadline - time.monotonic()))
        except ConnectionClosed as closed:
            return (closed.rcvd.code, closed.rcvd.reason) if closed.rcvd else (None, None)

# --- server-sent events ---------------------------------------------------------------------


class EventStream:
    """One GraphQL request answered as text/event-stream, its events read in the background:
    (event name, data text) pairs, then None when the stream ends."""

    def __init__(self, port, key, method="POST", path="/graphql", body=None):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        headers = {"Accept": "text/event-stream"}
        if key:
            headers["Authorization"] = f"Bearer {key}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        self.connection.request(method, path, body=data, headers=headers)
        self._socket = self.connection.sock
        self.response = self.connection.getresponse()
        self.status = self.response.status
        self.headers = self.response.headers
        self._events = queue.Queue()
        self._raw = []
        if self.headers.get("Content-Type", "").startswith("text/event-stream"):
            threading.Thread(target=self._read, daemon=True).start()
        else:
            self.body = self.response.read().decode()
            self._events.put(None)

    def _read(self):
        event, data = None, []
        try:
            while True:
                line = self.response.readline()
                if not line:
                    break
                self._raw.append(line)
                text = line.decode().rstrip("\r\n")
                if text == "":
                    if event is not None or data:
                        self._events.put((event or "message", "\n".join(data)))
                    event, data = None, []
                elif text.startswith(":"):
                    continue
                else:
                    name, _, value = text.partition(":")
                    value = value[1:] if value.startswith(" ") else value
                    if name == "event":
                        event = value
                    elif name == "data":
                        data.append(value)
        except Exception:  # the connection closed under the reader: the stream ended
            pass
        self._events.put(None)

    def next(self, timeout=EVENT_TIMEOUT):
        try:
            return self._events.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no event within {timeout}s") from None

    def next_result(self, timeout=EVENT_TIMEOUT):
        """The next `next` event's JSON."""
        event = self.next(timeout)
        assert event is not None and event[0] == "next", f"expected a next event, got {event}"
        return json.loads(event[1])

    def all(self, timeout=EVENT_TIMEOUT):
        """Every event until the stream ends."""
        events = []
        while (event := self.next(timeout)) is not None:
            events.append(event)
        return events

    @property
    def raw(self):
        return b"".join(self._raw)

    def close(self):
        with contextlib.suppress(OSError):
            self._socket.shutdown(socket.SHUT_RDWR)
        self.response.close()
        self.connection.close()
