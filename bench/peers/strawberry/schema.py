"""The part of SessionQL's schema the explorer documents use, as strawberry types.

Field values follow SessionQL: times are epoch milliseconds in the database and ISO-8601
UTC strings with milliseconds on the wire; JSON columns pass through parsed; figures are
counted from live rows; everything is confined to the served organization.
"""

import datetime
import enum
import json
from typing import NewType, Optional

import strawberry
from strawberry.extensions import ParserCache, ValidationCache
from strawberry.scalars import JSON
from strawberry.types import Info

from loaders import Page, encode_cursor

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def _iso8601(ms: int) -> str:
    t = _EPOCH + datetime.timedelta(milliseconds=ms)
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}:{t.second:02d}.{ms % 1000:03d}Z"


def _parse_iso8601(text: str) -> int:
    t = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return (t - _EPOCH) // datetime.timedelta(milliseconds=1)


DateTime = strawberry.scalar(
    NewType("DateTime", int), serialize=_iso8601, parse_value=_parse_iso8601,
    description="An instant, as an ISO-8601 string in UTC with millisecond precision.")
Date = strawberry.scalar(
    NewType("Date", str), serialize=str, parse_value=str, description="A calendar date as `YYYY-MM-DD`.")

MAX_PAGE = 100


def _page_size(first: Optional[int], default: int, field: str) -> int:
    if first is None:
        return default
    if not 1 <= first <= MAX_PAGE:
        raise ValueError(f'Argument "first" of {field} must be between 1 and {MAX_PAGE}; got {first}.')
    return first


def _json(text: Optional[str]):
    return None if text is None else json.loads(text)


def _output_failed(output) -> bool:
    return isinstance(output, dict) and output.get("isError") is True


def _output_text(output) -> Optional[str]:
    """The text blocks of an MCP CallToolResult joined by blank lines; None for other outputs."""
    if not isinstance(output, dict) or not isinstance(output.get("content"), list):
        return None
    texts = [block["text"] for block in output["content"]
             if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str)]
    return "\n\n".join(texts)


@strawberry.enum
class McpServerAuthType(enum.Enum):
    PLATFORM_OAUTH = "platform_oauth"
    CUSTOM_OAUTH = "custom_oauth"
    NONE = "none"
    COLLECT_EMAIL = "collect_email"


@strawberry.enum
class SupportRequestMethod(enum.Enum):
    SLACK = "slack"
    LINEAR = "linear"
    DASHBOARD = "dashboard"
    NONE = "none"


@strawberry.enum
class SupportTicketStatus(enum.Enum):
    NEEDS_EMAIL = "needs_email"
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


@strawberry.enum
class SupportTicketPriority(enum.Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


@strawberry.interface
class Node:
    id: strawberry.ID


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: Optional[str]
    end_cursor: Optional[str]


def _page_info(page: Page, cursor_of) -> PageInfo:
    return PageInfo(
        has_next_page=page.has_next, has_previous_page=page.has_previous,
        start_cursor=cursor_of(page.rows[0]) if page.rows else None,
        end_cursor=cursor_of(page.rows[-1]) if page.rows else None)


@strawberry.type
class McpServer(Node):
    id: strawberry.ID
    name: str
    slug: str
    product_platform_or_tool: str
    created_at: Optional[DateTime]
    oauth_issuer_url: Optional[str]
    auth_type: McpServerAuthType
    support_ticket_type: SupportRequestMethod

    @classmethod
    def of(cls, row) -> Optional["McpServer"]:
        if row is None:
            return None
        return cls(
            id=row["id"], name=row["name"], slug=row["slug"], product_platform_or_tool=row["product_platform_or_tool"],
            created_at=row["created_at"], oauth_issuer_url=row["oauth_issuer_url"],
            auth_type=McpServerAuthType(row["auth_type"] or "none"),
            support_ticket_type=SupportRequestMethod(row["support_ticket_type"] or "dashboard"))


@strawberry.type
class Organization(Node):
    id: strawberry.ID
    name: str
    slug: Optional[str]
    logo: Optional[str]
    created_at: DateTime

    @strawberry.field
    async def servers(self, info: Info) -> list[McpServer]:
        return [McpServer.of(row) for row in await info.context.loaders.organization_servers.load(self.id)]


@strawberry.type
class User(Node):
    id: strawberry.ID
    tracking_id: Optional[str]
    email: Optional[str]
    upstream_sub: Optional[str]
    profile_data: Optional[JSON]
    first_seen_at: Optional[DateTime]
    name: Optional[str]
    image: Optional[str]
    email_verified: Optional[bool]
    last_active_at: Optional[DateTime]

    @classmethod
    def of(cls, row) -> Optional["User"]:
        if row is None:
            return None
        return cls(
            id=row["id"], tracking_id=row["distinct_id"], email=row["email"], upstream_sub=row["upstream_sub"],
            profile_data=_json(row["profile_data"]), first_seen_at=row["first_seen_at"], name=row["oauth_name"],
            image=row["oauth_image"], email_verified=row["oauth_email_verified"],
            last_active_at=row["last_active_at"])

    @strawberry.field
    async def sessions(self, info: Info, first: Optional[int] = None, after: Optional[str] = None) -> "SessionConnection":
        size = _page_size(first, 20, "User.sessions")
        page = await info.context.loaders.session_pages.load((self.id, size, after))
        return SessionConnection.of(page)


def _session_cursor(row) -> str:
    return encode_cursor(row["connection_timestamp"], row["id"])


@strawberry.type
class Session(Node):
    id: strawberry.ID
    title: Optional[str]
    connection_date: Date
    connected_at: Optional[DateTime]
    server_id: strawberry.Private[str]
    user_id: strawberry.Private[Optional[str]]

    @classmethod
    def of(cls, row) -> Optional["Session"]:
        if row is None:
            return None
        return cls(
            id=row["id"], title=row["title"], connection_date=row["connection_date"],
            connected_at=row["connection_timestamp"], server_id=row["server_id"], user_id=row["user_id"])

    async def _counts(self, info: Info):
        return await info.context.loaders.session_counts.load(self.id)

    @strawberry.field
    async def display_title(self, info: Info) -> str:
        if self.title and not self.title.isspace():
            return self.title
        server = await info.context.loaders.servers.load(self.server_id)
        return server["name"] if server else self.id

    @strawberry.field
    async def server(self, info: Info) -> Optional[McpServer]:
        return McpServer.of(await info.context.loaders.servers.load(self.server_id))

    @strawberry.field
    async def user(self, info: Info) -> Optional[User]:
        return User.of(await info.context.loaders.users.load(self.user_id)) if self.user_id else None

    @strawberry.field
    async def last_activity_at(self, info: Info) -> Optional[DateTime]:
        counts = await self._counts(info)
        return counts["last_activity_at"] if counts else None

    @strawberry.field
    async def duration_seconds(self, info: Info) -> Optional[int]:
        counts = await self._counts(info)
        end = counts["last_activity_at"] if counts else None
        if self.connected_at is None or end is None:
            return None
        return max(end - self.connected_at, 0) // 1000

    @strawberry.field
    async def tool_call_count(self, info: Info) -> Optional[int]:
        counts = await self._counts(info)
        return counts["tool_calls"] if counts else 0

    @strawberry.field
    async def support_ticket_count(self, info: Info) -> Optional[int]:
        counts = await self._counts(info)
        return counts["tickets"] if counts else 0

    @strawberry.field
    async def error_count(self, info: Info) -> Optional[int]:
        counts = await self._counts(info)
        return counts["errors"] if counts else 0

    @strawberry.field
    async def open_ticket_count(self, info: Info) -> Optional[int]:
        counts = await self._counts(info)
        return counts["open_tickets"] if counts else 0

    @strawberry.field
    async def timeline(self, info: Info, first: Optional[int] = None, after: Optional[str] = None) -> "TimelineConnection":
        size = _page_size(first, 50, "Session.timeline")
        page = await info.context.loaders.timelines.load((self.id, size, after))
        return TimelineConnection.of(page)


@strawberry.type
class SessionEdge:
    cursor: str
    node: Session


@strawberry.type
class SessionConnection:
    edges: list[SessionEdge]
    nodes: list[Session]
    page_info: PageInfo

    @classmethod
    def of(cls, page: Page) -> "SessionConnection":
        nodes = [Session.of(row) for row in page.rows]
        edges = [SessionEdge(cursor=_session_cursor(row), node=node) for row, node in zip(page.rows, nodes)]
        return cls(edges=edges, nodes=nodes, page_info=_page_info(page, _session_cursor))


@strawberry.interface
class TimelineItem(Node):
    id: strawberry.ID
    created_at: Optional[DateTime]
    session_id: strawberry.Private[Optional[str]]

    @strawberry.field
    async def session(self, info: Info) -> Optional[Session]:
        if self.session_id is None:
            return None
        return Session.of(await info.context.loaders.sessions.load(self.session_id))


_UNREAD = object()


@strawberry.type
class ToolCall(TimelineItem):
    tool_name: str
    server_id: strawberry.Private[str]
    user_id: strawberry.Private[Optional[str]]
    failed: strawberry.Private[bool]
    # The payloads as JSON text, when the row that made the call carried them.
    stored_input: strawberry.Private[object] = _UNREAD
    stored_output: strawberry.Private[object] = _UNREAD

    @classmethod
    def of(cls, row) -> Optional["ToolCall"]:
        """A call from a row; rows with payloads (look-ups by id) decide `isError` from the
        output, timeline rows carry the flag computed in SQL."""
        if row is None:
            return None
        with_payload = "output" in row.keys()
        output = _json(row["output"]) if with_payload else _UNREAD
        return cls(
            id=row["id"], created_at=row["created_at"], session_id=row["session_id"], tool_name=row["tool_name"],
            server_id=row["server_id"], user_id=row["user_id"],
            failed=_output_failed(output) if with_payload else row["is_error"],
            stored_input=_json(row["input"]) if with_payload else _UNREAD, stored_output=output)

    async def _payload(self, info: Info, part: str):
        stored = self.stored_input if part == "input" else self.stored_output
        if stored is not _UNREAD:
            return stored
        row = await info.context.loaders.payloads.load(self.id)
        return _json(row[part]) if row else None

    @strawberry.field
    async def input(self, info: Info) -> Optional[JSON]:
        return await self._payload(info, "input")

    @strawberry.field
    async def output(self, info: Info) -> Optional[JSON]:
        return await self._payload(info, "output")

    @strawberry.field
    async def output_text(self, info: Info) -> Optional[str]:
        return _output_text(await self._payload(info, "output"))

    @strawberry.field
    def is_error(self) -> bool:
        return self.failed

    @strawberry.field
    async def server(self, info: Info) -> Optional[McpServer]:
        return McpServer.of(await info.context.loaders.servers.load(self.server_id))

    @strawberry.field
    async def user(self, info: Info) -> Optional[User]:
        return User.of(await info.context.loaders.users.load(self.user_id)) if self.user_id else None


@strawberry.type
class SupportTicket(TimelineItem):
    title: Optional[str]
    concise_summary: Optional[str]
    context: Optional[str]
    status: SupportTicketStatus
    support_request_method: SupportRequestMethod
    resolved_at: Optional[DateTime]
    email: str
    assignee_id: Optional[str]
    priority: SupportTicketPriority
    server_id: strawberry.Private[Optional[str]]

    @classmethod
    def of(cls, row) -> Optional["SupportTicket"]:
        if row is None:
            return None
        return cls(
            id=row["id"], created_at=row["created_at"], session_id=row["session_id"], title=row["title"],
            concise_summary=row["concise_summary"], context=row["context"],
            status=SupportTicketStatus(row["status"] or "pending"),
            support_request_method=SupportRequestMethod(row["support_request_method"] or "dashboard"),
            resolved_at=row["resolved_at"], email=row["email"], assignee_id=row["assignee_id"],
            priority=SupportTicketPriority(row["priority"] or "medium"), server_id=row["server_id"])

    @strawberry.field
    async def server(self, info: Info) -> Optional[McpServer]:
        return McpServer.of(await info.context.loaders.servers.load(self.server_id)) if self.server_id else None

    @strawberry.field
    async def user(self, info: Info) -> Optional[User]:
        return User.of(await info.context.loaders.users_by_identifier.load(self.email))


def _item_cursor(row) -> str:
    return encode_cursor(row["created_at"], row["id"])


def _timeline_item(row) -> TimelineItem:
    return ToolCall.of(row) if row["kind"] == "tool_call" else SupportTicket.of(row)


@strawberry.type
class TimelineEdge:
    cursor: str
    node: TimelineItem


@strawberry.type
class TimelineConnection:
    edges: list[TimelineEdge]
    nodes: list[TimelineItem]
    page_info: PageInfo

    @classmethod
    def of(cls, page: Page) -> "TimelineConnection":
        nodes = [_timeline_item(row) for row in page.rows]
        edges = [TimelineEdge(cursor=_item_cursor(row), node=node) for row, node in zip(page.rows, nodes)]
        return cls(edges=edges, nodes=nodes, page_info=_page_info(page, _item_cursor))


def _organization(row) -> Optional[Organization]:
    if row is None:
        return None
    return Organization(id=row["id"], name=row["name"], slug=row["slug"], logo=row["logo"], created_at=row["created_at"])


async def _node(info: Info, ident: str) -> Optional[Node]:
    """`node(id:)`: the kind is told by the id's prefix, as SessionQL tells it; an id without
    a known prefix is tried as a session, then as a server."""
    loaders = info.context.loaders
    if ident == loaders.org:
        return _organization(await loaders.organization.load(ident))
    for prefix, loader, make in (
        ("mcpu_", loaders.users, User.of), ("tc_", loaders.tool_calls, ToolCall.of),
        ("sr_", loaders.tickets, SupportTicket.of), ("sess_", loaders.sessions, Session.of),
        ("srv_", loaders.servers, McpServer.of),
    ):
        if ident.startswith(prefix):
            return make(await loader.load(ident))
    if ident.startswith("org_"):
        return None
    session, server = await loaders.sessions.load(ident), await loaders.servers.load(ident)
    return Session.of(session) or McpServer.of(server)


@strawberry.type
class Query:
    @strawberry.field
    async def viewer(self, info: Info) -> Organization:
        organization = _organization(await info.context.loaders.organization.load(info.context.loaders.org))
        if organization is None:
            raise ValueError(f"The organization {info.context.loaders.org} does not exist.")
        return organization

    @strawberry.field
    async def node(self, info: Info, id: strawberry.ID) -> Optional[Node]:
        return await _node(info, id)

    @strawberry.field
    async def user(self, info: Info, identifier: str) -> Optional[User]:
        if not identifier:
            return None
        return User.of(await info.context.loaders.users_by_identifier.load(identifier))

    @strawberry.field
    async def session(self, info: Info, id: strawberry.ID) -> Optional[Session]:
        return Session.of(await info.context.loaders.sessions.load(id))

    @strawberry.field
    async def tool_call(self, info: Info, id: strawberry.ID) -> Optional[ToolCall]:
        return ToolCall.of(await info.context.loaders.tool_calls.load(id))

    @strawberry.field
    async def support_ticket(self, info: Info, id: strawberry.ID) -> Optional[SupportTicket]:
        return SupportTicket.of(await info.context.loaders.tickets.load(id))

    @strawberry.field
    async def server(self, info: Info, id: strawberry.ID) -> Optional[McpServer]:
        return McpServer.of(await info.context.loaders.servers.load(id))


# Parsed and validated documents are cached, as SessionQL caches its prepared documents.
schema = strawberry.Schema(
    query=Query, types=[ToolCall, SupportTicket, Organization, McpServer, User, Session],
    extensions=[ParserCache(maxsize=256), ValidationCache(maxsize=256)])
