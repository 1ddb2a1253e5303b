import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// Totals, paging both ways, pages around an item, filters, previews and aggregates as
/// clients see them, with their statement counts and their refusals.
@Suite(.serialized)
struct ConnectionArgumentTests {
    static func codes(_ result: APIHarness.Result) -> [String] {
        result.errors.compactMap { $0["extensions", "code"].stringValue }
    }

    static func ids(_ value: GraphQLValue) -> [String] {
        (value.listValue ?? []).compactMap { $0["id"].stringValue }
    }

    @Test(arguments: APIBackend.available)
    func lastAndBeforeWalkBackToTheStart(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let query = """
            query($before: String) {
              session(id: "\(SeedFixtures.bigSessionId)") {
                timeline(last: 100, before: $before) { totalCount nodes { id } pageInfo { hasPreviousPage startCursor } }
              }
            }
            """
        var backwards: [String] = []
        var before: GraphQLValue = .null
        for _ in 0..<10 {
            let result = await harness.run(query, variables: GraphQLObject([("before", before)]))
            #expect(result.statements == 3, "session, page, total")
            let timeline = result.data["session", "timeline"]
            #expect(timeline["totalCount"] == .int(SeedFixtures.bigSessionToolCallCount + SeedFixtures.bigSessionTicketCount))
            backwards = Self.ids(timeline["nodes"]) + backwards
            guard timeline["pageInfo", "hasPreviousPage"] == .bool(true) else { break }
            before = timeline["pageInfo", "startCursor"]
        }
        let forward = await harness.run("""
            { session(id: "\(SeedFixtures.bigSessionId)") { a: timeline(first: 100) { nodes { id } pageInfo { endCursor } } } }
            """)
        #expect(backwards.count == SeedFixtures.bigSessionToolCallCount + SeedFixtures.bigSessionTicketCount)
        #expect(Array(backwards.prefix(100)) == Self.ids(forward.data["session", "a", "nodes"]))
    }

    @Test(arguments: APIBackend.available)
    func aroundReturnsThePageHoldingTheItem(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let all = await harness.run("""
            { session(id: "\(SeedFixtures.bigSessionId)") { timeline(first: 100) { nodes { id } } } }
            """)
        let ids = Self.ids(all.data["session", "timeline", "nodes"])
        let result = await harness.run("""
            query($item: ID) { session(id: "\(SeedFixtures.bigSessionId)") {
              timeline(around: $item, first: 10) { nodes { id } pageInfo { hasPreviousPage hasNextPage } }
            } }
            """, variables: GraphQLObject([("item", .string(ids[50]))]))
        #expect(result.statements == 4, "session, the item's position, the part before, the part from it")
        #expect(Self.ids(result.data["session", "timeline", "nodes"]) == Array(ids[45..<55]))
        #expect(result.data["session", "timeline", "pageInfo"] == (try GraphQLValue(json: #"{"hasPreviousPage":true,"hasNextPage":true}"#)))
        let missing = await harness.run("""
            { session(id: "\(SeedFixtures.bigSessionId)") { timeline(around: "\(SeedFixtures.errorToolCallId)", first: 10) { nodes { id } } } }
            """)
        #expect(Self.codes(missing) == ["BAD_USER_INPUT"], "an item of another session")
        #expect(missing.errors.first?["message"].stringValue?.contains("is not an item of this list") == true)
        let sessions = await harness.run("""
            { user(identifier: "\(SeedFixtures.sharedUserId)") {
              sessions(around: "\(SeedFixtures.tieSessionId)", first: 2) { nodes { id } pageInfo { hasPreviousPage hasNextPage } }
            } }
            """)
        #expect(Self.ids(sessions.data["user", "sessions", "nodes"]) == [SeedFixtures.bigSessionId, SeedFixtures.tieSessionId])
    }

    @Test(arguments: APIBackend.available)
    func argumentsThatCannotGoTogetherAreRefused(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let newest = await harness.run("""
            { session(id: "\(SeedFixtures.bigSessionId)") { timeline(first: 2, order: NEWEST_FIRST) { pageInfo { endCursor } } } }
            """)
        let cursor = newest.data["session", "timeline", "pageInfo", "endCursor"]
        for document in [
            "query($c: String) { session(id: \"\(SeedFixtures.bigSessionId)\") { timeline(first: 2, after: $c) { nodes { id } } } }",
            "query($c: String) { user(identifier: \"\(SeedFixtures.sharedUserId)\") { sessions(before: $c, last: 1) { nodes { id } } } }",
            "query($c: String) { sessions(first: 1, after: $c) { nodes { id } } }",
        ] {
            let result = await harness.run(document, variables: GraphQLObject([("c", cursor)]))
            #expect(Self.codes(result) == ["BAD_USER_INPUT"], "a newest-first timeline cursor elsewhere: \(document)")
            #expect(result.errors.first?["message"].stringValue?.contains("belongs to another list or order") == true)
        }
        let both = await harness.run("{ users(first: 2, last: 2) { nodes { id } } }")
        #expect(Self.codes(both) == ["BAD_USER_INPUT"])
        #expect(both.errors.first?["message"] == .string("Pass either \"first\" or \"last\" to Query.users, not both."))
        let aroundAndAfter = await harness.run("""
            { session(id: "\(SeedFixtures.bigSessionId)") { timeline(around: "x", last: 2) { nodes { id } } } }
            """)
        #expect(Self.codes(aroundAndAfter) == ["BAD_USER_INPUT"])
        let tooLarge = await harness.run("{ users(last: 101) { nodes { id } } }")
        #expect(Self.codes(tooLarge) == ["BAD_USER_INPUT"])
        #expect(tooLarge.errors.first?["message"] == .string("Argument \"last\" of Query.users must be between 1 and 100; got 101."))
        let preview = await harness.run("""
            { toolCall(id: "\(SeedFixtures.errorToolCallId)") { outputPreview(maxBytes: 0) { text } } }
            """)
        #expect(Self.codes(preview) == ["BAD_USER_INPUT"])
    }

    @Test(arguments: APIBackend.available)
    func totalsAreReadOnlyWhenSelected(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let without = await harness.run("{ users(first: 5) { nodes { id } } sessions(first: 5) { nodes { id } } supportTickets(first: 5) { nodes { id } } }")
        #expect(without.statements == 3)
        let with = await harness.run("""
            { users(first: 5) { totalCount } sessions(first: 5, filter: { hasErrors: true }) { totalCount }
              supportTickets(first: 5, filter: { statuses: [PENDING, IN_PROGRESS] }) { totalCount nodes { status } } }
            """)
        #expect(with.statements == 6)
        #expect((with.data["users", "totalCount"].intValue ?? 0) > 100)
        let statuses = Set((with.data["supportTickets", "nodes"].listValue ?? []).compactMap { $0["status"].stringValue })
        #expect(statuses.isSubset(of: ["PENDING", "IN_PROGRESS"]))
    }

    @Test(arguments: APIBackend.available)
    func filtersAndAggregatesCostOneStatementPerLevel(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let document = """
            query($id: String!) {
              user(identifier: $id) {
                sessionCount toolCallCount errorCount supportTicketCount
                sessions(first: 10, filter: { hasErrors: true }) {
                  totalCount
                  nodes {
                    id openTicketCount toolUsage { toolName count errorCount firstCalledAt lastCalledAt }
                    timeline(first: 20, filter: { isError: true }) {
                      totalCount
                      nodes { id ... on ToolCall { isError outputBytes outputPreview(maxBytes: 64) { text truncated } } }
                    }
                  }
                }
              }
            }
            """
        let result = await harness.run(document, variables: GraphQLObject([("id", .string(SeedFixtures.sharedUserId))]))
        #expect(result.errors.isEmpty, "\(result.json)")
        // user + its counts + sessions page + sessions total; counts + tool usage + timeline
        // pages + timeline totals of every session; the payload figures of every item.
        #expect(result.statements == 9)
        let sessions = result.data["user", "sessions", "nodes"].listValue ?? []
        #expect(!sessions.isEmpty)
        for session in sessions {
            let nodes = session["timeline", "nodes"].listValue ?? []
            #expect(nodes.allSatisfy { $0["isError"] == .bool(true) })
            let usage = session["toolUsage"].listValue ?? []
            let errors = usage.compactMap { $0["errorCount"].intValue }.reduce(0, +)
            #expect(session["timeline", "totalCount"] == .int(errors), "the filtered total is the sum of the tools' errors")
            for node in nodes {
                let preview = node["outputPreview", "text"].stringValue ?? ""
                #expect(preview.utf8.count <= 64)
                #expect(node["outputPreview", "truncated"] == .bool((node["outputBytes"].intValue ?? 0) > preview.utf8.count))
            }
        }
        #expect(result.data["user", "sessions", "totalCount"] == .int(sessions.count))
        #expect(result.data["user", "errorCount"].intValue == sessions.compactMap { $0["toolUsage"].listValue }
            .flatMap { $0 }.compactMap { $0["errorCount"].intValue }.reduce(0, +))
    }

    @Test(arguments: APIBackend.available)
    func ticketsReachTheirUser(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let result = await harness.run("""
            { supportTickets(first: 3, filter: { search: "\(SeedFixtures.sharedUserEmail.prefix(0))" }) { nodes { email user { email } } } }
            """)
        let nodes = result.data["supportTickets", "nodes"].listValue ?? []
        #expect(nodes.count == 3)
        for node in nodes where node["user"] != .null {
            #expect(node["user", "email"] == node["email"])
        }
    }
}
