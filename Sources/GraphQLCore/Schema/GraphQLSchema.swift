/// A complete, validated schema: named types, directives and root operation types.
///
/// Built from SDL by `GraphQLSchema(sdl:scalars:)` (see SchemaBuilder.swift), which also
/// adds the built-in scalars, the specified directives and the introspection types.
public struct GraphQLSchema: Sendable {
    public var description: String?
    public var queryType: String
    public var mutationType: String?
    public var subscriptionType: String?
    /// Every named type, built-ins and introspection types included.
    public var types: [String: NamedType]
    /// Type names in definition order (for printing and introspection).
    public var typeNames: [String]
    public var directives: [DirectiveDef]
    /// Object type names implementing each interface, and member names of each union.
    public var possibleTypeNames: [String: [String]]

    public init(description: String?, queryType: String, mutationType: String?, subscriptionType: String?, types: [String: NamedType], typeNames: [String], directives: [DirectiveDef], possibleTypeNames: [String: [String]]) {
        self.description = description
        self.queryType = queryType
        self.mutationType = mutationType
        self.subscriptionType = subscriptionType
        self.types = types
        self.typeNames = typeNames
        self.directives = directives
        self.possibleTypeNames = possibleTypeNames
    }

    public func type(named name: String) -> NamedType? { types[name] }

    public func directive(named name: String) -> DirectiveDef? {
        directives.first { $0.name == name }
    }

    public func rootType(for operation: OperationType) -> ObjectType? {
        let name: String?
        switch operation {
        case .query: name = queryType
        case .mutation: name = mutationType
        case .subscription: name = subscriptionType
        }
        guard let name, case .object(let type)? = types[name] else { return nil }
        return type
    }

    /// The object types an abstract type may be at run time; `[name]` for an object type.
    public func possibleTypes(of name: String) -> [String] {
        if case .object? = types[name] { return [name] }
        return possibleTypeNames[name] ?? []
    }

    /// Whether `objectType` is `abstractType` or one of its possible types.
    public func isPossibleType(_ objectType: String, of abstractType: String) -> Bool {
        objectType == abstractType || possibleTypes(of: abstractType).contains(objectType)
    }
}
