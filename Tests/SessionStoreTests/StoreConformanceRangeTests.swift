import Testing

@testable import SessionStore

/// Pages from the end and pages around an item, on seeded data against the oracle: a walk
/// backwards from the end meets the forward walk exactly, and a page around an item is the
/// slice of the list that holds it.
extension StoreConformance {
    @Suite struct Ranges {
        static let acme = SeedFixtures.acmeOrganizationId

        /// Walks a list from its end, `size` items per page, and returns the items in list order.
        func walkBackwards<Node>(size: Int, _ fetch: (Cursor?) async throws -> Page<Node>) async throws -> [Node] {
            var items: [Node] = []
            var before: Cursor? = nil
            for _ in 0..<1_000 {
                let page = try await fetch(before)
                items.insert(contentsOf: page.nodes, at: 0)
                guard page.hasPreviousPage, let start = page.startCursor else { break }
                before = try Cursor(encoded: start.encoded, list: start.list)
            }
            return items
        }

        @Test(arguments: StoreBackend.available)
        func timelinesWalkedBackwardsMeetTheForwardWalk(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seededStore(backend)
            let session = SeedFixtures.bigSessionId
            let expected = oracle.timelines(Self.acme)[session]!.map(\.id)
            for order in TimelineOrder.allCases {
                let inOrder = order == .oldestFirst ? expected : expected.reversed()
                let backwards = try await walkBackwards(size: 37) { before in
                    try await expectStatements(1, on: store) {
                        try await store.timelines(
                            organizationId: Self.acme, sessionIds: [session], range: .last(37, before: before), order: order)[session]!
                    }
                }
                #expect(backwards.map(\.id) == inOrder, "\(order)")
            }
        }

        @Test(arguments: StoreBackend.available)
        func everyListWalkedBackwardsMeetsTheOracle(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seededStore(backend)
            let users = try await walkBackwards(size: 9) { before in
                try await store.users(organizationId: Self.acme, search: nil, range: .last(9, before: before))
            }
            #expect(users.map(\.id) == oracle.userOrder(Self.acme))
            let shared = SeedFixtures.sharedUserId
            let sessions = try await walkBackwards(size: 1) { before in
                try await store.sessions(organizationId: Self.acme, userIds: [shared], range: .last(1, before: before))[shared]!
            }
            #expect(sessions.map(\.id) == oracle.sessionOrder(Self.acme, userId: shared))
            let email = SeedFixtures.sharedUserEmail
            let tickets = try await walkBackwards(size: 4) { before in
                try await store.supportTickets(organizationId: Self.acme, emails: [email], range: .last(4, before: before))[email]!
            }
            #expect(tickets.map(\.id) == oracle.ticketOrder(Self.acme, email: email))
            let organizationSessions = try await walkBackwards(size: 25) { before in
                try await store.organizationSessions(organizationId: Self.acme, range: .last(25, before: before))
            }
            #expect(organizationSessions.map(\.id) == oracle.organizationSessionOrder(Self.acme))
            let forward = try await walkPages(size: 25) { after in
                try await store.organizationSessions(organizationId: Self.acme, range: .first(25, after: after))
            }
            #expect(forward.flatMap(\.nodes).map(\.id) == oracle.organizationSessionOrder(Self.acme))
            let organizationTickets = try await walkBackwards(size: 6) { before in
                try await store.organizationTickets(organizationId: Self.acme, range: .last(6, before: before))
            }
            #expect(organizationTickets.map(\.id) == oracle.organizationTicketOrder(Self.acme))
        }

        @Test(arguments: StoreBackend.available)
        func afterAndBeforeTogetherBoundBothEnds(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seededStore(backend)
            let session = SeedFixtures.bigSessionId
            let expected = oracle.timelines(Self.acme)[session]!.map(\.id)
            let all = try await store.timelines(organizationId: Self.acme, sessionIds: [session], range: .first(100))[session]!
            let after = all.edges[10].cursor, before = all.edges[20].cursor
            for fromEnd in [false, true] {
                let page = try await store.timelines(
                    organizationId: Self.acme, sessionIds: [session],
                    range: PageRange(size: 4, after: after, before: before, fromEnd: fromEnd))[session]!
                #expect(page.nodes.map(\.id) == Array(fromEnd ? expected[16..<20] : expected[11..<15]))
                #expect(page.hasPreviousPage && page.hasNextPage)
            }
        }

        @Test(arguments: StoreBackend.available)
        func aPageAroundAnItemHoldsItWithHalfThePageBefore(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seededStore(backend)
            let session = SeedFixtures.bigSessionId
            let expected = oracle.timelines(Self.acme)[session]!.map(\.id)
            // Start, near the start, middle, near the end, end.
            for index in [0, 2, expected.count / 2, expected.count - 3, expected.count - 1] {
                let page = try await expectStatements(3, on: store) {
                    try await store.timelines(
                        organizationId: Self.acme, sessionIds: [session, SeedFixtures.emptySessionId],
                        around: expected[index], size: 10)
                }
                #expect(page.keys.sorted() == [session], "only the session holding the item")
                let ids = page[session]!.nodes.map(\.id)
                let start = min(max(index - 5, 0), expected.count - 10)
                #expect(ids == Array(expected[start..<(start + 10)]), "around item \(index)")
                #expect(page[session]!.hasPreviousPage == (start > 0))
                #expect(page[session]!.hasNextPage == (start + 10 < expected.count))
            }
            let newest = try await store.timelines(
                organizationId: Self.acme, sessionIds: [session], around: expected[100], size: 4, order: .newestFirst)[session]!
            #expect(newest.nodes.map(\.id) == Array(expected[99...102].reversed()))
            #expect(newest.edges.allSatisfy { $0.cursor.list == .timelineNewestFirst })
            let shared = SeedFixtures.sharedUserId
            let sessions = oracle.sessionOrder(Self.acme, userId: shared)
            let around = try await store.sessions(
                organizationId: Self.acme, userIds: [shared], around: sessions[1], size: 2)[shared]!
            #expect(around.nodes.map(\.id) == Array(sessions[0...1]))
            let missing = try await store.timelines(organizationId: Self.acme, sessionIds: [session], around: "tc_nowhere", size: 10)
            #expect(missing.isEmpty)
        }
    }
}

extension StoreOracle {
    /// All the organization's sessions, most recent first.
    func organizationSessionOrder(_ organization: String) -> [String] {
        visibleSessions(organization)
            .map { (key: Self.sortTime($0.timestamp), id: $0.id) }
            .sorted { Self.precedes($1, $0) }
            .map(\.id)
    }

    /// All the organization's visible tickets, newest first.
    func organizationTicketOrder(_ organization: String) -> [String] {
        visibleTickets(organization)
            .map { (key: Self.sortTime($0.createdAt), id: $0.id) }
            .sorted { Self.precedes($1, $0) }
            .map(\.id)
    }
}

/// The shared seeded store of `backend` and its oracle.
func seededStore(_ backend: StoreBackend) async throws -> (SessionStore, StoreOracle) {
    let seeded = try await StoreSeeded.shared.seeded(backend)
    return (seeded.store, seeded.oracle)
}
