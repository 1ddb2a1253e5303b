/// An error in the shape the GraphQL specification gives to the `errors` entry of a response.
public struct GraphQLError: Error, Sendable, Hashable {
    public var message: String
    public var locations: [SourceLocation]
    public var path: [PathComponent]
    /// `extensions.code`, e.g. `GRAPHQL_PARSE_FAILED`.
    public var code: ErrorCode?

    public init(_ message: String, locations: [SourceLocation] = [], path: [PathComponent] = [], code: ErrorCode? = nil) {
        self.message = message
        self.locations = locations
        self.path = path
        self.code = code
    }
}

/// One step of a response path: a response key or a list index.
public enum PathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// The values of `extensions.code`.
public struct ErrorCode: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let parseFailed = ErrorCode(rawValue: "GRAPHQL_PARSE_FAILED")
    public static let validationFailed = ErrorCode(rawValue: "GRAPHQL_VALIDATION_FAILED")
    public static let badUserInput = ErrorCode(rawValue: "BAD_USER_INPUT")
    public static let internalServerError = ErrorCode(rawValue: "INTERNAL_SERVER_ERROR")
}
