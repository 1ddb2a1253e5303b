import Testing
import GraphQLCore

@Suite("Executor")
struct ExecutorTests {
    private func run(_ document: String, variables: String? = nil, operationName: String? = nil) async throws -> String {
        try await ExecutionTestSchema.run(document, variables: variables, operationName: operationName)
    }

    @Test func simpleField() async throws {
        #expect(try await run("{ hello }") == #"{"data":{"hello":"world"}}"#)
    }

    @Test func aliasesAndTypename() async throws {
        let result = try await run(#"{ a: hello b: hello __typename user(id: "u1") { __typename name } }"#)
        #expect(result == #"{"data":{"a":"world","b":"world","__typename":"Query","user":{"__typename":"User","name":"Ada"}}}"#)
    }

    @Test func fragmentsMergeInDocumentOrder() async throws {
        let result = try await run("""
            query { user(id: "u1") { ...F name id } }
            fragment F on User { id email friends { name } }
            """)
        #expect(result == #"{"data":{"user":{"id":"u1","email":"ada@example.com","friends":[{"name":"Brian"},{"name":null}],"name":"Ada"}}}"#)
    }

    @Test func sameFieldTwiceMergesSubselections() async throws {
        let result = try await run(#"{ user(id: "u1") { friends { name } friends { id } } }"#)
        #expect(result == #"{"data":{"user":{"friends":[{"name":"Brian","id":"u2"},{"name":null,"id":"u3"}]}}}"#)
    }

    @Test func inlineFragmentsOnUnion() async throws {
        let result = try await run(#"{ search(term: "A") { __typename ... on User { name } ... on Post { title } ... on Node { id } } }"#)
        #expect(result == #"{"data":{"search":[{"__typename":"User","name":"Ada","id":"u1"},{"__typename":"Post","title":"Again","id":"p2"}]}}"#)
    }

    @Test func fragmentsOnInterfaces() async throws {
        let result = try await run("""
            { node(id: "p1") { id ... on Post { title author { name } } ...NamedParts }
              a: node(id: "u2") { id ...NamedParts } }
            fragment NamedParts on Named { name }
            """)
        #expect(result == #"{"data":{"node":{"id":"p1","title":"Hello","author":{"name":"Ada"}},"a":{"id":"u2","name":"Brian"}}}"#)
    }

    @Test func skipAndIncludeWithVariables() async throws {
        let result = try await run("""
            query Q($yes: Boolean!, $no: Boolean = false) {
              a: hello @include(if: $yes)
              b: hello @skip(if: $yes)
              c: hello @include(if: $no)
              d: hello @skip(if: $no)
              user(id: "u1") { ... on User @include(if: $no) { email } ...N @skip(if: false) }
            }
            fragment N on User { name }
            """, variables: #"{"yes": true}"#)
        #expect(result == #"{"data":{"a":"world","d":"world","user":{"name":"Ada"}}}"#)
    }

    @Test func defaultResolverWalksPlainData() async throws {
        let result = try await run("{ plain { a c b { a } } }")
        #expect(result == #"{"data":{"plain":{"a":1,"c":"outer","b":[{"a":2},null,{"a":3}]}}}"#)
    }

    @Test func argumentDefaultsApply() async throws {
        let result = try await run(#"{ user(id: "u1") { two: posts { id } one: posts(first: 1) { id } } }"#)
        #expect(result == #"{"data":{"user":{"two":[{"id":"p1"},{"id":"p2"}],"one":[{"id":"p1"}]}}}"#)
    }

    @Test func mutationsRunSerially() async throws {
        let result = try await run(#"mutation { a: append(word: "x") { word words } b: append(word: "y") { word words } }"#)
        #expect(result == #"{"data":{"a":{"word":"x","words":["x"]},"b":{"word":"y","words":["x","y"]}}}"#)
    }

    @Test func operationSelectedByName() async throws {
        let document = "query A { a: hello } query B { b: hello }"
        #expect(try await run(document, operationName: "B") == #"{"data":{"b":"world"}}"#)
    }

    @Test func resolversSeeTheirSubselection() async throws {
        let result = try await run("{ peek { a b @skip(if: true) { a } ...F } } fragment F on Plain { c }")
        #expect(result == #"{"data":{"peek":{"a":null,"c":"a,c"}}}"#)
    }
}
