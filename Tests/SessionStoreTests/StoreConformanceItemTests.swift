import Testing

@testable import SessionStore

extension StoreConformance {
    @Suite struct Items {
        static let t0 = StoreFixture.t0

        @Test(arguments: StoreBackend.available)
        func toolCallsByIds(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let ids: Set = ["tc_a1_2", "tc_a1_3", "tc_a1_5", "tc_a1_6", "tc_s2_1", "tc_unknown"]
                let calls = try await expectStatements(1, on: store) {
                    try await store.toolCalls(organizationId: StoreFixture.acme, ids: ids)
                }
                #expect(calls.keys.sorted() == ["tc_a1_2", "tc_a1_3", "tc_a1_5", "tc_a1_6"])
                #expect(calls["tc_a1_2"] == ToolCallRecord(
                    id: "tc_a1_2", createdAt: Self.t0 + 20, serverId: "srv_acme_docs", toolName: "read_page",
                    userId: "mcpu_alice", sessionId: "sess_a1", isError: true))
                #expect(calls["tc_a1_3"]?.isError == false)
                let fromGlobex = try await store.toolCalls(organizationId: StoreFixture.globex, ids: ids)
                #expect(fromGlobex.keys.sorted() == ["tc_s2_1"])
            }
        }

        @Test(arguments: StoreBackend.available)
        func supportTicketsByIds(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let ids: Set = ["sr_a1_2", "sr_acme_out", "sr_gx_out", "sr_mismatch", "sr_s2_1", "sr_unknown"]
                let tickets = try await expectStatements(1, on: store) {
                    try await store.supportTickets(organizationId: StoreFixture.acme, ids: ids)
                }
                #expect(tickets.keys.sorted() == ["sr_a1_2", "sr_acme_out"])
                #expect(tickets["sr_a1_2"] == SupportTicketRecord(
                    id: "sr_a1_2", createdAt: Self.t0 + 35, title: "Thanks", conciseSummary: "Summary of sr_a1_2",
                    context: "Context of sr_a1_2", status: .resolved, supportRequestMethod: .slack,
                    resolvedAt: Self.t0 + 90_000, email: "alice@example.com", organizationId: "org_acme",
                    serverId: "srv_acme_docs", sessionId: "sess_a1", assigneeId: nil, priority: .low))
                #expect(tickets["sr_acme_out"]?.sessionId == nil)
                #expect(tickets["sr_acme_out"]?.status == .needsEmail)
                #expect(tickets["sr_acme_out"]?.priority == .critical)
                let fromGlobex = try await store.supportTickets(organizationId: StoreFixture.globex, ids: ids)
                #expect(fromGlobex.keys.sorted() == ["sr_gx_out", "sr_s2_1"])
            }
        }

        @Test(arguments: StoreBackend.available)
        func supportTicketsOfEmailsNewestFirst(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let emails: Set = [StoreFixture.sharedEmail, "tom@example.com", "alice@example.com", "gina@globex.test"]
                let pages = try await expectStatements(1, on: store) {
                    try await store.supportTickets(organizationId: StoreFixture.acme, emails: emails, first: 10, after: nil)
                }
                #expect(pages.mapValues { $0.nodes.map(\.id) } == [
                    StoreFixture.sharedEmail: ["sr_acme_out", "sr_s1_1"],
                    "tom@example.com": ["sr_tom"],
                    "alice@example.com": ["sr_a1_2", "sr_a1_1"],
                    "gina@globex.test": [],
                ])
                let globex = try await store.supportTickets(
                    organizationId: StoreFixture.globex, emails: [StoreFixture.sharedEmail], first: 10, after: nil)
                #expect(globex[StoreFixture.sharedEmail]?.nodes.map(\.id) == ["sr_gx_out", "sr_s2_1"])

                let walked = try await walkPages(size: 1) { after in
                    try await store.supportTickets(
                        organizationId: StoreFixture.acme, emails: ["bob@example.com"], first: 1, after: after
                    )["bob@example.com"]!
                }
                #expect(walked.flatMap { $0.nodes.map(\.id) } == ["sr_b1_3", "sr_b1_2", "sr_b1_1", "sr_b1_0"])
            }
        }
    }
}
