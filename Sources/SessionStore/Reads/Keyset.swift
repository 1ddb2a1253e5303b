/// Keyset pagination: a page starts strictly past the cursor's (time, id) and is fetched
/// one row long, so the extra row tells whether another page follows.
extension SQLDialect {
    /// Rows strictly after `cursor`'s position `(time, id)` in a list ordered by
    /// `(sortTime(time), binary(id))`, both ascending or both descending (or at it, with
    /// `inclusive`), written so that the backend turns it into an index range when an index
    /// has exactly those two expressions in that order after the parent's columns:
    /// on PostgreSQL one row comparison, `(sortTime(time), binary(id)) > (t, i)` (or `<`);
    /// on SQLite, which ranges over an expression column only by a plain comparison,
    /// `sortTime(time) >= t AND (sortTime(time) > t OR id > i)`.
    func keysetRange(
        time: String, id: String, descending: Bool, after cursor: Cursor, inclusive: Bool = false
    ) -> SQLFragment {
        let comparison = descending ? "<" : ">"
        let last = inclusive ? comparison + "=" : comparison
        switch self {
        case .postgres:
            return "(\(raw: sortTime(time)), \(raw: binary(id))) \(raw: last) (\(cursor.time), \(cursor.id))"
        case .sqlite:
            let sortKey = sortTime(time)
            return """
                (\(raw: sortKey) \(raw: comparison)= \(cursor.time) \
                AND (\(raw: sortKey) \(raw: comparison) \(cursor.time) OR \(raw: binary(id)) \(raw: last) \(cursor.id)))
                """
        }
    }

    /// `ORDER BY` text for `(sortTime(time), binary(id))` in one direction.
    func keysetOrder(time: String, id: String, descending: Bool) -> String {
        let direction = descending ? "DESC" : "ASC"
        return "\(sortTime(time)) \(direction), \(binary(id)) \(direction)"
    }
}

/// The SQL of one `PageRange` over a list ordered by `(sortTime(time), binary(id))`: the
/// bounds as conditions, the order the rows are read in, and the row limit. Each branch
/// that reads the list binds the cursors' values where its conditions land.
struct KeysetWindow {
    let dialect: SQLDialect
    let range: PageRange
    /// The list's own order.
    let descending: Bool

    init(_ range: PageRange, descending: Bool, dialect: SQLDialect) {
        self.dialect = dialect
        self.range = range
        self.descending = descending
    }

    /// The row limit: one row more than the page.
    var limit: SQLFragment { "\(max(range.size, 0) + 1)" }

    /// Whether rows are read descending: the list's order, reversed for a page from the end.
    var readsDescending: Bool { descending != range.fromEnd }

    /// `AND …` conditions keeping the rows between the bounds (empty without bounds).
    func bounds(time: String, id: String) -> SQLFragment {
        var conditions = SQLFragment.empty
        if let after = range.after {
            conditions += " AND " + dialect.keysetRange(
                time: time, id: id, descending: descending, after: after, inclusive: range.includesAfter)
        }
        if let before = range.before {
            conditions += " AND " + dialect.keysetRange(time: time, id: id, descending: !descending, after: before)
        }
        return conditions
    }

    /// `ORDER BY` text in reading order.
    func order(time: String, id: String) -> String {
        dialect.keysetOrder(time: time, id: id, descending: readsDescending)
    }
}

extension Page {
    /// A page from rows read in `range`'s reading order, one row longer than the page when
    /// more follow: the extra row only says so. A page from the end is turned back into
    /// the list's order.
    init(read rows: [Node], range: PageRange, cursor: (Node) -> Cursor) {
        let size = max(range.size, 0)
        let kept = rows.prefix(size).map { Edge(node: $0, cursor: cursor($0)) }
        let more = rows.count > size
        if range.fromEnd {
            self.init(edges: kept.reversed(), hasNextPage: range.before != nil, hasPreviousPage: more)
        } else {
            self.init(edges: kept, hasNextPage: more, hasPreviousPage: range.after != nil)
        }
    }
}

extension Page {
    /// One page per parent from the rows of a batch read, which come grouped by parent in
    /// reading order; a parent without rows gets an empty page.
    static func byParent(
        _ rows: [Node], parents: Set<String>, parent: (Node) -> String, range: PageRange, cursor: (Node) -> Cursor
    ) -> [String: Page] {
        let grouped = Dictionary(grouping: rows, by: parent)
        return Dictionary(uniqueKeysWithValues: parents.map { key in
            (key, Page(read: grouped[key] ?? [], range: range, cursor: cursor))
        })
    }
}
