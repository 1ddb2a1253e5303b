/// Input Object Field Names (spec §5.6.2): every field of an input object literal must be
/// defined by the input object type expected there.
public struct InputObjectFieldNamesRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterObjectField(_ node: ObjectField) {
            guard context.inputType == nil, let parent = context.parentInputType?.namedType,
                  case .inputObject(let type)? = context.schema.type(named: parent) else { return }
            let name = node.name.value
            let hint = Suggestions.didYouMean(Suggestions.list(name, options: type.fields.map(\.name)))
            context.report("Field \"\(name)\" is not defined by type \"\(type.name)\".\(hint)", at: [node.loc])
        }
    }
}
