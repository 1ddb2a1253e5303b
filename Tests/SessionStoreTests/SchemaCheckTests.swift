import SessionStore
import Testing

/// `SchemaCheck` names exactly what a database lacks, so `serve` can refuse to start.
@Suite struct SchemaCheckTests {
    @Test func anEmptyDatabaseLacksEveryTable() async throws {
        let db = try await SQLiteTestSupport.freshDatabase()
        #expect(try await SchemaCheck.missing(in: db) == [
            "organization", "mcp_servers", "mcp_server_user", "mcp_server_session", "mcp_tool_calls",
            "support_requests", "mcp_oauth_user", "sessionql_api_keys", "sessionql_user_activity",
            "sessionql_user_activity_state", "sessionql_user_activity_totals", "sessionql_trusted_documents",
        ])
        await #expect(throws: SchemaCheck.Incomplete.self) { try await SchemaCheck.verify(db) }
        try await db.close()
    }

    @Test func sqliteNamesADroppedColumnAndTable() async throws {
        let db = try await SQLiteTestSupport.freshDatabase()
        try await Migrator(database: db).migrate()
        try await SchemaCheck.verify(db)
        try await db.execute("ALTER TABLE support_requests DROP COLUMN assignee_id")
        try await db.execute("DROP TABLE mcp_oauth_user")
        #expect(try await SchemaCheck.missing(in: db) == ["support_requests.assignee_id", "mcp_oauth_user"])
        let error = SchemaCheck.Incomplete(missing: ["support_requests.assignee_id", "mcp_oauth_user"])
        #expect(error.description == "the database is missing support_requests.assignee_id, mcp_oauth_user; run `sessionql migrate`")
        try await db.close()
    }
}

@Suite(.enabled(if: PostgresTestSupport.isEnabled), .serialized)
struct PostgresSchemaCheckTests {
    @Test func namesADroppedColumn() async throws {
        let db = try await PostgresTestSupport.freshDatabase(schema: "data_schema_check")
        try await Migrator(database: db).migrate()
        #expect(try await SchemaCheck.missing(in: db) == [])
        try await db.execute("ALTER TABLE mcp_tool_calls DROP COLUMN output")
        #expect(try await SchemaCheck.missing(in: db) == ["mcp_tool_calls.output"])
        try await db.execute("DROP TABLE sessionql_api_keys")
        #expect(try await SchemaCheck.missing(in: db) == ["mcp_tool_calls.output", "sessionql_api_keys"])
        try await db.close()
    }
}
