/// When users were first seen by one organization.
extension SessionStore {
    /// Epoch milliseconds of each user's first connection to one of the organization's
    /// servers: the earliest session connection time (a session without one counts from the
    /// start of its day). Users without a session there are absent. The platform-wide
    /// `first_seen_at` is never used: it would tell one organization about activity at another.
    public func firstSeen(organizationId: String, userIds: Set<String>) async throws -> [String: Int64] {
        guard !userIds.isEmpty else { return [:] }
        var statement: SQLStatement = """
            SELECT s.mcp_server_user_id AS user_id, \
            MIN(COALESCE(s.connection_timestamp, \(raw: dialect.dayStartMilliseconds("s.connection_date")))) AS first_seen \
            FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug \
            WHERE v.organization_id = \(organizationId) AND s.mcp_server_user_id 
            """
        statement.append(SQLStatement(dialect.isMember(of: "$1") + " GROUP BY s.mcp_server_user_id", [.textArray(userIds.sorted())]))
        var result: [String: Int64] = [:]
        for row in try await database.query(statement) {
            if let first = try row.optionalInt("first_seen") { result[try row.string("user_id")] = first }
        }
        return result
    }
}

extension SQLDialect {
    /// Epoch milliseconds of 00:00 UTC on a `date` column's day.
    func dayStartMilliseconds(_ column: String) -> String {
        switch self {
        case .postgres: "(extract(epoch FROM \(column)) * 1000)::bigint"
        case .sqlite: "CAST(strftime('%s', \(column)) AS INTEGER) * 1000"
        }
    }
}
