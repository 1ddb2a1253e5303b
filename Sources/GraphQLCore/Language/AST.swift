/// The GraphQL abstract syntax tree: plain value types, one per grammar production.
///
/// Every node carries the `SourceLocation` of its first token so that validation and
/// execution errors can point at the document.

/// A 1-based line and column in the source, plus the 0-based UTF-8 offset.
public struct SourceLocation: Sendable, Hashable {
    // Stored in 32 bits (12 bytes instead of 24): every AST node carries one, and smaller
    // nodes are cheaper to build and move. Documents are far below 2 GiB.
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int, offset: Int = 0) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedOffset = Int32(clamping: offset)
    }

    /// From values already in 32 bits (a token's), with nothing to clamp.
    init(line: Int32, column: Int32, offset: Int32) {
        storedLine = line
        storedColumn = column
        storedOffset = offset
    }

    public static let unknown = SourceLocation(line: 0, column: 0, offset: 0)
}

/// Document : Definition+
public struct Document: Sendable, Hashable {
    public var definitions: [Definition]

    public init(definitions: [Definition]) {
        self.definitions = definitions
    }
}

/// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
public enum Definition: Sendable, Hashable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)
    case typeSystem(TypeSystemDefinition)
    case typeSystemExtension(TypeSystemExtension)
}

/// A Name token with its location.
public struct Name: Sendable, Hashable {
    public var value: String
    public var loc: SourceLocation

    public init(_ value: String, loc: SourceLocation = .unknown) {
        self.value = value
        self.loc = loc
    }
}

public enum OperationType: String, Sendable, Hashable, CaseIterable {
    case query, mutation, subscription
}

/// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
public struct OperationDefinition: Sendable, Hashable {
    /// Documentation only (September 2025 edition); never affects validation or execution.
    public var description: String?
    public var operation: OperationType
    public var name: Name?
    public var variableDefinitions: [VariableDefinition]
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var loc: SourceLocation

    public init(operation: OperationType, name: Name?, variableDefinitions: [VariableDefinition], directives: [Directive], selectionSet: SelectionSet, loc: SourceLocation, description: String? = nil) {
        self.description = description
        self.operation = operation
        self.name = name
        self.variableDefinitions = variableDefinitions
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }
}

/// VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
public struct VariableDefinition: Sendable, Hashable {
    /// Documentation only (September 2025 edition).
    public var description: String?
    /// The variable's name without the `$`; `variable.loc` is where the name starts (the
    /// definition's own `loc` is where the `$` is, or its description).
    public var variable: Name
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: [Directive]
    public var loc: SourceLocation

    public init(variable: Name, type: TypeReference, defaultValue: Value?, directives: [Directive], loc: SourceLocation, description: String? = nil) {
        self.description = description
        self.variable = variable
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.loc = loc
    }
}

/// Type : NamedType | ListType | NonNullType
public indirect enum TypeReference: Sendable, Hashable {
    case named(Name)
    case list(TypeReference, loc: SourceLocation)
    case nonNull(TypeReference, loc: SourceLocation)

    /// The innermost named type.
    public var namedType: Name {
        switch self {
        case .named(let name): return name
        case .list(let inner, _), .nonNull(let inner, _): return inner.namedType
        }
    }

    public var loc: SourceLocation {
        switch self {
        case .named(let name): return name.loc
        case .list(_, let loc), .nonNull(_, let loc): return loc
        }
    }
}

/// SelectionSet : { Selection+ }
public struct SelectionSet: Sendable, Hashable {
    public var selections: [Selection]
    public var loc: SourceLocation

    public init(selections: [Selection], loc: SourceLocation) {
        self.selections = selections
        self.loc = loc
    }
}

/// Selection : Field | FragmentSpread | InlineFragment
public enum Selection: Sendable, Hashable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    public var loc: SourceLocation {
        switch self {
        case .field(let node): return node.loc
        case .fragmentSpread(let node): return node.loc
        case .inlineFragment(let node): return node.loc
        }
    }

    public var directives: [Directive] {
        switch self {
        case .field(let node): return node.directives
        case .fragmentSpread(let node): return node.directives
        case .inlineFragment(let node): return node.directives
        }
    }
}

/// Field : Alias? Name Arguments? Directives? SelectionSet?
public struct Field: Sendable, Hashable {
    public var alias: Name?
    public var name: Name
    public var arguments: [Argument]
    public var directives: [Directive]
    public var selectionSet: SelectionSet?
    public var loc: SourceLocation

    public init(alias: Name?, name: Name, arguments: [Argument], directives: [Directive], selectionSet: SelectionSet?, loc: SourceLocation) {
        self.alias = alias
        self.name = name
        self.arguments = arguments
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }

    /// The key of this field in the response: its alias, else its name.
    public var responseKey: String { alias?.value ?? name.value }
}

/// Argument : Name : Value
public struct Argument: Sendable, Hashable {
    public var name: Name
    public var value: Value
    public var loc: SourceLocation

    public init(name: Name, value: Value, loc: SourceLocation) {
        self.name = name
        self.value = value
        self.loc = loc
    }
}

/// FragmentSpread : ... FragmentName Directives?
public struct FragmentSpread: Sendable, Hashable {
    public var name: Name
    public var directives: [Directive]
    public var loc: SourceLocation

    public init(name: Name, directives: [Directive], loc: SourceLocation) {
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// InlineFragment : ... TypeCondition? Directives? SelectionSet
public struct InlineFragment: Sendable, Hashable {
    public var typeCondition: Name?
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var loc: SourceLocation

    public init(typeCondition: Name?, directives: [Directive], selectionSet: SelectionSet, loc: SourceLocation) {
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }
}

/// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
public struct FragmentDefinition: Sendable, Hashable {
    /// Documentation only (September 2025 edition).
    public var description: String?
    public var name: Name
    public var typeCondition: Name
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var loc: SourceLocation

    public init(name: Name, typeCondition: Name, directives: [Directive], selectionSet: SelectionSet, loc: SourceLocation, description: String? = nil) {
        self.description = description
        self.name = name
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }
}

/// Directive : @ Name Arguments?
public struct Directive: Sendable, Hashable {
    public var name: Name
    public var arguments: [Argument]
    public var loc: SourceLocation

    public init(name: Name, arguments: [Argument], loc: SourceLocation) {
        self.name = name
        self.arguments = arguments
        self.loc = loc
    }
}

/// Value : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue
public struct Value: Sendable, Hashable {
    public var kind: ValueKind
    public var loc: SourceLocation

    public init(_ kind: ValueKind, loc: SourceLocation) {
        self.kind = kind
        self.loc = loc
    }
}

public indirect enum ValueKind: Sendable, Hashable {
    /// A variable reference, name without `$`.
    case variable(String)
    /// The literal digits as written, so no precision is lost before coercion.
    case int(String)
    case float(String)
    /// The string's value after escapes (and block-string indentation) are processed.
    case string(String, isBlock: Bool)
    case boolean(Bool)
    case null
    case enumValue(String)
    case list([Value])
    case object([ObjectField])
}

/// ObjectField : Name : Value
public struct ObjectField: Sendable, Hashable {
    public var name: Name
    public var value: Value
    public var loc: SourceLocation

    public init(name: Name, value: Value, loc: SourceLocation) {
        self.name = name
        self.value = value
        self.loc = loc
    }
}
