import Foundation
import SessionStore

/// A view of a shared database that counts only the statements run through it, so tests
/// running side by side on one seeded database each see their own `statementCount` deltas.
final class CountingDatabase: SQLDatabase, @unchecked Sendable {
    let base: any SQLDatabase
    private let lock = NSLock()
    private var count = 0

    init(_ base: any SQLDatabase) {
        self.base = base
    }

    var dialect: SQLDialect { base.dialect }

    var statementCount: Int { lock.withLock { count } }

    private func counted() {
        lock.withLock { count += 1 }
    }

    func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        counted()
        return try await base.query(statement)
    }

    func execute(_ statement: SQLStatement) async throws {
        counted()
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
