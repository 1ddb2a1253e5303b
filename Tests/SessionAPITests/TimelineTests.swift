import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// Orders and cursors as clients see them through GraphQL.
@Suite(.serialized)
struct TimelineTests {
    static let timelineQuery = """
        query($id: ID!, $first: Int, $after: String, $order: TimelineOrder) {
          session(id: $id) {
            timeline(first: $first, after: $after, order: $order) {
              edges { cursor node { __typename id createdAt } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }
        }
        """

    static func ids(_ result: APIHarness.Result) -> [String] {
        (result.data["session", "timeline", "edges"].listValue ?? []).compactMap { $0["node", "id"].stringValue }
    }

    @Test(arguments: APIBackend.available)
    func timelineOrdersByTimeThenId(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let variables = GraphQLObject([("id", .string(SeedFixtures.tieSessionId)), ("first", .int(6))])
        let result = await harness.run(Self.timelineQuery, variables: variables)
        // Four items share one timestamp: the ticket's id sorts before the tool calls' ids.
        #expect(Self.ids(result) == [
            SeedFixtures.tiedTicketId, "tc_fixture_tie_a", "tc_fixture_tie_b", "tc_fixture_tie_c",
            SeedFixtures.errorToolCallId, SeedFixtures.nullInputOutputToolCallId,
        ])
        #expect(result.data["session", "timeline", "edges", 0, "node", "__typename"] == .string("SupportTicket"))
        #expect(result.data["session", "timeline", "edges", 1, "node", "__typename"] == .string("ToolCall"))
        #expect(result.data["session", "timeline", "pageInfo", "hasNextPage"] == .bool(true))
        #expect(result.data["session", "timeline", "pageInfo", "hasPreviousPage"] == .bool(false))
    }

    @Test(arguments: APIBackend.available)
    func newestFirstIsTheExactReverse(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let id = GraphQLValue.string(SeedFixtures.tieSessionId)
        let oldest = await harness.run(Self.timelineQuery, variables: GraphQLObject([("id", id), ("first", .int(100))]))
        let newest = await harness.run(
            Self.timelineQuery, variables: GraphQLObject([("id", id), ("first", .int(100)), ("order", .string("NEWEST_FIRST"))]))
        #expect(Self.ids(oldest).count == 30)
        #expect(Self.ids(newest) == Self.ids(oldest).reversed())
    }

    @Test(arguments: APIBackend.available)
    func cursorWalkReturnsEveryItemOfTheBigSessionOnce(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        var seen: [String] = []
        var times: [String] = []
        var after: GraphQLValue = .null
        var pages = 0
        while pages < 100 {
            let result = await harness.run(Self.timelineQuery, variables: GraphQLObject([
                ("id", .string(SeedFixtures.bigSessionId)), ("first", .int(37)), ("after", after),
            ]))
            #expect(result.statements == 2)
            pages += 1
            let edges = result.data["session", "timeline", "edges"].listValue ?? []
            seen += edges.compactMap { $0["node", "id"].stringValue }
            times += edges.compactMap { $0["node", "createdAt"].stringValue }
            #expect(result.data["session", "timeline", "pageInfo", "hasPreviousPage"] == .bool(after != .null))
            guard result.data["session", "timeline", "pageInfo", "hasNextPage"] == .bool(true) else { break }
            after = result.data["session", "timeline", "pageInfo", "endCursor"]
        }
        let total = SeedFixtures.bigSessionToolCallCount + SeedFixtures.bigSessionTicketCount
        #expect(seen.count == total)
        #expect(Set(seen).count == total)
        #expect(pages == (total + 36) / 37)
        // ISO-8601 with fixed width sorts like the instants it names.
        let keys = zip(times, seen).map { "\($0) \($1)" }
        #expect(keys == keys.sorted())
    }

    @Test(arguments: APIBackend.available)
    func sessionsComeMostRecentFirst(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let result = await harness.run(
            "query($id: String!) { user(identifier: $id) { sessions(first: 10) { nodes { id connectedAt } } } }",
            variables: GraphQLObject([("id", .string(SeedFixtures.sharedUserDistinctId))]))
        let nodes = result.data["user", "sessions", "nodes"].listValue ?? []
        #expect(nodes.compactMap { $0["id"].stringValue } == [
            SeedFixtures.emptySessionId, SeedFixtures.bigSessionId, SeedFixtures.tieSessionId, SeedFixtures.untitledSessionId,
        ])
        let times = nodes.compactMap { $0["connectedAt"].stringValue }
        #expect(times == times.sorted(by: >))
    }

    @Test(arguments: APIBackend.available)
    func sessionPagesWalkWithCursors(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let query = """
            query($id: String!, $after: String) {
              user(identifier: $id) { sessions(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }
            }
            """
        let id = GraphQLValue.string(SeedFixtures.sharedUserEmail)
        let first = await harness.run(query, variables: GraphQLObject([("id", id)]))
        let second = await harness.run(query, variables: GraphQLObject([
            ("id", id), ("after", first.data["user", "sessions", "pageInfo", "endCursor"]),
        ]))
        let ids = (first.data["user", "sessions", "nodes"].listValue ?? []) + (second.data["user", "sessions", "nodes"].listValue ?? [])
        #expect(ids.compactMap { $0["id"].stringValue } == [
            SeedFixtures.emptySessionId, SeedFixtures.bigSessionId, SeedFixtures.tieSessionId, SeedFixtures.untitledSessionId,
        ])
        #expect(first.data["user", "sessions", "pageInfo", "hasNextPage"] == .bool(true))
        #expect(second.data["user", "sessions", "pageInfo", "hasNextPage"] == .bool(false))
    }

    @Test(arguments: APIBackend.available)
    func countsFollowLiveRows(_ backend: APIBackend) async throws {
        let database = try await backend.openSeeded(schema: "sessionapi_counts")
        defer { Task { try? await database.close() } }
        let harness = try APIHarness(database: database)
        let query = """
            query($id: ID!) {
              session(id: $id) { toolCallCount supportTicketCount errorCount timeline(first: 100) { nodes { id } } }
            }
            """
        let variables = GraphQLObject([("id", .string(SeedFixtures.emptySessionId))])
        let before = await harness.run(query, variables: variables)
        #expect(before.data["session"] == (try GraphQLValue(json:
            #"{"toolCallCount":0,"supportTicketCount":0,"errorCount":0,"timeline":{"nodes":[]}}"#)))

        let time = SeedFixtures.referenceTime
        let output = #"{"content": [{"text": "failed", "type": "text"}], "isError": true}"#
        for (index, isError) in [false, true, false].enumerated() {
            try await database.execute(SQLStatement("""
                INSERT INTO mcp_tool_calls (id, created_at, mcp_server_id, tool_name, mcp_server_user_id, mcp_server_session_id, input, output)
                VALUES (\("tc_live_\(index)"), \(time + Int64(index)), \(SeedFixtures.acmeIssuesServerId), 'create_issue',
                        \(SeedFixtures.sharedUserId), \(SeedFixtures.emptySessionId), NULL, \(SQLValue.json(isError ? output : "{}")))
                """))
        }
        let status = database.dialect == .postgres ? "'pending'::support_request_status" : "'pending'"
        try await database.execute(SQLStatement("""
            INSERT INTO support_requests (id, created_at, title, status, email, organization_id, mcp_server_id, mcp_server_session_id)
            VALUES ('sr_live', \(time + 10), 'Live ticket', \(raw: status), \(SeedFixtures.sharedUserEmail),
                    \(SeedFixtures.acmeOrganizationId), \(SeedFixtures.acmeIssuesServerId), \(SeedFixtures.emptySessionId))
            """))
        let liveCalls = try await database.query(SQLStatement(
            "SELECT count(*) AS n FROM mcp_tool_calls WHERE mcp_server_session_id = \(SeedFixtures.emptySessionId)"))
        let liveTickets = try await database.query(SQLStatement(
            "SELECT count(*) AS n FROM support_requests WHERE mcp_server_session_id = \(SeedFixtures.emptySessionId)"))

        let after = await harness.run(query, variables: variables)
        #expect(after.data["session", "toolCallCount"] == .int(Int(try liveCalls[0].int("n"))))
        #expect(after.data["session", "supportTicketCount"] == .int(Int(try liveTickets[0].int("n"))))
        #expect(after.data["session"] == (try GraphQLValue(json: """
            {"toolCallCount":3,"supportTicketCount":1,"errorCount":1,
             "timeline":{"nodes":[{"id":"tc_live_0"},{"id":"tc_live_1"},{"id":"tc_live_2"},{"id":"sr_live"}]}}
            """)))
    }
}
