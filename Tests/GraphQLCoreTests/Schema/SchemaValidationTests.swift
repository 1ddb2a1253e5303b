import Testing
@testable import GraphQLCore

@Suite("Schema validation")
struct SchemaValidationTests {
    /// The message of the error building `sdl` throws, or nil when it builds.
    static func error(_ sdl: String) -> GraphQLError? {
        do {
            _ = try GraphQLSchema(sdl: sdl)
            return nil
        } catch let error as GraphQLError {
            return error
        } catch {
            return GraphQLError("\(error)")
        }
    }

    static func message(_ sdl: String) -> String? { error(sdl)?.message }

    @Test func rootTypes() {
        #expect(Self.message("type Foo { a: Int }") == "Query root type must be provided.")
        #expect(Self.message("schema { mutation: M } type M { a: Int }") == "Query root type must be provided.")
        #expect(Self.message("schema { query: In } input In { a: Int }") == "Query root type must be Object type, it cannot be In.")
        #expect(Self.message("schema { query: Q mutation: E } type Q { a: Int } enum E { A }") == "Mutation root type must be Object type if provided, it cannot be E.")
        #expect(Self.message("schema { query: Q mutation: Q } type Q { a: Int }") == "All root types must be different, \"Q\" type is used as query and mutation root types.")
        #expect(Self.message("schema { query: Q } schema { query: Q } type Q { a: Int }") == "Must provide only one schema definition.")
        #expect(Self.message("schema { query: Q query: Q } type Q { a: Int }") == "There can be only one query type in schema.")
        #expect(Self.message("schema { query: Q } extend schema { query: Q } type Q { a: Int }") == "There can be only one query type in schema.")
    }

    @Test func unknownTypesArePointedAt() {
        let error = Self.error("type Query {\n  a: Foo\n}")
        #expect(error?.message == "Type \"Foo\" not found.")
        #expect(error?.locations.map { [$0.line, $0.column] } == [[2, 6]])
        #expect(Self.message("type Query { a(x: [Bar!]): Int }") == "Type \"Bar\" not found.")
        #expect(Self.message("type Query implements Nope { a: Int }") == "Type \"Nope\" not found.")
        #expect(Self.message("type Query { a: Int } union U = Query | Nope") == "Type \"Nope\" not found.")
        #expect(Self.message("schema { query: Nope } type Query { a: Int }") == "Type \"Nope\" not found.")
        #expect(Self.message("type Query { a: Int } directive @d(x: Nope) on FIELD") == "Type \"Nope\" not found.")
    }

    @Test func duplicateNames() {
        #expect(Self.message("type Query { a: Int } type Query { b: Int }") == "There can be only one type named \"Query\".")
        #expect(Self.message("type Query { a: Int } enum Int { A }") == "There can be only one type named \"Int\".")
        #expect(Self.message("type Query { a: Int a: String }") == "Field \"Query.a\" can only be defined once.")
        #expect(Self.message("type Query { a: Int } extend type Query { a: Int }") == "Field \"Query.a\" can only be defined once.")
        #expect(Self.message("type Query { a(x: Int, x: Int): Int }") == "Argument \"Query.a(x:)\" can only be defined once.")
        #expect(Self.message("type Query { a: Int } enum E { A B A }") == "Enum value \"E.A\" can only be defined once.")
        #expect(Self.message("type Query { a: Int } input In { a: Int a: Int }") == "Field \"In.a\" can only be defined once.")
        #expect(Self.message("type Query { a: Int } directive @d on FIELD directive @d on FIELD") == "There can be only one directive named \"@d\".")
        #expect(Self.message("type Query { a: Int } directive @d(x: Int, x: Int) on FIELD") == "Argument \"@d(x:)\" can only be defined once.")
        #expect(Self.message("type Query { a: Int } directive @skip(if: Boolean!) on FIELD") == "Directive \"@skip\" already exists in the schema. It cannot be redefined.")
    }

    @Test func reservedNames() {
        let reserved = "must not begin with \"__\", which is reserved by GraphQL introspection."
        #expect(Self.message("type Query { a: Int } type __Foo { a: Int }") == "Name \"__Foo\" \(reserved)")
        #expect(Self.message("type Query { __a: Int }") == "Name \"__a\" \(reserved)")
        #expect(Self.message("type Query { a(__x: Int): Int }") == "Name \"__x\" \(reserved)")
        #expect(Self.message("type Query { a: Int } enum E { __A }") == "Name \"__A\" \(reserved)")
        #expect(Self.message("type Query { a: Int } directive @__d on FIELD") == "Name \"__d\" \(reserved)")
    }

    @Test func emptyTypes() {
        #expect(Self.message("type Query { a: Int } type Empty") == "Type Empty must define one or more fields.")
        #expect(Self.message("type Query { a: Int } interface I") == "Type I must define one or more fields.")
        #expect(Self.message("type Query { a: Int } union U") == "Union type U must define one or more member types.")
        #expect(Self.message("type Query { a: Int } enum E") == "Enum type E must define one or more values.")
        #expect(Self.message("type Query { a: Int } input In") == "Input Object type In must define one or more fields.")
    }

    @Test func inputAndOutputPositions() {
        #expect(Self.message("type Query { a: In } input In { x: Int }") == "The type of Query.a must be Output Type but got: \"In\".")
        #expect(Self.message("type Query { a(o: [Query]): Int }") == "The type of Query.a(o:) must be Input Type but got: \"[Query]\".")
        #expect(Self.message("type Query { a: Int } input In { q: Query! }") == "The type of In.q must be Input Type but got: \"Query!\".")
        #expect(Self.message("type Query { a: Int } directive @d(q: Query) on FIELD") == "The type of @d(q:) must be Input Type but got: \"Query\".")
    }

    @Test func unions() {
        #expect(Self.message("type Query { a: U } union U = Int") == "Union type U can only include Object types, it cannot include \"Int\".")
        #expect(Self.message("type Query { a: U } union U = Query | Query") == "Union type U can only include type Query once.")
    }

    @Test func interfaceImplementations() {
        let error = Self.error("type Query { u: User }\ninterface Node { id: ID! }\ntype User implements Node {\n  id: String\n}")
        #expect(error?.message == "Interface field Node.id expects type \"ID!\" but User.id is type \"String\".")
        #expect(error?.locations.map { [$0.line, $0.column] } == [[4, 3]])
        #expect(Self.message("type Query implements Node { a: Int } interface Node { id: ID! }") == "Interface field Node.id expected but Query does not provide it.")
        #expect(Self.message("type Query implements Int { a: Int }") == "Type Query must only implement Interface types, it cannot implement Int.")
        #expect(Self.message("type Query implements I & I { a: Int } interface I { a: Int }") == "Type Query can only implement I once.")
        #expect(Self.message("type Query { a: Int } interface I implements I { a: Int }") == "Type I cannot implement itself because it would create a circular reference.")
        #expect(Self.message("type Query implements B { a: Int } interface A { a: Int } interface B implements A { a: Int }") == "Type Query must implement A because it is implemented by B.")
        #expect(Self.message("type Query implements I { a(x: Int): Int } interface I { a(x: Int, y: String): Int }") == "Interface field argument I.a(y:) expected but Query.a does not provide it.")
        #expect(Self.message("type Query implements I { a(x: Int!): Int } interface I { a(x: Int): Int }") == "Interface field argument I.a(x:) expects type \"Int\" but Query.a(x:) is type \"Int!\".")
        #expect(Self.message("type Query implements I { a(x: Int, y: Int!): Int } interface I { a(x: Int): Int }") == "Object field Query.a includes required argument y that is missing from the Interface field I.a.")
        // Covariant field types are fine: a non-null, a subtype, a list of subtypes.
        #expect(Self.message("type Query implements I { a: Int! b: Query c: [Query!] } interface I { a: Int b: I c: [I] }") == nil)
        #expect(Self.message("type Query implements I { a(x: Int, y: Int = 1): Int } interface I { a(x: Int): Int }") == nil)
    }

    @Test func inputObjects() {
        #expect(Self.message("type Query { a(i: A): Int } input A { b: B! } input B { a: A! }") == "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".")
        #expect(Self.message("type Query { a(i: A): Int } input A { self: A! }") == "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"self\".")
        // Through a nullable field or a list the cycle can end.
        #expect(Self.message("type Query { a(i: A): Int } input A { b: A c: [A!]! }") == nil)
        #expect(Self.message("type Query { a(i: O): Int } input O @oneOf { a: Int! }") == "OneOf input field O.a must be nullable.")
        #expect(Self.message("type Query { a(i: O): Int } input O @oneOf { a: Int = 1 }") == "OneOf input field O.a cannot have a default value.")
        #expect(Self.message("type Query { a(i: In): Int } input In { a: Int! @deprecated }") == "Required input field In.a cannot be deprecated.")
        #expect(Self.message("type Query { a(x: Int! @deprecated): Int }") == "Required argument Query.a(x:) cannot be deprecated.")
        #expect(Self.message("type Query { a(x: Int! = 1 @deprecated): Int }") == nil)
    }

    @Test func defaultValues() {
        #expect(Self.message("type Query { a(x: Int = \"one\"): Int }") == "Argument Query.a(x:) has invalid default value: Int cannot represent non-integer value: \"one\"")
        #expect(Self.message("type Query { a(x: E = CYAN): Int } enum E { RED BLUE }") == "Argument Query.a(x:) has invalid default value: Value \"CYAN\" does not exist in \"E\" enum.")
        #expect(Self.message("type Query { a(x: In = {}): Int } input In { b: Int! }") == "Argument Query.a(x:) has invalid default value: Field \"In.b\" of required type \"Int!\" was not provided.")
        #expect(Self.message("type Query { a(x: In): Int } input In { b: In = {} }") == "Input field In.b has invalid default value: The default value of In.b refers to itself.")
        #expect(Self.message("type Query { a(x: [Int] = 1): Int }") == nil)
    }

    @Test func directiveUsages() {
        #expect(Self.message("type Query { a: Int @nope }") == "Unknown directive \"@nope\".")
        #expect(Self.message("type Query @deprecated { a: Int }") == "Directive \"@deprecated\" may not be used on OBJECT.")
        #expect(Self.message("type Query { a: Int @deprecated @deprecated }") == "The directive \"@deprecated\" can only be used once at this location.")
        #expect(Self.message("type Query { a: Int @deprecated(why: \"x\") }") == "Unknown argument \"why\" on directive \"@deprecated\".")
        #expect(Self.message("type Query { a: Int @deprecated(reason: 1) }") == "String cannot represent a non string value: 1")
        #expect(Self.message("type Query { a: Int } scalar S @specifiedBy") == "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.")
        #expect(Self.message("type Query { a: Int } directive @d(x: Int) repeatable on FIELD_DEFINITION extend type Query { b: Int @d(x: 1) @d(x: 2) }") == nil)
        #expect(Self.message("type Query { a: Int } directive @d(x: Int @d) on ARGUMENT_DEFINITION") == "Directive \"@d\" must not reference itself.")
    }

    @Test func extensions() {
        #expect(Self.message("type Query { a: Int } extend type Missing { b: Int }") == "Cannot extend type \"Missing\" because it is not defined.")
        #expect(Self.message("type Query { a: Int } extend type Quer { b: Int }") == "Cannot extend type \"Quer\" because it is not defined. Did you mean \"Query\"?")
        #expect(Self.message("type Query { a: Int } enum E { A } extend type E { b: Int }") == "Cannot extend non-object type \"E\".")
        #expect(Self.message("type Query { a: Int } type T { a: Int } extend input T { b: Int }") == "Cannot extend non-input object type \"T\".")
    }

    @Test func errorsPointAtTheDefinition() {
        func position(_ sdl: String) -> [[Int]]? { Self.error(sdl)?.locations.map { [$0.line, $0.column] } }
        #expect(position("type Query { a: Int }\ntype Query { b: Int }") == [[2, 6]])
        #expect(position("type Query {\n  a: Int\n  a: Int\n}") == [[3, 3]])
        #expect(position("type Query { a: Int }\nunion U = Query | Int") == [[2, 19]])
        #expect(position("type Query {\n  a: Int @nope\n}") == [[2, 10]])
        #expect(position("type Query {\n  a(x: Int = \"1\"): Int\n}") == [[2, 5]])
        #expect(position("type Query { a: Int }") == nil)
        #expect(position("type Foo { a: Int }") == [])
    }

    @Test func executableDefinitionsAreRejected() {
        #expect(Self.message("type Query { a: Int } query { a }") == "A schema holds type system definitions only; found an operation.")
    }
}
