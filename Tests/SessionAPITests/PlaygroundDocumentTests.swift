import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// The documents the playground sends, read from its manifest (`playground/documents.manifest.json`,
/// written from `documents.js`): each answers without errors, and costs a number of statements
/// fixed by its shape, the same on the small seed and the large one.
@Suite(.serialized)
struct PlaygroundDocumentTests {
    struct Operation: Sendable, CustomStringConvertible {
        let name: String
        let body: String
        var description: String { name }
    }

    static let manifest = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("playground/documents.manifest.json")

    static func operation(_ name: String) throws -> Operation {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any]
        let operations = try #require(object?["operations"] as? [[String: Any]])
        let entry = try #require(operations.first { $0["name"] as? String == name })
        return Operation(name: name, body: try #require(entry["body"] as? String))
    }

    /// Each query the playground runs, with the variables of a page it shows, and its
    /// statements: one per loader per level it reaches.
    static let cases: [(name: String, variables: GraphQLObject, statements: Int)] = [
        // the rollup's page; the rollup's total
        ("UsersPage", GraphQLObject([("search", .string("shared"))]), 2),
        ("UsersPage", GraphQLObject([]), 2),
        // organization + user by identifier; servers + first seen + aggregates + sessions page +
        // its total; counts of the sessions (their servers were primed by the organization's)
        ("UserSessions", GraphQLObject([("identifier", .string(SeedFixtures.sharedUserEmail))]), 8),
        // user; tickets page + total; the tickets' sessions; their servers
        ("UserTickets", GraphQLObject([("identifier", .string(SeedFixtures.sharedUserEmail))]), 5),
        // session; server + counts + usage + timeline page + total; output previews
        ("SessionTimeline", GraphQLObject([("sessionId", .string(SeedFixtures.bigSessionId))]), 7),
        // session; timeline page + total; output previews
        ("TimelinePage", GraphQLObject([("sessionId", .string(SeedFixtures.bigSessionId)), ("first", .int(50))]), 4),
        // tool call; payload previews + server + user + session
        ("ItemDetails", GraphQLObject([("id", .string(SeedFixtures.unicodeToolCallId))]), 5),
        // tool call; payloads
        ("ItemPayload", GraphQLObject([("id", .string(SeedFixtures.unicodeToolCallId))]), 2),
        // organization
        ("SignInCheck", GraphQLObject([]), 1),
    ]

    @Test(arguments: APIBackend.available, [APIData.Size.small, .large])
    func statementCountsDependOnlyOnTheDocument(_ backend: APIBackend, _ size: APIData.Size) async throws {
        let harness = try await APIData.shared.harness(backend, size)
        for entry in Self.cases {
            let operation = try Self.operation(entry.name)
            let result = await harness.run(operation.body, variables: entry.variables)
            #expect(result.errors.isEmpty, "\(entry.name): \(result.json.prefix(300))")
            #expect(result.data != .null, "\(entry.name)")
            #expect(result.statements == entry.statements, "\(entry.name) on \(size): \(result.statements)")
        }
    }
}
