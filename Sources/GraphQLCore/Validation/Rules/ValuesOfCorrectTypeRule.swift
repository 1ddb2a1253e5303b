/// Values of Correct Type (spec §5.6.1): every literal must be coercible to the input type
/// of its position. Lists, input objects, enums and null are checked here; scalar literals
/// are handed to the schema's input coercion. Variables are checked by the variable rules;
/// unknown and missing input fields by the input object rules.
public struct ValuesOfCorrectTypeRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        /// Nesting depth inside a value already reported as a whole, whose parts are not
        /// checked again.
        var skippedDepth = 0
        init(_ context: ValidationContext) { self.context = context }

        func enterValue(_ node: Value) {
            if skippedDepth > 0 {
                skippedDepth += 1
                return
            }
            guard let type = context.inputType else { return }
            switch node.kind {
            case .variable:
                return
            case .null:
                if type.isNonNull { reportExpected(type, node) }
            case .list:
                if case .list = type.nullable { return }
                checkLeaf(node, type)
                skippedDepth = 1
            case .object(let fields):
                guard case .inputObject(let object)? = context.schema.type(named: type.namedType) else {
                    checkLeaf(node, type)
                    skippedDepth = 1
                    return
                }
                if object.isOneOf { checkOneOf(node, fields, object) }
            default:
                checkLeaf(node, type)
            }
        }

        func leaveValue(_ node: Value) {
            if skippedDepth > 0 { skippedDepth -= 1 }
        }

        /// A value that must be a scalar or enum value of the position's named type.
        private func checkLeaf(_ node: Value, _ type: TypeRef) {
            switch context.schema.type(named: type.namedType) {
            case .scalar(let scalar)?:
                if let reason = scalarLiteralError(node, scalar: scalar.name, in: context.schema) {
                    context.report(reason, at: [node.loc])
                }
            case .enumType(let enumType)?:
                checkEnum(node, enumType)
            default:
                reportExpected(type, node)
            }
        }

        private func checkEnum(_ node: Value, _ type: EnumType) {
            let text = ValueText.print(node)
            let hint = Suggestions.didYouMean(Suggestions.list(text, options: type.values.map(\.name)), prefix: "the enum value")
            guard case .enumValue(let name) = node.kind else {
                context.report("Enum \"\(type.name)\" cannot represent non-enum value: \(text).\(hint)", at: [node.loc])
                return
            }
            if type.value(name) == nil {
                context.report("Value \"\(name)\" does not exist in \"\(type.name)\" enum.\(hint)", at: [node.loc])
            }
        }

        /// `@oneOf`: exactly one field, and not a null literal.
        private func checkOneOf(_ node: Value, _ fields: [ObjectField], _ type: InputObjectType) {
            guard fields.count == 1, let field = fields.first else {
                context.report("OneOf Input Object \"\(type.name)\" must specify exactly one key.", at: [node.loc])
                return
            }
            if case .null = field.value.kind {
                context.report("Field \"\(type.name).\(field.name.value)\" must be non-null.", at: [node.loc])
            }
        }

        private func reportExpected(_ type: TypeRef, _ node: Value) {
            context.report("Expected value of type \"\(type)\", found \(ValueText.print(node)).", at: [node.loc])
        }
    }
}
