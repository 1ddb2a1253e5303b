/// Which SQL backend a `SQLDatabase` speaks, for the few places where SQL text differs.
public enum SQLDialect: String, Sendable, Hashable {
    case postgres
    case sqlite

    /// The membership test of an expression in `keys`, a key set bound as ONE array
    /// parameter (`SQLValue.textArray` / `.intArray`):
    ///
    ///     "WHERE s.mcp_server_session_id \(db.dialect.isMember(of: ids.sorted()))"
    ///
    /// PostgreSQL binds a real array; SQLite receives the keys as a JSON array text.
    public func isMember(of keys: some SQLValueConvertible) -> SQLFragment {
        switch self {
        case .postgres: "= ANY(\(keys))"
        case .sqlite: "IN (SELECT value FROM json_each(\(keys)))"
        }
    }

    /// What precedes a parameter's number in rendered SQL: PostgreSQL's `$n`, SQLite's
    /// `?n` (SQLite reads `$1` as a named parameter, numbered by first appearance rather
    /// than by its digits).
    var placeholderMarker: Character {
        switch self {
        case .postgres: "$"
        case .sqlite: "?"
        }
    }
}
