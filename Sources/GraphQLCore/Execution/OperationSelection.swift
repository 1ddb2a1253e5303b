extension ErrorCode {
    /// The document has no operation of the requested name, or the name was needed and missing.
    public static let operationResolutionFailure = ErrorCode(rawValue: "OPERATION_RESOLUTION_FAILURE")
}

/// Picks the operation a request runs (spec 6.1, GetOperation).
public enum OperationSelection {
    /// The operation named `operationName`, or the only operation when the name is nil.
    /// Errors (code `OPERATION_RESOLUTION_FAILURE`) use graphql-js's messages.
    public static func select(in document: Document, named operationName: String?) throws -> OperationDefinition {
        var found: OperationDefinition?
        var count = 0
        for case .operation(let operation) in document.definitions {
            count += 1
            if let operationName {
                if operation.name?.value == operationName, found == nil { found = operation }
            } else if found == nil {
                found = operation
            }
        }
        if let operationName {
            guard let found else {
                throw GraphQLError("Unknown operation named \"\(operationName)\".", code: .operationResolutionFailure)
            }
            return found
        }
        guard let found else {
            throw GraphQLError("Must provide an operation.", code: .operationResolutionFailure)
        }
        guard count == 1 else {
            throw GraphQLError("Must provide operation name if query contains multiple operations.", code: .operationResolutionFailure)
        }
        return found
    }
}
