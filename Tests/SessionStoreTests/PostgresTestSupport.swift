import Foundation
import SessionStore
import Testing

/// How store tests reach PostgreSQL: `SESSIONQL_TEST_DATABASE_URL` names the database;
/// without it PostgreSQL suites are skipped (and say so), unless
/// `SESSIONQL_REQUIRE_POSTGRES=1`, in which case they run and fail.
enum PostgresTestSupport {
    static let environment = ProcessInfo.processInfo.environment
    static let url = environment["SESSIONQL_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isRequired = environment["SESSIONQL_REQUIRE_POSTGRES"] == "1"

    /// Whether PostgreSQL suites run; prints once why when they do not.
    static let isEnabled: Bool = {
        if url != nil || isRequired { return true }
        print("SKIPPED: PostgreSQL store tests (set SESSIONQL_TEST_DATABASE_URL to run them)")
        return false
    }()

    struct NotConfigured: Error, CustomStringConvertible {
        var description: String {
            "SESSIONQL_REQUIRE_POSTGRES=1 but SESSIONQL_TEST_DATABASE_URL is unset"
        }
    }

    /// Keeps pg_trgm, where the server has it, in `public`. Migration 0007 creates it in the
    /// first schema of the search path, which in a test database is some test's own
    /// schema; dropping that schema would drop the extension, and with it the trigram
    /// index of every other test's schema. Run before migrating a test schema.
    static func keepTrigramsInPublic(_ admin: any SQLDatabase) async throws {
        try await admin.execute("""
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
                    CREATE EXTENSION pg_trgm SCHEMA public;
                ELSIF (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm') <> 'public' THEN
                    ALTER EXTENSION pg_trgm SET SCHEMA public;
                END IF;
            EXCEPTION WHEN OTHERS THEN
                NULL;
            END $$
            """)
    }

    /// A database whose search path is the schema `schema`, dropped and created afresh,
    /// so each test starts empty and can run again and again.
    static func freshDatabase(schema: String) async throws -> any SQLDatabase {
        guard let url else { throw NotConfigured() }
        let admin = try await openDatabase(url: url)
        let quoted = "\"\(schema)\""
        try await keepTrigramsInPublic(admin)
        try await admin.execute("DROP SCHEMA IF EXISTS \(raw: quoted) CASCADE")
        try await admin.execute("CREATE SCHEMA \(raw: quoted)")
        try await admin.close()
        return try await openDatabase(url: url + (url.contains("?") ? "&" : "?") + "schema=\(schema)")
    }
}

/// Fresh SQLite files for tests, in the temporary directory.
enum SQLiteTestSupport {
    static func freshDatabase() async throws -> any SQLDatabase {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("sessionql-test-\(UUID().uuidString).sqlite").path
        return try await openDatabase(url: path)
    }
}
