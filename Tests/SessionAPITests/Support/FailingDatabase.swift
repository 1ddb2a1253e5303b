import Foundation
import SessionStore

/// A view of a database whose statements throw `error` when `fails` says so (every
/// statement by default) and otherwise run on `base`: a database that is down, or a
/// statement the backend rejects, without touching the real one.
final class FailingDatabase: SQLDatabase, @unchecked Sendable {
    let base: any SQLDatabase
    let error: any Error
    let fails: @Sendable (SQLStatement) -> Bool
    private let lock = NSLock()
    private var failed: [String] = []

    init(_ base: any SQLDatabase, throwing error: any Error, when fails: @escaping @Sendable (SQLStatement) -> Bool = { _ in true }) {
        self.base = base
        self.error = error
        self.fails = fails
    }

    var dialect: SQLDialect { base.dialect }

    var statementCount: Int { base.statementCount }

    /// The SQL of every statement that was made to fail.
    var failedStatements: [String] { lock.withLock { failed } }

    private func check(_ statement: SQLStatement) throws {
        guard fails(statement) else { return }
        lock.withLock { failed.append(statement.sql) }
        throw error
    }

    func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        try check(statement)
        return try await base.query(statement)
    }

    func execute(_ statement: SQLStatement) async throws {
        try check(statement)
        try await base.execute(statement)
    }

    func executeScript(_ sql: String) async throws {
        try await base.executeScript(sql)
    }

    func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await base.transaction(body)
    }

    func ping() async throws {
        try await base.ping()
    }

    func close() async throws {
        try await base.close()
    }
}
