import Foundation
import GraphQLCore
import SessionStore

/// The documents a session-explorer UI runs, read from `Fixtures/<name>.graphql`, each with
/// the variables the tests run it with.
struct ExplorerDocument: Sendable, CustomStringConvertible {
    let name: String
    let variables: GraphQLObject

    var description: String { name }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    var query: String {
        get throws { try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).graphql"), encoding: .utf8) }
    }

    static let usersPage = ExplorerDocument(name: "UsersPage", variables: GraphQLObject([("search", .string("shared"))]))
    static let userSessions = ExplorerDocument(
        name: "UserSessions", variables: GraphQLObject([("identifier", .string(SeedFixtures.sharedUserEmail))]))
    static let timelinePage = ExplorerDocument(
        name: "TimelinePage", variables: GraphQLObject([("sessionId", .string(SeedFixtures.bigSessionId))]))
    static let toolCallDetail = ExplorerDocument(
        name: "ToolCallDetail", variables: GraphQLObject([("id", .string(SeedFixtures.unicodeToolCallId))]))
    static let ticketDetail = ExplorerDocument(
        name: "TicketDetail", variables: GraphQLObject([("id", .string(SeedFixtures.resolvedTicketId))]))
    static let deepLink = ExplorerDocument(name: "DeepLink", variables: GraphQLObject([
        ("identifier", .string(SeedFixtures.sharedUserEmail)),
        ("sessionId", .string(SeedFixtures.tieSessionId)),
        ("itemId", .string(SeedFixtures.errorToolCallId)),
    ]))

    static let all: [ExplorerDocument] = [usersPage, userSessions, timelinePage, toolCallDetail, ticketDetail, deepLink]

    /// The checked-in response a document must produce on the small seed, if there is one.
    var expectedResponse: String? {
        try? String(contentsOf: Self.fixtures.appendingPathComponent("\(name).expected.json"), encoding: .utf8)
    }
}
