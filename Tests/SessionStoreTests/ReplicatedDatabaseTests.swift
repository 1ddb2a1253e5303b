import Synchronization
import Testing
@testable import SessionStore

/// A database that answers from a script: the lag query with `lag`, any other statement
/// with no rows, or `failure` when set. It keeps the text of each statement it ran.
final class ScriptedDatabase: SQLDatabase {
    let dialect: SQLDialect = .postgres
    private let state = Mutex<(ran: [String], lag: Double?, failure: SQLError?)>(([], 0, nil))

    var ran: [String] { state.withLock { $0.ran } }
    /// The statements other than lag checks.
    var work: [String] { ran.filter { $0 != ReadReplica.lagQuery.sql } }
    func set(lag: Double?) { state.withLock { $0.lag = lag } }
    func fail(with failure: SQLError?) { state.withLock { $0.failure = failure } }

    func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        let (lag, failure): (Double?, SQLError?) = state.withLock { state in
            state.ran.append(statement.sql)
            return (state.lag, state.failure)
        }
        if let failure { throw failure }
        guard statement.sql == ReadReplica.lagQuery.sql else { return [] }
        return [SQLRow(columns: ["lag"], values: [lag.map(SQLValue.double) ?? .null])]
    }

    func execute(_ statement: SQLStatement) async throws { _ = try await query(statement) }
    func executeScript(_ sql: String) async throws { _ = try await query(SQLStatement(sql)) }
    func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        _ = try await query("BEGIN")
        return try await body(self)
    }
    func ping() async throws {}
    var statementCount: Int { ran.count }
    func close() async throws {}
}

@Suite struct StatementKindTests {
    @Test(arguments: [
        "SELECT id FROM mcp_servers WHERE slug = $1",
        "  select count(*) AS n FROM mcp_tool_calls",
        "WITH page AS (SELECT id FROM t ORDER BY id LIMIT 10) SELECT * FROM page",
        "SELECT 'update me', \"insert\" FROM t -- delete\n WHERE a = $1",
        "SELECT updated_at, deleted FROM t",
    ])
    func readsGoToReplicas(sql: String) {
        #expect(SQLStatement(sql).onlyReads)
    }

    @Test(arguments: [
        "UPDATE mcp_server_session SET title = $1 WHERE id = $2",
        "INSERT INTO sessionql_api_keys (id) VALUES ($1)",
        "DELETE FROM sessionql_user_activity",
        "WITH moved AS (DELETE FROM a RETURNING *) SELECT * FROM moved",
        "SELECT id FROM t FOR UPDATE",
        "SELECT id FROM t FOR KEY SHARE",
        "SELECT pg_try_advisory_lock($1) AS locked",
        "SELECT 0 FROM pg_notify($1, $2)",
        "SELECT nextval('s')",
        "SET LOCAL statement_timeout = 0",
        "BEGIN",
    ])
    func everythingElseGoesToThePrimary(sql: String) {
        #expect(!SQLStatement(sql).onlyReads)
    }
}

@Suite struct ReplicatedDatabaseTests {
    let primary = ScriptedDatabase()
    let first = ScriptedDatabase()
    let second = ScriptedDatabase()

    func replicated(maxLag: Double = 5) async -> ReplicatedDatabase {
        let database = ReplicatedDatabase(
            primary: primary,
            replicas: [ReadReplica(name: "first", database: first), ReadReplica(name: "second", database: second)],
            maxLag: maxLag)
        await ReplicaLagMonitor(database: database, logger: .init(label: "test")).checkAll()
        return database
    }

    @Test func readsTakeTurnsOnTheReplicasAndWritesGoToThePrimary() async throws {
        let database = await replicated()
        for n in 0..<4 { _ = try await database.query("SELECT \(raw: String(n))") }
        try await database.execute("UPDATE t SET a = 1")
        #expect(first.work.count == 2)
        #expect(second.work.count == 2)
        #expect(Set(first.work + second.work) == ["SELECT 0", "SELECT 1", "SELECT 2", "SELECT 3"])
        #expect(primary.work == ["UPDATE t SET a = 1"])
    }

    @Test func aReplicaThatLagsTooFarIsSkipped() async throws {
        second.set(lag: 7.5)
        let database = await replicated(maxLag: 5)
        for _ in 0..<3 { _ = try await database.query("SELECT 1") }
        #expect(first.work.count == 3)
        #expect(second.work.isEmpty)
        #expect(database.replicas[1].health == ReadReplica.Health(lag: 7.5, answered: true))
    }

    @Test func aReplicaWithoutKnownLagIsSkipped() async throws {
        first.set(lag: nil)
        second.set(lag: nil)
        let database = await replicated()
        _ = try await database.query("SELECT 1")
        #expect(primary.work == ["SELECT 1"])
        #expect(database.replicas.allSatisfy { $0.health == ReadReplica.Health(lag: nil, answered: false) })
    }

    @Test func aReadThatAReplicaCannotServeRunsOnThePrimaryAtOnce() async throws {
        let database = await replicated()
        first.fail(with: .unavailable("connection refused"))
        second.fail(with: .failed("canceling statement due to conflict with recovery (SQLSTATE 40001)"))
        _ = try await database.query("SELECT 1")
        _ = try await database.query("SELECT 2")
        #expect(primary.work == ["SELECT 1", "SELECT 2"])
        // Both are skipped until a check finds them answering again.
        _ = try await database.query("SELECT 3")
        #expect(first.work == ["SELECT 1"] || first.work == ["SELECT 2"])
        #expect(primary.work == ["SELECT 1", "SELECT 2", "SELECT 3"])
    }

    @Test func aStatementErrorIsNotRepeatedOnThePrimary() async throws {
        let database = await replicated()
        first.fail(with: .failed("column \"x\" does not exist (SQLSTATE 42703)"))
        second.fail(with: .failed("column \"x\" does not exist (SQLSTATE 42703)"))
        await #expect(throws: SQLError.self) { _ = try await database.query("SELECT x") }
        #expect(primary.work.isEmpty)
    }

    @Test func afterAWriteTheUnitOfWorkReadsThePrimary() async throws {
        let database = await replicated()
        try await ReadYourWrites.$current.withValue(ReadYourWrites()) {
            _ = try await database.query("SELECT 1")
            try await database.execute("UPDATE t SET a = 1")
            _ = try await database.query("SELECT 2")
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { _ = try await database.query("SELECT 3") }
                try await group.waitForAll()
            }
        }
        // Another unit of work reads replicas again.
        try await ReadYourWrites.$current.withValue(ReadYourWrites()) {
            _ = try await database.query("SELECT 4")
        }
        #expect(primary.work == ["UPDATE t SET a = 1", "SELECT 2", "SELECT 3"])
        #expect(Set(first.work + second.work) == ["SELECT 1", "SELECT 4"])
    }

    @Test func transactionsRunOnThePrimary() async throws {
        let database = await replicated()
        try await ReadYourWrites.$current.withValue(ReadYourWrites()) {
            _ = try await database.transaction { db in try await db.query("SELECT 1") }
            _ = try await database.query("SELECT 2")
        }
        #expect(primary.work == ["BEGIN", "SELECT 1", "SELECT 2"])
        #expect(first.work.isEmpty && second.work.isEmpty)
    }
}
