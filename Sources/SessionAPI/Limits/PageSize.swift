import GraphQLCore

/// The rule for `first`: 1 to `QueryLimits.maxPageSize`, else `BAD_USER_INPUT`.
enum PageSize {
    static func outOfRange(_ first: Int, field: String, limits: QueryLimits, location: SourceLocation? = nil) -> GraphQLError {
        GraphQLError(
            "Argument \"first\" of \(field) must be between 1 and \(limits.maxPageSize); got \(first).",
            locations: location.map { [$0] } ?? [], code: .badUserInput)
    }
}
