/// A `$variable` in a value, with what the schema expects in that position.
public struct VariableUsage: Sendable {
    public var name: String
    public var loc: SourceLocation
    /// The input type expected where the variable stands; nil when unknown.
    public var type: TypeRef?
    /// The default the schema gives the argument or input field the variable is passed to.
    public var defaultValue: Value?
    /// The type of the list or input object directly holding the variable, if any.
    public var parentType: TypeRef?
}

/// Collects the variable usages of one operation or fragment with a walk of its own, so
/// that types are known even for fragments reached from elsewhere. Default values of
/// variable definitions are constants and are not usages.
final class VariableUsageCollector: ValidationVisitor {
    private var usages: [VariableUsage] = []
    private var inVariableDefinition = false
    private weak var walk: DocumentWalk?

    static func collect(schema: GraphQLSchema, _ body: (DocumentWalk) -> Void) -> [VariableUsage] {
        let collector = VariableUsageCollector()
        let walk = DocumentWalk(schema: schema, visitors: [collector])
        collector.walk = walk
        body(walk)
        return collector.usages
    }

    func enterVariableDefinition(_ node: VariableDefinition) { inVariableDefinition = true }
    func leaveVariableDefinition(_ node: VariableDefinition) { inVariableDefinition = false }

    func enterValue(_ node: Value) {
        guard !inVariableDefinition, case .variable(let name) = node.kind, let typeInfo = walk?.typeInfo else { return }
        usages.append(VariableUsage(name: name, loc: node.loc, type: typeInfo.inputType, defaultValue: typeInfo.defaultValue, parentType: typeInfo.parentInputType))
    }
}
