/// Directives Are Defined (spec §5.7.1): a directive must be one the schema supports.
public struct DirectivesAreDefinedRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterDirective(_ node: Directive, location: DirectiveLocation) {
            if context.directive == nil {
                context.report("Unknown directive \"@\(node.name.value)\".", at: [node.loc])
            }
        }
    }
}
