/// Required Arguments (spec §5.4.2.1): an argument of non-null type without a default must
/// be given. (An explicit `null` for it is reported by `ValuesOfCorrectTypeRule`.)
public struct RequiredArgumentsRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func leaveField(_ node: Field) {
            guard let field = context.fieldDef else { return }
            for definition in missing(field.arguments, given: node.arguments) {
                context.report("Field \"\(field.name)\" argument \"\(definition.name)\" of type \"\(definition.type)\" is required, but it was not provided.", at: [node.loc])
            }
        }

        func leaveDirective(_ node: Directive, location: DirectiveLocation) {
            guard let directive = context.directive else { return }
            for definition in missing(directive.arguments, given: node.arguments) {
                context.report("Directive \"@\(directive.name)\" argument \"\(definition.name)\" of type \"\(definition.type)\" is required, but it was not provided.", at: [node.loc])
            }
        }

        private func missing(_ definitions: [InputValueDef], given arguments: [Argument]) -> [InputValueDef] {
            let given = Set(arguments.map(\.name.value))
            return definitions.filter { $0.type.isNonNull && $0.defaultValue == nil && !given.contains($0.name) }
        }
    }
}
