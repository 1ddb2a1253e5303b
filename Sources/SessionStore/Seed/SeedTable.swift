/// A table the seeder fills, with the PostgreSQL cast each column's parameter needs
/// (enum, `date` and `timestamp` columns receive text parameters).
struct SeedTable: Sendable {
    let name: String
    let columns: [(name: String, postgresCast: String?)]

    static let organization = SeedTable(name: "organization", columns: [
        ("id", nil), ("name", nil), ("slug", nil), ("logo", nil), ("created_at", "timestamp"), ("metadata", nil),
    ])
    static let servers = SeedTable(name: "mcp_servers", columns: [
        ("id", nil), ("organization_id", nil), ("name", nil), ("product_platform_or_tool", nil), ("slug", nil),
        ("created_at", nil), ("oauth_issuer_url", nil), ("auth_type", "mcp_server_auth_type"),
        ("support_ticket_type", "support_request_method"),
    ])
    static let users = SeedTable(name: "mcp_server_user", columns: [
        ("id", nil), ("distinct_id", nil), ("email", nil), ("upstream_sub", nil), ("profile_data", nil),
        ("first_seen_at", nil),
    ])
    static let oauthUsers = SeedTable(name: "mcp_oauth_user", columns: [
        ("id", nil), ("name", nil), ("email", nil), ("email_verified", nil), ("image", nil),
        ("created_at", "timestamp"), ("updated_at", "timestamp"),
    ])
    static let sessions = SeedTable(name: "mcp_server_session", columns: [
        ("mcp_server_session_id", nil), ("title", nil), ("mcp_server_slug", nil), ("connection_date", "date"),
        ("connection_timestamp", nil), ("mcp_server_user_id", nil),
    ])
    static let toolCalls = SeedTable(name: "mcp_tool_calls", columns: [
        ("id", nil), ("created_at", nil), ("mcp_server_id", nil), ("tool_name", nil), ("mcp_server_user_id", nil),
        ("mcp_server_session_id", nil), ("input", nil), ("output", nil),
    ])
    static let tickets = SeedTable(name: "support_requests", columns: [
        ("id", nil), ("created_at", nil), ("title", nil), ("concise_summary", nil), ("context", nil),
        ("status", "support_request_status"), ("support_request_method", "support_request_method"),
        ("resolved_at", nil), ("email", nil), ("organization_id", nil), ("mcp_server_id", nil),
        ("mcp_server_session_id", nil), ("assignee_id", nil), ("priority", "support_ticket_priority"),
    ])

    /// The tables in the order rows must be inserted (foreign keys point backwards).
    static let insertionOrder: [SeedTable] = [organization, servers, users, oauthUsers, sessions, toolCalls, tickets]

    /// One multi-row INSERT of `rows`, every value a bound parameter.
    func insert(_ rows: [[SQLValue]], dialect: SQLDialect) -> SQLStatement {
        let casts = columns.map { column in
            dialect == .postgres ? column.postgresCast.map { "::" + $0 } ?? "" : ""
        }
        let values = rows.map { row -> SQLFragment in
            precondition(row.count == columns.count, "\(name): \(row.count) values for \(columns.count) columns")
            let cells = zip(row, casts).map { value, cast in "\(value)\(raw: cast)" as SQLFragment }
            return "(\(cells.joined(separator: ", ")))"
        }
        let insert: SQLFragment = """
            INSERT INTO \(raw: name) (\(raw: columns.map(\.name).joined(separator: ", "))) VALUES \(values.joined(separator: ", "))
            """
        return insert.statement(for: dialect)
    }
}

/// Rows waiting to be written to one table; flushed as one statement per `limit` rows.
struct SeedBatch {
    let table: SeedTable
    let limit: Int
    private(set) var rows: [[SQLValue]] = []
    private(set) var written = 0

    init(_ table: SeedTable, limit: Int) {
        self.table = table
        self.limit = limit
        rows.reserveCapacity(limit)
    }

    mutating func add(_ row: [SQLValue], to db: any SQLDatabase) async throws {
        rows.append(row)
        if rows.count >= limit { try await flush(to: db) }
    }

    mutating func appendRow(_ row: [SQLValue]) {
        rows.append(row)
    }

    mutating func flush(to db: any SQLDatabase) async throws {
        guard !rows.isEmpty else { return }
        try await db.execute(table.insert(rows, dialect: db.dialect))
        written += rows.count
        rows.removeAll(keepingCapacity: true)
    }
}
