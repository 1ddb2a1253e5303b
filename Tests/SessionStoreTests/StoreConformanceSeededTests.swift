import Testing

@testable import SessionStore

/// The reads on `Seeder` data (fixed seed, small scale) against the plain-Swift oracle:
/// same rows, same order, cursors walked to the end, one statement per batch.
extension StoreConformance {
    @Suite struct Seeded {
        static let organizations = [
            SeedFixtures.acmeOrganizationId, SeedFixtures.globexOrganizationId, SeedFixtures.initechOrganizationId,
        ]

        @Test(arguments: StoreBackend.available)
        func usersInActivityOrderPageBySeven(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seeded(backend)
            for organization in Self.organizations {
                let expected = oracle.userOrder(organization)
                #expect(expected.count > 20, "\(organization) has enough users to page through")
                let pages = try await walkPages(size: 7) { after in
                    try await store.users(organizationId: organization, search: nil, first: 7, after: after)
                }
                let walked = pages.flatMap { $0.nodes.map(\.id) }
                #expect(walked == expected, "\(organization)")
                #expect(Set(walked).count == walked.count)
                let activity = oracle.lastActivity(organization)
                #expect(pages.flatMap(\.nodes).allSatisfy { $0.lastActiveAt == activity[$0.id]! })
            }
        }

        @Test(arguments: StoreBackend.available)
        func userSearchMatchesTheOracle(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seeded(backend)
            for search in ["SHARED", "sasha", "example.org", "mcpu_1", "did_", "@"] {
                for organization in Self.organizations {
                    let page = try await store.users(organizationId: organization, search: search, first: 100, after: nil)
                    #expect(page.nodes.map(\.id) == Array(oracle.userOrder(organization, search: search).prefix(100)), "\(search) in \(organization)")
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func usersByIdsAndIdentifiersInOneStatement(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seeded(backend)
            let everyone = Set(oracle.users.keys)
            for organization in Self.organizations {
                let activity = oracle.lastActivity(organization)
                let users = try await expectStatements(1, on: store) {
                    try await store.users(organizationId: organization, ids: everyone)
                }
                #expect(Set(users.keys) == Set(activity.keys), "\(organization)")
                #expect(users.values.allSatisfy { $0.lastActiveAt == activity[$0.id]! })
                let byTrackingId = try await expectStatements(1, on: store) {
                    try await store.users(organizationId: organization, identifiers: Set(oracle.users.values.compactMap(\.distinctId)))
                }
                let visibleTracked = Set(activity.keys.compactMap { oracle.users[$0]?.distinctId })
                #expect(Set(byTrackingId.keys) == visibleTracked, "\(organization)")
                #expect(byTrackingId.allSatisfy { oracle.users[$0.value.id]?.distinctId == $0.key })
            }
        }

        @Test(arguments: StoreBackend.available)
        func sessionsOfEveryUserInOneStatement(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seeded(backend)
            for organization in Self.organizations {
                let userIds = Set(oracle.users.keys)
                let pages = try await expectStatements(1, on: store) {
                    try await store.sessions(organizationId: organization, userIds: userIds, first: 3, after: nil)
                }
                #expect(Set(pages.keys) == userIds)
                for userId in userIds {
                    let expected = oracle.sessionOrder(organization, userId: userId)
                    #expect(pages[userId]?.nodes.map(\.id) == Array(expected.prefix(3)), "\(userId) in \(organization)")
                    #expect(pages[userId]?.hasNextPage == (expected.count > 3))
                }
            }
            let shared = SeedFixtures.sharedUserId
            let walked = try await walkPages(size: 2) { after in
                try await store.sessions(
                    organizationId: SeedFixtures.acmeOrganizationId, userIds: [shared], first: 2, after: after)[shared]!
            }
            #expect(walked.flatMap { $0.nodes.map(\.id) } == oracle.sessionOrder(SeedFixtures.acmeOrganizationId, userId: shared))
        }

        @Test(arguments: StoreBackend.available)
        func bigSessionTimelineWalksBothWaysBySeven(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seeded(backend)
            let acme = SeedFixtures.acmeOrganizationId
            let expected = try #require(oracle.timelines(acme)[SeedFixtures.bigSessionId]).map(\.id)
            #expect(expected.count == SeedFixtures.bigSessionToolCallCount + SeedFixtures.bigSessionTicketCount)
            for order in TimelineOrder.allCases {
                let pages = try await walkPages(size: 7) { after in
                    try await expectStatements(1, on: store) {
                        try await store.timelines(
                            organizationId: acme, sessionIds: [SeedFixtures.bigSessionId], first: 7, after: after, order: order)
                    }[SeedFixtures.bigSessionId]!
                }
                let walked = pages.flatMap { $0.nodes.map(\.id) }
                #expect(walked == (order == .oldestFirst ? expected : expected.reversed()), "\(order)")
                #expect(pages.count == (expected.count + 6) / 7)
                #expect(pages.dropLast().allSatisfy { $0.nodes.count == 7 && $0.hasNextPage })
                #expect(pages.last?.hasNextPage == false)
            }
        }

        @Test(arguments: StoreBackend.available)
        func everyTimelineMatchesTheOracle(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seeded(backend)
            for organization in Self.organizations {
                let expected = oracle.timelines(organization)
                let sessionIds = Set(oracle.sessions.map(\.id))
                let pages = try await expectStatements(1, on: store) {
                    try await store.timelines(organizationId: organization, sessionIds: sessionIds, first: 100, after: nil)
                }
                for sessionId in sessionIds {
                    let items = expected[sessionId]?.map(\.id) ?? []
                    #expect(pages[sessionId]?.nodes.map(\.id) == Array(items.prefix(100)), "\(sessionId) in \(organization)")
                }
            }
            let ties = try await store.timelines(
                organizationId: SeedFixtures.acmeOrganizationId, sessionIds: [SeedFixtures.tieSessionId], first: 100, after: nil)
            let tied = ties[SeedFixtures.tieSessionId]!.nodes.filter { $0.createdAt == SeedFixtures.tieTimestamp }.map(\.id)
            #expect(tied.count >= 4)
            #expect(tied == tied.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        }

        @Test(arguments: StoreBackend.available)
        func countsOfEverySessionMatchLiveRows(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seeded(backend)
            let sessionIds = Set(oracle.sessions.map(\.id))
            for organization in Self.organizations {
                let counts = try await expectStatements(1, on: store) {
                    try await store.sessionCounts(organizationId: organization, sessionIds: sessionIds)
                }
                #expect(counts == oracle.counts(organization), "\(organization)")
            }
            let big = try await store.sessionCounts(
                organizationId: SeedFixtures.acmeOrganizationId, sessionIds: [SeedFixtures.bigSessionId, SeedFixtures.emptySessionId])
            #expect(big[SeedFixtures.bigSessionId]?.toolCallCount == SeedFixtures.bigSessionToolCallCount)
            #expect(big[SeedFixtures.bigSessionId]?.supportTicketCount == SeedFixtures.bigSessionTicketCount)
            #expect(big[SeedFixtures.emptySessionId].map { $0.toolCallCount + $0.supportTicketCount } == 0)
        }

        @Test(arguments: StoreBackend.available)
        func itemsByIdsAndTicketsByEmail(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seeded(backend)
            for organization in Self.organizations {
                let calls = try await expectStatements(1, on: store) {
                    try await store.toolCalls(organizationId: organization, ids: Set(oracle.toolCalls.map(\.id)))
                }
                #expect(Set(calls.keys) == Set(oracle.visibleToolCalls(organization).map(\.id)), "\(organization)")
                let errors = Set(oracle.toolCalls.filter(\.isError).map(\.id))
                #expect(calls.values.allSatisfy { $0.isError == errors.contains($0.id) })
                let tickets = try await expectStatements(1, on: store) {
                    try await store.supportTickets(organizationId: organization, ids: Set(oracle.tickets.map(\.id)))
                }
                #expect(Set(tickets.keys) == Set(oracle.visibleTickets(organization).map(\.id)), "\(organization)")
                let emails = Set(oracle.tickets.map(\.email))
                let pages = try await expectStatements(1, on: store) {
                    try await store.supportTickets(organizationId: organization, emails: emails, first: 4, after: nil)
                }
                for email in emails {
                    let expected = oracle.ticketOrder(organization, email: email)
                    #expect(pages[email]?.nodes.map(\.id) == Array(expected.prefix(4)), "\(email) in \(organization)")
                    #expect(pages[email]?.hasNextPage == (expected.count > 4))
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func sharedUserSeenFromAcmeAndGlobex(_ backend: StoreBackend) async throws {
            let (store, oracle) = try await seeded(backend)
            let acme = SeedFixtures.acmeOrganizationId
            let globex = SeedFixtures.globexOrganizationId
            let shared = SeedFixtures.sharedUserId
            let acmeSessions = try await store.sessions(organizationId: acme, userIds: [shared], first: 100, after: nil)[shared]!.nodes
            let globexSessions = try await store.sessions(organizationId: globex, userIds: [shared], first: 100, after: nil)[shared]!.nodes
            #expect(acmeSessions.map(\.id).contains(SeedFixtures.bigSessionId))
            #expect(!acmeSessions.map(\.id).contains(SeedFixtures.sharedGlobexSessionId))
            #expect(Set(globexSessions.map(\.id)) == [SeedFixtures.sharedGlobexSessionId, SeedFixtures.sharedGlobexSecondSessionId])
            let acmeServers = Set(try await store.servers(organizationId: acme).map(\.id))
            #expect(acmeSessions.allSatisfy { acmeServers.contains($0.serverId) })
            let globexServers = Set(try await store.servers(organizationId: globex).map(\.id))
            #expect(globexSessions.allSatisfy { globexServers.contains($0.serverId) })
            #expect(acmeServers.isDisjoint(with: globexServers))

            let fromAcme = try await store.toolCalls(organizationId: acme, ids: [SeedFixtures.sharedGlobexToolCallId])
            #expect(fromAcme.isEmpty)
            let ticketFromAcme = try await store.supportTickets(organizationId: acme, ids: [SeedFixtures.sharedGlobexTicketId])
            #expect(ticketFromAcme.isEmpty)
            let acmeTickets = try await store.supportTickets(
                organizationId: acme, emails: [SeedFixtures.sharedUserEmail], first: 100, after: nil)[SeedFixtures.sharedUserEmail]!
            #expect(acmeTickets.nodes.contains { $0.id == SeedFixtures.ticketOutsideSessionId })
            #expect(acmeTickets.nodes.allSatisfy { $0.organizationId == acme })
            let countsFromAcme = try await store.sessionCounts(
                organizationId: acme, sessionIds: [SeedFixtures.sharedGlobexSessionId, SeedFixtures.bigSessionId])
            #expect(Array(countsFromAcme.keys) == [SeedFixtures.bigSessionId])

            for organization in [acme, globex] {
                let user = try await store.users(organizationId: organization, identifiers: [SeedFixtures.sharedUserEmail])
                #expect(user[SeedFixtures.sharedUserEmail]?.id == shared)
                #expect(user[SeedFixtures.sharedUserEmail]?.name == SeedFixtures.sharedUserName)
                #expect(user[SeedFixtures.sharedUserEmail]?.lastActiveAt == oracle.lastActivity(organization)[shared]!)
            }
            let globexOnly = try await store.users(
                organizationId: acme, identifiers: [SeedFixtures.globexOnlyUserId, SeedFixtures.globexOnlyUserEmail])
            #expect(globexOnly.isEmpty)
        }

        @Test func backendsAnswerIdentically() async throws {
            guard StoreBackend.available.contains(.postgres) else {
                print("SessionStore conformance: backend comparison skipped (PostgreSQL not configured)")
                return
            }
            let (sqlite, oracle) = try await seeded(.sqlite)
            let (postgres, _) = try await seeded(.postgres)
            let sessionIds = Set(oracle.sessions.map(\.id))
            let userIds = Set(oracle.users.keys)
            for organization in Self.organizations {
                func both<T: Equatable>(_ read: (SessionStore) async throws -> T) async throws -> (T, T) {
                    (try await read(sqlite), try await read(postgres))
                }
                let organizations = try await both { try await $0.organization(id: organization) }
                #expect(organizations.0 == organizations.1)
                let servers = try await both { try await $0.servers(organizationId: organization) }
                #expect(servers.0 == servers.1)
                let users = try await both { try await $0.users(organizationId: organization, ids: userIds) }
                #expect(users.0 == users.1)
                let sessions = try await both { try await $0.sessions(organizationId: organization, ids: sessionIds) }
                #expect(sessions.0 == sessions.1)
                let calls = try await both { try await $0.toolCalls(organizationId: organization, ids: Set(oracle.toolCalls.map(\.id))) }
                #expect(calls.0 == calls.1)
                let tickets = try await both { try await $0.supportTickets(organizationId: organization, ids: Set(oracle.tickets.map(\.id))) }
                #expect(tickets.0 == tickets.1)
                let timelines = try await both {
                    try await $0.timelines(organizationId: organization, sessionIds: sessionIds, first: 10, after: nil).mapValues(\.nodes)
                }
                #expect(timelines.0 == timelines.1)
            }
        }

        func seeded(_ backend: StoreBackend) async throws -> (SessionStore, StoreOracle) {
            let seeded = try await StoreSeeded.shared.seeded(backend)
            return (seeded.store, seeded.oracle)
        }
    }
}
