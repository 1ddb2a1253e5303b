/// Executable Definitions (spec §5.1.1): a document sent for execution holds only
/// operations and fragments; type system definitions and extensions are rejected.
public struct ExecutableDefinitionsRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterDefinition(_ node: Definition) {
            let described: (String, SourceLocation)
            switch node {
            case .operation, .fragment:
                return
            case .typeSystem(.schema(let schema)), .typeSystemExtension(.schema(let schema)):
                described = ("schema", schema.loc)
            case .typeSystem(.directive(let directive)):
                described = ("\"\(directive.name.value)\"", directive.loc)
            case .typeSystem(.type(let type)), .typeSystemExtension(.type(let type)):
                described = ("\"\(type.name.value)\"", Self.location(of: type))
            }
            context.report("The \(described.0) definition is not executable.", at: [described.1])
        }

        private static func location(of type: TypeDefinition) -> SourceLocation {
            switch type {
            case .scalar(let node): return node.loc
            case .object(let node): return node.loc
            case .interface(let node): return node.loc
            case .union(let node): return node.loc
            case .enumType(let node): return node.loc
            case .inputObject(let node): return node.loc
            }
        }
    }
}
