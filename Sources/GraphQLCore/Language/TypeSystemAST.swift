/// Type system definitions (SDL): what `schema.graphql` is made of.

/// TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition
public enum TypeSystemDefinition: Sendable, Hashable {
    case schema(SchemaDefinition)
    case type(TypeDefinition)
    case directive(DirectiveDefinition)
}

/// TypeSystemExtension : SchemaExtension | TypeExtension
/// Extensions reuse the definition structs; their `description` is always nil.
public enum TypeSystemExtension: Sendable, Hashable {
    case schema(SchemaDefinition)
    case type(TypeDefinition)
}

/// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
public struct SchemaDefinition: Sendable, Hashable {
    public var description: String?
    public var directives: [Directive]
    public var operationTypes: [OperationTypeDefinition]
    public var loc: SourceLocation

    public init(description: String?, directives: [Directive], operationTypes: [OperationTypeDefinition], loc: SourceLocation) {
        self.description = description
        self.directives = directives
        self.operationTypes = operationTypes
        self.loc = loc
    }
}

/// RootOperationTypeDefinition : OperationType : NamedType
public struct OperationTypeDefinition: Sendable, Hashable {
    public var operation: OperationType
    public var type: Name
    public var loc: SourceLocation

    public init(operation: OperationType, type: Name, loc: SourceLocation) {
        self.operation = operation
        self.type = type
        self.loc = loc
    }
}

/// TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition
///   | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition
public enum TypeDefinition: Sendable, Hashable {
    case scalar(ScalarTypeDefinition)
    case object(ObjectTypeDefinition)
    case interface(InterfaceTypeDefinition)
    case union(UnionTypeDefinition)
    case enumType(EnumTypeDefinition)
    case inputObject(InputObjectTypeDefinition)

    public var name: Name {
        switch self {
        case .scalar(let node): return node.name
        case .object(let node): return node.name
        case .interface(let node): return node.name
        case .union(let node): return node.name
        case .enumType(let node): return node.name
        case .inputObject(let node): return node.name
        }
    }
}

/// ScalarTypeDefinition : Description? scalar Name Directives[Const]?
public struct ScalarTypeDefinition: Sendable, Hashable {
    public var description: String?
    public var name: Name
    public var directives: [Directive]
    public var loc: SourceLocation

    public init(description: String?, name: Name, directives: [Directive], loc: SourceLocation) {
        self.description = description
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
public struct ObjectTypeDefinition: Sendable, Hashable {
    public var description: String?
    public var name: Name
    public var interfaces: [Name]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    public var loc: SourceLocation

    public init(description: String?, name: Name, interfaces: [Name], directives: [Directive], fields: [FieldDefinition], loc: SourceLocation) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
public typealias InterfaceTypeDefinition = ObjectTypeDefinition

/// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
public struct FieldDefinition: Sendable, Hashable {
    public var description: String?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var type: TypeReference
    public var directives: [Directive]
    public var loc: SourceLocation

    public init(description: String?, name: Name, arguments: [InputValueDefinition], type: TypeReference, directives: [Directive], loc: SourceLocation) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.type = type
        self.directives = directives
        self.loc = loc
    }
}

/// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
public struct InputValueDefinition: Sendable, Hashable {
    public var description: String?
    public var name: Name
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: [Directive]
    public var loc: SourceLocation

    public init(description: String?, name: Name, type: TypeReference, defaultValue: Value?, directives: [Directive], loc: SourceLocation) {
        self.description = description
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.loc = loc
    }
}

/// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
public struct UnionTypeDefinition: Sendable, Hashable {
    public var description: String?
    public var name: Name
    public var directives: [Directive]
    public var types: [Name]
    public var loc: SourceLocation

    public init(description: String?, name: Name, directives: [Directive], types: [Name], loc: SourceLocation) {
        self.description = description
        self.name = name
        self.directives = directives
        self.types = types
        self.loc = loc
    }
}

/// EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
public struct EnumTypeDefinition: Sendable, Hashable {
    public var description: String?
    public var name: Name
    public var directives: [Directive]
    public var values: [EnumValueDefinition]
    public var loc: SourceLocation

    public init(description: String?, name: Name, directives: [Directive], values: [EnumValueDefinition], loc: SourceLocation) {
        self.description = description
        self.name = name
        self.directives = directives
        self.values = values
        self.loc = loc
    }
}

/// EnumValueDefinition : Description? EnumValue Directives[Const]?
public struct EnumValueDefinition: Sendable, Hashable {
    public var description: String?
    public var name: Name
    public var directives: [Directive]
    public var loc: SourceLocation

    public init(description: String?, name: Name, directives: [Directive], loc: SourceLocation) {
        self.description = description
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
public struct InputObjectTypeDefinition: Sendable, Hashable {
    public var description: String?
    public var name: Name
    public var directives: [Directive]
    public var fields: [InputValueDefinition]
    public var loc: SourceLocation

    public init(description: String?, name: Name, directives: [Directive], fields: [InputValueDefinition], loc: SourceLocation) {
        self.description = description
        self.name = name
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
public struct DirectiveDefinition: Sendable, Hashable {
    public var description: String?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var isRepeatable: Bool
    public var locations: [Name]
    public var loc: SourceLocation

    public init(description: String?, name: Name, arguments: [InputValueDefinition], isRepeatable: Bool, locations: [Name], loc: SourceLocation) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.isRepeatable = isRepeatable
        self.locations = locations
        self.loc = loc
    }
}
