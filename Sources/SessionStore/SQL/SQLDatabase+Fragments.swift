/// Running fragments: each is rendered once, for the database's own dialect. (A string
/// literal passed to these names is a `SQLStatement`, which suits both backends.)
extension SQLDatabase {
    /// Runs `fragment` and returns all of its rows.
    @_disfavoredOverload
    func query(_ fragment: SQLFragment) async throws -> [SQLRow] {
        try await query(fragment.statement(for: dialect))
    }

    /// Runs `fragment`, whose rows (if any) are not needed.
    @_disfavoredOverload
    func execute(_ fragment: SQLFragment) async throws {
        try await execute(fragment.statement(for: dialect))
    }

    /// The first row of `fragment`'s result, if any.
    @_disfavoredOverload
    func queryFirst(_ fragment: SQLFragment) async throws -> SQLRow? {
        try await query(fragment).first
    }
}
