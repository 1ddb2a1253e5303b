/// A parsed and validated document with the operation to run and its raw variables.
public struct GraphQLRequest: Sendable {
    public var document: Document
    /// Required when the document has more than one operation.
    public var operationName: String?
    /// Variable values as the transport decoded them (JSON), not yet coerced.
    public var variables: GraphQLObject

    public init(document: Document, operationName: String? = nil, variables: GraphQLObject = GraphQLObject()) {
        self.document = document
        self.operationName = operationName
        self.variables = variables
    }
}
