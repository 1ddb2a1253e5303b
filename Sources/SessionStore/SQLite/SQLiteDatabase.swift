import Logging
import NIOCore
import SQLiteNIO

/// The embedded SQLite backend: one connection to a database file, in WAL mode with
/// foreign keys enforced and a busy timeout.
///
/// Statements are serialized through a gate so a transaction owns the connection while
/// it runs. SQLite cannot cancel a statement from outside, so the statement timeout is a
/// deadline for the caller of a statement outside a transaction (reads): the caller gets
/// `SQLError.timeout` and the statement is left to finish on its own. Statements inside
/// a transaction (migrations, seeding, writes) run to completion, since abandoning one
/// midway would leave the transaction in an unknown state.
public final class SQLiteDatabase: SQLDatabase {
    public let dialect: SQLDialect = .sqlite
    let connection: SQLiteConnection
    let gate = AsyncGate()
    let counter = StatementCounter()
    let statementTimeout: Duration

    /// Opens (creating if needed) the database file at `path`; `":memory:"` for a private in-memory database.
    public static func open(path: String, statementTimeout: Duration = .seconds(5), logger: Logger) async throws -> SQLiteDatabase {
        let storage: SQLiteConnection.Storage = path == ":memory:" ? .memory : .file(path: path)
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: storage, logger: logger)
        } catch {
            throw SQLError.unavailable("cannot open SQLite database at \(path): \(error)")
        }
        let database = SQLiteDatabase(connection: connection, statementTimeout: statementTimeout)
        let busyMilliseconds = max(1000, statementTimeout.components.seconds * 1000)
        for pragma in [
            "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = \(busyMilliseconds)", "PRAGMA synchronous = NORMAL",
        ] {
            do {
                _ = try await connection.query(pragma, [])
            } catch {
                throw SQLError.unavailable("cannot use SQLite database at \(path): \(error)")
            }
        }
        return database
    }

    init(connection: SQLiteConnection, statementTimeout: Duration) {
        self.connection = connection
        self.statementTimeout = statementTimeout
    }

    public var statementCount: Int { counter.value }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        if Self.transactionOwner == ObjectIdentifier(self) {
            // Called on this database from inside its own transaction body: the gate is
            // already held by this task, so waiting for it would deadlock.
            return try await SQLiteTransactionScope(database: self).query(statement)
        }
        return try await gate.withGate {
            counter.increment()
            return try await run(statement)
        }
    }

    /// The database whose transaction the current task is running, if any.
    @TaskLocal static var transactionOwner: ObjectIdentifier?

    public func execute(_ statement: SQLStatement) async throws {
        _ = try await query(statement)
    }

    public func executeScript(_ sql: String) async throws {
        for statement in SQLScript.statements(in: sql) {
            try await execute(SQLStatement(statement))
        }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if Self.transactionOwner == ObjectIdentifier(self) {
            return try await body(SQLiteTransactionScope(database: self))
        }
        return try await gate.withGate {
            let scope = SQLiteTransactionScope(database: self)
            _ = try await run("BEGIN IMMEDIATE", deadline: false)
            do {
                let result = try await Self.$transactionOwner.withValue(ObjectIdentifier(self)) {
                    try await body(scope)
                }
                _ = try await run("COMMIT", deadline: false)
                return result
            } catch {
                _ = try? await run("ROLLBACK", deadline: false)
                throw error
            }
        }
    }

    public func ping() async throws {
        _ = try await query("SELECT 1 AS ok")
    }

    public func close() async throws {
        try await connection.close()
    }

    /// A database dropped without `close()` (say, on an error path) still releases its
    /// file handle rather than leaking it.
    deinit {
        if !connection.isClosed { _ = connection.close() as EventLoopFuture<Void> }
    }

    /// Runs one statement on the connection; the caller holds the gate (and counts it).
    func run(_ statement: SQLStatement, deadline: Bool = true) async throws -> [SQLRow] {
        let sql = statement.sql(for: .sqlite)
        let binds = statement.binds.map(SQLiteValueMapping.data(for:))
        let connection = self.connection
        // A closed connection is a database that cannot be reached, like a PostgreSQL server
        // that went away, not a statement the database refused.
        guard !connection.isClosed else { throw SQLError.unavailable("the SQLite database is closed") }
        let rows: [SQLiteRow]
        do {
            if deadline {
                let work = Task { try await connection.query(sql, binds) }
                rows = try await withDeadline(statementTimeout) { try await work.value }
            } else {
                rows = try await connection.query(sql, binds)
            }
        } catch let error as SQLiteError {
            throw SQLError.failed(String(describing: error))
        }
        return rows.map(SQLiteValueMapping.row(from:))
    }
}

/// The `SQLDatabase` handed to a transaction body; it already holds the gate.
struct SQLiteTransactionScope: SQLDatabase {
    let database: SQLiteDatabase
    var dialect: SQLDialect { .sqlite }
    var statementCount: Int { database.statementCount }

    func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        database.counter.increment()
        return try await database.run(statement, deadline: false)
    }

    func execute(_ statement: SQLStatement) async throws {
        _ = try await query(statement)
    }

    func executeScript(_ sql: String) async throws {
        for statement in SQLScript.statements(in: sql) {
            _ = try await query(SQLStatement(statement))
        }
    }

    func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await body(self)
    }

    func ping() async throws {
        _ = try await query("SELECT 1 AS ok")
    }

    func close() async throws {}
}
