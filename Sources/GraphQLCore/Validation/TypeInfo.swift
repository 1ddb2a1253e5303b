/// Tracks, during a walk, which schema types and definitions the current node stands for:
/// the composite type of the enclosing selection set, the field being selected, the
/// directive and argument being given, and the input type a value must have.
///
/// Unknown names leave `nil` behind rather than failing, so that every rule can still run
/// on a document that another rule rejects.
public struct TypeInfo {
    public let schema: GraphQLSchema

    private var parentTypeStack: [String?] = []
    private var typeStack: [TypeRef?] = []
    private var fieldDefStack: [FieldDef?] = []
    private var inputTypeStack: [TypeRef?] = []
    private var defaultValueStack: [Value?] = []
    public private(set) var directive: DirectiveDef?
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

    mutating func enterOperation(_ node: OperationDefinition) {
        typeStack.append(schema.rootType(for: node.operation).map { .named($0.name) })
    }

    mutating func leaveOperation() { typeStack.removeLast() }

    /// Fragments and inline fragments: the type condition, else the enclosing type.
    mutating func enterFragment(typeCondition: Name?) {
        if let condition = typeCondition {
            let known = schema.type(named: condition.value)?.isOutputType == true
            typeStack.append(known ? .named(condition.value) : nil)
        } else {
            typeStack.append(type.map { .named($0.namedType) })
        }
    }

    mutating func leaveFragment() { typeStack.removeLast() }

    mutating func enterSelectionSet() {
        let named = type.flatMap { schema.type(named: $0.namedType) }
        parentTypeStack.append(named?.isCompositeType == true ? named?.name : nil)
    }

    mutating func leaveSelectionSet() { parentTypeStack.removeLast() }

    mutating func enterField(_ node: Field) {
        let definition = parentTypeName.flatMap { schemaField(node.name.value, on: $0, in: schema) }
        fieldDefStack.append(definition)
        let outputType = definition?.type
        typeStack.append(outputType.flatMap { schema.type(named: $0.namedType)?.isOutputType == true ? $0 : nil })
    }

    mutating func leaveField() {
        fieldDefStack.removeLast()
        typeStack.removeLast()
    }

    // MARK: Input positions

    mutating func enterDirective(_ node: Directive) {
        directive = schema.directive(named: node.name.value)
    }

    mutating func leaveDirective() { directive = nil }

    mutating func enterArgument(_ node: Argument) {
        let definition: InputValueDef?
        if let directive {
            definition = directive.arguments.first { $0.name == node.name.value }
        } else {
            definition = fieldDef?.argument(node.name.value)
        }
        argument = definition
        pushInput(definition?.type, default: definition?.defaultValue)
    }

    mutating func leaveArgument() {
        argument = nil
        popInput()
    }

    mutating func enterVariableDefinition(_ node: VariableDefinition) {
        pushInput(TypeRef(node.type), default: nil)
    }

    mutating func leaveVariableDefinition() { popInput() }

    /// An item of the current list value: the list's item type (a lone value may stand
    /// where a list is expected, so a non-list type is kept as is).
    mutating func enterListItem() {
        let listType = inputType?.nullable
        if case .list(let item)? = listType {
            pushInput(item, default: nil)
        } else {
            pushInput(listType, default: nil)
        }
    }

    mutating func leaveListItem() { popInput() }

    mutating func enterObjectField(_ node: ObjectField) {
        var fieldDefinition: InputValueDef?
        if let name = inputType?.namedType, case .inputObject(let object)? = schema.type(named: name) {
            fieldDefinition = object.field(node.name.value)
        }
        pushInput(fieldDefinition?.type, default: fieldDefinition?.defaultValue)
    }

    mutating func leaveObjectField() { popInput() }

    private mutating func pushInput(_ type: TypeRef?, default value: Value?) {
        let isInput = type.flatMap { schema.type(named: $0.namedType)?.isInputType } ?? false
        inputTypeStack.append(isInput ? type : nil)
        defaultValueStack.append(value)
    }

    private mutating func popInput() {
        inputTypeStack.removeLast()
        defaultValueStack.removeLast()
    }
}
