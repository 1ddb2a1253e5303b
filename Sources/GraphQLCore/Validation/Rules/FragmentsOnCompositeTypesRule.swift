/// Fragments On Composite Types (spec §5.5.1.3): fragments select fields, so their type
/// condition must be an object, interface or union.
public struct FragmentsOnCompositeTypesRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterFragmentDefinition(_ node: FragmentDefinition) {
            if isNonComposite(node.typeCondition) {
                context.report("Fragment \"\(node.name.value)\" cannot condition on non composite type \"\(node.typeCondition.value)\".", at: [node.typeCondition.loc])
            }
        }

        func enterInlineFragment(_ node: InlineFragment) {
            if let condition = node.typeCondition, isNonComposite(condition) {
                context.report("Fragment cannot condition on non composite type \"\(condition.value)\".", at: [condition.loc])
            }
        }

        /// Unknown types are left to `FragmentSpreadTypeExistenceRule`.
        private func isNonComposite(_ typeName: Name) -> Bool {
            context.schema.type(named: typeName.value).map { !$0.isCompositeType } ?? false
        }
    }
}
