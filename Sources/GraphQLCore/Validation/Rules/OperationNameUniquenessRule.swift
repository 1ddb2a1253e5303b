/// Operation Name Uniqueness (spec §5.2.1.1): a named operation is chosen by its name, so
/// the name must be unique in the document, whatever the operation types.
public struct OperationNameUniquenessRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        var seen: [String: Name] = [:]
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) {
            guard let name = node.name else { return }
            if let first = seen[name.value] {
                context.report("There can be only one operation named \"\(name.value)\".", at: [first.loc, name.loc])
            } else {
                seen[name.value] = name
            }
        }
    }
}
