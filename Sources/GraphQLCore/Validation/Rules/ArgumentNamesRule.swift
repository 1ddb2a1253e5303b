/// Argument Names (spec §5.4.1): every argument given to a field or directive must be one
/// it defines.
public struct ArgumentNamesRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterArgument(_ node: Argument) {
            guard context.argument == nil else { return }
            let name = node.name.value
            if context.typeInfo.isInDirective {
                guard let directive = context.directive else { return }
                let hint = Suggestions.didYouMean(Suggestions.list(name, options: directive.arguments.map(\.name)))
                context.report("Unknown argument \"\(name)\" on directive \"@\(directive.name)\".\(hint)", at: [node.loc])
            } else if let field = context.fieldDef, let parent = context.parentTypeName {
                let hint = Suggestions.didYouMean(Suggestions.list(name, options: field.arguments.map(\.name)))
                context.report("Unknown argument \"\(name)\" on field \"\(parent).\(field.name)\".\(hint)", at: [node.loc])
            }
        }
    }
}
