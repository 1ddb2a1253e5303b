/// Per-session and per-user aggregates, computed from live rows when asked for.
extension SessionStore {
    /// For each session of the organization, its tools by number of calls (most used
    /// first, then by name); a session without calls gets an empty list, other
    /// organizations' sessions are absent. Errors are counted from the partial index of
    /// failed calls, so no output is read.
    public func toolUsage(organizationId: String, sessionIds: Set<String>) async throws -> [String: [ToolUsageRecord]] {
        guard !sessionIds.isEmpty else { return [:] }
        let read: SQLFragment = """
            WITH sessions AS (\(dialect.organizationSessionIds(organization: "\(organizationId)", keys: sessionIds.sorted()))),
            calls AS (
                SELECT tc.mcp_server_session_id AS session_id, tc.tool_name AS tool_name, count(*) AS call_count,
                       min(tc.created_at) AS first_called_at, max(tc.created_at) AS last_called_at
                FROM mcp_tool_calls tc WHERE tc.mcp_server_session_id IN (SELECT session_id FROM sessions)
                GROUP BY tc.mcp_server_session_id, tc.tool_name
            ),
            errors AS (
                SELECT tc.mcp_server_session_id AS session_id, tc.tool_name AS tool_name, count(*) AS error_count
                FROM mcp_tool_calls tc
                WHERE tc.mcp_server_session_id IN (SELECT session_id FROM sessions) AND \(raw: dialect.isErrorCondition("tc.output"))
                GROUP BY tc.mcp_server_session_id, tc.tool_name
            )
            SELECT ss.session_id AS session_id, c.tool_name AS tool_name, c.call_count AS call_count,
                   coalesce(e.error_count, 0) AS error_count, c.first_called_at AS first_called_at,
                   c.last_called_at AS last_called_at
            FROM sessions ss
            LEFT JOIN calls c ON c.session_id = ss.session_id
            LEFT JOIN errors e ON e.session_id = c.session_id AND e.tool_name = c.tool_name
            ORDER BY ss.session_id, c.call_count DESC, \(raw: dialect.binary("c.tool_name"))
            """
        var usage: [String: [ToolUsageRecord]] = [:]
        for row in try await database.query(read) {
            let sessionId = try row.string("session_id")
            guard let toolName = try row.optionalString("tool_name") else {
                usage[sessionId] = usage[sessionId] ?? []
                continue
            }
            usage[sessionId, default: []].append(ToolUsageRecord(
                toolName: toolName, count: Int(try row.int("call_count")), errorCount: Int(try row.int("error_count")),
                firstCalledAt: try row.optionalInt("first_called_at"), lastCalledAt: try row.optionalInt("last_called_at")))
        }
        return usage
    }

    /// For each user, their sessions, tool calls, failed calls and tickets in the
    /// organization (all zero for a user without any).
    public func userCounts(organizationId: String, userIds: Set<String>) async throws -> [String: UserCounts] {
        guard !userIds.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        let read: SQLFragment = """
            WITH keys AS (\(dialect.keyTable(userIds.sorted()))),
            user_sessions AS (
                SELECT s.mcp_server_user_id AS user_id, s.mcp_server_session_id AS session_id
                FROM \(dialect.organizationSessions(organization: organization))
                WHERE s.mcp_server_user_id IN (SELECT k FROM keys)
            ),
            per_session AS (
                SELECT us.user_id AS user_id,
                       (SELECT count(*) FROM mcp_tool_calls tc WHERE tc.mcp_server_session_id = us.session_id) AS calls,
                       (SELECT count(*) FROM mcp_tool_calls tc
                        WHERE tc.mcp_server_session_id = us.session_id AND \(raw: dialect.isErrorCondition("tc.output"))) AS errors
                FROM user_sessions us
            )
            SELECT k.k AS user_id,
                   (SELECT count(*) FROM per_session p WHERE p.user_id = k.k) AS session_count,
                   (SELECT CAST(coalesce(sum(p.calls), 0) AS bigint) FROM per_session p WHERE p.user_id = k.k) AS tool_call_count,
                   (SELECT CAST(coalesce(sum(p.errors), 0) AS bigint) FROM per_session p WHERE p.user_id = k.k) AS error_count,
                   (SELECT count(*) FROM mcp_server_user u JOIN support_requests r
                      ON r.email = u.email AND r.organization_id = \(organization)
                    WHERE u.id = k.k AND \(dialect.ticketSessionVisible("r", organization: organization))) AS ticket_count
            FROM keys k
            """
        var counts: [String: UserCounts] = [:]
        for row in try await database.query(read) {
            counts[try row.string("user_id")] = UserCounts(
                sessionCount: Int(try row.int("session_count")), toolCallCount: Int(try row.int("tool_call_count")),
                errorCount: Int(try row.int("error_count")), supportTicketCount: Int(try row.int("ticket_count")))
        }
        return counts
    }
}
