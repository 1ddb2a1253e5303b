import Foundation
import GraphQLCore
import Logging
import SessionAPI
import SessionStore
import Testing

/// `Subscription` through `SessionAPI.stream`, as the WebSocket and event-stream transports
/// use it, over a watcher polled by hand.
@Suite(.serialized)
struct APISubscriptionTests {
    static func writable(_ backend: APIBackend, _ name: String) async throws -> (APIHarness, ActivityWatcher) {
        var harness = try APIHarness(database: try await backend.openSeeded(schema: "sessionapi_subscription_\(name)"))
        let watcher = ActivityWatcher(
            store: harness.api.store, configuration: .init(interval: .seconds(60)), logger: Logger(label: "sessionql.subscription.tests"))
        harness.api.watcher = watcher
        return (harness, watcher)
    }

    static func start(_ api: SessionAPI, _ query: String, as organization: String = SeedFixtures.acmeOrganizationId) async -> GraphQLStreamStart {
        await api.stream(GraphQLParameters(query: query), organizationID: organization)
    }

    /// A tool call written the way the platform writes one, in a session of the seed.
    static func insertCall(_ id: String, in session: String, at time: Int64, into database: any SQLDatabase) async throws {
        guard let row = try await database.queryFirst(SQLStatement(
            "SELECT mcp_server_id, mcp_server_user_id FROM mcp_tool_calls WHERE mcp_server_session_id = $1 LIMIT 1", [.text(session)]))
        else { throw GraphQLError("no call in \(session)") }
        try await database.execute(SQLStatement(
            "INSERT INTO mcp_tool_calls (id, created_at, mcp_server_id, tool_name, mcp_server_user_id, mcp_server_session_id, input, output) VALUES ($1, $2, $3, 'live', $4, $5, NULL, NULL)",
            [.text(id), .int(time), .text(try row.string("mcp_server_id")), row.optionalString("mcp_server_user_id").map(SQLValue.text) ?? .null, .text(session)]))
    }

    static func errors(_ start: GraphQLStreamStart) -> String {
        guard case .refused(let errors) = start else { return "not refused" }
        return GraphQLResponse(errors: errors).json
    }

    @Test(arguments: APIBackend.available)
    func eachEventIsReadFreshThroughItsOwnLoaders(_ backend: APIBackend) async throws {
        let (harness, watcher) = try await Self.writable(backend, "fresh")
        defer { Task { try? await harness.database.close() } }
        let session = SeedFixtures.tieSessionId
        guard case .events(let activity) = await Self.start(harness.api, """
            subscription { sessionActivity(userId: "\(SeedFixtures.sharedUserId)") { id toolCallCount } }
            """) else { Issue.record("expected events"); return }
        guard case .events(let items) = await Self.start(harness.api, """
            subscription { timelineItemAdded(sessionId: "\(session)") { __typename id ... on ToolCall { toolName isError } } }
            """) else { Issue.record("expected events"); return }
        var activityEvents = activity.makeAsyncIterator(), itemEvents = items.makeAsyncIterator()
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        try await Self.insertCall("tc_live_1", in: session, at: now, into: harness.database)
        try await watcher.poll()
        #expect(try await itemEvents.next().map { String(decoding: $0, as: UTF8.self) }
            == #"{"data":{"timelineItemAdded":{"__typename":"ToolCall","id":"tc_live_1","toolName":"live","isError":false}}}"#)
        #expect(try await activityEvents.next().map { String(decoding: $0, as: UTF8.self) }
            == #"{"data":{"sessionActivity":{"id":"sess_acme_ties","toolCallCount":10}}}"#)
        try await Self.insertCall("tc_live_2", in: session, at: now + 1, into: harness.database)
        try await watcher.poll()
        #expect(try await activityEvents.next().map { String(decoding: $0, as: UTF8.self) }
            == #"{"data":{"sessionActivity":{"id":"sess_acme_ties","toolCallCount":11}}}"#)
        #expect(try await itemEvents.next().map { String(decoding: $0, as: UTF8.self) }
            == #"{"data":{"timelineItemAdded":{"__typename":"ToolCall","id":"tc_live_2","toolName":"live","isError":false}}}"#)
    }

    @Test(arguments: APIBackend.available)
    func anotherOrganizationsSessionOrUserCannotBeSubscribedTo(_ backend: APIBackend) async throws {
        let (harness, _) = try await Self.writable(backend, "tenancy")
        defer { Task { try? await harness.database.close() } }
        let foreignSession = await Self.start(
            harness.api, #"subscription { timelineItemAdded(sessionId: "sess_acme_ties") { id } }"#, as: SeedFixtures.globexOrganizationId)
        #expect(Self.errors(foreignSession) == #"{"errors":[{"message":"No session \"sess_acme_ties\" in this organization.","locations":[{"line":1,"column":16}],"path":["timelineItemAdded"],"extensions":{"code":"BAD_USER_INPUT"}}]}"#)
        let foreignUser = await Self.start(
            harness.api, #"subscription { sessionActivity(userId: "\#(SeedFixtures.globexOnlyUserId)") { id } }"#)
        #expect(Self.errors(foreignUser) == #"{"errors":[{"message":"No user \"mcpu_globex_only\" in this organization.","locations":[{"line":1,"column":16}],"path":["sessionActivity"],"extensions":{"code":"BAD_USER_INPUT"}}]}"#)
    }

    @Test(arguments: APIBackend.available)
    func aSubscriptionNeedsAStreamAndAWatcher(_ backend: APIBackend) async throws {
        let harness = try APIHarness(database: try await backend.openSeeded(schema: "sessionapi_subscription_none"))
        defer { Task { try? await harness.database.close() } }
        let once = await harness.run("subscription { sessionActivity { id } }")
        #expect(once.isRejected)
        #expect(once.json == #"{"errors":[{"message":"A subscription answers with a stream of events: subscribe over WebSocket (graphql-transport-ws) or ask for server-sent events (Accept: text/event-stream).","locations":[{"line":1,"column":1}],"extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#)
        let unwatched = await Self.start(harness.api, "subscription { sessionActivity { id } }")
        #expect(Self.errors(unwatched) == #"{"errors":[{"message":"This server does not serve subscriptions.","locations":[{"line":1,"column":16}],"path":["sessionActivity"],"extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#)
        // Anything else on a streaming transport is one outcome.
        guard case .single(.executed(let body)) = await Self.start(harness.api, "{ __typename }") else { Issue.record("expected one outcome"); return }
        #expect(String(decoding: body, as: UTF8.self) == #"{"data":{"__typename":"Query"}}"#)
        let twoRoots = await Self.start(harness.api, "subscription { sessionActivity { id } timelineItemAdded(sessionId: \"x\") { id } }")
        #expect(Self.errors(twoRoots).contains("VALIDATION_FAILED"))
    }
}
