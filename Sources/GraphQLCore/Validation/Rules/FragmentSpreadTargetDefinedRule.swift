/// Fragment Spread Target Defined (spec §5.5.2.1): a named spread must refer to a fragment
/// defined in the same document.
public struct FragmentSpreadTargetDefinedRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterFragmentSpread(_ node: FragmentSpread) {
            if context.fragment(named: node.name.value) == nil {
                context.report("Unknown fragment \"\(node.name.value)\".", at: [node.name.loc])
            }
        }
    }
}
