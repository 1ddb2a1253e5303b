import Foundation
import Testing
import GraphQLCore

/// Introspection over a schema that uses every feature the type system has.
@Suite("Introspection")
struct IntrospectionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    private func run(_ document: String, sdl: String? = nil) async throws -> GraphQLResponse {
        let schema = try GraphQLSchema(sdl: sdl ?? Self.fixture("introspection-schema.graphql"))
        let executor = Executor<Int>(schema: schema, resolvers: Resolvers())
        return await executor.execute(document: document, context: 0)
    }

    /// The standard query's answer is checked in; `Tests/python` rebuilds the schema from it
    /// with graphql-core and compares it with the SDL.
    @Test func standardQueryMatchesFixture() async throws {
        let response = try await run(IntrospectionQuery.full)
        let expected = try GraphQLValue(json: Self.fixture("introspection-result.json"))
        #expect(response.errors == [])
        #expect(response.data.map { GraphQLValue.object(GraphQLObject([("data", $0)])) } == expected)
    }

    @Test func typeByName() async throws {
        let response = try await run(#"{ reader: __type(name: "Reader") { name kind interfaces { name } } missing: __type(name: "Nope") { name } }"#)
        #expect(response.json == #"{"data":{"reader":{"name":"Reader","kind":"OBJECT","interfaces":[{"name":"Node"},{"name":"Named"},{"name":"Timestamped"}]},"missing":null}}"#)
    }

    @Test func deprecatedMembersAreHiddenByDefault() async throws {
        let response = try await run("""
            { __type(name: "Reader") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }
            """)
        #expect(response.json == #"{"data":{"__type":{"fields":[{"name":"id"},{"name":"name"},{"name":"createdAt"},{"name":"loans"},{"name":"contact"},{"name":"settings"}],"all":[{"name":"id","isDeprecated":false,"deprecationReason":null},{"name":"name","isDeprecated":false,"deprecationReason":null},{"name":"createdAt","isDeprecated":false,"deprecationReason":null},{"name":"loans","isDeprecated":false,"deprecationReason":null},{"name":"email","isDeprecated":true,"deprecationReason":"Use `contact.email`."},{"name":"nickname","isDeprecated":true,"deprecationReason":"No longer supported"},{"name":"contact","isDeprecated":false,"deprecationReason":null},{"name":"settings","isDeprecated":false,"deprecationReason":null}]}}}"#)
    }

    @Test func deprecatedArgumentsInputFieldsAndEnumValues() async throws {
        let response = try await run("""
            {
              query: __type(name: "Query") { fields { name args { name } } }
              filter: __type(name: "ReaderFilter") { inputFields { name } all: inputFields(includeDeprecated: true) { name } }
              status: __type(name: "LoanStatus") { enumValues { name } all: enumValues(includeDeprecated: true) { name } }
            }
            """)
        #expect(response.json == #"{"data":{"query":{"fields":[{"name":"node","args":[{"name":"id"}]},{"name":"book","args":[{"name":"ref"}]},{"name":"reader","args":[{"name":"id"}]},{"name":"readers","args":[{"name":"filter"},{"name":"limit"}]},{"name":"search","args":[{"name":"term"},{"name":"kinds"},{"name":"threshold"}]},{"name":"timeline","args":[{"name":"readerId"}]}]},"filter":{"inputFields":[{"name":"search"},{"name":"statuses"},{"name":"since"},{"name":"order"},{"name":"page"}],"all":[{"name":"search"},{"name":"statuses"},{"name":"since"},{"name":"order"},{"name":"page"},{"name":"legacyId"}]},"status":{"enumValues":[{"name":"ACTIVE"},{"name":"OVERDUE"},{"name":"RETURNED"}],"all":[{"name":"ACTIVE"},{"name":"OVERDUE"},{"name":"RETURNED"},{"name":"LOST"}]}}}"#)
    }

    @Test func wrappersAndTypename() async throws {
        let response = try await run("""
            { __type(name: "Contact") { __typename fields { name type { __typename kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
            """)
        #expect(response.json == #"{"data":{"__type":{"__typename":"__Type","fields":[{"name":"email","type":{"__typename":"__Type","kind":"SCALAR","name":"String","ofType":null}},{"name":"phones","type":{"__typename":"__Type","kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null}}}}}]}}}"#)
    }

    @Test func schemaRootsAndPossibleTypes() async throws {
        let response = try await run("""
            { __schema { queryType { name } mutationType { name } subscriptionType { name } }
              node: __type(name: "Node") { possibleTypes { name } }
              named: __type(name: "Named") { interfaces { name } possibleTypes { name } }
              hit: __type(name: "SearchHit") { possibleTypes { name } interfaces { name } fields { name } } }
            """)
        #expect(response.json == #"{"data":{"__schema":{"queryType":{"name":"Query"},"mutationType":{"name":"Mutation"},"subscriptionType":{"name":"Subscription"}},"node":{"possibleTypes":[{"name":"Reader"},{"name":"Book"},{"name":"Loan"}]},"named":{"interfaces":[{"name":"Node"}],"possibleTypes":[{"name":"Reader"},{"name":"Book"}]},"hit":{"possibleTypes":[{"name":"Reader"},{"name":"Book"}],"interfaces":null,"fields":null}}}"#)
    }

    @Test func defaultValuesArePrintedAsGraphQL() async throws {
        let response = try await run("""
            { __type(name: "NewLoan") { inputFields { name defaultValue } } }
            """)
        #expect(response.json == #"{"data":{"__type":{"inputFields":[{"name":"bookId","defaultValue":null},{"name":"readerId","defaultValue":null},{"name":"note","defaultValue":"\"with \\\"quotes\\\" and \\\\ backslash\""}]}}}"#)
    }
}
