/// Tracks, during a walk, which schema types and definitions the current node stands for:
/// the composite type of the enclosing selection set, the field being selected, the
/// directive and argument being given, and the input type a value must have.
///
/// Unknown names leave `nil` behind rather than failing, so that every rule can still run
/// on a document that another rule rejects.
public final class TypeInfo {
    public let schema: GraphQLSchema

    private var parentTypeStack: [String?] = []
    private var typeStack: [TypeRef?] = []
    private var fieldDefStack: [FieldDef?] = []
    private var inputTypeStack: [TypeRef?] = []
    private var defaultValueStack: [Value?] = []
    /// The directive whose arguments are being walked; nil inside an unknown directive.
    public private(set) var directive: DirectiveDef?
    /// Whether arguments being walked belong to a directive (known or not) or to a field.
    public private(set) var isInDirective = false
    public private(set) var argument: InputValueDef?

    public init(schema: GraphQLSchema) {
        self.schema = schema
    }

    /// The object, interface or union whose selection set is being walked.
    public var parentTypeName: String? { parentTypeStack.last ?? nil }
    /// The output type of the current field (or operation root, or fragment condition).
    public var type: TypeRef? { typeStack.last ?? nil }
    public var fieldDef: FieldDef? { fieldDefStack.last ?? nil }
    /// The type the current value (or argument, or object field) must be coercible to.
    public var inputType: TypeRef? { inputTypeStack.last ?? nil }
    /// The type of the value enclosing the current one: the list or the input object.
    public var parentInputType: TypeRef? {
        inputTypeStack.count >= 2 ? inputTypeStack[inputTypeStack.count - 2] : nil
    }
    /// The default the schema gives the current argument or input field, if any.
    public var defaultValue: Value? { defaultValueStack.last ?? nil }

    // MARK: Output positions

    func enterOperation(_ node: OperationDefinition) {
        typeStack.append(schema.rootType(for: node.operation).map { .named($0.name) })
    }

    func leaveOperation() { typeStack.removeLast() }

    /// Fragments and inline fragments: the type condition, else the enclosing type.
    func enterFragment(typeCondition: Name?) {
        if let condition = typeCondition {
            let known = schema.type(named: condition.value)?.isOutputType == true
            typeStack.append(known ? .named(condition.value) : nil)
        } else {
            typeStack.append(type.map { .named($0.namedType) })
        }
    }

    func leaveFragment() { typeStack.removeLast() }

    func enterSelectionSet() {
        let named = type.flatMap { schema.type(named: $0.namedType) }
        parentTypeStack.append(named?.isCompositeType == true ? named?.name : nil)
    }

    func leaveSelectionSet() { parentTypeStack.removeLast() }

    func enterField(_ node: Field) {
        let definition = parentTypeName.flatMap { schema.field(node.name.value, on: $0) }
        fieldDefStack.append(definition)
        let outputType = definition?.type
        typeStack.append(outputType.flatMap { schema.type(named: $0.namedType)?.isOutputType == true ? $0 : nil })
    }

    func leaveField() {
        fieldDefStack.removeLast()
        typeStack.removeLast()
    }

    // MARK: Input positions

    func enterDirective(_ node: Directive) {
        directive = schema.directive(named: node.name.value)
        isInDirective = true
    }

    func leaveDirective() {
        directive = nil
        isInDirective = false
    }

    func enterArgument(_ node: Argument) {
        let definition: InputValueDef?
        if isInDirective {
            definition = directive?.arguments.first { $0.name == node.name.value }
        } else {
            definition = fieldDef?.argument(node.name.value)
        }
        argument = definition
        pushInput(definition?.type, default: definition?.defaultValue)
    }

    func leaveArgument() {
        argument = nil
        popInput()
    }

    func enterVariableDefinition(_ node: VariableDefinition) {
        pushInput(TypeRef(node.type), default: nil)
    }

    func leaveVariableDefinition() { popInput() }

    /// An item of the current list value: the list's item type (a lone value may stand
    /// where a list is expected, so a non-list type is kept as is).
    func enterListItem() {
        let listType = inputType?.nullable
        if case .list(let item)? = listType {
            pushInput(item, default: nil)
        } else {
            pushInput(listType, default: nil)
        }
    }

    func leaveListItem() { popInput() }

    func enterObjectField(_ node: ObjectField) {
        var fieldDefinition: InputValueDef?
        if let name = inputType?.namedType, case .inputObject(let object)? = schema.type(named: name) {
            fieldDefinition = object.field(node.name.value)
        }
        pushInput(fieldDefinition?.type, default: fieldDefinition?.defaultValue)
    }

    func leaveObjectField() { popInput() }

    private func pushInput(_ type: TypeRef?, default value: Value?) {
        let isInput = type.flatMap { schema.type(named: $0.namedType)?.isInputType } ?? false
        inputTypeStack.append(isInput ? type : nil)
        defaultValueStack.append(value)
    }

    private func popInput() {
        inputTypeStack.removeLast()
        defaultValueStack.removeLast()
    }
}
