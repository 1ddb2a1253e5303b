import Testing
@testable import SessionStore

/// A database reached through a pooler in transaction mode keeps no session state, and a
/// primary reports no replay lag. (Through a real PgBouncer and a streaming replica:
/// Tests/topology.)
@Suite(.enabled(if: PostgresTestSupport.isEnabled), .serialized)
struct PostgresPoolerTests {
    func pooled(_ url: String) -> String {
        url + (url.contains("?") ? "&" : "?") + "pooler=transaction"
    }

    /// Where each of the settings SessionQL may send at startup came from (`client`: the
    /// startup packet).
    static let sources: SQLStatement = """
        SELECT string_agg(name || '=' || source, ',' ORDER BY name) AS sources FROM pg_settings
        WHERE name IN ('jit', 'search_path', 'statement_timeout')
        """

    @Test func behindAPoolerConnectionsStartWithNoSettingsOfTheirOwn() async throws {
        guard let url = PostgresTestSupport.url else { throw PostgresTestSupport.NotConfigured() }
        let direct = try await openDatabase(url: url)
        let sent = try await direct.query(Self.sources).first?.string("sources")
        #expect(sent?.contains("jit=client") == true)
        #expect(sent?.contains("statement_timeout=client") == true)
        try await direct.close()
        let db = try #require(try await openDatabase(url: pooled(url), statementTimeout: .seconds(2)) as? PostgresDatabase)
        #expect(db.pooler == .transaction)
        #expect(db.prepared == nil)
        #expect(db.cancellation == nil)
        let sources = try #require(try await db.query(Self.sources).first?.string("sources"))
        #expect(!sources.contains("client"), "\(sources)")
        try await db.close()
    }

    @Test func migrationsRefuseAPoolerInTransactionMode() async throws {
        guard let url = PostgresTestSupport.url else { throw PostgresTestSupport.NotConfigured() }
        let db = try await openDatabase(url: pooled(url))
        await #expect(throws: SQLError.self) { try await Migrator(database: db).migrate() }
        #expect(db.statementCount == 0)
        try await db.close()
    }

    @Test func aSchemaCannotBeKeptBehindAPooler() async throws {
        guard let url = PostgresTestSupport.url else { throw PostgresTestSupport.NotConfigured() }
        await #expect(throws: SQLError.self) { _ = try await openDatabase(url: pooled(url) + "&schema=elsewhere") }
    }

    @Test func aPrimaryHasNoReplayLag() async throws {
        guard let url = PostgresTestSupport.url else { throw PostgresTestSupport.NotConfigured() }
        let replica = ReadReplica(name: "primary", database: try await openDatabase(url: url))
        #expect(await replica.check() == ReadReplica.Health(lag: 0, answered: true))
        try await replica.database.close()
    }
}

@Suite struct PostgresPoolerSettingTests {
    func pooler(_ url: String) throws -> PostgresPooler? {
        guard case .postgres(let settings) = try DatabaseConfiguration(url: url) else { return nil }
        return settings.pooler
    }

    @Test func thePoolerComesFromTheURL() throws {
        #expect(try pooler("postgres://u@h/d") == PostgresPooler.none)
        #expect(try pooler("postgres://u@h/d?pooler=session") == PostgresPooler.none)
        #expect(try pooler("postgres://u@h:6432/d?sslmode=disable&pooler=transaction") == .transaction)
        #expect(try pooler("postgres://u@h/d?pooler=Transaction") == .transaction)
        #expect(throws: SQLError.invalidConfiguration(
            "unknown pooler \"statement\" in the PostgreSQL URL: use pooler=transaction (or session, none)")
        ) { try DatabaseConfiguration(url: "postgres://u@h/d?pooler=statement") }
    }
}
