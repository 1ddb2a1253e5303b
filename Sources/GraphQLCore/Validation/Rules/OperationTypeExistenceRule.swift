/// Operation Type Existence (spec §5.2.1, September 2025 edition): a mutation or
/// subscription can only run when the schema defines that root operation type.
public struct OperationTypeExistenceRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) {
            if context.schema.rootType(for: node.operation) == nil {
                context.report("The \(node.operation.rawValue) operation is not supported by the schema.", at: [node.loc])
            }
        }
    }
}
