/// Variable Uniqueness (spec §5.8.1): an operation defines each variable once, even with
/// the same type.
public struct VariableUniquenessRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) {
            for (name, locations) in DuplicateNames.find(node.variableDefinitions.map(\.variable)) {
                context.report("There can be only one variable named \"$\(name)\".", at: locations)
            }
        }
    }
}
