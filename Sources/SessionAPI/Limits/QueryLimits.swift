/// What a document may ask for, checked before anything runs, so a single request cannot
/// make the server parse, plan or fetch without bound.
public struct QueryLimits: Sendable, Equatable {
    /// Largest document, in UTF-8 bytes.
    public var maxDocumentBytes: Int
    /// Most lexical tokens the parser reads before giving up.
    public var maxTokens: Int
    /// Deepest nesting of field selections (a root field is at depth 1). The standard
    /// introspection query needs 14.
    public var maxDepth: Int
    /// Most field selections, counting a fragment again wherever it is spread.
    public var maxFields: Int
    /// Most aliased fields (an alias equal to the field's name does not count).
    public var maxAliases: Int
    /// Most objects the `first` arguments allow the response to hold: each connection
    /// field counts the product of the `first` values on its path.
    public var maxNodes: Int
    /// Largest `first` of any connection, as documented in the schema.
    public var maxPageSize: Int

    public init(
        maxDocumentBytes: Int = 65_536, maxTokens: Int = 10_000, maxDepth: Int = 15, maxFields: Int = 1_000,
        maxAliases: Int = 50, maxNodes: Int = 50_000, maxPageSize: Int = 100
    ) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
        self.maxFields = maxFields
        self.maxAliases = maxAliases
        self.maxNodes = maxNodes
        self.maxPageSize = maxPageSize
    }
}
