import Logging
import PostgresNIO

/// The `SQLDatabase` handed to a transaction body: every statement runs on the one
/// connection that holds the transaction. Nested transactions run inline.
struct PostgresTransactionScope: SQLDatabase {
    let dialect: SQLDialect = .postgres
    let connection: PostgresConnection
    let logger: Logger
    let counter: StatementCounter
    let statementTimeout: Duration

    var statementCount: Int { counter.value }

    func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        counter.increment()
        do {
            let rows = try await connection.query(try PostgresStatementEncoding.query(statement), logger: logger)
            return try await PostgresRowDecoding.rows(rows)
        } catch {
            throw PostgresDatabase.translate(error, timeout: statementTimeout)
        }
    }

    func execute(_ statement: SQLStatement) async throws {
        _ = try await query(statement)
    }

    func executeScript(_ sql: String) async throws {
        for statement in SQLScript.statements(in: sql) {
            try await execute(SQLStatement(statement))
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
