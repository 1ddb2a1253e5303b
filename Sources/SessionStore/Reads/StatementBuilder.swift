/// Collects bound values while SQL text is assembled from pieces, so one parameter (the
/// organization id, say) can be referenced several times and fragments can be shared.
struct StatementBuilder {
    private(set) var binds: [SQLValue] = []

    /// Binds `value` as a new parameter and returns its placeholder (`$n`).
    mutating func bind(_ value: some SQLValueConvertible) -> String {
        binds.append(value.sqlValue)
        return "$\(binds.count)"
    }

    func statement(_ sql: String) -> SQLStatement {
        SQLStatement(sql, binds)
    }
}
