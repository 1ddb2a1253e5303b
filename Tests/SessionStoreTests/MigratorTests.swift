import SessionStore
import Testing

/// Migrations apply once, in order, and never touch MCPlatform's own tables.
@Suite struct MigratorTests {
    @Test func sqliteMigratesOnceAndThenAppliesNothing() async throws {
        let db = try await SQLiteTestSupport.freshDatabase()
        try await MigratorChecks.migrateTwice(db)
        try await db.close()
    }

    @Test func sqliteLeavesAnExistingMCPlatformDatabaseAlone() async throws {
        let db = try await SQLiteTestSupport.freshDatabase()
        try await db.executeScript(MCPlatformDDL.sqlite)
        let before = try await MigratorChecks.sqliteColumns(db)
        let rowsBefore = try await MigratorChecks.sampleRows(db)
        #expect(before.count > 40)

        let applied = try await Migrator(database: db).migrate()
        #expect(applied.map(\.version) == [1, 2, 3, 4, 5, 6, 7])

        #expect(try await MigratorChecks.sqliteColumns(db) == before)
        #expect(try await MigratorChecks.sampleRows(db) == rowsBefore)
        #expect(try await SchemaCheck.missing(in: db) == [])
        try await db.close()
    }
}

@Suite(.enabled(if: PostgresTestSupport.isEnabled), .serialized)
struct PostgresMigratorTests {
    @Test func migratesOnceAndThenAppliesNothing() async throws {
        let db = try await PostgresTestSupport.freshDatabase(schema: "data_migrate_twice")
        try await MigratorChecks.migrateTwice(db)
        try await db.close()
    }

    @Test func leavesAnExistingMCPlatformDatabaseAlone() async throws {
        let db = try await PostgresTestSupport.freshDatabase(schema: "data_migrate_existing")
        try await db.executeScript(MCPlatformDDL.postgres)
        let before = try await MigratorChecks.postgresColumns(db)
        let enumsBefore = try await MigratorChecks.postgresEnumLabels(db)
        let rowsBefore = try await MigratorChecks.sampleRows(db)
        #expect(before.count > 40)

        let applied = try await Migrator(database: db).migrate()
        #expect(applied.map(\.version) == [1, 2, 3, 4, 5, 6, 7])

        let after = try await MigratorChecks.postgresColumns(db)
        #expect(after.filter { !$0.hasPrefix("sessionql_") } == before)
        #expect(after.contains { $0.hasPrefix("sessionql_api_keys.hash ") })
        #expect(try await MigratorChecks.postgresEnumLabels(db) == enumsBefore)
        #expect(try await MigratorChecks.sampleRows(db) == rowsBefore)
        #expect(try await SchemaCheck.missing(in: db) == [])
        // The recommended indexes are there.
        let indexes = try await db.query("""
            SELECT indexname::text AS name FROM pg_indexes
            WHERE schemaname = current_schema() AND indexname LIKE 'sessionql_%' ORDER BY indexname
            """)
        // The trigram index over the users' search text exists where pg_trgm can be created.
        let trigrams = try await db.queryFirst("SELECT count(*) AS n FROM pg_available_extensions WHERE name = 'pg_trgm'")
        let search = try trigrams?.int("n") == 1 ? ["sessionql_user_activity_search"] : []
        #expect(try indexes.map { try $0.string("name") } == [
            "sessionql_api_keys_hash_key", "sessionql_api_keys_organization", "sessionql_api_keys_pkey",
            "sessionql_schema_version_pkey", "sessionql_servers_organization", "sessionql_session_connected",
            "sessionql_session_server_key", "sessionql_session_user_key", "sessionql_tickets_created",
            "sessionql_tickets_organization_email_key", "sessionql_tickets_organization_key", "sessionql_tickets_session_key",
            "sessionql_tool_calls_created", "sessionql_tool_calls_session_errors_key", "sessionql_tool_calls_session_key",
            "sessionql_trusted_documents_pkey", "sessionql_user_activity_pkey", "sessionql_user_activity_recent",
        ] + search + [
            "sessionql_user_activity_state_pkey", "sessionql_user_activity_totals_pkey", "sessionql_users_email",
        ])
        try await db.close()
    }

    @Test func concurrentMigratorsApplyEachVersionOnce() async throws {
        let db = try await PostgresTestSupport.freshDatabase(schema: "data_migrate_concurrent")
        async let first = Migrator(database: db).migrate()
        async let second = Migrator(database: db).migrate()
        let applied = try await first.map(\.version) + second.map(\.version)
        #expect(applied.sorted() == [1, 2, 3, 4, 5, 6, 7])
        #expect(try await Migrator(database: db).appliedVersions() == [1, 2, 3, 4, 5, 6, 7])
        try await db.close()
    }
}

enum MigratorChecks {
    static func migrateTwice(_ db: any SQLDatabase) async throws {
        let migrator = Migrator(database: db)
        #expect(try await migrator.pending().map(\.version) == [1, 2, 3, 4, 5, 6, 7])
        #expect(try await migrator.migrate().map(\.version) == [1, 2, 3, 4, 5, 6, 7])
        #expect(try await migrator.migrate().isEmpty)
        #expect(try await migrator.pending().isEmpty)
        #expect(try await migrator.appliedVersions() == [1, 2, 3, 4, 5, 6, 7])
        #expect(try await SchemaCheck.missing(in: db) == [])
    }

    /// `table.column type nullable default` for every column of the search path's tables.
    static func postgresColumns(_ db: any SQLDatabase) async throws -> [String] {
        try await db.query("""
            SELECT table_name::text AS t, column_name::text AS c, udt_name::text AS u, is_nullable::text AS n,
                   coalesce(column_default::text, '') AS d, ordinal_position::int AS p
            FROM information_schema.columns WHERE table_schema = current_schema()
            ORDER BY table_name, ordinal_position
            """).map { row in
            "\(try row.string("t")).\(try row.string("c")) \(try row.string("u")) \(try row.string("n")) \(try row.string("d")) \(try row.int("p"))"
        }
    }

    static func postgresEnumLabels(_ db: any SQLDatabase) async throws -> [String] {
        try await db.query("""
            SELECT t.typname::text AS type, e.enumlabel::text AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
            JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema()
            ORDER BY t.typname, e.enumsortorder
            """).map { "\(try $0.string("type")).\(try $0.string("label"))" }
    }

    static func sqliteColumns(_ db: any SQLDatabase) async throws -> [String] {
        try await db.query("""
            SELECT m.name AS t, p.name AS c, p.type AS ty, p."notnull" AS nn, coalesce(p.dflt_value, '') AS d, p.pk AS pk
            FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sessionql_%' ORDER BY m.name, p.cid
            """).map { row in
            "\(try row.string("t")).\(try row.string("c")) \(try row.string("ty")) \(try row.int("nn")) \(try row.string("d")) \(try row.int("pk"))"
        } + db.query("SELECT sql FROM sqlite_master WHERE name NOT LIKE 'sessionql_%' AND type = 'table' ORDER BY name")
            .map { try $0.string("sql") }
    }

    static func sampleRows(_ db: any SQLDatabase) async throws -> [String] {
        let rows = try await db.query("""
            SELECT s.mcp_server_session_id AS id, s.title AS title, t.tool_name AS tool, r.status AS status
            FROM mcp_server_session s JOIN mcp_tool_calls t ON t.mcp_server_session_id = s.mcp_server_session_id
            JOIN support_requests r ON r.mcp_server_session_id = s.mcp_server_session_id ORDER BY t.id
            """)
        return try rows.map { "\(try $0.string("id")) \(try $0.string("title")) \(try $0.string("tool")) \(try $0.string("status"))" }
    }
}
