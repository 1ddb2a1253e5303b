/// Tool calls and support tickets looked up directly (deep links, a user's tickets).
extension SessionStore {
    /// Tool calls by id, keyed by id; calls outside the organization's sessions are absent.
    public func toolCalls(organizationId: String, ids: Set<String>) async throws -> [String: ToolCallRecord] {
        guard !ids.isEmpty else { return [:] }
        var builder = StatementBuilder()
        let sql = """
            SELECT \(dialect.toolCallColumns("tc"))
            FROM mcp_tool_calls tc
            JOIN mcp_server_session s ON s.mcp_server_session_id = tc.mcp_server_session_id
            JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE v.organization_id = \(builder.bind(organizationId))
              AND tc.id \(dialect.isMember(of: builder.bind(ids.sorted())))
            """
        let calls = try await database.query(builder.statement(sql)).map(ToolCallRecord.init(row:))
        return Dictionary(calls.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Support tickets by id, keyed by id; absent unless the ticket carries the
    /// organization's id and was opened outside a session or in one of its sessions.
    public func supportTickets(organizationId: String, ids: Set<String>) async throws -> [String: SupportTicketRecord] {
        guard !ids.isEmpty else { return [:] }
        var builder = StatementBuilder()
        let organization = builder.bind(organizationId)
        let sql = """
            SELECT \(dialect.ticketColumns("r"))
            FROM support_requests r
            WHERE r.organization_id = \(organization)
              AND r.id \(dialect.isMember(of: builder.bind(ids.sorted())))
              AND \(dialect.ticketSessionVisible("r", organization: organization))
            """
        let tickets = try await database.query(builder.statement(sql)).map(SupportTicketRecord.init(row:))
        return Dictionary(tickets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// For each email, the page `range` of the organization's tickets opened with it,
    /// newest first (created_at, then id, both descending), including tickets opened
    /// outside any session. Every requested email gets a page.
    public func supportTickets(
        organizationId: String, emails: Set<String>, range: PageRange
    ) async throws -> [String: Page<SupportTicketRecord>] {
        guard !emails.isEmpty else { return [:] }
        var builder = StatementBuilder()
        let organization = builder.bind(organizationId)
        let keys = builder.bind(emails.sorted())
        let dialect = self.dialect
        let window = KeysetWindow(range, descending: true, dialect: dialect, builder: &builder)
        let page = dialect.perParent(
            parents: "(\(dialect.keyTable(keys))) k", table: "support_requests", alias: "r", primaryKey: "id",
            condition: { r in
                "\(r).organization_id = \(organization) AND \(r).email = k.k"
                    + window.bounds(time: "\(r).created_at", id: "\(r).id")
                    + " AND \(dialect.ticketSessionVisible(r, organization: organization))"
            },
            order: { window.order(time: "\($0).created_at", id: "\($0).id") },
            limit: window.limit)
        let sql = """
            SELECT \(dialect.ticketColumns("r"))
            FROM \(page.from)
            WHERE \(page.where)
            ORDER BY r.email, \(window.order(time: "r.created_at", id: "r.id"))
            """
        let tickets = try await database.query(builder.statement(sql)).map(SupportTicketRecord.init(row:))
        return Page.byParent(tickets, parents: emails, parent: \.email, range: range) {
            Cursor(list: .tickets, time: $0.createdAt, id: $0.id)
        }
    }

    /// The first `first` tickets of each email after `after`: `supportTickets(…, range:)` from the start.
    public func supportTickets(
        organizationId: String, emails: Set<String>, first: Int, after: Cursor?
    ) async throws -> [String: Page<SupportTicketRecord>] {
        try await supportTickets(organizationId: organizationId, emails: emails, range: .first(first, after: after))
    }

    /// The page `range` of the organization's visible tickets that `filter` lets through,
    /// newest first: a range of the organization's ticket index.
    public func organizationTickets(
        organizationId: String, range: PageRange, filter: SupportTicketFilter = .none
    ) async throws -> Page<SupportTicketRecord> {
        var builder = StatementBuilder()
        let organization = builder.bind(organizationId)
        let window = KeysetWindow(range, descending: true, dialect: dialect, builder: &builder)
        let conditions = dialect.ticketConditions("r", filter, &builder)
        let sql = """
            SELECT \(dialect.ticketColumns("r"))
            FROM support_requests r
            WHERE r.organization_id = \(organization)\(window.bounds(time: "r.created_at", id: "r.id"))
              AND \(dialect.ticketSessionVisible("r", organization: organization))\(conditions)
            ORDER BY \(window.order(time: "r.created_at", id: "r.id"))
            LIMIT \(window.limit)
            """
        let tickets = try await database.query(builder.statement(sql)).map(SupportTicketRecord.init(row:))
        return Page(read: tickets, range: range) { Cursor(list: .organizationTickets, time: $0.createdAt, id: $0.id) }
    }
}
