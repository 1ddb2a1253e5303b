/// The reads of `ActivityWatcher`: rows stamped at or after a time, across every
/// organization, each with the organization and user of its session. One statement per
/// table, each an index range of its `created_at` (or `connection_timestamp`) index, at most
/// `limit` rows, oldest first.
extension SessionStore {
    /// Tool calls stamped at or after `since`, with their session's organization and user.
    public func toolCallActivity(since: Int64, limit: Int) async throws -> [ActivityEvent] {
        try await activity(.toolCall, """
            SELECT t.id AS id, t.mcp_server_session_id AS session_id, t.created_at AS created_at,
                   s.mcp_server_user_id AS user_id, v.organization_id AS organization_id
            FROM mcp_tool_calls t
            JOIN mcp_server_session s ON s.mcp_server_session_id = t.mcp_server_session_id
            JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE t.created_at >= \(since)
            ORDER BY t.created_at, \(raw: dialect.binary("t.id"))
            LIMIT \(limit)
            """)
    }

    /// Tickets opened in a session at or after `since`, when the ticket and the session's
    /// server belong to the same organization (as the timeline shows them).
    public func supportTicketActivity(since: Int64, limit: Int) async throws -> [ActivityEvent] {
        try await activity(.supportTicket, """
            SELECT r.id AS id, r.mcp_server_session_id AS session_id, r.created_at AS created_at,
                   s.mcp_server_user_id AS user_id, v.organization_id AS organization_id
            FROM support_requests r
            JOIN mcp_server_session s ON s.mcp_server_session_id = r.mcp_server_session_id
            JOIN mcp_servers v ON v.slug = s.mcp_server_slug AND v.organization_id = r.organization_id
            WHERE r.created_at >= \(since)
            ORDER BY r.created_at, \(raw: dialect.binary("r.id"))
            LIMIT \(limit)
            """)
    }

    /// Sessions connected at or after `since`.
    public func sessionActivity(since: Int64, limit: Int) async throws -> [ActivityEvent] {
        try await activity(.sessionStarted, """
            SELECT s.mcp_server_session_id AS id, s.mcp_server_session_id AS session_id,
                   s.connection_timestamp AS created_at, s.mcp_server_user_id AS user_id,
                   v.organization_id AS organization_id
            FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE s.connection_timestamp >= \(since)
            ORDER BY s.connection_timestamp, \(raw: dialect.binary("s.mcp_server_session_id"))
            LIMIT \(limit)
            """)
    }

    /// Runs one of the reads above, which selects `id`, `session_id`, `created_at`,
    /// `user_id` and `organization_id`.
    private func activity(_ kind: ActivityEvent.Kind, _ read: SQLFragment) async throws -> [ActivityEvent] {
        try await database.query(read).map { try Self.activity(kind, $0) }
    }

    /// The newest stamp of each table the watcher reads (an index probe each), or nil for an
    /// empty table.
    public func newestActivityTimes() async throws -> (toolCalls: Int64?, tickets: Int64?, sessions: Int64?) {
        let row = try await database.queryFirst("""
            SELECT (SELECT max(created_at) FROM mcp_tool_calls) AS t,
                   (SELECT max(created_at) FROM support_requests) AS r,
                   (SELECT max(connection_timestamp) FROM mcp_server_session) AS s
            """)
        return (try row?.optionalInt("t"), try row?.optionalInt("r"), try row?.optionalInt("s"))
    }

    /// The session's organization and user, for an event about a session SessionQL changed.
    public func sessionOwner(sessionId: String) async throws -> (organizationId: String, userId: String?)? {
        let read: SQLFragment = """
            SELECT v.organization_id AS organization_id, s.mcp_server_user_id AS user_id
            FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE s.mcp_server_session_id = \(sessionId)
            """
        guard let row = try await database.queryFirst(read) else { return nil }
        return (try row.string("organization_id"), try row.optionalString("user_id"))
    }

    private static func activity(_ kind: ActivityEvent.Kind, _ row: SQLRow) throws -> ActivityEvent {
        ActivityEvent(
            kind: kind, id: try row.string("id"), sessionId: try row.string("session_id"),
            organizationId: try row.string("organization_id"), userId: try row.optionalString("user_id"),
            createdAt: try row.optionalInt("created_at"))
    }
}
