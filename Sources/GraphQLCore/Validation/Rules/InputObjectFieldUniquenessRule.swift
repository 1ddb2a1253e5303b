/// Input Object Field Uniqueness (spec §5.6.3): a field given twice in one input object
/// literal would leave one of the values silently ignored.
public struct InputObjectFieldUniquenessRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterValue(_ node: Value) {
            guard case .object(let fields) = node.kind else { return }
            for (name, locations) in DuplicateNames.find(fields.map(\.name)) {
                context.report("There can be only one input field named \"\(name)\".", at: locations)
            }
        }
    }
}
