import GraphQLCore

/// The rule for `first` and `last`: 1 to `QueryLimits.maxPageSize`, else `BAD_USER_INPUT`.
enum PageSize {
    static func outOfRange(
        _ size: Int, argument: String = "first", field: String, limits: QueryLimits, location: SourceLocation? = nil
    ) -> GraphQLError {
        GraphQLError(
            "Argument \"\(argument)\" of \(field) must be between 1 and \(limits.maxPageSize); got \(size).",
            locations: location.map { [$0] } ?? [], code: .badUserInput)
    }
}
