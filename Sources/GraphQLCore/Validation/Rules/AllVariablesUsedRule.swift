/// All Variables Used (spec §5.8.4): a variable an operation defines must be used by it or
/// by a fragment it reaches.
public struct AllVariablesUsedRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func leaveOperation(_ node: OperationDefinition) {
            let used = Set(context.recursiveVariableUsages(of: node).map(\.name))
            for definition in node.variableDefinitions where !used.contains(definition.variable.value) {
                let name = definition.variable.value
                let message = node.name.map { "Variable \"$\(name)\" is never used in operation \"\($0.value)\"." }
                    ?? "Variable \"$\(name)\" is never used."
                context.report(message, at: [definition.loc])
            }
        }
    }
}
