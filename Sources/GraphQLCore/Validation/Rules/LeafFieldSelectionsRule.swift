/// Leaf Field Selections (spec §5.3.3): scalars and enums end a response, so they take no
/// selection set, while objects, interfaces and unions must say which fields to return.
public struct LeafFieldSelectionsRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterField(_ node: Field) {
            guard let type = context.type, let named = context.schema.type(named: type.namedType) else { return }
            let fieldName = node.name.value
            if named.isLeafType {
                if let selectionSet = node.selectionSet {
                    context.report("Field \"\(fieldName)\" must not have a selection since type \"\(type)\" has no subfields.", at: [selectionSet.loc])
                }
            } else if node.selectionSet == nil {
                context.report("Field \"\(fieldName)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(fieldName) { ... }\"?", at: [node.loc])
            }
        }
    }
}
