/// Fragment Name Uniqueness (spec §5.5.1.1): spreads refer to fragments by name, so each
/// fragment name is defined once.
public struct FragmentNameUniquenessRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        var seen: [String: Name] = [:]
        init(_ context: ValidationContext) { self.context = context }

        func enterFragmentDefinition(_ node: FragmentDefinition) {
            if let first = seen[node.name.value] {
                context.report("There can be only one fragment named \"\(node.name.value)\".", at: [first.loc, node.name.loc])
            } else {
                seen[node.name.value] = node.name
            }
        }
    }
}
