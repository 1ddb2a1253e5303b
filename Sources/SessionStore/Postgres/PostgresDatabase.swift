import Logging
import PostgresNIO
import ServiceLifecycle

/// PostgreSQL through a PostgresNIO connection pool.
///
/// The pool runs in a task of its own from `init` on, so the database is usable at once
/// by commands and tests; as a `Service` in a server's `ServiceGroup`, `run()` keeps it
/// alive until graceful shutdown and then closes it. Every connection starts with
/// `statement_timeout` set, so a runaway statement is cancelled by the server itself, and
/// with JIT compilation off.
public final class PostgresDatabase: SQLDatabase, Service {
    public let dialect: SQLDialect = .postgres
    let client: PostgresClient
    let logger: Logger
    let counter = StatementCounter()
    let statementTimeout: Duration
    private let runTask: Task<Void, Never>

    public init(configuration: PostgresClient.Configuration, statementTimeout: Duration = .seconds(5), logger: Logger) {
        var configuration = configuration
        let milliseconds = statementTimeout.components.seconds * 1000
            + statementTimeout.components.attoseconds / 1_000_000_000_000_000
        configuration.options.additionalStartupParameters.append(("statement_timeout", "\(milliseconds)"))
        // The reads are short; compiling one with JIT (which PostgreSQL starts above a plan
        // cost the users list passes on a large organization) costs more than it saves.
        configuration.options.additionalStartupParameters.append(("jit", "off"))
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.statementTimeout = statementTimeout
        // Immediate: the pool marks itself running before the first suspension, so a query
        // issued right after `init` does not find it "not yet run".
        self.runTask = Task.immediate { await client.run() }
    }

    public var statementCount: Int { counter.value }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        counter.increment()
        let (client, logger) = (self.client, self.logger)
        let connected = StatementCounter()
        do {
            // The server enforces statement_timeout; the deadline also bounds waiting for a
            // connection while the database is unreachable.
            return try await withDeadline(statementTimeout + .seconds(1)) {
                try await client.withConnection { connection in
                    connected.increment()
                    let rows = try await connection.query(try PostgresStatementEncoding.query(statement), logger: logger)
                    return try await PostgresRowDecoding.rows(rows)
                }
            }
        } catch SQLError.timeout(let seconds) where connected.value == 0 {
            throw SQLError.unavailable("no connection to PostgreSQL within \(seconds)s")
        } catch {
            throw PostgresDatabase.translate(error, timeout: statementTimeout)
        }
    }

    public func execute(_ statement: SQLStatement) async throws {
        _ = try await query(statement)
    }

    public func executeScript(_ sql: String) async throws {
        for statement in SQLScript.statements(in: sql) {
            try await execute(SQLStatement(statement))
        }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in
                let scope = PostgresTransactionScope(
                    connection: connection, logger: logger, counter: counter, statementTimeout: statementTimeout)
                // BEGIN/COMMIT are not counted: counts describe the statements callers issue.
                try await connection.query("BEGIN", logger: logger)
                do {
                    let result = try await body(scope)
                    try await connection.query("COMMIT", logger: logger)
                    return result
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        } catch {
            throw PostgresDatabase.translate(error, timeout: statementTimeout)
        }
    }

    public func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in
                try await body(PostgresTransactionScope(
                    connection: connection, logger: logger, counter: counter, statementTimeout: statementTimeout))
            }
        } catch {
            throw PostgresDatabase.translate(error, timeout: statementTimeout)
        }
    }

    public func ping() async throws {
        _ = try await query("SELECT 1 AS ok")
    }

    public func close() async throws {
        runTask.cancel()
        await runTask.value
    }

    /// Keeps the pool alive while the service group runs; closes it on graceful shutdown
    /// (or cancellation).
    public func run() async throws {
        try? await gracefulShutdown()
        try await close()
    }

    /// Maps driver errors to `SQLError` so callers need not import PostgresNIO.
    static func translate(_ error: any Error, timeout: Duration) -> any Error {
        if error is SQLError { return error }
        guard let psql = error as? PSQLError else { return error }
        if let state = psql.serverInfo?[.sqlState] {
            if state == "57014" {
                return SQLError.timeout(seconds: Double(timeout.components.seconds))
            }
            if state.hasPrefix("08") || state == "57P01" || state == "57P03" {
                return SQLError.unavailable(psql.serverInfo?[.message] ?? state)
            }
            return SQLError.failed("\(psql.serverInfo?[.message] ?? "error") (SQLSTATE \(state))")
        }
        return SQLError.unavailable(String(reflecting: psql.code))
    }
}
