/// Directives Are Unique Per Location (spec §5.7.3): a non-repeatable directive given twice
/// at one location would make its effect ambiguous. Unknown directives are left to
/// `DirectivesAreDefinedRule`.
public struct DirectivesAreUniquePerLocationRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) { check(node.directives) }
        func enterFragmentDefinition(_ node: FragmentDefinition) { check(node.directives) }
        func enterVariableDefinition(_ node: VariableDefinition) { check(node.directives) }
        func enterField(_ node: Field) { check(node.directives) }
        func enterFragmentSpread(_ node: FragmentSpread) { check(node.directives) }
        func enterInlineFragment(_ node: InlineFragment) { check(node.directives) }

        private func check(_ directives: [Directive]) {
            var seen: [String: Directive] = [:]
            for directive in directives {
                let name = directive.name.value
                guard let definition = context.schema.directive(named: name), !definition.isRepeatable else { continue }
                if let first = seen[name] {
                    context.report("The directive \"@\(name)\" can only be used once at this location.", at: [first.loc, directive.loc])
                } else {
                    seen[name] = directive
                }
            }
        }
    }
}
