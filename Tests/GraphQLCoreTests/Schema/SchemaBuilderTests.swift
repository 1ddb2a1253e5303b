import Testing
@testable import GraphQLCore

@Suite("Schema builder")
struct SchemaBuilderTests {
    static let sdl = """
    schema {
      query: Root
      mutation: Mut
    }
    interface Node { id: ID! }
    interface Entity implements Node { id: ID! name: String }
    type User implements Entity & Node {
      id: ID!
      name: String
      friends(first: Int = 10): [User!]! @deprecated
      nick: String @deprecated(reason: "Use name.")
    }
    type Bot implements Node { id: ID! }
    union Actor = User | Bot
    extend union Actor = Ghost
    type Ghost implements Node { id: ID! }
    enum Role { ADMIN MEMBER @deprecated(reason: "Use ADMIN.") }
    extend enum Role { GUEST }
    input Filter { role: Role = MEMBER, limit: Int = 5, tags: [String!] }
    input Pick @oneOf { id: ID, name: String }
    "An instant."
    scalar Instant @specifiedBy(url: "https://example.com/instant")
    type Root { node(id: ID!): Node actor: Actor users(filter: Filter): [User] }
    extend type Root { me: User }
    type Mut { rename(id: ID!, name: String!): User }
    directive @auth(role: Role = ADMIN) repeatable on FIELD_DEFINITION | OBJECT
    extend type Bot @auth @auth(role: GUEST)
    """

    static func build() throws -> GraphQLSchema {
        try GraphQLSchema(sdl: sdl, scalars: ["Instant": StringCoercion()])
    }

    @Test func rootsAndTypeOrder() throws {
        let schema = try Self.build()
        #expect(schema.queryType == "Root")
        #expect(schema.mutationType == "Mut")
        #expect(schema.subscriptionType == nil)
        #expect(schema.typeNames == [
            "Node", "Entity", "User", "Bot", "Actor", "Ghost", "Role", "Filter", "Pick", "Instant", "Root", "Mut",
            "Int", "String", "Boolean", "ID",
            "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
        ])
        // Nothing refers to Float, so it is not part of this schema: neither listed nor known
        // to documents (as graphql-js builds schemas; no position could take it anyway).
        #expect(schema.type(named: "Float") == nil)
        #expect(schema.type(named: "Int") != nil)
        #expect(schema.directives.map(\.name) == ["include", "skip", "deprecated", "specifiedBy", "oneOf", "auth"])
    }

    @Test func possibleTypes() throws {
        let schema = try Self.build()
        #expect(schema.possibleTypeNames["Node"] == ["User", "Bot", "Ghost"])
        #expect(schema.possibleTypeNames["Entity"] == ["User"])
        #expect(schema.possibleTypeNames["Actor"] == ["User", "Bot", "Ghost"])
        #expect(schema.possibleTypes(of: "User") == ["User"])
        #expect(schema.isPossibleType("Ghost", of: "Actor"))
    }

    @Test func extensionsAndDirectivesBecomeModel() throws {
        let schema = try Self.build()
        #expect(schema.type(named: "Root")?.fields.map(\.name) == ["node", "actor", "users", "me"])
        guard case .enumType(let role)? = schema.type(named: "Role") else { Issue.record("Role"); return }
        #expect(role.values.map(\.name) == ["ADMIN", "MEMBER", "GUEST"])
        #expect(role.value("MEMBER")?.deprecationReason == "Use ADMIN.")
        #expect(role.value("ADMIN")?.deprecationReason == nil)
        let user = schema.field("friends", on: "User")
        #expect(user?.deprecationReason == "No longer supported")
        #expect(user?.argument("first")?.defaultValue?.kind == .int("10"))
        #expect(schema.field("nick", on: "User")?.deprecationReason == "Use name.")
        guard case .scalar(let instant)? = schema.type(named: "Instant") else { Issue.record("Instant"); return }
        #expect(instant.specifiedByURL == "https://example.com/instant")
        #expect(instant.description == "An instant.")
        #expect(throws: GraphQLError.self) { try instant.coercion.parseValue(.int(1)) }
        guard case .inputObject(let pick)? = schema.type(named: "Pick"), case .inputObject(let filter)? = schema.type(named: "Filter") else { Issue.record("inputs"); return }
        #expect(pick.isOneOf)
        #expect(!filter.isOneOf)
        #expect(schema.directive(named: "auth")?.isRepeatable == true)
        #expect(schema.directive(named: "auth")?.locations == [.fieldDefinition, .object])
    }

    @Test func defaultsCoerceThroughTheSchema() throws {
        let schema = try Self.build()
        let filter = try InputCoercion.coerceLiteral(Value(.object([]), loc: .unknown), to: .named("Filter"), in: schema, variables: nil)
        #expect(filter == .object(GraphQLObject([("role", .string("MEMBER")), ("limit", .int(5))])))
    }

    @Test func customScalarsWithoutCoercionAcceptAnything() throws {
        let schema = try GraphQLSchema(sdl: "scalar JSON type Query { echo(value: JSON): JSON }")
        guard case .scalar(let json)? = schema.type(named: "JSON") else { Issue.record("JSON"); return }
        #expect(try json.coercion.parseValue(.list([.int(1)])) == .list([.int(1)]))
        #expect(try json.coercion.serialize(.bool(true)) == .bool(true))
    }

    @Test func constantsMayNotHoldVariablesEvenInsideCustomScalars() throws {
        let schema = try GraphQLSchema(sdl: "scalar JSON type Query { echo(value: JSON): JSON }")
        let literal = try Parser.parseValue("{a: [1, $x]}")
        #expect(throws: GraphQLError("Variable \"$x\" is not allowed in a constant value.", locations: [SourceLocation(line: 1, column: 9, offset: 8)], code: .badUserInput)) {
            try InputCoercion.coerceLiteral(literal, to: .named("JSON"), in: schema, variables: nil)
        }
        let coerced = try InputCoercion.coerceLiteral(literal, to: .named("JSON"), in: schema, variables: GraphQLObject([("x", .string("y"))]))
        #expect(coerced == .object(GraphQLObject([("a", .list([.int(1), .string("y")]))])))
    }

    @Test func defaultRootNames() throws {
        let schema = try GraphQLSchema(sdl: "type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }")
        #expect(schema.queryType == "Query")
        #expect(schema.mutationType == "Mutation")
        #expect(schema.subscriptionType == "Subscription")
        let onlyQuery = try GraphQLSchema(sdl: "type Query { a: Int }")
        #expect(onlyQuery.mutationType == nil)
    }

    @Test func schemaExtensionAddsRoots() throws {
        let schema = try GraphQLSchema(sdl: "schema { query: Q } type Q { a: Int } type M { b: Int } extend schema { mutation: M }")
        #expect(schema.mutationType == "M")
    }

    @Test func restatingABuiltInScalarChangesNothing() throws {
        let schema = try GraphQLSchema(sdl: "scalar String type Query { a: String }")
        #expect(schema.typeNames.filter { $0 == "String" }.count == 1)
        guard case .scalar(let string)? = schema.type(named: "String") else { Issue.record("String"); return }
        #expect(throws: GraphQLError.self) { try string.coercion.parseValue(.int(1)) }
    }

    @Test func metaFields() throws {
        let schema = try Self.build()
        #expect(schema.field("__typename", on: "User")?.type == .nonNull(.named("String")))
        #expect(schema.field("__typename", on: "Actor")?.type == .nonNull(.named("String")))
        #expect(schema.field("__typename", on: "Node") != nil)
        #expect(schema.field("__typename", on: "Role") == nil)
        #expect(schema.field("__schema", on: "Root")?.type == .nonNull(.named("__Schema")))
        #expect(schema.field("__type", on: "Root")?.argument("name")?.type == .nonNull(.named("String")))
        #expect(schema.field("__schema", on: "Mut") == nil)
        #expect(schema.field("id", on: "Node")?.type == .nonNull(.named("ID")))
        #expect(schema.field("id", on: "Actor") == nil)
        #expect(schema.field("missing", on: "User") == nil)
        #expect(schema.field("name", on: "Missing") == nil)
        #expect(schema.field("fields", on: "__Type")?.argument("includeDeprecated")?.defaultValue?.kind == .boolean(false))
    }

    @Test func subtypes() throws {
        let schema = try Self.build()
        func type(_ text: String) -> TypeRef { CoercionFixture.type(text) }
        #expect(schema.isSubtype(type("User"), of: type("User")))
        #expect(schema.isSubtype(type("User!"), of: type("User")))
        #expect(!schema.isSubtype(type("User"), of: type("User!")))
        #expect(schema.isSubtype(type("User"), of: type("Node")))
        #expect(schema.isSubtype(type("User!"), of: type("Entity")))
        #expect(schema.isSubtype(type("Entity"), of: type("Node")))
        #expect(!schema.isSubtype(type("Node"), of: type("Entity")))
        #expect(schema.isSubtype(type("Ghost"), of: type("Actor")))
        #expect(!schema.isSubtype(type("Actor"), of: type("Ghost")))
        #expect(schema.isSubtype(type("[User!]!"), of: type("[Node]")))
        #expect(!schema.isSubtype(type("[User]"), of: type("[Node!]")))
        #expect(!schema.isSubtype(type("[User]"), of: type("User")))
        #expect(!schema.isSubtype(type("User"), of: type("[User]")))
        #expect(!schema.isSubtype(type("Bot"), of: type("Entity")))
    }

    @Test func introspectionTypesFollowTheSpec() throws {
        let schema = try Self.build()
        #expect(schema.type(named: "__Type")?.fields.map(\.name) == ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"])
        #expect(schema.field("args", on: "__Directive")?.type.description == "[__InputValue!]!")
        #expect(schema.field("inputFields", on: "__Type")?.arguments.map(\.name) == ["includeDeprecated"])
        guard case .enumType(let kinds)? = schema.type(named: "__TypeKind") else { Issue.record("__TypeKind"); return }
        #expect(kinds.values.map(\.name) == ["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"])
        let deprecated = schema.directive(named: "deprecated")
        #expect(deprecated?.arguments.first?.type == .named("String"))
        #expect(deprecated?.locations == [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue])
    }
}
