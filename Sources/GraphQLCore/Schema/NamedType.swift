/// The named types of a schema. Plain values; a type refers to others by name.
public enum NamedType: Sendable {
    case scalar(ScalarType)
    case object(ObjectType)
    case interface(InterfaceType)
    case union(UnionType)
    case enumType(EnumType)
    case inputObject(InputObjectType)

    public var name: String {
        switch self {
        case .scalar(let type): return type.name
        case .object(let type): return type.name
        case .interface(let type): return type.name
        case .union(let type): return type.name
        case .enumType(let type): return type.name
        case .inputObject(let type): return type.name
        }
    }

    public var description: String? {
        switch self {
        case .scalar(let type): return type.description
        case .object(let type): return type.description
        case .interface(let type): return type.description
        case .union(let type): return type.description
        case .enumType(let type): return type.description
        case .inputObject(let type): return type.description
        }
    }

    /// Scalars, enums and input objects may be used as inputs.
    public var isInputType: Bool {
        switch self {
        case .scalar, .enumType, .inputObject: return true
        case .object, .interface, .union: return false
        }
    }

    /// Everything but input objects may be used as outputs.
    public var isOutputType: Bool {
        if case .inputObject = self { return false }
        return true
    }

    /// Objects, interfaces and unions have selection sets.
    public var isCompositeType: Bool {
        switch self {
        case .object, .interface, .union: return true
        case .scalar, .enumType, .inputObject: return false
        }
    }

    public var isAbstractType: Bool {
        switch self {
        case .interface, .union: return true
        default: return false
        }
    }

    /// Scalars and enums are leaves of a response.
    public var isLeafType: Bool {
        switch self {
        case .scalar, .enumType: return true
        default: return false
        }
    }

    /// The fields of an object or interface; empty for other kinds.
    public var fields: [FieldDef] {
        switch self {
        case .object(let type): return type.fields
        case .interface(let type): return type.fields
        default: return []
        }
    }
}

/// Turns values between their internal, input and output forms for one scalar.
public protocol ScalarCoercion: Sendable {
    /// Result coercion: a resolver's value to the value put in the response.
    func serialize(_ value: GraphQLValue) throws -> GraphQLValue
    /// Input coercion of a variable's JSON value.
    func parseValue(_ value: GraphQLValue) throws -> GraphQLValue
    /// Input coercion of a literal in the document (variables already substituted where allowed).
    func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue
}

public struct ScalarType: Sendable {
    public var name: String
    public var description: String?
    public var specifiedByURL: String?
    public var coercion: any ScalarCoercion

    public init(name: String, description: String? = nil, specifiedByURL: String? = nil, coercion: any ScalarCoercion) {
        self.name = name
        self.description = description
        self.specifiedByURL = specifiedByURL
        self.coercion = coercion
    }
}

public struct ObjectType: Sendable {
    public var name: String
    public var description: String?
    public var interfaces: [String]
    /// In definition order, as introspection lists them.
    public var fields: [FieldDef]
    private var fieldIndex: [String: Int]

    public init(name: String, description: String? = nil, interfaces: [String] = [], fields: [FieldDef]) {
        self.name = name
        self.description = description
        self.interfaces = interfaces
        self.fields = fields
        var index: [String: Int] = [:]
        for (offset, field) in fields.enumerated() where index[field.name] == nil { index[field.name] = offset }
        self.fieldIndex = index
    }

    public func field(_ name: String) -> FieldDef? {
        fieldIndex[name].map { fields[$0] }
    }
}

/// Interfaces have the shape of objects (an interface may implement interfaces too).
public typealias InterfaceType = ObjectType

public struct UnionType: Sendable {
    public var name: String
    public var description: String?
    public var members: [String]

    public init(name: String, description: String? = nil, members: [String]) {
        self.name = name
        self.description = description
        self.members = members
    }
}

public struct EnumType: Sendable {
    public var name: String
    public var description: String?
    public var values: [EnumValueDef]

    public init(name: String, description: String? = nil, values: [EnumValueDef]) {
        self.name = name
        self.description = description
        self.values = values
    }

    public func value(_ name: String) -> EnumValueDef? {
        values.first { $0.name == name }
    }
}

public struct EnumValueDef: Sendable {
    public var name: String
    public var description: String?
    public var deprecationReason: String?

    public init(name: String, description: String? = nil, deprecationReason: String? = nil) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
    }
}

public struct InputObjectType: Sendable {
    public var name: String
    public var description: String?
    public var fields: [InputValueDef]
    /// `@oneOf`: exactly one field must be given.
    public var isOneOf: Bool

    public init(name: String, description: String? = nil, fields: [InputValueDef], isOneOf: Bool = false) {
        self.name = name
        self.description = description
        self.fields = fields
        self.isOneOf = isOneOf
    }

    public func field(_ name: String) -> InputValueDef? {
        fields.first { $0.name == name }
    }
}

public struct FieldDef: Sendable {
    public var name: String
    public var description: String?
    public var arguments: [InputValueDef]
    public var type: TypeRef
    public var deprecationReason: String?

    public init(name: String, description: String? = nil, arguments: [InputValueDef] = [], type: TypeRef, deprecationReason: String? = nil) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.type = type
        self.deprecationReason = deprecationReason
    }

    public func argument(_ name: String) -> InputValueDef? {
        arguments.first { $0.name == name }
    }
}

/// An argument of a field or directive, or a field of an input object.
public struct InputValueDef: Sendable {
    public var name: String
    public var description: String?
    public var type: TypeRef
    /// The default as written in the SDL (a constant value).
    public var defaultValue: Value?
    public var deprecationReason: String?

    public init(name: String, description: String? = nil, type: TypeRef, defaultValue: Value? = nil, deprecationReason: String? = nil) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue
        self.deprecationReason = deprecationReason
    }
}

public enum DirectiveLocation: String, Sendable, Hashable, CaseIterable {
    // Executable locations
    case query = "QUERY"
    case mutation = "MUTATION"
    case subscription = "SUBSCRIPTION"
    case field = "FIELD"
    case fragmentDefinition = "FRAGMENT_DEFINITION"
    case fragmentSpread = "FRAGMENT_SPREAD"
    case inlineFragment = "INLINE_FRAGMENT"
    case variableDefinition = "VARIABLE_DEFINITION"
    // Type system locations
    case schema = "SCHEMA"
    case scalar = "SCALAR"
    case object = "OBJECT"
    case fieldDefinition = "FIELD_DEFINITION"
    case argumentDefinition = "ARGUMENT_DEFINITION"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumType = "ENUM"
    case enumValue = "ENUM_VALUE"
    case inputObject = "INPUT_OBJECT"
    case inputFieldDefinition = "INPUT_FIELD_DEFINITION"
}

public struct DirectiveDef: Sendable {
    public var name: String
    public var description: String?
    public var arguments: [InputValueDef]
    public var locations: [DirectiveLocation]
    public var isRepeatable: Bool

    public init(name: String, description: String? = nil, arguments: [InputValueDef] = [], locations: [DirectiveLocation], isRepeatable: Bool = false) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.locations = locations
        self.isRepeatable = isRepeatable
    }
}
