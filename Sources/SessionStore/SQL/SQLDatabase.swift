/// The small, backend-neutral SQL executor everything in SessionStore is built on.
///
/// Implemented by `PostgresDatabase` and `SQLiteDatabase`. Every statement runs under the
/// configured statement timeout and is counted (`statementCount`), so tests can assert
/// that a GraphQL document costs a bounded number of statements.
public protocol SQLDatabase: Sendable {
    var dialect: SQLDialect { get }

    /// Runs a statement and returns all of its rows.
    func query(_ statement: SQLStatement) async throws -> [SQLRow]

    /// Runs a statement whose rows (if any) are not needed.
    func execute(_ statement: SQLStatement) async throws

    /// Runs several `;`-separated statements without bound parameters (migration files).
    func executeScript(_ sql: String) async throws

    /// Runs `body` in one transaction on one connection: committed when `body` returns,
    /// rolled back when it throws. Use only the database handed to `body` inside it.
    func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T

    /// Runs `body` on one connection outside any transaction (session settings and
    /// session-level locks hold across its statements). Use only the database handed to
    /// `body` inside it, and leave the connection's settings as they were.
    func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T

    /// Checks that the database answers (`SELECT 1`).
    func ping() async throws

    /// Number of statements run so far through this database (and its transactions).
    var statementCount: Int { get }

    /// Releases connections. The database must not be used afterwards.
    func close() async throws
}

extension SQLDatabase {
    /// A database with a single connection (SQLite, a transaction's scope) is its own.
    public func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await body(self)
    }

    /// The first row of the result, if any.
    public func queryFirst(_ statement: SQLStatement) async throws -> SQLRow? {
        try await query(statement).first
    }
}
