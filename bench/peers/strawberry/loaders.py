"""Per-request DataLoaders over the asyncpg pool: each batch of keys is one statement."""

import base64
import json
from collections import defaultdict
from dataclasses import dataclass

from strawberry.dataloader import DataLoader

import sql


def encode_cursor(time, ident) -> str:
    return base64.urlsafe_b64encode(json.dumps([time, ident]).encode()).decode()


def decode_cursor(cursor: str):
    """(time, id) of a cursor; time is the sort key (NULL as the smallest bigint)."""
    try:
        time, ident = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        if not isinstance(ident, str) or not (time is None or isinstance(time, int)):
            raise ValueError
    except ValueError as error:
        raise ValueError(f"Invalid cursor: {cursor}") from error
    return (-(2**63) if time is None else time), ident


@dataclass(frozen=True)
class Page:
    """A page of a child list: rows and whether more follow."""
    rows: list
    has_next: bool
    has_previous: bool


class Loaders:
    """The loaders of one request, all bound to the served organization."""

    def __init__(self, pool, organization_id: str):
        self.pool = pool
        self.org = organization_id
        self.organization = DataLoader(self._organization)
        self.organization_servers = DataLoader(self._organization_servers)
        self.servers = DataLoader(self._by_id(sql.SERVERS_BY_ID, "id"))
        self.users = DataLoader(self._by_id(sql.USERS_BY_ID, "identifier"))
        self.users_by_identifier = DataLoader(self._by_id(sql.USERS_BY_IDENTIFIER, "identifier"))
        self.sessions = DataLoader(self._by_id(sql.SESSIONS_BY_ID, "id"))
        self.session_counts = DataLoader(self._by_id(sql.SESSION_COUNTS, "id"))
        self.tool_calls = DataLoader(self._by_id(sql.TOOL_CALLS_BY_ID, "id"))
        self.payloads = DataLoader(self._by_id(sql.PAYLOADS, "id"))
        self.tickets = DataLoader(self._by_id(sql.TICKETS_BY_ID, "id"))
        # Keys: (parent id, page size, after cursor or None).
        self.session_pages = DataLoader(self._pages(sql.sessions_of_users, "parent", "connection_timestamp"))
        self.timelines = DataLoader(self._pages(sql.timelines, "session_id", "created_at"))

    async def _organization(self, ids):
        row = await self.pool.fetchrow(sql.ORGANIZATION, self.org) if self.org in ids else None
        return [row if key == self.org else None for key in ids]

    async def _organization_servers(self, ids):
        rows = await self.pool.fetch(sql.ORGANIZATION_SERVERS, self.org) if self.org in ids else []
        return [rows if key == self.org else [] for key in ids]

    def _by_id(self, statement: str, key_column: str):
        """A batch function looking up rows by key; unknown or invisible keys give None."""
        async def load(keys):
            rows = await self.pool.fetch(statement, self.org, list(keys))
            found = {row[key_column]: row for row in rows}
            return [found.get(key) for key in keys]
        return load

    def _pages(self, statement, parent_column: str, time_column: str):
        """A batch function of per-parent pages: keys asking for the same window share one
        statement (a document normally has one window per list, so one statement)."""
        async def load(keys):
            windows = defaultdict(list)
            for parent, size, after in keys:
                windows[(size, after)].append(parent)
            pages = {}
            for (size, after), parents in windows.items():
                arguments = [self.org, parents, size + 1]
                if after is not None:
                    arguments.extend(decode_cursor(after))
                by_parent = defaultdict(list)
                for row in await self.pool.fetch(statement(after is not None), *arguments):
                    by_parent[row[parent_column]].append(row)
                for parent in parents:
                    rows = by_parent.get(parent, [])
                    pages[(parent, size, after)] = Page(rows[:size], len(rows) > size, after is not None)
            return [pages[key] for key in keys]
        return load
