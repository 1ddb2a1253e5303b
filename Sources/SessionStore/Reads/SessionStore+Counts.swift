/// Figures about sessions, computed from live rows on every read (never stored), so they
/// can never drift from the items a timeline shows.
extension SessionStore {
    /// Tool calls, tickets, errors, open tickets and last activity of each session, keyed by session id;
    /// sessions on other organizations' servers are absent. Tickets count only when they
    /// carry the organization's id.
    public func sessionCounts(organizationId: String, sessionIds: Set<String>) async throws -> [String: SessionCounts] {
        guard !sessionIds.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        // Each figure is an index probe per session: counts come from index entries alone
        // (errors from the partial index of failed calls), never from the rows' JSON.
        let read: SQLFragment = """
            SELECT s.mcp_server_session_id AS session_id,
                   (SELECT count(*) FROM mcp_tool_calls tc
                    WHERE tc.mcp_server_session_id = s.mcp_server_session_id) AS tool_call_count,
                   (SELECT count(*) FROM support_requests r
                    WHERE r.mcp_server_session_id = s.mcp_server_session_id AND r.organization_id = \(organization)) AS ticket_count,
                   (SELECT count(*) FROM mcp_tool_calls tc
                    WHERE tc.mcp_server_session_id = s.mcp_server_session_id AND \(raw: dialect.isErrorCondition("tc.output"))) AS error_count,
                   (SELECT count(*) FROM support_requests r
                    WHERE r.mcp_server_session_id = s.mcp_server_session_id AND r.organization_id = \(organization)
                      AND \(raw: dialect.enumText("r.status")) IN (\(raw: SupportTicketStatus.open.map { "'\($0.rawValue)'" }.joined(separator: ", ")))) AS open_ticket_count,
                   \(dialect.latest([
                       "s.connection_timestamp",
                       dialect.latestToolCallTime(session: "s.mcp_server_session_id"),
                       dialect.latestTicketTime(session: "s.mcp_server_session_id", organization: organization),
                   ])) AS last_activity_at
            FROM \(dialect.organizationSessions(organization: organization))
            WHERE s.mcp_server_session_id \(dialect.isMember(of: sessionIds.sorted()))
            """
        var counts: [String: SessionCounts] = [:]
        for row in try await database.query(read) {
            counts[try row.string("session_id")] = SessionCounts(
                toolCallCount: Int(try row.int("tool_call_count")),
                supportTicketCount: Int(try row.int("ticket_count")),
                errorCount: Int(try row.int("error_count")),
                openTicketCount: Int(try row.int("open_ticket_count")),
                lastActivityAt: try row.optionalInt("last_activity_at"))
        }
        return counts
    }
}
