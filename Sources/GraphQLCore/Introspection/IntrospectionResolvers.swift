/// Resolvers of the introspection system (spec section 4) over the `GraphQLSchema` model:
/// `__schema` and `__type(name:)` on the query root, and the fields of `__Schema`, `__Type`,
/// `__Field`, `__InputValue`, `__EnumValue` and `__Directive`.
///
/// The sources are the model's own values: a `__Type` is a `TypeRef` (named, list or
/// non-null), a `__Field` a `FieldDef`, and so on; the schema is captured by the resolvers.
enum Introspection {
    /// The source of `__schema`; the resolvers read the captured schema.
    struct SchemaSource: Sendable {}

    static func resolvers<Context>(for schema: GraphQLSchema) -> Resolvers<Context> {
        var resolvers = Resolvers<Context>()
        resolvers.field(schema.queryType, "__schema") { _, _, _, _ in .object(SchemaSource()) }
        resolvers.field(schema.queryType, "__type") { _, arguments, _, _ in
            guard case .string(let name)? = arguments["name"], schema.type(named: name) != nil else { return .null }
            return .object(TypeRef.named(name))
        }
        addSchema(to: &resolvers, schema)
        addType(to: &resolvers, schema)
        addMembers(to: &resolvers, schema)
        return resolvers
    }

    private static func addSchema<Context>(to resolvers: inout Resolvers<Context>, _ schema: GraphQLSchema) {
        resolvers.field("__Schema", "description") { _, _, _, _ in .string(schema.description) }
        resolvers.field("__Schema", "types") { _, _, _, _ in
            .objects(schema.typeNames.map { TypeRef.named($0) })
        }
        resolvers.field("__Schema", "queryType") { _, _, _, _ in .object(TypeRef.named(schema.queryType)) }
        resolvers.field("__Schema", "mutationType") { _, _, _, _ in .optional(schema.mutationType.map { TypeRef.named($0) }) }
        resolvers.field("__Schema", "subscriptionType") { _, _, _, _ in .optional(schema.subscriptionType.map { TypeRef.named($0) }) }
        resolvers.field("__Schema", "directives") { _, _, _, _ in .objects(schema.directives) }
    }

    private static func addType<Context>(to resolvers: inout Resolvers<Context>, _ schema: GraphQLSchema) {
        @Sendable func named(_ type: TypeRef) -> NamedType? {
            guard case .named(let name) = type else { return nil }
            return schema.type(named: name)
        }
        resolvers.field("__Type", "kind", source: TypeRef.self) { type, _, _, _ in
            switch type {
            case .list: return "LIST"
            case .nonNull: return "NON_NULL"
            case .named:
                switch named(type) {
                case .scalar?: return "SCALAR"
                case .object?: return "OBJECT"
                case .interface?: return "INTERFACE"
                case .union?: return "UNION"
                case .enumType?: return "ENUM"
                case .inputObject?: return "INPUT_OBJECT"
                case nil: return .null
                }
            }
        }
        resolvers.field("__Type", "name", source: TypeRef.self) { type, _, _, _ in
            .string(named(type)?.name)
        }
        resolvers.field("__Type", "description", source: TypeRef.self) { type, _, _, _ in
            .string(named(type)?.description)
        }
        resolvers.field("__Type", "specifiedByURL", source: TypeRef.self) { type, _, _, _ in
            guard case .scalar(let scalar)? = named(type) else { return .null }
            return .string(scalar.specifiedByURL)
        }
        resolvers.field("__Type", "fields", source: TypeRef.self) { type, arguments, _, _ in
            guard let namedType = named(type) else { return .null }
            switch namedType {
            case .object(let object), .interface(let object):
                return .objects(object.fields.filter { field in
                    !field.name.hasPrefix("__") && (includeDeprecated(arguments) || field.deprecationReason == nil)
                })
            default:
                return .null
            }
        }
        resolvers.field("__Type", "interfaces", source: TypeRef.self) { type, _, _, _ in
            guard let namedType = named(type) else { return .null }
            switch namedType {
            case .object(let object), .interface(let object):
                return .objects(object.interfaces.map { TypeRef.named($0) })
            default:
                return .null
            }
        }
        resolvers.field("__Type", "possibleTypes", source: TypeRef.self) { type, _, _, _ in
            guard let namedType = named(type), namedType.isAbstractType else { return .null }
            return .objects(schema.possibleTypes(of: namedType.name).map { TypeRef.named($0) })
        }
        resolvers.field("__Type", "enumValues", source: TypeRef.self) { type, arguments, _, _ in
            guard case .enumType(let enumType)? = named(type) else { return .null }
            return .objects(enumType.values.filter { includeDeprecated(arguments) || $0.deprecationReason == nil })
        }
        resolvers.field("__Type", "inputFields", source: TypeRef.self) { type, arguments, _, _ in
            guard case .inputObject(let inputObject)? = named(type) else { return .null }
            return .objects(inputObject.fields.filter { includeDeprecated(arguments) || $0.deprecationReason == nil })
        }
        resolvers.field("__Type", "ofType", source: TypeRef.self) { type, _, _, _ in
            switch type {
            case .named: return .null
            case .list(let inner), .nonNull(let inner): return .object(inner)
            }
        }
        resolvers.field("__Type", "isOneOf", source: TypeRef.self) { type, _, _, _ in
            guard case .inputObject(let inputObject)? = named(type) else { return .null }
            return .bool(inputObject.isOneOf)
        }
    }

    private static func addMembers<Context>(to resolvers: inout Resolvers<Context>, _ schema: GraphQLSchema) {
        resolvers.field("__Field", "name", source: FieldDef.self) { field, _, _, _ in .string(field.name) }
        resolvers.field("__Field", "description", source: FieldDef.self) { field, _, _, _ in .string(field.description) }
        resolvers.field("__Field", "args", source: FieldDef.self) { field, arguments, _, _ in
            .objects(field.arguments.filter { includeDeprecated(arguments) || $0.deprecationReason == nil })
        }
        resolvers.field("__Field", "type", source: FieldDef.self) { field, _, _, _ in .object(field.type) }
        resolvers.field("__Field", "isDeprecated", source: FieldDef.self) { field, _, _, _ in .bool(field.deprecationReason != nil) }
        resolvers.field("__Field", "deprecationReason", source: FieldDef.self) { field, _, _, _ in .string(field.deprecationReason) }

        resolvers.field("__InputValue", "name", source: InputValueDef.self) { value, _, _, _ in .string(value.name) }
        resolvers.field("__InputValue", "description", source: InputValueDef.self) { value, _, _, _ in .string(value.description) }
        resolvers.field("__InputValue", "type", source: InputValueDef.self) { value, _, _, _ in .object(value.type) }
        resolvers.field("__InputValue", "defaultValue", source: InputValueDef.self) { value, _, _, _ in
            .string(value.defaultValue.map { Printer.print($0) })
        }
        resolvers.field("__InputValue", "isDeprecated", source: InputValueDef.self) { value, _, _, _ in .bool(value.deprecationReason != nil) }
        resolvers.field("__InputValue", "deprecationReason", source: InputValueDef.self) { value, _, _, _ in .string(value.deprecationReason) }

        resolvers.field("__EnumValue", "name", source: EnumValueDef.self) { value, _, _, _ in .string(value.name) }
        resolvers.field("__EnumValue", "description", source: EnumValueDef.self) { value, _, _, _ in .string(value.description) }
        resolvers.field("__EnumValue", "isDeprecated", source: EnumValueDef.self) { value, _, _, _ in .bool(value.deprecationReason != nil) }
        resolvers.field("__EnumValue", "deprecationReason", source: EnumValueDef.self) { value, _, _, _ in .string(value.deprecationReason) }

        resolvers.field("__Directive", "name", source: DirectiveDef.self) { directive, _, _, _ in .string(directive.name) }
        resolvers.field("__Directive", "description", source: DirectiveDef.self) { directive, _, _, _ in .string(directive.description) }
        resolvers.field("__Directive", "locations", source: DirectiveDef.self) { directive, _, _, _ in
            .value(.list(directive.locations.map { .string($0.rawValue) }))
        }
        resolvers.field("__Directive", "args", source: DirectiveDef.self) { directive, arguments, _, _ in
            .objects(directive.arguments.filter { includeDeprecated(arguments) || $0.deprecationReason == nil })
        }
        resolvers.field("__Directive", "isRepeatable", source: DirectiveDef.self) { directive, _, _, _ in .bool(directive.isRepeatable) }
    }

    private static func includeDeprecated(_ arguments: GraphQLObject) -> Bool {
        arguments["includeDeprecated"] == .bool(true)
    }
}
