import GraphQLCore

/// The parameters of one GraphQL request, as the transport received them.
public struct GraphQLParameters: Sendable, Equatable {
    public var query: String
    public var operationName: String?
    public var variables: GraphQLObject?
    public var extensions: GraphQLObject?

    public init(query: String, operationName: String? = nil, variables: GraphQLObject? = nil, extensions: GraphQLObject? = nil) {
        self.query = query
        self.operationName = operationName
        self.variables = variables
        self.extensions = extensions
    }
}

/// What running a request came to, in the terms a transport needs to pick a status code.
public enum GraphQLOutcome: Sendable, Equatable {
    /// The operation ran: the response has a `data` entry (possibly with field errors).
    case executed(body: [UInt8])
    /// A request error stopped it before execution (parse, validation, operation selection,
    /// variable coercion, limits): the response has `errors` and no `data`.
    case rejected(body: [UInt8])
    /// The database could not be reached (or timed out): the response's errors carry
    /// `SERVICE_UNAVAILABLE`; the transport answers 503 so clients retry later.
    case unavailable(body: [UInt8])
}

/// Runs GraphQL requests on behalf of one organization; the transport's view of the API.
public protocol GraphQLService: Sendable {
    /// The kind of the operation a request would run, for the transport's own rules (no
    /// mutation over GET), asked before anything else runs; nil when the document does not
    /// parse or names no operation (`run` then says why).
    func operationKind(_ parameters: GraphQLParameters) async -> OperationType?
    func run(_ parameters: GraphQLParameters, organizationID: String) async -> GraphQLOutcome
}
