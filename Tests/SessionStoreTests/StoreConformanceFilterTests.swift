import Testing

@testable import SessionStore

/// Filters on seeded data against the oracle: each condition alone and combined, walked
/// page by page, with totals that count exactly what the pages list.
extension StoreConformance {
    @Suite struct Filters {
        static let acme = SeedFixtures.acmeOrganizationId
        static let session = SeedFixtures.bigSessionId

        static let timelineFilters: [TimelineFilter] = [
            TimelineFilter(kinds: [.supportTicket]),
            TimelineFilter(kinds: [.toolCall]),
            TimelineFilter(isError: true),
            TimelineFilter(isError: false),
            TimelineFilter(toolNames: ["read_page", "summarize_page"]),
            TimelineFilter(toolNames: ["read_page"], isError: true),
            TimelineFilter(since: 1_767_052_800_000 + 600_000, until: 1_767_052_800_000 + 1_800_000),
            TimelineFilter(kinds: [.supportTicket], since: 1_767_052_800_000 + 600_000),
        ]

        @Test(arguments: StoreBackend.available)
        func filteredTimelinesMatchTheOracle(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seededStore(backend)
            for filter in Self.timelineFilters {
                let expected = oracle.timeline(Self.acme, session: Self.session, filter)
                #expect(!expected.isEmpty, "\(filter) keeps something")
                let pages = try await walkPages(size: 23) { after in
                    try await expectStatements(1, on: store) {
                        try await store.timelines(
                            organizationId: Self.acme, sessionIds: [Self.session], range: .first(23, after: after),
                            filter: filter)[Self.session]!
                    }
                }
                #expect(pages.flatMap(\.nodes).map(\.id) == expected, "\(filter)")
                let totals = try await expectStatements(1, on: store) {
                    try await store.timelineTotals(organizationId: Self.acme, sessionIds: [Self.session, "sess_unknown"], filter: filter)
                }
                #expect(totals == [Self.session: expected.count], "\(filter)")
            }
        }

        @Test(arguments: StoreBackend.available)
        func anAroundItemMustPassTheFilter(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seededStore(backend)
            let errors = oracle.timeline(Self.acme, session: Self.session, TimelineFilter(isError: true))
            let page = try await store.timelines(
                organizationId: Self.acme, sessionIds: [Self.session], around: errors[10], size: 4,
                filter: TimelineFilter(isError: true))[Self.session]
            #expect(page?.nodes.map(\.id) == Array(errors[8...11]))
            let success = oracle.timeline(Self.acme, session: Self.session, TimelineFilter(isError: false))[0]
            let refused = try await store.timelines(
                organizationId: Self.acme, sessionIds: [Self.session], around: success, size: 4, filter: TimelineFilter(isError: true))
            #expect(refused.isEmpty)
        }

        static let sessionFilters: [SessionFilter] = [
            SessionFilter(serverIds: [SeedFixtures.acmeIssuesServerId]),
            SessionFilter(hasErrors: true),
            SessionFilter(hasErrors: false),
            SessionFilter(hasTickets: true),
            SessionFilter(serverIds: [SeedFixtures.acmeDocsServerId], hasErrors: true, hasTickets: false),
            SessionFilter(since: 1_764_000_000_000, until: 1_766_000_000_000),
        ]

        @Test(arguments: StoreBackend.available)
        func filteredSessionListsMatchTheOracle(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seededStore(backend)
            let shared = SeedFixtures.sharedUserId
            for filter in Self.sessionFilters {
                let expected = oracle.organizationSessions(Self.acme, filter)
                #expect(!expected.isEmpty, "\(filter) keeps something")
                let pages = try await walkPages(size: 17) { after in
                    try await expectStatements(1, on: store) {
                        try await store.organizationSessions(organizationId: Self.acme, range: .first(17, after: after), filter: filter)
                    }
                }
                #expect(pages.flatMap(\.nodes).map(\.id) == expected, "\(filter)")
                #expect(try await store.organizationSessionTotal(organizationId: Self.acme, filter: filter) == expected.count)
                let ofUser = expected.filter { id in oracle.sessions.first { $0.id == id }?.userId == shared }
                let page = try await store.sessions(organizationId: Self.acme, userIds: [shared], range: .first(100), filter: filter)
                #expect(page[shared]?.nodes.map(\.id) == ofUser, "\(filter)")
                let totals = try await store.sessionTotals(organizationId: Self.acme, userIds: [shared, "mcpu_nobody"], filter: filter)
                #expect(totals == [shared: ofUser.count, "mcpu_nobody": 0])
            }
        }

        @Test(arguments: StoreBackend.available)
        func organizationTicketsFilterByStatusAndPriority(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seededStore(backend)
            let all = oracle.organizationTicketOrder(Self.acme)
            let open = SupportTicketFilter(statuses: Set(SupportTicketStatus.open))
            let page = try await store.organizationTickets(organizationId: Self.acme, range: .first(100), filter: open)
            let statusById = Dictionary(uniqueKeysWithValues: oracle.tickets.map { ($0.id, $0.status) })
            #expect(page.nodes.map(\.id) == all.filter { ["needs_email", "pending", "in_progress"].contains(statusById[$0]!) }.prefix(100).map { $0 })
            #expect(page.nodes.allSatisfy { SupportTicketStatus.open.contains($0.status) })
            let urgent = try await store.organizationTickets(
                organizationId: Self.acme, range: .first(100), filter: SupportTicketFilter(priorities: [.critical]))
            #expect(!urgent.nodes.isEmpty && urgent.nodes.allSatisfy { $0.priority == .critical })
            #expect(try await store.organizationTicketTotal(organizationId: Self.acme) == all.count)
            #expect(try await store.organizationTicketTotal(organizationId: Self.acme, filter: open) == page.nodes.count)
        }

        @Test(arguments: StoreBackend.available)
        func aggregatesMatchTheOracle(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seededStore(backend)
            let sessionIds = Set(oracle.visibleSessions(Self.acme).map(\.id))
            let usage = try await expectStatements(1, on: store) {
                try await store.toolUsage(organizationId: Self.acme, sessionIds: sessionIds)
            }
            #expect(Set(usage.keys) == sessionIds)
            for sessionId in sessionIds {
                #expect(usage[sessionId] == oracle.toolUsage(sessionId), "\(sessionId)")
            }
            let userIds = Set(oracle.lastActivity(Self.acme).keys)
            let counts = try await expectStatements(1, on: store) {
                try await store.userCounts(organizationId: Self.acme, userIds: userIds)
            }
            for userId in userIds {
                #expect(counts[userId] == oracle.userCounts(Self.acme, userId: userId), "\(userId)")
            }
        }
    }
}

extension StoreOracle {
    /// A session's items that pass `filter`, in order (search is not modelled here).
    func timeline(_ organization: String, session: String, _ filter: TimelineFilter) -> [String] {
        let calls = Dictionary(uniqueKeysWithValues: toolCalls.map { ($0.id, $0) })
        return (timelines(organization)[session] ?? []).filter { item in
            if let since = filter.since, (item.time ?? .min) < since || item.time == nil { return false }
            if let until = filter.until, (item.time ?? .min) >= until || item.time == nil { return false }
            if let call = calls[item.id] {
                guard filter.kinds?.contains(.toolCall) ?? true else { return false }
                if let names = filter.toolNames, !names.contains(call.toolName) { return false }
                if let isError = filter.isError, call.isError != isError { return false }
                return true
            }
            return (filter.kinds?.contains(.supportTicket) ?? true) && filter.toolNames == nil && filter.isError == nil
        }.map(\.id)
    }

    /// The organization's sessions that pass `filter`, most recent first (search is not modelled).
    func organizationSessions(_ organization: String, _ filter: SessionFilter) -> [String] {
        let slugs = filter.serverIds.map { ids in Set(servers.filter { ids.contains($0.id) }.map(\.slug)) }
        let failed = Set(toolCalls.filter(\.isError).map(\.sessionId))
        let ticketed = Set(tickets.filter { $0.organizationId == organization }.compactMap(\.sessionId))
        let kept = Set(visibleSessions(organization).filter { session in
            if let slugs, !slugs.contains(session.serverSlug) { return false }
            if let since = filter.since, session.timestamp == nil || session.timestamp! < since { return false }
            if let until = filter.until, session.timestamp == nil || session.timestamp! >= until { return false }
            if let hasErrors = filter.hasErrors, failed.contains(session.id) != hasErrors { return false }
            if let hasTickets = filter.hasTickets, ticketed.contains(session.id) != hasTickets { return false }
            return true
        }.map(\.id))
        return organizationSessionOrder(organization).filter(kept.contains)
    }

    /// A session's tools, most called first, then by name.
    func toolUsage(_ session: String) -> [ToolUsageRecord] {
        Dictionary(grouping: toolCalls.filter { $0.sessionId == session }, by: \.toolName)
            .map { name, calls in
                ToolUsageRecord(
                    toolName: name, count: calls.count, errorCount: calls.filter(\.isError).count,
                    firstCalledAt: calls.compactMap(\.createdAt).min(), lastCalledAt: calls.compactMap(\.createdAt).max())
            }
            .sorted { $0.count != $1.count ? $0.count > $1.count : Array($0.toolName.utf8).lexicographicallyPrecedes(Array($1.toolName.utf8)) }
    }

    func userCounts(_ organization: String, userId: String) -> UserCounts {
        let sessionIds = Set(visibleSessions(organization).filter { $0.userId == userId }.map(\.id))
        let calls = toolCalls.filter { sessionIds.contains($0.sessionId) }
        let email = users[userId]?.email
        return UserCounts(
            sessionCount: sessionIds.count, toolCallCount: calls.count, errorCount: calls.filter(\.isError).count,
            supportTicketCount: email.map { email in visibleTickets(organization).filter { $0.email == email }.count } ?? 0)
    }
}
