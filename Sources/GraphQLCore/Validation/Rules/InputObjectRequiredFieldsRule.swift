/// Input Object Required Fields (spec §5.6.4): an input field of non-null type without a
/// default must be given. (An explicit `null` for it is reported by
/// `ValuesOfCorrectTypeRule`.)
public struct InputObjectRequiredFieldsRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterValue(_ node: Value) {
            guard case .object(let fields) = node.kind, let typeName = context.inputType?.namedType,
                  case .inputObject(let type)? = context.schema.type(named: typeName) else { return }
            let given = Set(fields.map(\.name.value))
            for field in type.fields where field.type.isNonNull && field.defaultValue == nil && !given.contains(field.name) {
                context.report("Field \"\(type.name).\(field.name)\" of required type \"\(field.type)\" was not provided.", at: [node.loc])
            }
        }
    }
}
