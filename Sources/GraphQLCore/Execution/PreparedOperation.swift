/// A request ready to execute: its document parsed and validated, its operation selected and
/// its variables coerced, each once. `Executor.prepare` makes one; `Executor.execute` runs it
/// without selecting or coercing again.
public struct PreparedOperation: Sendable {
    public let document: Document
    public let operation: OperationDefinition
    /// The name of the root type the operation starts from.
    public let rootType: String
    /// The variables, coerced by their definitions (defaults applied).
    public let variables: GraphQLObject

    /// Query, mutation or subscription.
    public var kind: OperationType { operation.operation }
}

/// Why a request could not be prepared: its request errors, in order, and the step that
/// found them.
public struct RequestErrors: Error, Sendable {
    /// The steps of a preparation, in order.
    public enum Stage: Sendable, Equatable {
        case parse, documentCheck, validation, operationSelection, variableCoercion, operationCheck
    }

    public var errors: [GraphQLError]
    public var stage: Stage

    public init(errors: [GraphQLError], stage: Stage) {
        self.errors = errors
        self.stage = stage
    }
}

extension Executor {
    /// The preparation of a parsed and validated document (spec 6.1, ExecuteRequest, before
    /// execution): selects the operation (unless `operation` is given, already selected),
    /// checks that the schema has its root type, and coerces the variables. A failure is the
    /// request errors to answer with.
    public func prepare(
        _ request: GraphQLRequest, operation selected: OperationDefinition? = nil
    ) -> Result<PreparedOperation, RequestErrors> {
        let operation: OperationDefinition
        if let selected {
            operation = selected
        } else {
            do {
                operation = try OperationSelection.select(in: request.document, named: request.operationName)
            } catch {
                return .failure(RequestErrors(errors: [Self.requestError(error)], stage: .operationSelection))
            }
        }
        guard let rootType = schema.rootType(for: operation.operation) else {
            return .failure(RequestErrors(errors: [GraphQLError(
                "Schema is not configured to execute \(operation.operation.rawValue) operation.",
                locations: [operation.loc], code: .operationResolutionFailure)], stage: .operationSelection))
        }
        switch InputCoercion.coerceVariableValues(operation.variableDefinitions, values: request.variables, in: schema) {
        case .success(let variables):
            return .success(PreparedOperation(
                document: request.document, operation: operation, rootType: rootType.name, variables: variables))
        case .failure(let failure):
            return .failure(RequestErrors(errors: failure.errors, stage: .variableCoercion))
        }
    }
}
