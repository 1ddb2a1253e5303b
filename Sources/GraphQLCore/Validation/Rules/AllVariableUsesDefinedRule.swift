/// All Variable Uses Defined (spec §5.8.3): variables are scoped to an operation, so every
/// variable used by it, or by a fragment it reaches, must be defined by it.
public struct AllVariableUsesDefinedRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func leaveOperation(_ node: OperationDefinition) {
            let defined = Set(node.variableDefinitions.map(\.variable.value))
            for usage in context.recursiveVariableUsages(of: node) where !defined.contains(usage.name) {
                let message = node.name.map { "Variable \"$\(usage.name)\" is not defined by operation \"\($0.value)\"." }
                    ?? "Variable \"$\(usage.name)\" is not defined."
                context.report(message, at: [usage.loc, node.loc])
            }
        }
    }
}
