/// Variables Are Input Types (spec §5.8.2): variables carry input values, so their type must
/// be a scalar, enum or input object (possibly wrapped in lists and non-null). A type the
/// schema does not know is reported as unknown.
public struct VariablesAreInputTypesRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterVariableDefinition(_ node: VariableDefinition) {
            let typeName = node.type.namedType
            guard let type = context.schema.type(named: typeName.value) else {
                let hint = Suggestions.didYouMean(Suggestions.list(typeName.value, options: context.schema.typeNames))
                context.report("Unknown type \"\(typeName.value)\".\(hint)", at: [typeName.loc])
                return
            }
            if !type.isInputType {
                context.report("Variable \"$\(node.variable.value)\" cannot be non-input type \"\(TypeRef(node.type))\".", at: [node.type.loc])
            }
        }
    }
}
