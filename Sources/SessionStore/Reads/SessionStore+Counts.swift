/// Figures about sessions, computed from live rows on every read (never stored), so they
/// can never drift from the items a timeline shows.
extension SessionStore {
    /// Tool calls, tickets, errors and last activity of each session, keyed by session id;
    /// sessions on other organizations' servers are absent. Tickets count only when they
    /// carry the organization's id.
    public func sessionCounts(organizationId: String, sessionIds: Set<String>) async throws -> [String: SessionCounts] {
        guard !sessionIds.isEmpty else { return [:] }
        var builder = StatementBuilder()
        let organization = builder.bind(organizationId)
        let keys = builder.bind(sessionIds.sorted())
        let sql = """
            WITH sessions AS (
                SELECT s.mcp_server_session_id AS session_id, s.connection_timestamp AS connection_timestamp
                FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
                WHERE v.organization_id = \(organization) AND s.mcp_server_session_id \(dialect.isMember(of: keys))
            ),
            facts AS (
                SELECT ss.session_id AS session_id, ss.connection_timestamp AS t,
                       0 AS tool_call, 0 AS ticket, 0 AS error
                FROM sessions ss
                UNION ALL
                SELECT tc.mcp_server_session_id, tc.created_at, 1, 0, \(dialect.isError("tc.output"))
                FROM mcp_tool_calls tc JOIN sessions ss ON ss.session_id = tc.mcp_server_session_id
                UNION ALL
                SELECT r.mcp_server_session_id, r.created_at, 0, 1, 0
                FROM support_requests r JOIN sessions ss ON ss.session_id = r.mcp_server_session_id
                WHERE r.organization_id = \(organization)
            )
            SELECT session_id, sum(tool_call) AS tool_call_count, sum(ticket) AS ticket_count,
                   sum(error) AS error_count, max(t) AS last_activity_at
            FROM facts GROUP BY session_id
            """
        var counts: [String: SessionCounts] = [:]
        for row in try await database.query(builder.statement(sql)) {
            counts[try row.string("session_id")] = SessionCounts(
                toolCallCount: Int(try row.int("tool_call_count")),
                supportTicketCount: Int(try row.int("ticket_count")),
                errorCount: Int(try row.int("error_count")),
                lastActivityAt: try row.optionalInt("last_activity_at"))
        }
        return counts
    }
}
