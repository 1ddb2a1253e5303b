/// A session's timeline: its tool calls and tickets merged into one list.
extension SessionStore {
    /// For each session, the first `first` items after `after` in `order` — by
    /// (created_at, id), ties between equal times broken by id — keyed by session id.
    /// Every requested session gets a page; one that is unknown or another organization's
    /// gets an empty page, exactly like a session without items, so nothing leaks.
    public func timelines(
        organizationId: String, sessionIds: Set<String>, first: Int, after: Cursor?, order: TimelineOrder = .chronological
    ) async throws -> [String: Page<TimelineItemRecord>] {
        guard !sessionIds.isEmpty else { return [:] }
        var builder = StatementBuilder()
        let organization = builder.bind(organizationId)
        let keys = builder.bind(sessionIds.sorted())
        let descending = order == .newestFirst
        let after = after.map { (builder.bind($0.time), builder.bind($0.id)) }
        let limit = builder.bind(max(first, 0) + 1)
        let dialect = self.dialect
        func keyset(_ alias: String) -> String {
            after.map { " AND " + dialect.keysetRange(time: "\(alias).created_at", id: "\(alias).id", descending: descending, after: $0) } ?? ""
        }
        func sortOrder(_ alias: String) -> String {
            dialect.keysetOrder(time: "\(alias).created_at", id: "\(alias).id", descending: descending)
        }
        // Each kind's page per session from its own index, then the two merged and cut to
        // the page: at most twice the page is read, whatever the session holds.
        let toolCalls = dialect.perParent(
            parents: "sessions ss", table: "mcp_tool_calls", alias: "tc", primaryKey: "id",
            condition: { "\($0).mcp_server_session_id = ss.session_id" + keyset($0) },
            order: sortOrder, limit: limit)
        let tickets = dialect.perParent(
            parents: "sessions ss", table: "support_requests", alias: "r", primaryKey: "id",
            condition: { "\($0).mcp_server_session_id = ss.session_id AND \($0).organization_id = \(organization)" + keyset($0) },
            order: sortOrder, limit: limit)
        // The two branches share one column list: each fills its own columns, NULL the other's.
        let sql = """
            WITH sessions AS (
                SELECT s.mcp_server_session_id AS session_id
                FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
                WHERE v.organization_id = \(organization) AND s.mcp_server_session_id \(dialect.isMember(of: keys))
            ),
            items AS (
                SELECT 'tool_call' AS kind, tc.id AS id, tc.created_at AS created_at,
                       tc.mcp_server_session_id AS session_id, tc.mcp_server_id AS server_id,
                       tc.tool_name AS tool_name, tc.mcp_server_user_id AS user_id,
                       \(dialect.jsonText("tc.input")) AS input, \(dialect.jsonText("tc.output")) AS output,
                       \(dialect.isError("tc.output")) AS is_error,
                       NULL AS title, NULL AS concise_summary, NULL AS context, NULL AS status,
                       NULL AS support_request_method, NULL AS resolved_at, NULL AS email,
                       NULL AS organization_id, NULL AS assignee_id, NULL AS priority
                FROM \(toolCalls.from) WHERE \(toolCalls.where)
                UNION ALL
                SELECT 'support_ticket', r.id, r.created_at,
                       r.mcp_server_session_id, r.mcp_server_id,
                       NULL, NULL,
                       NULL, NULL,
                       0,
                       r.title, r.concise_summary, r.context, \(dialect.enumText("r.status")),
                       \(dialect.enumText("r.support_request_method")), r.resolved_at, r.email,
                       r.organization_id, r.assignee_id, \(dialect.enumText("r.priority"))
                FROM \(tickets.from) WHERE \(tickets.where)
            ),
            ranked AS (
                SELECT items.*, row_number() OVER (PARTITION BY session_id ORDER BY \(sortOrder("items"))) AS rn
                FROM items
            )
            SELECT * FROM ranked WHERE rn <= \(limit) ORDER BY session_id, rn
            """
        var rowsBySession: [String: [TimelineItemRecord]] = [:]
        for row in try await database.query(builder.statement(sql)) {
            let item: TimelineItemRecord =
                try row.string("kind") == "tool_call"
                ? .toolCall(try ToolCallRecord(row: row)) : .supportTicket(try SupportTicketRecord(row: row))
            rowsBySession[try row.string("session_id"), default: []].append(item)
        }
        return Dictionary(uniqueKeysWithValues: sessionIds.map { sessionId in
            (sessionId, Page(rowsBySession[sessionId] ?? [], first: first) {
                Cursor(list: .timeline, time: $0.createdAt, id: $0.id)
            })
        })
    }
}
