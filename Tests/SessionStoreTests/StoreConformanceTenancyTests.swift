import Testing

@testable import SessionStore

/// The shared user (`shared.user@example.com`) holds sessions with Acme and Globex: each
/// organization must see only its own part of them, in every read.
extension StoreConformance {
    @Suite struct Tenancy {
        static let t0 = StoreFixture.t0

        @Test(arguments: StoreBackend.available)
        func sharedUserSeenFromEachOrganization(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let expectations: [(organization: String, sessions: [String], items: [String], lastActive: Int64, tickets: [String], server: String)] = [
                    (StoreFixture.acme, ["sess_s1"], ["tc_s1_1", "sr_s1_1"], Self.t0 + 150_000, ["sr_acme_out", "sr_s1_1"], "srv_acme_docs"),
                    (StoreFixture.globex, ["sess_s2"], ["tc_s2_1", "tc_s2_2", "sr_s2_1"], Self.t0 + 9_500_000, ["sr_gx_out", "sr_s2_1"], "srv_globex_main"),
                ]
                for expected in expectations {
                    let org = expected.organization
                    let user = try await store.users(organizationId: org, identifiers: [StoreFixture.sharedEmail])[StoreFixture.sharedEmail]
                    #expect(user?.id == "mcpu_shared")
                    #expect(user?.lastActiveAt == expected.lastActive, "\(org)")
                    let sessions = try await store.sessions(organizationId: org, userIds: ["mcpu_shared"], first: 20, after: nil)
                    #expect(sessions["mcpu_shared"]?.nodes.map(\.id) == expected.sessions, "\(org)")
                    let sessionIds = Set(expected.sessions)
                    let timeline = try await store.timelines(organizationId: org, sessionIds: sessionIds, first: 20, after: nil)
                    #expect(timeline[expected.sessions[0]]?.nodes.map(\.id) == expected.items, "\(org)")
                    let counts = try await store.sessionCounts(organizationId: org, sessionIds: ["sess_s1", "sess_s2"])
                    #expect(Set(counts.keys) == sessionIds, "\(org)")
                    let visibleItems = expected.items.count
                    let counted = counts[expected.sessions[0]].map { $0.toolCallCount + $0.supportTicketCount }
                    #expect(counted == visibleItems, "\(org)")
                    let tickets = try await store.supportTickets(
                        organizationId: org, emails: [StoreFixture.sharedEmail], first: 20, after: nil)
                    #expect(tickets[StoreFixture.sharedEmail]?.nodes.map(\.id) == expected.tickets, "\(org)")
                    let servers = try await store.servers(organizationId: org, ids: ["srv_acme_docs", "srv_globex_main"])
                    #expect(Array(servers.keys) == [expected.server], "\(org)")
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func otherOrganizationsIdsReadAsUnknown(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let acme = StoreFixture.acme
                #expect(try await store.sessions(organizationId: acme, ids: ["sess_s2", "sess_g1"]).isEmpty)
                #expect(try await store.toolCalls(organizationId: acme, ids: ["tc_s2_1", "tc_g1_1"]).isEmpty)
                #expect(try await store.supportTickets(organizationId: acme, ids: ["sr_s2_1", "sr_gx_out"]).isEmpty)
                #expect(try await store.users(organizationId: acme, ids: ["mcpu_gina"]).isEmpty)
                #expect(try await store.users(organizationId: acme, identifiers: ["dist_gina", "gina@globex.test"]).isEmpty)
                #expect(try await store.sessionCounts(organizationId: acme, sessionIds: ["sess_s2"]).isEmpty)
                #expect(try await store.servers(organizationId: acme, ids: ["srv_globex_main"]).isEmpty)
                let unknownOrganization = "org_unknown"
                #expect(try await store.users(organizationId: unknownOrganization, search: nil, first: 20, after: nil).nodes.isEmpty)
                #expect(try await store.sessions(organizationId: unknownOrganization, ids: ["sess_a1"]).isEmpty)
            }
        }
    }
}
