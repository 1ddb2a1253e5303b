import Testing

@testable import SessionStore

extension StoreConformance {
    @Suite struct Timelines {
        static let t0 = StoreFixture.t0

        /// sess_a1 in time order: no time first, then equal times broken by id
        /// (`sr_…` sorts before `tc_…`), tool calls and tickets interleaved.
        static let sessionA1 = ["tc_a1_4", "tc_a1_1", "sr_a1_1", "tc_a1_2", "tc_a1_3", "tc_a1_5", "sr_a1_2", "tc_a1_6"]

        /// sess_b1's items sorted by the rule the reads implement, computed from the fixture.
        static let sessionB1: [String] = {
            let calls = StoreFixture.busySessionToolCalls.map { ($0.createdAt!, $0.id) }
            let tickets = StoreFixture.busySessionTickets.map { ($0.createdAt!, $0.id) }
            return (calls + tickets).sorted { $0.0 != $1.0 ? $0.0 < $1.0 : Array($0.1.utf8).lexicographicallyPrecedes(Array($1.1.utf8)) }.map(\.1)
        }()

        @Test(arguments: StoreBackend.available)
        func timelineMergesToolCallsAndTicketsInTimeOrder(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let pages = try await expectStatements(1, on: store) {
                    try await store.timelines(
                        organizationId: StoreFixture.acme, sessionIds: ["sess_a1", "sess_a4", "sess_s2", "sess_unknown"],
                        first: 50, after: nil)
                }
                #expect(pages["sess_a1"]?.nodes.map(\.id) == Self.sessionA1)
                #expect(pages["sess_a1"]?.hasNextPage == false)
                #expect(pages["sess_a4"]?.nodes.isEmpty == true)
                // Another organization's session reads exactly like an empty one.
                #expect(pages["sess_s2"]?.nodes.isEmpty == true)
                #expect(pages["sess_unknown"]?.nodes.isEmpty == true)

                let newest = try await store.timelines(
                    organizationId: StoreFixture.acme, sessionIds: ["sess_a1"], first: 50, after: nil, order: .newestFirst)
                #expect(newest["sess_a1"]?.nodes.map(\.id) == Self.sessionA1.reversed())
            }
        }

        @Test(arguments: StoreBackend.available)
        func timelineItemsCarryTheirRecords(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let page = try await store.timelines(
                    organizationId: StoreFixture.acme, sessionIds: ["sess_a1"], first: 4, after: nil)["sess_a1"]!
                #expect(page.nodes == [
                    .toolCall(ToolCallRecord(
                        id: "tc_a1_4", createdAt: nil, serverId: "srv_acme_docs", toolName: "ping", userId: "mcpu_alice",
                        sessionId: "sess_a1", isError: false)),
                    .toolCall(ToolCallRecord(
                        id: "tc_a1_1", createdAt: Self.t0 + 10, serverId: "srv_acme_docs", toolName: "search_docs",
                        userId: "mcpu_alice", sessionId: "sess_a1", isError: false)),
                    .supportTicket(SupportTicketRecord(
                        id: "sr_a1_1", createdAt: Self.t0 + 20, title: "Page 7 missing", conciseSummary: "Summary of sr_a1_1",
                        context: "Context of sr_a1_1", status: .pending, supportRequestMethod: .dashboard, resolvedAt: nil,
                        email: "alice@example.com", organizationId: "org_acme", serverId: "srv_acme_docs",
                        sessionId: "sess_a1", assigneeId: nil, priority: .high)),
                    .toolCall(ToolCallRecord(
                        id: "tc_a1_2", createdAt: Self.t0 + 20, serverId: "srv_acme_docs", toolName: "read_page",
                        userId: "mcpu_alice", sessionId: "sess_a1", isError: true)),
                ])
                #expect(page.hasNextPage)
                #expect(page.edges.map(\.cursor) == page.nodes.map { Cursor(list: .timeline, time: $0.createdAt, id: $0.id) })
            }
        }

        @Test(arguments: StoreBackend.available)
        func timelinePagesWalkBothWaysWithoutGapsOrRepeats(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                for order in TimelineOrder.allCases {
                    let expected = order == .oldestFirst ? Self.sessionB1 : Self.sessionB1.reversed()
                    for size in [1, 3, 7, 27, 28] {
                        let pages = try await walkPages(size: size) { after in
                            try await store.timelines(
                                organizationId: StoreFixture.acme, sessionIds: ["sess_b1"], first: size, after: after, order: order
                            )["sess_b1"]!
                        }
                        #expect(pages.flatMap { $0.nodes.map(\.id) } == expected, "order \(order), page size \(size)")
                        #expect(pages.dropLast().allSatisfy { $0.nodes.count == size && $0.hasNextPage })
                        #expect(pages.last?.hasNextPage == false)
                    }
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func timelinePagesOfSeveralSessionsInOneStatement(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let firstPages = try await expectStatements(1, on: store) {
                    try await store.timelines(
                        organizationId: StoreFixture.acme, sessionIds: ["sess_a1", "sess_b1"], first: 3, after: nil)
                }
                #expect(firstPages["sess_a1"]?.nodes.map(\.id) == Array(Self.sessionA1.prefix(3)))
                #expect(firstPages["sess_b1"]?.nodes.map(\.id) == Array(Self.sessionB1.prefix(3)))
                #expect(firstPages.values.allSatisfy { $0.hasNextPage })
            }
        }
    }
}
