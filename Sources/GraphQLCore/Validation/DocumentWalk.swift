/// The single depth-first walk of a document that drives every rule's visitor, keeping
/// `TypeInfo` in step: type information is entered before the visitors' `enter` hooks and
/// left after their `leave` hooks, so both see the node's own types.
///
/// Only executable definitions are descended into; type system definitions are reported
/// by `ExecutableDefinitionsRule` and not otherwise checked.
final class DocumentWalk {
    let typeInfo: TypeInfo
    private let visitors: [any ValidationVisitor]
    /// Asked before each node; the walk stops as soon as it answers true.
    private let shouldStop: () -> Bool

    init(schema: GraphQLSchema, visitors: [any ValidationVisitor], shouldStop: @escaping () -> Bool = { false }) {
        self.typeInfo = TypeInfo(schema: schema)
        self.visitors = visitors
        self.shouldStop = shouldStop
    }

    func walk(_ document: Document) {
        guard !shouldStop() else { return }
        visitors.forEach { $0.enterDocument(document) }
        for definition in document.definitions {
            guard !shouldStop() else { return }
            visitors.forEach { $0.enterDefinition(definition) }
            switch definition {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment)
            case .typeSystem, .typeSystemExtension: break
            }
        }
        guard !shouldStop() else { return }
        visitors.forEach { $0.leaveDocument(document) }
    }

    func walk(_ operation: OperationDefinition) {
        guard !shouldStop() else { return }
        typeInfo.enterOperation(operation)
        visitors.forEach { $0.enterOperation(operation) }
        for variable in operation.variableDefinitions { walk(variable) }
        walk(operation.directives, at: Self.location(of: operation.operation))
        walk(operation.selectionSet)
        visitors.forEach { $0.leaveOperation(operation) }
        typeInfo.leaveOperation()
    }

    func walk(_ fragment: FragmentDefinition) {
        guard !shouldStop() else { return }
        typeInfo.enterFragment(typeCondition: fragment.typeCondition)
        visitors.forEach { $0.enterFragmentDefinition(fragment) }
        walk(fragment.directives, at: .fragmentDefinition)
        walk(fragment.selectionSet)
        visitors.forEach { $0.leaveFragmentDefinition(fragment) }
        typeInfo.leaveFragment()
    }

    private func walk(_ variable: VariableDefinition) {
        guard !shouldStop() else { return }
        typeInfo.enterVariableDefinition(variable)
        visitors.forEach { $0.enterVariableDefinition(variable) }
        if let value = variable.defaultValue { walk(value) }
        walk(variable.directives, at: .variableDefinition)
        visitors.forEach { $0.leaveVariableDefinition(variable) }
        typeInfo.leaveVariableDefinition()
    }

    private func walk(_ selectionSet: SelectionSet) {
        guard !shouldStop() else { return }
        typeInfo.enterSelectionSet()
        visitors.forEach { $0.enterSelectionSet(selectionSet) }
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field): walk(field)
            case .fragmentSpread(let spread): walk(spread)
            case .inlineFragment(let fragment): walk(fragment)
            }
        }
        visitors.forEach { $0.leaveSelectionSet(selectionSet) }
        typeInfo.leaveSelectionSet()
    }

    private func walk(_ field: Field) {
        guard !shouldStop() else { return }
        typeInfo.enterField(field)
        visitors.forEach { $0.enterField(field) }
        for argument in field.arguments { walk(argument) }
        walk(field.directives, at: .field)
        if let selectionSet = field.selectionSet { walk(selectionSet) }
        visitors.forEach { $0.leaveField(field) }
        typeInfo.leaveField()
    }

    private func walk(_ spread: FragmentSpread) {
        guard !shouldStop() else { return }
        visitors.forEach { $0.enterFragmentSpread(spread) }
        walk(spread.directives, at: .fragmentSpread)
    }

    private func walk(_ fragment: InlineFragment) {
        guard !shouldStop() else { return }
        typeInfo.enterFragment(typeCondition: fragment.typeCondition)
        visitors.forEach { $0.enterInlineFragment(fragment) }
        walk(fragment.directives, at: .inlineFragment)
        walk(fragment.selectionSet)
        visitors.forEach { $0.leaveInlineFragment(fragment) }
        typeInfo.leaveFragment()
    }

    private func walk(_ directives: [Directive], at location: DirectiveLocation) {
        for directive in directives {
            guard !shouldStop() else { return }
            typeInfo.enterDirective(directive)
            visitors.forEach { $0.enterDirective(directive, location: location) }
            for argument in directive.arguments { walk(argument) }
            visitors.forEach { $0.leaveDirective(directive, location: location) }
            typeInfo.leaveDirective()
        }
    }

    private func walk(_ argument: Argument) {
        guard !shouldStop() else { return }
        typeInfo.enterArgument(argument)
        visitors.forEach { $0.enterArgument(argument) }
        walk(argument.value)
        visitors.forEach { $0.leaveArgument(argument) }
        typeInfo.leaveArgument()
    }

    private func walk(_ value: Value) {
        guard !shouldStop() else { return }
        visitors.forEach { $0.enterValue(value) }
        switch value.kind {
        case .list(let items):
            for item in items {
                typeInfo.enterListItem()
                walk(item)
                typeInfo.leaveListItem()
            }
        case .object(let fields):
            for field in fields {
                typeInfo.enterObjectField(field)
                visitors.forEach { $0.enterObjectField(field) }
                walk(field.value)
                visitors.forEach { $0.leaveObjectField(field) }
                typeInfo.leaveObjectField()
            }
        default:
            break
        }
        visitors.forEach { $0.leaveValue(value) }
    }

    private static func location(of operation: OperationType) -> DirectiveLocation {
        switch operation {
        case .query: return .query
        case .mutation: return .mutation
        case .subscription: return .subscription
        }
    }
}
