/// The result of a request (spec section 7, "Response").
public struct GraphQLResponse: Sendable, Hashable {
    /// nil when a request error stopped the request before execution (no `data` entry);
    /// `.null` when a field error propagated up to the root.
    public var data: GraphQLValue?
    public var errors: [GraphQLError]

    public init(data: GraphQLValue?, errors: [GraphQLError] = []) {
        self.data = data
        self.errors = errors
    }

    /// A response with only request errors.
    public init(errors: [GraphQLError]) {
        self.data = nil
        self.errors = errors
    }

    /// Whether execution started; false for parse, validation, operation and variable errors.
    public var isExecuted: Bool { data != nil }
}
