import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// The session explorer's documents: exact answers, identical on both backends, and a
/// statement count fixed by the document's shape whatever the amount of data.
@Suite(.serialized)
struct ExplorerDocumentTests {
    /// SQL statements each document costs: one per loader per level it reaches.
    static let expectedStatements: [String: Int] = [
        // users page
        "UsersPage": 1,
        // user by identifier; first seen in this organization + sessions page; counts + servers
        // of the sessions
        "UserSessions": 5,
        // session; counts + timeline page
        "TimelinePage": 3,
        // tool call; payloads (input and output in one statement) + server + user + session
        // (the session's server is already loaded)
        "ToolCallDetail": 5,
        // ticket; server + session (the display title's server is already loaded)
        "TicketDetail": 3,
        // organization + user + session + item; sessions page + servers + counts + timeline
        // (the item's session is already loaded) + the item's payloads; counts + servers of
        // the user's sessions
        "DeepLink": 11,
    ]

    @Test(arguments: APIBackend.available, ExplorerDocument.all)
    func executesWithoutErrors(_ backend: APIBackend, _ document: ExplorerDocument) async throws {
        let harness = try await APIData.shared.harness(backend)
        let result = await harness.run(try document.query, variables: document.variables)
        #expect(result.isExecuted)
        #expect(result.errors.isEmpty, "\(result.json.prefix(500))")
        #expect(result.data != .null)
    }

    @Test(.enabled(if: APIBackend.postgresEnabled), arguments: ExplorerDocument.all)
    func bothBackendsAnswerByteForByte(_ document: ExplorerDocument) async throws {
        let sqlite = await (try await APIData.shared.harness(.sqlite)).run(try document.query, variables: document.variables)
        let postgres = await (try await APIData.shared.harness(.postgres)).run(try document.query, variables: document.variables)
        #expect(sqlite.json == postgres.json)
        #expect(sqlite.json.utf8.count > 100)
    }

    @Test(arguments: APIBackend.available)
    func deepLinkAnswersTheCheckedInResponse(_ backend: APIBackend) async throws {
        let document = ExplorerDocument.deepLink
        let expectedText = try #require(document.expectedResponse)
        let result = await (try await APIData.shared.harness(backend)).run(try document.query, variables: document.variables)
        // The fixture is indented for review; compare as ordered JSON values.
        #expect(try GraphQLValue(json: result.json) == GraphQLValue(json: expectedText))
    }

    @Test(arguments: APIBackend.available, [APIData.Size.small, .large])
    func statementCountsDependOnlyOnTheDocument(_ backend: APIBackend, _ size: APIData.Size) async throws {
        let harness = try await APIData.shared.harness(backend, size)
        for document in ExplorerDocument.all {
            let result = await harness.run(try document.query, variables: document.variables)
            #expect(result.errors.isEmpty, "\(document.name): \(result.json.prefix(300))")
            #expect(result.statements == Self.expectedStatements[document.name], "\(document.name) on \(size)")
        }
    }

    @Test(arguments: APIBackend.available)
    func largeDataSetReallyIsLarger(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend, .large)
        let result = await harness.run(
            "query($id: String!) { user(identifier: $id) { sessions(first: 100) { pageInfo { hasNextPage } nodes { id } } } }",
            variables: GraphQLObject([("id", .string(SeedFixtures.sharedUserId))]))
        #expect(result.data["user", "sessions", "pageInfo", "hasNextPage"] == .bool(true))
        let big = await harness.run(
            "query($id: ID!) { session(id: $id) { toolCallCount } }",
            variables: GraphQLObject([("id", .string(SeedFixtures.bigSessionId))]))
        #expect(big.data["session", "toolCallCount"] == .int(SeedFixtures.bigSessionToolCallCount + LargeData.extraBigSessionToolCalls))
    }
}
