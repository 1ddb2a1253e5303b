"""Writing activity rows straight into a server's database, as the MCP platform does: tool
calls, support tickets and sessions appear in the tables while `sessionql serve` runs, and
the server finds them by polling. The same calls work on the embedded SQLite file and on a
PostgreSQL schema."""

import json
import sqlite3
import time


def compact(value):
    """JSON as the API's compact form writes it (no spaces, non-ASCII kept)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


class ActivityRows:
    """Inserts rows, each in its own transaction, stamped now in epoch milliseconds and each
    stamp later than the one before (so time order is insertion order)."""

    def __init__(self, connect, placeholder, casts):
        self._connect = connect
        self._p = placeholder
        self._casts = casts
        self._last_stamp = 0

    def stamp(self):
        now = int(time.time() * 1000)
        self._last_stamp = max(now, self._last_stamp + 1)
        return self._last_stamp

    def _sql(self, text):
        return text.format(p=self._p, **self._casts)

    def _execute(self, text, parameters):
        connection = self._connect()
        try:
            connection.execute(self._sql(text), parameters)
            connection.commit()
        finally:
            connection.close()

    def _one(self, text, parameters):
        connection = self._connect()
        try:
            return connection.execute(self._sql(text), parameters).fetchone()
        finally:
            connection.close()

    def session_owner(self, session_id):
        """(server id, server slug, user id, organization id) of a session."""
        row = self._one(
            "SELECT v.id, v.slug, s.mcp_server_user_id, v.organization_id FROM mcp_server_session s"
            " JOIN mcp_servers v ON v.slug = s.mcp_server_slug WHERE s.mcp_server_session_id = {p}",
            (session_id,),
        )
        assert row is not None, f"no session {session_id} in the database"
        return row

    def tool_call(self, session_id, call_id, tool_name="search_docs", input=None, output=None):
        """A tool call of the session, on its server and for its user; returns its stamp."""
        server_id, _, user_id, _ = self.session_owner(session_id)
        created_at = self.stamp()
        self._execute(
            "INSERT INTO mcp_tool_calls(id, created_at, mcp_server_id, tool_name, mcp_server_user_id,"
            " mcp_server_session_id, input, output)"
            " VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}{json}, {p}{json})",
            (call_id, created_at, server_id, tool_name, user_id, session_id,
             None if input is None else compact(input), None if output is None else compact(output)),
        )
        return created_at

    def ticket(self, session_id, ticket_id, title, status="pending", priority="high", organization_id=None):
        """A support ticket opened in the session, of its server's organization unless
        `organization_id` says otherwise; returns its stamp."""
        server_id, _, user_id, owner = self.session_owner(session_id)
        email = self._one("SELECT email FROM mcp_server_user WHERE id = {p}", (user_id,))
        created_at = self.stamp()
        self._execute(
            "INSERT INTO support_requests(id, created_at, title, concise_summary, context, status,"
            " support_request_method, email, organization_id, mcp_server_id, mcp_server_session_id, priority)"
            " VALUES ({p}, {p}, {p}, {p}, {p}, {p}{status}, {p}{method}, {p}, {p}, {p}, {p}, {p}{priority})",
            (ticket_id, created_at, title, f"Summary of {title}", "Opened from the session", status, "dashboard",
             (email and email[0]) or "someone@example.com", organization_id or owner, server_id, session_id, priority),
        )
        return created_at

    def session(self, session_id, like_session_id, title):
        """A new session connected now, on the server and for the user of `like_session_id`."""
        _, slug, user_id, _ = self.session_owner(like_session_id)
        created_at = self.stamp()
        date = time.strftime("%Y-%m-%d", time.gmtime(created_at / 1000))
        self._execute(
            "INSERT INTO mcp_server_session(mcp_server_session_id, title, mcp_server_slug, connection_date,"
            " connection_timestamp, mcp_server_user_id) VALUES ({p}, {p}, {p}, {p}{date}, {p}, {p})",
            (session_id, title, slug, date, created_at, user_id),
        )
        return created_at


def sqlite_rows(data_dir):
    """Rows for the embedded database of `serve --data-dir DATA_DIR`."""
    path = str(data_dir / "sessionql.sqlite")
    return ActivityRows(
        lambda: sqlite3.connect(path, timeout=30), "?",
        {"json": "", "status": "", "method": "", "priority": "", "date": ""},
    )


def postgres_rows(url, schema):
    """Rows for the PostgreSQL database at URL, in SCHEMA."""
    import psycopg

    return ActivityRows(
        lambda: psycopg.connect(url, options=f"-c search_path={schema}"), "%s",
        {"json": "::jsonb", "status": "::support_request_status", "method": "::support_request_method",
         "priority": "::support_ticket_priority", "date": "::date"},
    )


def add_bulk_session(database, session_id, items, text, title, prefix):
    """A session of `items` tool calls with outputs of `text`, beside sess_acme_ties on its
    server and for its user, in the embedded database file `database` (ids PREFIX_00000…)."""
    db = sqlite3.connect(database)
    server, user = db.execute(
        "SELECT mcp_server_id, mcp_server_user_id FROM mcp_tool_calls WHERE mcp_server_session_id = 'sess_acme_ties' LIMIT 1").fetchone()
    slug = db.execute("SELECT slug FROM mcp_servers WHERE id = ?", (server,)).fetchone()[0]
    db.execute(
        "INSERT INTO mcp_server_session (mcp_server_session_id, title, mcp_server_slug, connection_date, connection_timestamp, mcp_server_user_id)"
        " VALUES (?, ?, ?, '2026-01-01', 1767225600000, ?)", (session_id, title, slug, user))
    output = json.dumps({"content": [{"type": "text", "text": text}], "isError": False})
    db.executemany(
        "INSERT INTO mcp_tool_calls (id, created_at, mcp_server_id, tool_name, mcp_server_user_id, mcp_server_session_id, input, output)"
        " VALUES (?, ?, ?, 'bulk', ?, ?, ?, ?)",
        ((f"{prefix}_{n:05d}", 1767225600000 + n, server, user, session_id, json.dumps({"n": n}), output) for n in range(items)))
    db.commit()
    db.close()
