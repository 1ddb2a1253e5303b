/// The introspection types of the spec's Introspection section (§4.2), as schema model
/// values, so validation checks `__schema { ... }` selections like any other.
public enum IntrospectionTypes {
    /// Their names in the order the spec introduces them.
    public static let names = ["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"]

    public static func isIntrospectionType(_ name: String) -> Bool { names.contains(name) }

    public static let all: [NamedType] = [schema, type, typeKind, field, inputValue, enumValue, directive, directiveLocation]

    private static let string = TypeRef.named("String")
    private static let requiredString = TypeRef.nonNull(.named("String"))
    private static let requiredBoolean = TypeRef.nonNull(.named("Boolean"))
    private static let typeRef = TypeRef.named("__Type")
    private static let requiredType = TypeRef.nonNull(.named("__Type"))

    private static func listOf(_ name: String) -> TypeRef { .list(.nonNull(.named(name))) }

    private static var includeDeprecated: InputValueDef {
        InputValueDef(name: "includeDeprecated", type: .named("Boolean"), defaultValue: Value(.boolean(false), loc: .unknown))
    }

    public static let schema = NamedType.object(ObjectType(
        name: "__Schema",
        description: "The capabilities of this server: every type and directive, and the root types operations start from.",
        fields: [
            FieldDef(name: "description", type: string),
            FieldDef(name: "types", description: "Every type this server knows.", type: .nonNull(listOf("__Type"))),
            FieldDef(name: "queryType", description: "The type query operations start from.", type: requiredType),
            FieldDef(name: "mutationType", description: "The type mutation operations start from, if there are mutations.", type: typeRef),
            FieldDef(name: "subscriptionType", description: "The type subscription operations start from, if there are subscriptions.", type: typeRef),
            FieldDef(name: "directives", description: "Every directive this server knows.", type: .nonNull(listOf("__Directive"))),
        ]
    ))

    public static let type = NamedType.object(ObjectType(
        name: "__Type",
        description: "A type of the schema, or a list or non-null wrapper around one. Which fields are set depends on `kind`.",
        fields: [
            FieldDef(name: "kind", type: .nonNull(.named("__TypeKind"))),
            FieldDef(name: "name", type: string),
            FieldDef(name: "description", type: string),
            FieldDef(name: "specifiedByURL", type: string),
            FieldDef(name: "fields", arguments: [includeDeprecated], type: listOf("__Field")),
            FieldDef(name: "interfaces", type: listOf("__Type")),
            FieldDef(name: "possibleTypes", type: listOf("__Type")),
            FieldDef(name: "enumValues", arguments: [includeDeprecated], type: listOf("__EnumValue")),
            FieldDef(name: "inputFields", arguments: [includeDeprecated], type: listOf("__InputValue")),
            FieldDef(name: "ofType", type: typeRef),
            FieldDef(name: "isOneOf", type: .named("Boolean")),
        ]
    ))

    public static let typeKind = NamedType.enumType(EnumType(
        name: "__TypeKind",
        description: "The kinds of `__Type`.",
        values: [
            EnumValueDef(name: "SCALAR", description: "A scalar."),
            EnumValueDef(name: "OBJECT", description: "An object: `fields` and `interfaces` are set."),
            EnumValueDef(name: "INTERFACE", description: "An interface: `fields`, `interfaces` and `possibleTypes` are set."),
            EnumValueDef(name: "UNION", description: "A union: `possibleTypes` is set."),
            EnumValueDef(name: "ENUM", description: "An enum: `enumValues` is set."),
            EnumValueDef(name: "INPUT_OBJECT", description: "An input object: `inputFields` is set."),
            EnumValueDef(name: "LIST", description: "A list: `ofType` is set."),
            EnumValueDef(name: "NON_NULL", description: "A non-null wrapper: `ofType` is set."),
        ]
    ))

    public static let field = NamedType.object(ObjectType(
        name: "__Field",
        description: "A field of an object or interface type.",
        fields: [
            FieldDef(name: "name", type: requiredString),
            FieldDef(name: "description", type: string),
            FieldDef(name: "args", arguments: [includeDeprecated], type: .nonNull(listOf("__InputValue"))),
            FieldDef(name: "type", type: requiredType),
            FieldDef(name: "isDeprecated", type: requiredBoolean),
            FieldDef(name: "deprecationReason", type: string),
        ]
    ))

    public static let inputValue = NamedType.object(ObjectType(
        name: "__InputValue",
        description: "An argument of a field or directive, or a field of an input object.",
        fields: [
            FieldDef(name: "name", type: requiredString),
            FieldDef(name: "description", type: string),
            FieldDef(name: "type", type: requiredType),
            FieldDef(name: "defaultValue", description: "The default value, written as a GraphQL literal.", type: string),
            FieldDef(name: "isDeprecated", type: requiredBoolean),
            FieldDef(name: "deprecationReason", type: string),
        ]
    ))

    public static let enumValue = NamedType.object(ObjectType(
        name: "__EnumValue",
        description: "One value of an enum type; responses carry it as a string.",
        fields: [
            FieldDef(name: "name", type: requiredString),
            FieldDef(name: "description", type: string),
            FieldDef(name: "isDeprecated", type: requiredBoolean),
            FieldDef(name: "deprecationReason", type: string),
        ]
    ))

    public static let directive = NamedType.object(ObjectType(
        name: "__Directive",
        description: "A directive: where it may appear in a document or schema, and what arguments it takes.",
        fields: [
            FieldDef(name: "name", type: requiredString),
            FieldDef(name: "description", type: string),
            FieldDef(name: "isRepeatable", type: requiredBoolean),
            FieldDef(name: "locations", type: .nonNull(listOf("__DirectiveLocation"))),
            FieldDef(name: "args", arguments: [includeDeprecated], type: .nonNull(listOf("__InputValue"))),
        ]
    ))

    public static let directiveLocation = NamedType.enumType(EnumType(
        name: "__DirectiveLocation",
        description: "A place in a document or schema where a directive may appear.",
        values: DirectiveLocation.allCases.map { EnumValueDef(name: $0.rawValue, description: locationDescription($0)) }
    ))

    private static func locationDescription(_ location: DirectiveLocation) -> String {
        switch location {
        case .query: return "On a query operation."
        case .mutation: return "On a mutation operation."
        case .subscription: return "On a subscription operation."
        case .field: return "On a field of a selection set."
        case .fragmentDefinition: return "On a fragment definition."
        case .fragmentSpread: return "On a fragment spread."
        case .inlineFragment: return "On an inline fragment."
        case .variableDefinition: return "On a variable definition."
        case .schema: return "On the schema definition."
        case .scalar: return "On a scalar definition."
        case .object: return "On an object type definition."
        case .fieldDefinition: return "On a field definition."
        case .argumentDefinition: return "On an argument definition."
        case .interface: return "On an interface definition."
        case .union: return "On a union definition."
        case .enumType: return "On an enum definition."
        case .enumValue: return "On an enum value definition."
        case .inputObject: return "On an input object definition."
        case .inputFieldDefinition: return "On an input field definition."
        }
    }
}
