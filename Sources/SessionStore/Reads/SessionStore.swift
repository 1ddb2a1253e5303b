/// The batch reads (and the one write) SessionQL's API makes, over any `SQLDatabase`.
///
/// One implementation serves PostgreSQL and SQLite; the few spots where their SQL differs
/// go through `SQLDialect` helpers. Every read:
/// - takes the caller's organization id and answers only with that organization's rows
///   (a session through its server, tool calls and tickets through such sessions, a user
///   through a session on its servers), so another tenant's id simply yields nothing;
/// - takes a set of keys and answers all of them in ONE statement with every value bound,
///   results grouped per key, so per-request loaders cost one statement per batch;
/// - runs no statement at all for an empty key set.
public struct SessionStore: Sendable {
    public let database: any SQLDatabase

    public init(database: any SQLDatabase) {
        self.database = database
    }

    var dialect: SQLDialect { database.dialect }
}
