import Logging
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// PostgreSQL through a PostgresNIO connection pool.
///
/// The pool runs in a task of its own from `init` on, so the database is usable at once
/// by commands and tests; as a `Service` in a server's `ServiceGroup`, `run()` keeps it
/// alive until graceful shutdown and then closes it. Every connection starts with
/// `statement_timeout` set, so a runaway statement is cancelled by the server itself, and
/// with JIT compilation off. Statements are prepared by name once per connection unless
/// `preparedStatements` is off (`PreparedStatements`). Behind a pooler in transaction mode
/// none of that session state is kept (`PostgresPooler`).
///
/// An outage fails fast: a request waits at most `connectionWait` for a connection when no
/// statement has succeeded for that long (a new pool's first connection, at most
/// `firstConnectionWait`), and once the database is found unreachable every
/// request fails at once with `SQLError.unavailable` while one background probe asks the
/// pool for a connection every `probeInterval`; the first that succeeds lets requests
/// through again.
public final class PostgresDatabase: SQLDatabase, Service {
    public let dialect: SQLDialect = .postgres
    let client: PostgresClient
    let logger: Logger
    let counter = StatementCounter()
    let statementTimeout: Duration
    let connectionWait: Duration
    let firstConnectionWait: Duration
    let probeInterval: Duration
    let reachability = Reachability()
    /// Cancels a statement whose request went away; nil behind a pooler in transaction mode,
    /// where a backend's process id does not name the connection the next statement uses.
    let cancellation: StatementCancellation?
    /// The pooler in front of the database (`PostgresPooler`).
    public let pooler: PostgresPooler
    private let runTask: Task<Void, Never>
    private let probe = Mutex<Task<Void, Never>?>(nil)

    /// Where statements are prepared by name (`PreparedStatements`); nil runs every
    /// statement unnamed, parsed and planned each time.
    let prepared: PreparedStatements?

    public init(
        configuration: PostgresClient.Configuration, statementTimeout: Duration = .seconds(5),
        connectionWait: Duration = .seconds(1), firstConnectionWait: Duration = .seconds(5),
        probeInterval: Duration = .milliseconds(500),
        preparedStatements: Bool = true, pooler: PostgresPooler = .none, logger: Logger
    ) {
        self.pooler = pooler
        self.prepared = preparedStatements && pooler == .none ? PreparedStatements.shared : nil
        var configuration = configuration
        if pooler == .none {
            let milliseconds = statementTimeout.components.seconds * 1000
                + statementTimeout.components.attoseconds / 1_000_000_000_000_000
            configuration.options.additionalStartupParameters.append(("statement_timeout", "\(milliseconds)"))
            // The reads are short; compiling one with JIT (which PostgreSQL starts above a plan
            // cost the users list passes on a large organization) costs more than it saves.
            configuration.options.additionalStartupParameters.append(("jit", "off"))
        }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.cancellation = pooler == .none ? StatementCancellation(client: client, logger: logger) : nil
        self.logger = logger
        self.statementTimeout = statementTimeout
        self.connectionWait = connectionWait
        self.firstConnectionWait = firstConnectionWait
        self.probeInterval = probeInterval
        // Immediate: the pool marks itself running before the first suspension, so a query
        // issued right after `init` does not find it "not yet run".
        self.runTask = Task.immediate { await client.run() }
    }

    public var statementCount: Int { counter.value }

    /// Whether the database was found unreachable and has not answered a probe since.
    public var isUnreachable: Bool { reachability.isDown }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        counter.increment()
        let (client, logger, cancellation) = (self.client, self.logger, self.cancellation)
        let slot = prepared?.slot(sql: statement.sql(for: .postgres), binds: statement.binds)
        return try await reaching { connected in
            // The server enforces statement_timeout; the deadline also bounds waiting for a
            // connection under load.
            try await withDeadline(self.statementTimeout + .seconds(1)) {
                try await client.withConnection { connection in
                    connected.increment()
                    let query = try PostgresStatementEncoding.query(statement)
                    let run: @Sendable () async throws -> [SQLRow] = {
                        if let slot {
                            return try await PreparedStatements.shared.rows(
                                slot, bindings: query.binds, on: connection, logger: logger)
                        }
                        let rows = try await connection.query(query, logger: logger)
                        return try await PostgresRowDecoding.rows(rows)
                    }
                    guard let cancellation else { return try await run() }
                    return try await cancellation.run(query.sql, on: connection, run)
                }
            }
        }
    }

    /// Runs `operation` (which counts in `connected` once it holds a connection) unless the
    /// database is known to be unreachable, bounding its wait for a connection by
    /// `connectionWait` while nothing else succeeds, and keeps `reachability` up to date.
    private func reaching<T: Sendable>(
        _ operation: @escaping @Sendable (StatementCounter) async throws -> T
    ) async throws -> T {
        guard !reachability.isDown else {
            throw SQLError.unavailable("PostgreSQL is unreachable; reconnecting in the background")
        }
        let connected = StatementCounter()
        let reachability = self.reachability
        // A new pool's first connection is given the connect timeout: on a loaded machine
        // opening it can take longer than a busy pool's wait.
        let wait = reachability.hasAnswered || reachability.isDown ? connectionWait : firstConnectionWait
        do {
            let result = try await withThrowingTaskGroup(of: T.self) { group in
                group.addTask { try await operation(connected) }
                group.addTask {
                    try await Task.sleep(for: wait)
                    if connected.value == 0, !reachability.succeeded(within: wait) {
                        throw SQLError.unavailable("no connection to PostgreSQL within \(secondsText(Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18))s")
                    }
                    // Connected, or the pool is busy serving others: the operation's own
                    // deadline applies.
                    try await Task.sleep(for: .seconds(86_400))
                    throw CancellationError()
                }
                defer { group.cancelAll() }
                return try await group.next()!
            }
            reachability.succeeded()
            return result
        } catch SQLError.timeout(let seconds) where connected.value == 0 {
            unreachable()
            throw SQLError.unavailable("no connection to PostgreSQL within \(seconds)s")
        } catch {
            let translated = PostgresDatabase.translate(error, timeout: statementTimeout)
            if case SQLError.unavailable = translated { unreachable() }
            throw translated
        }
    }

    /// Marks the database unreachable and, the first time, starts the probe that marks it
    /// reachable again once the pool hands out a working connection.
    private func unreachable() {
        guard reachability.failed() else { return }
        let (client, logger, interval, reachability) = (self.client, self.logger, probeInterval, self.reachability)
        logger.warning("PostgreSQL is unreachable; failing requests at once until a probe reconnects")
        let task = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let answered = (try? await withDeadline(.seconds(1)) {
                    try await client.withConnection { connection in
                        _ = try await connection.query("SELECT 1", logger: logger)
                    }
                }) != nil
                if answered {
                    reachability.succeeded()
                    logger.info("PostgreSQL answers again")
                    return
                }
            }
        }
        probe.withLock { $0 = task }
    }

    public func execute(_ statement: SQLStatement) async throws {
        _ = try await query(statement)
    }

    public func executeScript(_ sql: String) async throws {
        for statement in SQLScript.statements(in: sql) {
            try await execute(SQLStatement(statement))
        }
    }

    /// Runs `body` in a transaction on one connection. Waiting for that connection is bounded
    /// as a statement's is (`reaching`), so work of several statements (a migration, the
    /// rollup) fails with `SQLError.unavailable` instead of waiting for a database that does
    /// not answer.
    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let (client, logger, counter, statementTimeout) = (self.client, self.logger, self.counter, self.statementTimeout)
        return try await withoutActuallyEscaping(body) { body in
            try await reaching { connected in
                try await client.withConnection { connection in
                    connected.increment()
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
            }
        }
    }

    public func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let (client, logger, counter, statementTimeout) = (self.client, self.logger, self.counter, self.statementTimeout)
        return try await withoutActuallyEscaping(body) { body in
            try await reaching { connected in
                try await client.withConnection { connection in
                    connected.increment()
                    return try await body(PostgresTransactionScope(
                        connection: connection, logger: logger, counter: counter, statementTimeout: statementTimeout))
                }
            }
        }
    }

    public func ping() async throws {
        _ = try await query("SELECT 1 AS ok")
    }

    /// Closes the pool. A connection the driver still waits on (one opened as the database
    /// went away, say) may keep the pool from finishing; after `closeWait` the close gives up
    /// waiting, so a shutdown never hangs on it.
    public func close() async throws {
        probe.withLock { $0?.cancel() }
        runTask.cancel()
        let runTask = self.runTask
        do {
            try await withDeadline(Self.closeWait) { await runTask.value }
        } catch {
            logger.warning("the PostgreSQL pool did not close within \(Self.closeWait); leaving it")
        }
    }

    static let closeWait: Duration = .seconds(5)

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
        // Without a SQLSTATE: only a failure of the connection itself means the database is
        // unavailable; anything else (a decoding failure, too many parameters) is a fault.
        switch psql.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed,
             .sslUnsupported, .failedToAddSSLHandler:
            return SQLError.unavailable(String(reflecting: psql.code))
        default:
            return SQLError.failed(String(reflecting: psql.code))
        }
    }
}
