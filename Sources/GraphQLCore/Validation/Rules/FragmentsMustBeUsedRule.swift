/// Fragments Must Be Used (spec §5.5.1.4): every defined fragment must be reachable from
/// some operation of the document.
public struct FragmentsMustBeUsedRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        var operations: [OperationDefinition] = []
        var fragments: [FragmentDefinition] = []
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) { operations.append(node) }
        func enterFragmentDefinition(_ node: FragmentDefinition) { fragments.append(node) }

        func leaveDocument(_ node: Document) {
            var used: Set<String> = []
            for operation in operations {
                for fragment in context.recursivelyReferencedFragments(of: operation) {
                    used.insert(fragment.name.value)
                }
            }
            for fragment in fragments where !used.contains(fragment.name.value) {
                context.report("Fragment \"\(fragment.name.value)\" is never used.", at: [fragment.loc])
            }
        }
    }
}
