import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// A document sent again skips parsing and validation, but what depends on the request (the
/// operation it names, its variables and the cost they give, mutations over GET) is decided
/// each time, exactly as for a new document.
@Suite(.serialized)
struct PreparedDocumentTests {
    static let document = """
        query Users($first: Int) { users(first: $first) { nodes { id } } }
        mutation Rename { setSessionTitle(id: "sess_nowhere", title: "x") { id } }
        """

    @Test(arguments: APIBackend.available)
    func aCachedDocumentIsStillCheckedPerRequest(_ backend: APIBackend) async throws {
        let database = try await APIData.shared.harness(backend).database
        for harness in [try APIHarness(database: database), try APIHarness(database: database, documentCache: 0)] {
            let first = await harness.run(Self.document, variables: GraphQLObject([("first", .int(2))]), operationName: "Users")
            #expect(first.isExecuted)
            #expect((first.data["users", "nodes"].listValue ?? []).count == 2)
            let again = await harness.run(Self.document, variables: GraphQLObject([("first", .int(3))]), operationName: "Users")
            #expect((again.data["users", "nodes"].listValue ?? []).count == 3)
            let tooMany = await harness.run(Self.document, variables: GraphQLObject([("first", .int(101))]), operationName: "Users")
            #expect(tooMany.errors.compactMap { $0["extensions", "code"].stringValue } == ["BAD_USER_INPUT"])
            #expect(await harness.api.operationKind(GraphQLParameters(query: Self.document, operationName: "Rename")) == .mutation)
            #expect(await harness.api.operationKind(GraphQLParameters(query: Self.document, operationName: "Users")) == .query)
            let unnamed = await harness.run(Self.document)
            #expect(unnamed.errors.compactMap { $0["extensions", "code"].stringValue } == ["OPERATION_RESOLUTION_FAILURE"])
            let invalid = await harness.run("{ viewer { nope } }")
            let invalidAgain = await harness.run("{ viewer { nope } }")
            #expect(invalid.json == invalidAgain.json, "a refused document is refused the same way again")
        }
    }
}
