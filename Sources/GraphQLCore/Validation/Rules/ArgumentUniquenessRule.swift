/// Argument Uniqueness (spec §5.4.2): arguments are a map from name to value, so one name
/// given twice to the same field or directive is ambiguous.
public struct ArgumentUniquenessRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterField(_ node: Field) { check(node.arguments) }
        func enterDirective(_ node: Directive, location: DirectiveLocation) { check(node.arguments) }

        private func check(_ arguments: [Argument]) {
            for (name, locations) in DuplicateNames.find(arguments.map(\.name)) {
                context.report("There can be only one argument named \"\(name)\".", at: locations)
            }
        }
    }
}
