/// Fragment Spread Type Existence (spec §5.5.1.2): the type condition of a named or inline
/// fragment must name a type of the schema.
public struct FragmentSpreadTypeExistenceRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterFragmentDefinition(_ node: FragmentDefinition) { check(node.typeCondition) }
        func enterInlineFragment(_ node: InlineFragment) { node.typeCondition.map(check) }

        private func check(_ typeName: Name) {
            let schema = context.schema
            guard schema.type(named: typeName.value) == nil else { return }
            let hint = Suggestions.didYouMean(Suggestions.list(typeName.value, options: schema.typeNames))
            context.report("Unknown type \"\(typeName.value)\".\(hint)", at: [typeName.loc])
        }
    }
}
