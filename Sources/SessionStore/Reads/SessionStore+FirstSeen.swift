/// When users were first seen by one organization.
extension SessionStore {
    /// Epoch milliseconds of each user's first connection to one of the organization's
    /// servers: the earliest session connection time (a session without one counts from the
    /// start of its day). Users without a session there are absent. The platform-wide
    /// `first_seen_at` is never used: it would tell one organization about activity at another.
    public func firstSeen(organizationId: String, userIds: Set<String>) async throws -> [String: Int64] {
        guard !userIds.isEmpty else { return [:] }
        let read: SQLFragment = """
            SELECT s.mcp_server_user_id AS user_id, \
            MIN(COALESCE(s.connection_timestamp, \(raw: dialect.dayStartMilliseconds("s.connection_date")))) AS first_seen \
            FROM \(dialect.organizationSessions(organization: "\(organizationId)")) \
            WHERE s.mcp_server_user_id \(dialect.isMember(of: userIds.sorted())) GROUP BY s.mcp_server_user_id
            """
        var result: [String: Int64] = [:]
        for row in try await database.query(read) {
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
