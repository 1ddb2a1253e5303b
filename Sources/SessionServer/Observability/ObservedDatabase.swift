import SessionStore
import Tracing

/// A database that times and counts each statement: into the server's metrics, into the
/// statistics of the request that issued it (for its log line), and as a span of the
/// request's trace when tracing is on.
public final class ObservedDatabase: SQLDatabase {
    let base: any SQLDatabase
    let metrics: ServerMetrics
    /// Whether each statement is a span (only when a tracer is bootstrapped).
    let traced: Bool

    public init(_ base: any SQLDatabase, metrics: ServerMetrics, traced: Bool = false) {
        self.base = base
        self.metrics = metrics
        self.traced = traced
    }

    public var dialect: SQLDialect { base.dialect }
    public var statementCount: Int { base.statementCount }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        guard traced else { return try await measured(statement) }
        let sql = statement.sql(for: base.dialect)
        return try await withSpan(Self.spanName(sql), ofKind: .client) { span in
            span.attributes["db.system"] = base.dialect == .postgres ? "postgresql" : "sqlite"
            span.attributes["db.statement"] = String(sql.prefix(2_000))
            let rows = try await measured(statement)
            span.attributes["db.rows"] = rows.count
            return rows
        }
    }

    private func measured(_ statement: SQLStatement) async throws -> [SQLRow] {
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

    /// `SQL SELECT`, `SQL WITH`, `SQL UPDATE`…: the statement's first word.
    static func spanName(_ sql: String) -> String {
        let word = sql.drop { $0.isWhitespace }.prefix { $0.isLetter }
        return "SQL " + (word.isEmpty ? "statement" : word.uppercased())
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
        let (metrics, traced) = (self.metrics, self.traced)
        return try await base.transaction { scope in try await body(ObservedDatabase(scope, metrics: metrics, traced: traced)) }
    }

    public func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let (metrics, traced) = (self.metrics, self.traced)
        return try await base.withConnection { scope in try await body(ObservedDatabase(scope, metrics: metrics, traced: traced)) }
    }

    public func ping() async throws {
        try await base.ping()
    }

    public func close() async throws {
        try await base.close()
    }
}
