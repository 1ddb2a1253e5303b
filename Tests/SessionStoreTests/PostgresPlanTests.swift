import Testing

@testable import SessionStore

/// PostgreSQL's plans for the reads whose plan is decided by an index only PostgreSQL has.
/// Its plans depend on its statistics, so each test gives the table enough rows for the
/// choice to be clear, analyzes it, and pins only the index chosen.
@Suite(.enabled(if: PostgresTestSupport.isEnabled), .serialized)
struct PostgresPlanTests {
    /// The text of PostgreSQL's plan for the last statement `read` issues, over a rollup of
    /// Acme holding `bulkUsers` users besides the fixture's; nil when the database cannot
    /// create pg_trgm (the trigram index is then absent by design).
    func plan(bulkUsers: Int = 20_000, _ read: @escaping (SessionStore) async throws -> Void) async throws -> String? {
        var plan: String?
        try await withFixtureStore(.postgres) { store async throws in
            let db = store.database
            let indexed = try await db.queryFirst("""
                SELECT count(*) AS n FROM pg_indexes
                WHERE schemaname = current_schema() AND indexname = 'sessionql_user_activity_search'
                """)
            let trigrams = try await db.queryFirst("SELECT count(*) AS n FROM pg_available_extensions WHERE name = 'pg_trgm'")
            guard try trigrams?.int("n") == 1 else { return }
            try #require(try indexed?.int("n") == 1, "pg_trgm is available but the trigram index is missing")
            try await db.execute("""
                INSERT INTO sessionql_user_activity (organization_id, user_id, last_active_at, search_text)
                SELECT 'org_acme', 'mcpu_bulk' || i, \(raw: String(StoreFixture.t0)) - i * 1000,
                       'mcpu_bulk' || i || ' dist_bulk' || i || ' bulk' || i || '@bulk.test'
                FROM generate_series(1, \(raw: String(bulkUsers))) AS i
                """)
            // VACUUM also moves the new rows from the trigram index's pending list into the
            // index, where the planner counts on finding them.
            try await db.execute("VACUUM ANALYZE sessionql_user_activity")
            let recorder = SQLitePlanTests.Recorder(db)
            try await read(SessionStore(database: recorder))
            let statement = try #require(recorder.statements.last)
            let rows = try await db.query(SQLStatement("EXPLAIN " + statement.sql, statement.binds))
            plan = try rows.map { try $0.string("QUERY PLAN") }.joined(separator: "\n")
        }
        return plan
    }

    @Test func aRareSearchReadsTheTrigramIndex() async throws {
        let page = try await plan { store in
            _ = try await store.users(organizationId: StoreFixture.acme, search: "zqxjv", first: 20, after: nil)
        }
        if let page { #expect(page.contains("sessionql_user_activity_search"), "\(page)") }
        let total = try await plan { store in
            _ = try await store.userTotal(organizationId: StoreFixture.acme, search: "zqxjv")
        }
        if let total { #expect(total.contains("sessionql_user_activity_search"), "\(total)") }
    }

    /// A needle of two characters has no trigram: the page walks the list's index in order.
    @Test func aTwoCharacterSearchWalksTheList() async throws {
        let page = try await plan { store in
            _ = try await store.users(organizationId: StoreFixture.acme, search: "bu", first: 20, after: nil)
        }
        if let page {
            #expect(page.contains("sessionql_user_activity_recent"), "\(page)")
            #expect(!page.contains("sessionql_user_activity_search"), "\(page)")
        }
    }
}
