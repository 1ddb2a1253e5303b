/// How many items each list holds under its filter: a connection's `totalCount`, counted
/// from live rows when asked for, except the users list's without a search, which the
/// rollup keeps (`UserActivity`). Each is one statement per level.
extension SessionStore {
    /// For each session of the organization, how many timeline items `filter` lets through;
    /// sessions of other organizations are absent.
    public func timelineTotals(
        organizationId: String, sessionIds: Set<String>, filter: TimelineFilter = .none
    ) async throws -> [String: Int] {
        guard !sessionIds.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        return try await totals("""
            SELECT s.mcp_server_session_id AS parent,
                   (SELECT count(*) FROM mcp_tool_calls tc
                    WHERE tc.mcp_server_session_id = s.mcp_server_session_id\(dialect.toolCallConditions("tc", filter)))
                 + (SELECT count(*) FROM support_requests r
                    WHERE r.mcp_server_session_id = s.mcp_server_session_id AND r.organization_id = \(organization)\
            \(dialect.ticketConditions("r", filter))) AS total
            FROM \(dialect.organizationSessions(organization: organization))
            WHERE s.mcp_server_session_id \(dialect.isMember(of: sessionIds.sorted()))
            """)
    }

    /// For each user, how many of their sessions on the organization's servers `filter`
    /// lets through (zero for users without any).
    public func sessionTotals(
        organizationId: String, userIds: Set<String>, filter: SessionFilter = .none
    ) async throws -> [String: Int] {
        guard !userIds.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        return try await totals("""
            SELECT k.k AS parent, (
                SELECT count(*) FROM \(dialect.organizationSessions(organization: organization))
                WHERE s.mcp_server_user_id = k.k\(dialect.sessionConditions("s", filter, organization: organization))) AS total
            FROM (\(dialect.keyTable(userIds.sorted()))) k
            """)
    }

    /// How many of the organization's sessions `filter` lets through.
    public func organizationSessionTotal(organizationId: String, filter: SessionFilter = .none) async throws -> Int {
        let organization: SQLFragment = "\(organizationId)"
        return try await totals("""
            SELECT 'organization' AS parent, count(*) AS total
            FROM \(dialect.organizationSessions(organization: organization))
            WHERE TRUE\(dialect.sessionConditions("s", filter, organization: organization))
            """)["organization"] ?? 0
    }

    /// For each email, how many of the organization's visible tickets carry it.
    public func ticketTotals(organizationId: String, emails: Set<String>) async throws -> [String: Int] {
        guard !emails.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        return try await totals("""
            SELECT k.k AS parent, (
                SELECT count(*) FROM support_requests r
                WHERE r.organization_id = \(organization) AND r.email = k.k
                  AND \(dialect.ticketSessionVisible("r", organization: organization))) AS total
            FROM (\(dialect.keyTable(emails.sorted()))) k
            """)
    }

    /// How many of the organization's visible tickets `filter` lets through.
    public func organizationTicketTotal(organizationId: String, filter: SupportTicketFilter = .none) async throws -> Int {
        let organization: SQLFragment = "\(organizationId)"
        return try await totals("""
            SELECT 'organization' AS parent, count(*) AS total FROM support_requests r
            WHERE r.organization_id = \(organization) AND \(dialect.ticketSessionVisible("r", organization: organization))\
            \(dialect.ticketConditions("r", filter))
            """)["organization"] ?? 0
    }

    /// How many users the users list holds (with `search`, how many it finds): the
    /// rollup's users, like the list itself.
    ///
    /// Without a search it is one row of `sessionql_user_activity_totals`, which the
    /// rollup's writers keep equal to its row count (`UserActivity`); with one, the matches
    /// are counted as the list finds them (`SQLDialect.userSearch`).
    public func userTotal(organizationId: String, search: String?) async throws -> Int {
        let count: SQLFragment
        if let search, !search.isEmpty {
            count = """
                SELECT 'organization' AS parent, count(*) AS total FROM sessionql_user_activity a
                JOIN mcp_server_user u ON u.id = a.user_id LEFT JOIN mcp_oauth_user o ON o.email = u.email
                WHERE a.organization_id = \(organizationId) AND \(dialect.userSearch(search.lowercased()))
                """
        } else {
            count = """
                SELECT 'organization' AS parent, coalesce((
                    SELECT t.users FROM sessionql_user_activity_totals t WHERE t.organization_id = \(organizationId)
                ), 0) AS total
                """
        }
        return try await totals(count)["organization"] ?? 0
    }

    private func totals(_ count: SQLFragment) async throws -> [String: Int] {
        var totals: [String: Int] = [:]
        for row in try await database.query(count) {
            totals[try row.string("parent")] = Int(try row.int("total"))
        }
        return totals
    }
}
