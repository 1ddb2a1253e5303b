import SessionStore
import Testing

@Suite(.enabled(if: PostgresTestSupport.isEnabled), .serialized)
struct PostgresDatabaseTests {
    @Test func conformsToTheSharedBehaviour() async throws {
        let db = try await PostgresTestSupport.freshDatabase(schema: "data_sql_conformance")
        try await SQLDatabaseConformance.run(on: db)
        try await db.close()
    }

    @Test func readsPostgresTypesAsBackendNeutralValues() async throws {
        let db = try await PostgresTestSupport.freshDatabase(schema: "data_sql_types")
        try await db.execute("CREATE TYPE mood AS ENUM ('calm', 'busy')")
        let row = try await db.query("""
            SELECT DATE '2026-01-05' AS day, TIMESTAMP '2026-01-05 09:30:00' AS at,
                   TIMESTAMP '2026-01-05 09:30:00.25' AS fractional, 1.5::numeric AS ratio,
                   'busy'::mood AS mood, '{"b": 1, "a": [true, null]}'::jsonb AS doc,
                   ARRAY['x', 'y'] AS keys, 7::int4 AS small,
                   'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid AS uid
            """).first
        #expect(try row?.string("uid") == "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")
        #expect(try row?.string("day") == "2026-01-05")
        #expect(try row?.string("at") == "2026-01-05 09:30:00")
        #expect(try row?.string("fractional") == "2026-01-05 09:30:00.25")
        #expect(try row?.double("ratio") == 1.5)
        #expect(try row?.string("mood") == "busy")
        #expect(try row?.optionalJSON("doc") == #"{"a": [true, null], "b": 1}"#)
        #expect(try row?.value("keys") == .textArray(["x", "y"]))
        #expect(try row?.int("small") == 7)
        try await db.close()
    }

    @Test func jsonBindsAsJSONB() async throws {
        let db = try await PostgresTestSupport.freshDatabase(schema: "data_sql_json")
        try await db.execute("CREATE TABLE doc (body jsonb)")
        try await db.execute("INSERT INTO doc (body) VALUES (\(SQLValue.json(#"{"text":"日本語 🚀 \"q\""}"#)))")
        let row = try await db.query("SELECT body->>'text' AS text FROM doc").first
        #expect(try row?.string("text") == "日本語 🚀 \"q\"")
        try await db.close()
    }

    @Test func statementTimeoutCancelsLongStatements() async throws {
        guard let url = PostgresTestSupport.url else { throw PostgresTestSupport.NotConfigured() }
        let db = try await openDatabase(url: url, statementTimeout: .seconds(1))
        await #expect(throws: SQLError.timeout(seconds: 1)) { try await db.execute("SELECT pg_sleep(3)") }
        try await db.ping()
        try await db.close()
    }

    @Test func connectionsStartWithTheStatementTimeoutAndWithoutJIT() async throws {
        guard let url = PostgresTestSupport.url else { throw PostgresTestSupport.NotConfigured() }
        let db = try await openDatabase(url: url, statementTimeout: .seconds(2))
        #expect(try await db.query("SHOW statement_timeout").first?.string("statement_timeout") == "2s")
        #expect(try await db.query("SHOW jit").first?.string("jit") == "off")
        try await db.close()
    }
}
