/// Tool calls and support tickets looked up directly (deep links, a user's tickets).
extension SessionStore {
    /// Tool calls by id, keyed by id; calls outside the organization's sessions are absent.
    public func toolCalls(organizationId: String, ids: Set<String>) async throws -> [String: ToolCallRecord] {
        guard !ids.isEmpty else { return [:] }
        let read: SQLFragment = """
            SELECT \(raw: dialect.toolCallColumns("tc"))
            FROM \(dialect.organizationSessions(organization: "\(organizationId)"))
            JOIN mcp_tool_calls tc ON tc.mcp_server_session_id = s.mcp_server_session_id
            WHERE tc.id \(dialect.isMember(of: ids.sorted()))
            """
        let calls = try await database.query(read).map(ToolCallRecord.init(row:))
        return Dictionary(calls.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Support tickets by id, keyed by id; absent unless the ticket carries the
    /// organization's id and was opened outside a session or in one of its sessions.
    public func supportTickets(organizationId: String, ids: Set<String>) async throws -> [String: SupportTicketRecord] {
        guard !ids.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        let read: SQLFragment = """
            SELECT \(raw: dialect.ticketColumns("r"))
            FROM support_requests r
            WHERE r.organization_id = \(organization)
              AND r.id \(dialect.isMember(of: ids.sorted()))
              AND \(dialect.ticketSessionVisible("r", organization: organization))
            """
        let tickets = try await database.query(read).map(SupportTicketRecord.init(row:))
        return Dictionary(tickets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// For each email, the page `range` of the organization's tickets opened with it,
    /// newest first (created_at, then id, both descending), including tickets opened
    /// outside any session. Every requested email gets a page.
    public func supportTickets(
        organizationId: String, emails: Set<String>, range: PageRange
    ) async throws -> [String: Page<SupportTicketRecord>] {
        guard !emails.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        let dialect = self.dialect
        let window = KeysetWindow(range, descending: true, dialect: dialect)
        let page = dialect.perParent(
            parents: "(\(dialect.keyTable(emails.sorted()))) k", table: "support_requests", alias: "r", primaryKey: "id",
            condition: { r in
                "\(raw: r).organization_id = \(organization) AND \(raw: r).email = k.k"
                    + window.bounds(time: "\(r).created_at", id: "\(r).id")
                    + " AND \(dialect.ticketSessionVisible(r, organization: organization))"
            },
            order: { window.order(time: "\($0).created_at", id: "\($0).id") },
            limit: window.limit)
        let read: SQLFragment = """
            SELECT \(raw: dialect.ticketColumns("r"))
            FROM \(page.from)
            WHERE \(page.where)
            ORDER BY r.email, \(raw: window.order(time: "r.created_at", id: "r.id"))
            """
        let tickets = try await database.query(read).map(SupportTicketRecord.init(row:))
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
        let organization: SQLFragment = "\(organizationId)"
        let window = KeysetWindow(range, descending: true, dialect: dialect)
        let read: SQLFragment = """
            SELECT \(raw: dialect.ticketColumns("r"))
            FROM support_requests r
            WHERE r.organization_id = \(organization)\(window.bounds(time: "r.created_at", id: "r.id"))
              AND \(dialect.ticketSessionVisible("r", organization: organization))\(dialect.ticketConditions("r", filter))
            ORDER BY \(raw: window.order(time: "r.created_at", id: "r.id"))
            LIMIT \(window.limit)
            """
        let tickets = try await database.query(read).map(SupportTicketRecord.init(row:))
        return Page(read: tickets, range: range) { Cursor(list: .organizationTickets, time: $0.createdAt, id: $0.id) }
    }
}
