import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// `Mutation.setSessionTitle`. Every test writes to a database of its own (a fresh seed in
/// a schema no other test uses), so the shared seeded database the read-only suites assert
/// on never changes.
@Suite(.serialized)
struct MutationTests {
    static let setTitle = """
        mutation($id: ID!, $title: String) { setSessionTitle(id: $id, title: $title) { id title displayTitle } }
        """
    static let readTitle = "query($id: ID!) { session(id: $id) { id title displayTitle } }"

    /// A harness over a freshly seeded database named after the test; closed by the caller.
    static func writableHarness(_ backend: APIBackend, _ name: String) async throws -> APIHarness {
        try APIHarness(database: try await backend.openSeeded(schema: "sessionapi_mutation_\(name)"))
    }

    static func set(_ id: String, _ title: GraphQLValue, on harness: APIHarness, as organization: String = SeedFixtures.acmeOrganizationId) async -> APIHarness.Result {
        await harness.run(setTitle, variables: GraphQLObject([("id", .string(id)), ("title", title)]), organization: organization)
    }

    static func read(_ id: String, on harness: APIHarness, as organization: String = SeedFixtures.acmeOrganizationId) async -> APIHarness.Result {
        await harness.run(readTitle, variables: GraphQLObject([("id", .string(id))]), organization: organization)
    }

    @Test(arguments: APIBackend.available)
    func setsTheTitleAndLaterQueriesSeeIt(_ backend: APIBackend) async throws {
        let harness = try await Self.writableHarness(backend, "set")
        defer { Task { try? await harness.database.close() } }

        let set = await Self.set(SeedFixtures.untitledSessionId, .string("Warehouse clean-up"), on: harness)
        #expect(set.isExecuted)
        #expect(set.json == #"{"data":{"setSessionTitle":{"id":"sess_acme_untitled","title":"Warehouse clean-up","displayTitle":"Warehouse clean-up"}}}"#)
        // The UPDATE … RETURNING is the only statement: the answer is primed from it.
        #expect(set.statements == 1)

        let read = await Self.read(SeedFixtures.untitledSessionId, on: harness)
        #expect(read.json == #"{"data":{"session":{"id":"sess_acme_untitled","title":"Warehouse clean-up","displayTitle":"Warehouse clean-up"}}}"#)
        #expect(read.statements == 1)
    }

    @Test(arguments: APIBackend.available)
    func titlesAreTrimmedAndBlankOrNullClears(_ backend: APIBackend) async throws {
        let harness = try await Self.writableHarness(backend, "clear")
        defer { Task { try? await harness.database.close() } }
        let id = SeedFixtures.emptySessionId

        let padded = await Self.set(id, .string("  \n Padded title\t "), on: harness)
        #expect(padded.json == #"{"data":{"setSessionTitle":{"id":"sess_acme_empty","title":"Padded title","displayTitle":"Padded title"}}}"#)

        // Cleared: the display title falls back to the server's name (a second statement).
        let cleared = await Self.set(id, .null, on: harness)
        #expect(cleared.json == #"{"data":{"setSessionTitle":{"id":"sess_acme_empty","title":null,"displayTitle":"Acme Issues"}}}"#)
        #expect(cleared.statements == 2)
        #expect(await Self.read(id, on: harness).json == #"{"data":{"session":{"id":"sess_acme_empty","title":null,"displayTitle":"Acme Issues"}}}"#)

        _ = await Self.set(id, .string("Again"), on: harness)
        let blank = await Self.set(id, .string(" \t\n "), on: harness)
        #expect(blank.json == #"{"data":{"setSessionTitle":{"id":"sess_acme_empty","title":null,"displayTitle":"Acme Issues"}}}"#)

        // An omitted title is a null title.
        _ = await Self.set(id, .string("Again"), on: harness)
        let omitted = await harness.run(
            "mutation { setSessionTitle(id: \"\(id)\") { title displayTitle } }")
        #expect(omitted.json == #"{"data":{"setSessionTitle":{"title":null,"displayTitle":"Acme Issues"}}}"#)
        #expect(await Self.read(id, on: harness).json == #"{"data":{"session":{"id":"sess_acme_empty","title":null,"displayTitle":"Acme Issues"}}}"#)
    }

    @Test(arguments: APIBackend.available)
    func anotherOrganizationsSessionIsNullAndUnchanged(_ backend: APIBackend) async throws {
        let harness = try await Self.writableHarness(backend, "tenancy")
        defer { Task { try? await harness.database.close() } }
        let id = SeedFixtures.sharedGlobexSessionId

        let attempt = await Self.set(id, .string("Renamed by acme"), on: harness)
        #expect(attempt.isExecuted)
        #expect(attempt.json == #"{"data":{"setSessionTitle":null}}"#)
        #expect(attempt.statements == 1)
        // Clearing is refused the same way.
        #expect(await Self.set(id, .null, on: harness).json == #"{"data":{"setSessionTitle":null}}"#)

        let globex = await Self.read(id, on: harness, as: SeedFixtures.globexOrganizationId)
        #expect(globex.json == #"{"data":{"session":{"id":"sess_globex_shared","title":"Invoice question (Globex)","displayTitle":"Invoice question (Globex)"}}}"#)
        #expect(await Self.read(id, on: harness).json == #"{"data":{"session":null}}"#)

        // An unknown id answers the same as another organization's.
        #expect(await Self.set("sess_no_such_session", .string("x"), on: harness).json == #"{"data":{"setSessionTitle":null}}"#)
    }

    @Test(arguments: APIBackend.available)
    func titlesLongerThan200CharactersAreRefused(_ backend: APIBackend) async throws {
        let harness = try await Self.writableHarness(backend, "length")
        defer { Task { try? await harness.database.close() } }
        let id = SeedFixtures.tieSessionId

        let refused = await Self.set(id, .string(String(repeating: "x", count: 201)), on: harness)
        #expect(refused.isExecuted)
        #expect(refused.json == """
            {"errors":[{"message":"A session title has at most 200 characters; got 201.","locations":[{"line":1,"column":38}],\
            "path":["setSessionTitle"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":{"setSessionTitle":null}}
            """)
        #expect(refused.statements == 0)
        #expect(await Self.read(id, on: harness).json == #"{"data":{"session":{"id":"sess_acme_ties","title":"Edge cases: ties, errors & big payloads","displayTitle":"Edge cases: ties, errors & big payloads"}}}"#)

        // Characters, not bytes or UTF-16 units, and counted after trimming.
        let emoji = String(repeating: "👩🏽‍💻", count: 200)
        let longest = await Self.set(id, .string("  " + emoji + "  "), on: harness)
        #expect(longest.data["setSessionTitle", "title"] == .string(emoji))
        #expect(await Self.read(id, on: harness).data["session", "title"] == .string(emoji))
        let tooLong = await Self.set(id, .string(emoji + "é"), on: harness)
        #expect(tooLong.errors.first?["message"] == .string("A session title has at most 200 characters; got 201."))
        #expect(tooLong.errors.first?["extensions", "code"] == .string("BAD_USER_INPUT"))
    }

    @Test(arguments: APIBackend.available)
    func mutationsRunInOrder(_ backend: APIBackend) async throws {
        let harness = try await Self.writableHarness(backend, "serial")
        defer { Task { try? await harness.database.close() } }
        let result = await harness.run("""
            mutation {
              a: setSessionTitle(id: "\(SeedFixtures.bigSessionId)", title: "First") { title }
              b: setSessionTitle(id: "\(SeedFixtures.bigSessionId)", title: "Second") { title }
              c: setSessionTitle(id: "\(SeedFixtures.bigSessionId)", title: null) { title displayTitle }
            }
            """)
        #expect(result.json == #"{"data":{"a":{"title":"First"},"b":{"title":"Second"},"c":{"title":null,"displayTitle":"Acme Docs"}}}"#)
        #expect(result.statements == 4)
    }

    @Test(arguments: APIBackend.available)
    func theTransportCanTellAMutationBeforeAnythingRuns(_ backend: APIBackend) async throws {
        // Told from the document alone, so the shared database is safe to use here.
        let harness = try await APIData.shared.harness(backend)
        let before = harness.database.statementCount
        #expect(await harness.api.operationKind(GraphQLParameters(query: Self.setTitle)) == .mutation)
        // An invalid mutation is still a mutation (GET answers 405 before validation).
        #expect(await harness.api.operationKind(GraphQLParameters(query: "mutation { nope }")) == .mutation)
        #expect(await harness.api.operationKind(GraphQLParameters(query: Self.readTitle)) == .query)
        #expect(await harness.api.operationKind(GraphQLParameters(query: "{ unclosed")) == nil)
        #expect(harness.database.statementCount == before)
    }
}
