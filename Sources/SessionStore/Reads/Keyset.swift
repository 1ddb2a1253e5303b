/// Keyset pagination: a page starts strictly past the cursor's (time, id) and is fetched
/// one row long, so the extra row tells whether another page follows.
extension SQLDialect {
    /// Rows strictly after the cursor position `(time, id)` in a list ordered by
    /// `(sortTime(time), binary(id))`, both ascending or both descending, written so that
    /// the backend turns it into an index range when an index has exactly those two
    /// expressions in that order after the parent's columns:
    /// on PostgreSQL one row comparison, `(sortTime(time), binary(id)) > (t, i)` (or `<`);
    /// on SQLite, which ranges over an expression column only by a plain comparison,
    /// `sortTime(time) >= t AND (sortTime(time) > t OR id > i)`.
    func keysetRange(time: String, id: String, descending: Bool, after: (time: String, id: String)) -> String {
        let comparison = descending ? "<" : ">"
        switch self {
        case .postgres:
            return "(\(sortTime(time)), \(binary(id))) \(comparison) (\(after.time), \(after.id))"
        case .sqlite:
            let sortKey = sortTime(time)
            return "(\(sortKey) \(comparison)= \(after.time) AND (\(sortKey) \(comparison) \(after.time) OR \(binary(id)) \(comparison) \(after.id)))"
        }
    }

    /// `ORDER BY` text for `(sortTime(time), binary(id))` in one direction.
    func keysetOrder(time: String, id: String, descending: Bool) -> String {
        let direction = descending ? "DESC" : "ASC"
        return "\(sortTime(time)) \(direction), \(binary(id)) \(direction)"
    }
}

extension Page {
    /// A page from rows fetched `first + 1` long: the extra row only sets `hasNextPage`.
    init(_ rows: [Node], first: Int, cursor: (Node) -> Cursor) {
        let size = max(first, 0)
        self.init(
            edges: rows.prefix(size).map { Edge(node: $0, cursor: cursor($0)) },
            hasNextPage: rows.count > size)
    }
}
