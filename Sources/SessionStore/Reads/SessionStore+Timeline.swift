/// A session's timeline: its tool calls and tickets merged into one list.
extension SessionStore {
    /// For each session, the page `range` of its timeline in `order` — by (created_at, id),
    /// ties between equal times broken by id — keeping the items `filter` lets through,
    /// keyed by session id. Every requested session gets a page; one that is unknown or
    /// another organization's gets an empty page, exactly like a session without items, so
    /// nothing leaks. Rows carry no payload: those are read only when asked for
    /// (`toolCallPayloads`).
    public func timelines(
        organizationId: String, sessionIds: Set<String>, range: PageRange,
        order: TimelineOrder = .oldestFirst, filter: TimelineFilter = .none
    ) async throws -> [String: Page<TimelineItemRecord>] {
        guard !sessionIds.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        let dialect = self.dialect
        let window = KeysetWindow(range, descending: order == .newestFirst, dialect: dialect)
        func sortOrder(_ alias: String) -> String { window.order(time: "\(alias).created_at", id: "\(alias).id") }
        // Each kind's page per session from its own index, then the two merged and cut to
        // the page: at most twice the page is read, whatever the session holds.
        let toolCalls = dialect.perParent(
            parents: "sessions ss", table: "mcp_tool_calls", alias: "tc", primaryKey: "id",
            condition: {
                "\(raw: $0).mcp_server_session_id = ss.session_id" + window.bounds(time: "\($0).created_at", id: "\($0).id")
                    + dialect.toolCallConditions($0, filter)
            },
            order: sortOrder, limit: window.limit)
        let tickets = dialect.perParent(
            parents: "sessions ss", table: "support_requests", alias: "r", primaryKey: "id",
            condition: {
                "\(raw: $0).mcp_server_session_id = ss.session_id AND \(raw: $0).organization_id = \(organization)"
                    + window.bounds(time: "\($0).created_at", id: "\($0).id") + dialect.ticketConditions($0, filter)
            },
            order: sortOrder, limit: window.limit)
        // The two branches share one column list: each fills its own columns, NULL the other's.
        let read: SQLFragment = """
            WITH sessions AS (\(dialect.organizationSessionIds(organization: organization, keys: sessionIds.sorted()))),
            items AS (
                SELECT 'tool_call' AS kind, tc.id AS id, tc.created_at AS created_at,
                       tc.mcp_server_session_id AS session_id, tc.mcp_server_id AS server_id,
                       tc.tool_name AS tool_name, tc.mcp_server_user_id AS user_id,
                       \(raw: dialect.isErrorProbe("tc")) AS is_error,
                       NULL AS title, NULL AS concise_summary, NULL AS context, NULL AS status,
                       NULL AS support_request_method, NULL AS resolved_at, NULL AS email,
                       NULL AS organization_id, NULL AS assignee_id, NULL AS priority
                FROM \(toolCalls.from) WHERE \(toolCalls.where)
                UNION ALL
                SELECT 'support_ticket', r.id, r.created_at,
                       r.mcp_server_session_id, r.mcp_server_id,
                       NULL, NULL,
                       0,
                       r.title, r.concise_summary, r.context, \(raw: dialect.enumText("r.status")),
                       \(raw: dialect.enumText("r.support_request_method")), r.resolved_at, r.email,
                       r.organization_id, r.assignee_id, \(raw: dialect.enumText("r.priority"))
                FROM \(tickets.from) WHERE \(tickets.where)
            ),
            ranked AS (
                SELECT items.*, row_number() OVER (PARTITION BY session_id ORDER BY \(raw: sortOrder("items"))) AS rn
                FROM items
            )
            SELECT * FROM ranked WHERE rn <= \(window.limit) ORDER BY session_id, rn
            """
        let items = try await database.query(read).map { row -> TimelineItemRecord in
            try row.string("kind") == "tool_call"
                ? .toolCall(try ToolCallRecord(row: row)) : .supportTicket(try SupportTicketRecord(row: row))
        }
        let list = order.cursorList
        return Page.byParent(items, parents: sessionIds, parent: { $0.sessionId ?? "" }, range: range) {
            Cursor(list: list, time: $0.createdAt, id: $0.id)
        }
    }

    /// The first `first` items of each session after `after`: `timelines(…, range:)` from the start.
    public func timelines(
        organizationId: String, sessionIds: Set<String>, first: Int, after: Cursor?, order: TimelineOrder = .oldestFirst
    ) async throws -> [String: Page<TimelineItemRecord>] {
        try await timelines(organizationId: organizationId, sessionIds: sessionIds, range: .first(first, after: after), order: order)
    }
}
