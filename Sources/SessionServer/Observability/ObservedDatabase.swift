import SessionStore

/// A database that times and counts each statement: into the server's metrics, and into the
/// statistics of the request that issued it (for its log line).
public final class ObservedDatabase: SQLDatabase {
    let base: any SQLDatabase
    let metrics: ServerMetrics

    public init(_ base: any SQLDatabase, metrics: ServerMetrics) {
        self.base = base
        self.metrics = metrics
    }

    public var dialect: SQLDialect { base.dialect }
    public var statementCount: Int { base.statementCount }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        let start = ContinuousClock.now
        metrics.statementsInFlight(1)
        defer { metrics.statementsInFlight(-1) }
        do {
            let rows = try await base.query(statement)
            record(since: start, failed: false)
            return rows
        } catch {
            record(since: start, failed: true)
            throw error
        }
    }

    private func record(since start: ContinuousClock.Instant, failed: Bool) {
        let duration = ContinuousClock.now - start
        metrics.statement(duration: duration, failed: failed)
        RequestStatistics.current?.statement(took: duration)
    }

    public func execute(_ statement: SQLStatement) async throws {
        _ = try await query(statement)
    }

    public func executeScript(_ sql: String) async throws {
        try await base.executeScript(sql)
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let metrics = self.metrics
        return try await base.transaction { scope in try await body(ObservedDatabase(scope, metrics: metrics)) }
    }

    public func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let metrics = self.metrics
        return try await base.withConnection { scope in try await body(ObservedDatabase(scope, metrics: metrics)) }
    }

    public func ping() async throws {
        try await base.ping()
    }

    public func close() async throws {
        try await base.close()
    }
}
