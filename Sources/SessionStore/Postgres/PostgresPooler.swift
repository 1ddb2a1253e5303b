/// What stands between SessionQL and PostgreSQL, from a URL's `pooler` parameter.
///
/// Behind a pooler in transaction mode (PgBouncer's `pool_mode = transaction`) each
/// transaction, and each statement outside one, may run on another server connection, and
/// the pooler refuses startup parameters it does not track. So SessionQL then keeps no
/// state in the database session:
/// - no startup parameters (`statement_timeout`, `jit`, `search_path`): set them on the role
///   (`ALTER ROLE … SET`) or in the pooler instead;
/// - no named prepared statements: each statement is parsed, bound and run in one go;
/// - no cancellation by backend process id, which names a server connection that the
///   next statement may not use (the request still stops waiting at its deadline);
/// - no `LISTEN` (it needs a connection of its own: `--listen-database-url`);
/// - no migrations, which hold a session-level advisory lock (migrate through a direct URL).
///
/// Settings inside a transaction (`SET LOCAL`) stay correct: the transaction keeps its
/// server connection to the end.
public enum PostgresPooler: String, Sendable, Equatable {
    /// A direct connection, or a pooler in session mode.
    case none
    /// A pooler in transaction mode.
    case transaction

    /// Reads `?pooler=`: absent or `none`, `session` (the same as none for SessionQL), or
    /// `transaction`.
    init(parameter: String?) throws {
        switch parameter?.lowercased() {
        case nil, "", "none", "session": self = .none
        case "transaction": self = .transaction
        case let other?:
            throw SQLError.invalidConfiguration(
                "unknown pooler \"\(other)\" in the PostgreSQL URL: use pooler=transaction (or session, none)")
        }
    }
}
