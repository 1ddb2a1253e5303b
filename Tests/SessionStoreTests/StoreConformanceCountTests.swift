import Testing

@testable import SessionStore

extension StoreConformance {
    @Suite struct Counts {
        static let t0 = StoreFixture.t0

        @Test(arguments: StoreBackend.available)
        func countsFromLiveRows(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let counts = try await expectStatements(1, on: store) {
                    try await store.sessionCounts(
                        organizationId: StoreFixture.acme,
                        sessionIds: ["sess_a1", "sess_b1", "sess_s1", "sess_a4", "sess_anon", "sess_s2", "sess_unknown"])
                }
                #expect(counts == [
                    // Only tc_a1_2 is a CallToolResult with `isError: true`; a string "true",
                    // an array, a JSON string and a NULL output are not errors.
                    "sess_a1": SessionCounts(toolCallCount: 6, supportTicketCount: 2, errorCount: 1, openTicketCount: 1, lastActivityAt: Self.t0 + 40),
                    "sess_b1": SessionCounts(toolCallCount: 23, supportTicketCount: 4, errorCount: 5, openTicketCount: 4, lastActivityAt: Self.t0 + 7_206_000),
                    "sess_s1": SessionCounts(toolCallCount: 1, supportTicketCount: 1, errorCount: 1, openTicketCount: 1, lastActivityAt: Self.t0 + 100_600),
                    "sess_a4": SessionCounts(toolCallCount: 0, supportTicketCount: 0, errorCount: 0, lastActivityAt: nil),
                    "sess_anon": SessionCounts(toolCallCount: 0, supportTicketCount: 0, errorCount: 0, lastActivityAt: Self.t0 + 50),
                ])
            }
        }

        @Test(arguments: StoreBackend.available)
        func countsFollowNewRows(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                try await StoreFixture.insert(
                    StoreFixture.ToolCall(
                        id: "tc_s1_new", createdAt: Self.t0 + 200_000, serverId: "srv_acme_docs", toolName: "retry",
                        userId: "mcpu_shared", sessionId: "sess_s1", input: nil,
                        output: StoreFixture.result("again", isError: true)),
                    into: store.database)
                try await StoreFixture.insert(
                    StoreFixture.Ticket(
                        id: "sr_s1_new", createdAt: Self.t0 + 150_000, title: "Still failing", status: "pending",
                        method: "dashboard", resolvedAt: nil, email: StoreFixture.sharedEmail,
                        organizationId: StoreFixture.acme, serverId: "srv_acme_docs", sessionId: "sess_s1", priority: "high"),
                    into: store.database)
                let counts = try await store.sessionCounts(organizationId: StoreFixture.acme, sessionIds: ["sess_s1"])
                #expect(counts["sess_s1"] == SessionCounts(
                    toolCallCount: 2, supportTicketCount: 2, errorCount: 2, openTicketCount: 2, lastActivityAt: Self.t0 + 200_000))
                let timeline = try await store.timelines(
                    organizationId: StoreFixture.acme, sessionIds: ["sess_s1"], first: 10, after: nil)
                #expect(timeline["sess_s1"]?.nodes.map(\.id) == ["tc_s1_1", "sr_s1_1", "sr_s1_new", "tc_s1_new"])
                let user = try await store.users(organizationId: StoreFixture.acme, ids: ["mcpu_shared"])
                #expect(user["mcpu_shared"]?.lastActiveAt == Self.t0 + 200_000)
            }
        }
    }
}
