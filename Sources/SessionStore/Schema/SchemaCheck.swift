/// Verifies that a database holds every table and column SessionQL reads, so `serve`
/// can refuse to start against an incomplete database and say exactly what is missing.
public enum SchemaCheck {
    /// The tables SessionQL needs and, for each, the columns it reads or writes.
    public static let required: [(table: String, columns: [String])] = [
        ("organization", ["id", "name", "slug", "logo", "created_at", "metadata"]),
        ("mcp_servers", [
            "id", "organization_id", "name", "product_platform_or_tool", "slug", "created_at",
            "oauth_issuer_url", "auth_type", "support_ticket_type",
        ]),
        ("mcp_server_user", ["id", "distinct_id", "email", "upstream_sub", "profile_data", "first_seen_at"]),
        ("mcp_server_session", [
            "mcp_server_session_id", "title", "mcp_server_slug", "connection_date", "connection_timestamp",
            "mcp_server_user_id",
        ]),
        ("mcp_tool_calls", [
            "id", "created_at", "mcp_server_id", "tool_name", "mcp_server_user_id", "mcp_server_session_id",
            "input", "output",
        ]),
        ("support_requests", [
            "id", "created_at", "title", "concise_summary", "context", "status", "support_request_method",
            "resolved_at", "email", "organization_id", "mcp_server_id", "mcp_server_session_id", "assignee_id",
            "priority",
        ]),
        ("mcp_oauth_user", ["id", "name", "email", "email_verified", "image", "created_at", "updated_at"]),
        ("sessionql_api_keys", ["id", "organization_id", "name", "hash", "prefix", "created_at", "last_used_at", "revoked_at"]),
        ("sessionql_user_activity", ["organization_id", "user_id", "last_active_at"]),
        ("sessionql_user_activity_state", ["id", "high_water_mark", "updated_at"]),
        ("sessionql_user_activity_totals", ["organization_id", "users"]),
        ("sessionql_trusted_documents", ["hash", "body", "name", "added_at"]),
    ]

    /// Each missing table (`table`) and each missing column of a present table
    /// (`table.column`), in the order of `required`. Empty when the schema is complete.
    public static func missing(in database: any SQLDatabase) async throws -> [String] {
        let present = try await presentColumns(in: database)
        var missing: [String] = []
        for (table, columns) in required {
            guard let found = present[table] else {
                missing.append(table)
                continue
            }
            missing += columns.filter { !found.contains($0) }.map { "\(table).\($0)" }
        }
        return missing
    }

    /// Throws `SchemaCheck.Incomplete` naming what is missing.
    public static func verify(_ database: any SQLDatabase) async throws {
        let missing = try await missing(in: database)
        if !missing.isEmpty { throw Incomplete(missing: missing) }
    }

    /// The database lacks tables or columns SessionQL needs.
    public struct Incomplete: Error, Sendable, Equatable, CustomStringConvertible {
        public let missing: [String]

        public init(missing: [String]) {
            self.missing = missing
        }

        public var description: String {
            "the database is missing \(missing.joined(separator: ", ")); run `sessionql migrate`"
        }
    }

    /// Table name → column names, for the tables visible to the connection.
    static func presentColumns(in database: any SQLDatabase) async throws -> [String: Set<String>] {
        let statement: SQLStatement
        switch database.dialect {
        case .postgres:
            // Tables on the search path, as unqualified names in queries resolve.
            statement = """
                SELECT table_name::text AS table_name, column_name::text AS column_name
                FROM information_schema.columns
                WHERE table_schema = ANY(current_schemas(false))
                """
        case .sqlite:
            statement = """
                SELECT m.name AS table_name, p.name AS column_name
                FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p
                WHERE m.type = 'table'
                """
        }
        var present: [String: Set<String>] = [:]
        for row in try await database.query(statement) {
            present[try row.string("table_name"), default: []].insert(try row.string("column_name"))
        }
        return present
    }
}
