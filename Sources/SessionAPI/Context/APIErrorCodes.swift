import GraphQLCore

/// `extensions.code` values the API adds to the engine's own (parse, validation, bad input).
extension ErrorCode {
    /// The database could not be reached or did not answer in time; retrying later may work.
    public static let serviceUnavailable = ErrorCode(rawValue: "SERVICE_UNAVAILABLE")
    /// The document is larger than `QueryLimits.maxDocumentBytes`.
    public static let documentTooLarge = ErrorCode(rawValue: "DOCUMENT_TOO_LARGE")
    /// Selections nest deeper than `QueryLimits.maxDepth`.
    public static let maxDepthExceeded = ErrorCode(rawValue: "MAX_DEPTH_EXCEEDED")
    /// More field selections than `QueryLimits.maxFields` once fragments are expanded.
    public static let maxFieldsExceeded = ErrorCode(rawValue: "MAX_FIELDS_EXCEEDED")
    /// More aliases than `QueryLimits.maxAliases`.
    public static let maxAliasesExceeded = ErrorCode(rawValue: "MAX_ALIASES_EXCEEDED")
    /// The `first` arguments multiply to more objects than `QueryLimits.maxNodes`.
    public static let maxNodesExceeded = ErrorCode(rawValue: "MAX_NODES_EXCEEDED")
    /// A persisted-query hash the server does not know: send the query with it.
    public static let persistedQueryNotFound = ErrorCode(rawValue: "PERSISTED_QUERY_NOT_FOUND")
    /// The query sent with a persisted-query hash does not hash to it.
    public static let persistedQueryHashMismatch = ErrorCode(rawValue: "PERSISTED_QUERY_HASH_MISMATCH")
    /// A persisted-query extension of a version other than 1.
    public static let persistedQueryNotSupported = ErrorCode(rawValue: "PERSISTED_QUERY_NOT_SUPPORTED")
    /// With trusted documents only (`serve --persisted-only`), a document that is not trusted.
    public static let trustedDocumentRequired = ErrorCode(rawValue: "TRUSTED_DOCUMENT_REQUIRED")
    /// The request's parameters are not what GraphQL over HTTP allows.
    public static let badRequest = ErrorCode(rawValue: "BAD_REQUEST")
}
