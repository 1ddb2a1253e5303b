/// Fragment Spread Is Possible (spec §5.5.2.3): a fragment applies only to objects of its
/// type condition, so spreading it where no such object can appear is a mistake.
public struct FragmentSpreadIsPossibleRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterInlineFragment(_ node: InlineFragment) {
            guard let fragmentType = context.type?.namedType, let parent = context.parentTypeName else { return }
            if isComposite(fragmentType), isComposite(parent), !typesOverlap(fragmentType, parent, in: context.schema) {
                context.report("Fragment cannot be spread here as objects of type \"\(parent)\" can never be of type \"\(fragmentType)\".", at: [node.loc])
            }
        }

        func enterFragmentSpread(_ node: FragmentSpread) {
            guard let fragment = context.fragment(named: node.name.value), let parent = context.parentTypeName else { return }
            let fragmentType = fragment.typeCondition.value
            if isComposite(fragmentType), isComposite(parent), !typesOverlap(fragmentType, parent, in: context.schema) {
                context.report("Fragment \"\(node.name.value)\" cannot be spread here as objects of type \"\(parent)\" can never be of type \"\(fragmentType)\".", at: [node.loc])
            }
        }

        private func isComposite(_ name: String) -> Bool {
            context.schema.type(named: name)?.isCompositeType == true
        }
    }
}
