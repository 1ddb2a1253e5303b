import SessionStore
import Testing

/// The seeder writes the same rows for the same seed, on both backends, and every
/// fixture the other layers rely on is there.
@Suite struct SeederTests {
    @Test func sameSeedSameRowsOnSQLite() async throws {
        let first = try await SeederChecks.seededSQLite(seed: 7)
        let second = try await SeederChecks.seededSQLite(seed: 7)
        #expect(first.summary == second.summary)
        #expect(try await SeederChecks.fingerprint(first.db) == SeederChecks.fingerprint(second.db))
        #expect(try await SeederChecks.generatedSamples(first.db) == SeederChecks.generatedSamples(second.db))
        try await first.db.close()
        try await second.db.close()
    }

    @Test func anotherSeedChangesGeneratedRowsButKeepsFixtures() async throws {
        let seven = try await SeederChecks.seededSQLite(seed: 7)
        let eight = try await SeederChecks.seededSQLite(seed: 8)
        #expect(try await SeederChecks.fingerprint(seven.db) != SeederChecks.fingerprint(eight.db))
        #expect(try await SeederChecks.fixtureRows(seven.db) == SeederChecks.fixtureRows(eight.db))
        try await seven.db.close()
        try await eight.db.close()
    }

    @Test func smallScaleHasTheDocumentedShape() async throws {
        let (db, summary) = try await SeederChecks.seededSQLite(seed: 1)
        #expect(summary.organizations == 3)
        #expect(summary.servers == 10)
        #expect(summary.users == SeedScale.small.expectedUsers)
        #expect(summary.sessions == 647)
        #expect((1000...5000).contains(summary.toolCalls))
        try await SeederChecks.fixturesHold(db)
        // Analyzed: SQLite's planner statistics hold the row count of each indexed table.
        let stats = try await db.query("SELECT tbl, stat FROM sqlite_stat1 WHERE idx = 'sessionql_tool_calls_session_key'")
        #expect(try stats.map { try $0.string("stat").split(separator: " ").first.map(String.init) } == ["\(summary.toolCalls)"])
        try await db.close()
    }

    @Test func seedingTwiceIsRefused() async throws {
        let (db, _) = try await SeederChecks.seededSQLite(seed: 3)
        await #expect(throws: SeedError.alreadySeeded) { try await Seeder(seed: 3).seed(into: db) }
        try await db.close()
    }

    @Test func prngIsSplitMix64() {
        var rng = SplitMix64(seed: 0)
        #expect([rng.next(), rng.next(), rng.next()] == [0xe220_a839_7b1d_cdaf, 0x6e78_9e6a_a1b9_65f4, 0x06c4_5d18_8009_454f])
    }
}

@Suite(.enabled(if: PostgresTestSupport.isEnabled), .serialized)
struct PostgresSeederTests {
    @Test func postgresMatchesSQLiteRowForRow() async throws {
        let pg = try await PostgresTestSupport.freshDatabase(schema: "data_seed_match")
        try await Migrator(database: pg).migrate()
        let pgSummary = try await Seeder(seed: 7).seed(into: pg)
        let lite = try await SeederChecks.seededSQLite(seed: 7)
        #expect(pgSummary == lite.summary)
        #expect(try await SeederChecks.fingerprint(pg) == SeederChecks.fingerprint(lite.db))
        #expect(try await SeederChecks.fixtureRows(pg) == SeederChecks.fixtureRows(lite.db))
        #expect(try await SeederChecks.generatedSamples(pg) == SeederChecks.generatedSamples(lite.db))
        try await SeederChecks.fixturesHold(pg)
        // Analyzed: ANALYZE writes the planner's row estimate into pg_class right away (exact
        // for tables this small), where a never-analyzed table reads -1.
        let estimates = try await pg.query("""
            SELECT relname, reltuples::bigint AS estimated FROM pg_class
            WHERE relnamespace = current_schema()::regnamespace AND relname IN ('mcp_tool_calls', 'mcp_server_session')
            ORDER BY relname
            """)
        #expect(try estimates.map { try $0.int("estimated") } == [Int64(pgSummary.sessions), Int64(pgSummary.toolCalls)])
        await #expect(throws: SeedError.alreadySeeded) { try await Seeder(seed: 7).seed(into: pg) }
        try await pg.close()
        try await lite.db.close()
    }
}

extension SeedScale {
    /// Generated users plus the two fixture users.
    var expectedUsers: Int { self == .small ? 242 : 12_002 }
}

enum SeederChecks {
    static func seededSQLite(seed: UInt64) async throws -> (db: any SQLDatabase, summary: SeedSummary) {
        let db = try await SQLiteTestSupport.freshDatabase()
        try await Migrator(database: db).migrate()
        let summary = try await Seeder(seed: seed, scale: .small).seed(into: db)
        return (db, summary)
    }

    /// Aggregates over every generated row that both backends compute the same way; JSON
    /// lengths match only if both hold the same document text.
    static func fingerprint(_ db: any SQLDatabase) async throws -> [String] {
        let json = { (column: String) in db.dialect == .postgres ? "\(column)::text" : column }
        let statements: [SQLStatement] = [
            "SELECT count(*) AS n, sum(first_seen_at) AS a, sum(length(coalesce(email, ''))) AS b, sum(length(coalesce(\(raw: json("profile_data")), ''))) AS c FROM mcp_server_user",
            "SELECT count(*) AS n, sum(connection_timestamp) AS a, sum(length(coalesce(title, ''))) AS b, count(title) AS c FROM mcp_server_session",
            "SELECT count(*) AS n, sum(created_at) AS a, sum(length(coalesce(\(raw: json("input")), ''))) AS b, sum(length(coalesce(\(raw: json("output")), ''))) AS c FROM mcp_tool_calls",
            "SELECT count(*) AS n, sum(created_at) AS a, sum(coalesce(resolved_at, 0)) AS b, sum(length(coalesce(context, '') || coalesce(assignee_id, ''))) AS c FROM support_requests",
            "SELECT count(*) AS n, sum(length(name)) AS a, sum(CASE WHEN email_verified THEN 1 ELSE 0 END) AS b, sum(length(coalesce(image, ''))) AS c FROM mcp_oauth_user",
        ]
        var result: [String] = []
        for statement in statements {
            let row = try await db.query(statement)[0]
            result.append(try ["n", "a", "b", "c"].map { String(try row.optionalInt($0) ?? -1) }.joined(separator: " "))
        }
        return result
    }

    /// The earliest generated sessions and tool calls, every column, as text.
    static func generatedSamples(_ db: any SQLDatabase) async throws -> [String] {
        let json = { (column: String) in db.dialect == .postgres ? "\(column)::text" : column }
        let calls = try await db.query("""
            SELECT id, created_at, mcp_server_id, tool_name, mcp_server_user_id, mcp_server_session_id,
                   \(raw: json("input")) AS input, \(raw: json("output")) AS output
            FROM mcp_tool_calls ORDER BY created_at, id LIMIT 5
            """)
        let sessions = try await db.query("""
            SELECT mcp_server_session_id, title, mcp_server_slug, connection_date, connection_timestamp, mcp_server_user_id
            FROM mcp_server_session ORDER BY connection_timestamp, mcp_server_session_id LIMIT 5
            """)
        let samples = (calls + sessions).map(text(of:))
        #expect(samples.count == 10)
        return samples
    }

    static func text(of row: SQLRow) -> String {
        row.values.map { value in
            switch value {
            case .null: "∅"
            case .bool(let flag): flag ? "1" : "0"
            default: value.stringValue ?? value.intValue.map(String.init) ?? "\(value)"
            }
        }.joined(separator: " | ")
    }

    /// Fixture rows as text, the same on every backend.
    static func fixtureRows(_ db: any SQLDatabase) async throws -> [String] {
        let json = { (column: String) in db.dialect == .postgres ? "\(column)::text" : column }
        let ids = [
            SeedFixtures.unicodeToolCallId, SeedFixtures.nestedInputToolCallId, SeedFixtures.errorToolCallId,
            SeedFixtures.nullInputOutputToolCallId, SeedFixtures.nonMCPOutputToolCallId, SeedFixtures.sharedGlobexToolCallId,
        ] + SeedFixtures.tiedToolCallIds
        let calls = try await db.query(SQLFragment("""
            SELECT id, created_at, tool_name, mcp_server_id, \(raw: json("input")) AS input, \(raw: json("output")) AS output
            FROM mcp_tool_calls WHERE id \(db.dialect.isMember(of: ids)) ORDER BY created_at, id
            """).statement(for: db.dialect))
        let sessions = try await db.query("""
            SELECT mcp_server_session_id AS id, title, mcp_server_slug, connection_date, connection_timestamp, mcp_server_user_id
            FROM mcp_server_session WHERE mcp_server_user_id = \(SeedFixtures.sharedUserId) ORDER BY connection_timestamp DESC
            """)
        let oauth = try await db.query("""
            SELECT name, email, email_verified, image, created_at FROM mcp_oauth_user WHERE email = \(SeedFixtures.sharedUserEmail)
            """)
        let organizations = try await db.query("SELECT id, slug, name, logo, created_at, metadata FROM organization ORDER BY id")
        return (calls + sessions + oauth + organizations).map(text(of:))
    }

    /// Every documented property of the fixtures.
    static func fixturesHold(_ db: any SQLDatabase) async throws {
        func count(_ statement: SQLStatement) async throws -> Int64 {
            try await db.query(statement)[0].int("n")
        }
        #expect(try await count("SELECT count(*) AS n FROM mcp_tool_calls WHERE mcp_server_session_id = \(SeedFixtures.bigSessionId)")
            == Int64(SeedFixtures.bigSessionToolCallCount))
        #expect(try await count("SELECT count(*) AS n FROM support_requests WHERE mcp_server_session_id = \(SeedFixtures.bigSessionId)")
            == Int64(SeedFixtures.bigSessionTicketCount))
        #expect(try await count("SELECT count(*) AS n FROM mcp_tool_calls WHERE mcp_server_session_id = \(SeedFixtures.emptySessionId)") == 0)
        #expect(try await count("SELECT count(*) AS n FROM support_requests WHERE mcp_server_session_id = \(SeedFixtures.emptySessionId)") == 0)
        #expect(try await count("SELECT count(*) AS n FROM mcp_server_session WHERE mcp_server_session_id = \(SeedFixtures.untitledSessionId) AND title IS NULL") == 1)
        // The shared user holds sessions on servers of acme and of globex.
        let organizations = try await db.query("""
            SELECT DISTINCT o.slug AS slug FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            JOIN organization o ON o.id = v.organization_id WHERE s.mcp_server_user_id = \(SeedFixtures.sharedUserId) ORDER BY o.slug
            """)
        #expect(try organizations.map { try $0.string("slug") } == ["acme", "globex"])
        // Every status and priority; resolved tickets carry resolved_at.
        let statuses = try await db.query("SELECT DISTINCT status AS v FROM support_requests ORDER BY status")
        #expect(Set(try statuses.map { try $0.string("v") }) == Set(SeedFixtures.ticketStatuses))
        let priorities = try await db.query("SELECT DISTINCT priority AS v FROM support_requests")
        #expect(Set(try priorities.map { try $0.string("v") }) == Set(SeedFixtures.ticketPriorities))
        #expect(try await count("SELECT count(*) AS n FROM support_requests WHERE status = 'resolved' AND resolved_at IS NULL") == 0)
        #expect(try await count("SELECT count(*) AS n FROM support_requests WHERE mcp_server_session_id IS NULL") > 0)
        // Ties, the large output, and the tool call without input or output.
        #expect(try await count("SELECT count(*) AS n FROM mcp_tool_calls WHERE mcp_server_session_id = \(SeedFixtures.tieSessionId) AND created_at = \(SeedFixtures.tieTimestamp)") == 3)
        let textLength = db.dialect == .postgres ? "octet_length(output::text)" : "length(CAST(output AS BLOB))"
        #expect(try await count(SQLStatement("SELECT \(textLength) AS n FROM mcp_tool_calls WHERE id = $1", [.text(SeedFixtures.largeOutputToolCallId)]))
            >= Int64(SeedFixtures.largeOutputMinimumBytes))
        #expect(try await count("SELECT count(*) AS n FROM mcp_tool_calls WHERE id = \(SeedFixtures.nullInputOutputToolCallId) AND input IS NULL AND output IS NULL") == 1)
        let unicode = try await db.query("SELECT input FROM mcp_tool_calls WHERE id = \(SeedFixtures.unicodeToolCallId)")
        #expect(try unicode[0].optionalJSON("input") == #"{"query": "\#(SeedFixtures.unicodeText)"}"#)
        let error = try await db.query("SELECT output FROM mcp_tool_calls WHERE id = \(SeedFixtures.errorToolCallId)")
        #expect(try error[0].optionalJSON("output") == #"{"content": [{"text": "Resource not found: /docs/missing", "type": "text"}], "isError": true}"#)
        #expect(try await count("SELECT count(*) AS n FROM mcp_oauth_user WHERE email = \(SeedFixtures.sharedUserEmail)") == 1)
    }
}
