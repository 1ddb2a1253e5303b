/// Lone Anonymous Operation (spec §5.2.2.1): the shorthand, nameless operation cannot be
/// selected by name, so it is allowed only when it is the document's single operation.
public struct LoneAnonymousOperationRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        var operationCount = 0
        init(_ context: ValidationContext) { self.context = context }

        func enterDocument(_ node: Document) {
            operationCount = node.definitions.count { if case .operation = $0 { true } else { false } }
        }

        func enterOperation(_ node: OperationDefinition) {
            if node.name == nil, operationCount > 1 {
                context.report("This anonymous operation must be the only defined operation.", at: [node.loc])
            }
        }
    }
}
