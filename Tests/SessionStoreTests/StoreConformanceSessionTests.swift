import Testing

@testable import SessionStore

extension StoreConformance {
    @Suite struct Sessions {
        static let t0 = StoreFixture.t0

        @Test(arguments: StoreBackend.available)
        func sessionsByIds(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let sessions = try await expectStatements(1, on: store) {
                    try await store.sessions(
                        organizationId: StoreFixture.acme, ids: ["sess_a2", "sess_a4", "sess_anon", "sess_s2", "sess_unknown"])
                }
                #expect(sessions.keys.sorted() == ["sess_a2", "sess_a4", "sess_anon"])
                #expect(sessions["sess_a2"] == SessionRecord(
                    id: "sess_a2", title: "Quarterly export", serverSlug: "acme-billing", serverId: "srv_acme_billing",
                    connectionDate: "2026-01-01", connectionTimestamp: Self.t0 + 3_600_000, userId: "mcpu_alice"))
                #expect(sessions["sess_a4"] == SessionRecord(
                    id: "sess_a4", title: nil, serverSlug: "acme-docs", serverId: "srv_acme_docs",
                    connectionDate: "2025-12-31", connectionTimestamp: nil, userId: "mcpu_alice"))
                #expect(sessions["sess_anon"]?.userId == nil)
            }
        }

        @Test(arguments: StoreBackend.available)
        func sessionsOfUsersMostRecentFirstInOneStatement(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let pages = try await expectStatements(1, on: store) {
                    try await store.sessions(
                        organizationId: StoreFixture.acme,
                        userIds: ["mcpu_alice", "mcpu_shared", "mcpu_gina", "mcpu_unknown"], first: 10, after: nil)
                }
                #expect(pages.keys.sorted() == ["mcpu_alice", "mcpu_gina", "mcpu_shared", "mcpu_unknown"])
                // a2 and a3 connected at the same instant: the larger id first; no time sorts last.
                #expect(pages["mcpu_alice"]?.nodes.map(\.id) == ["sess_a3", "sess_a2", "sess_a1", "sess_a4"])
                #expect(pages["mcpu_shared"]?.nodes.map(\.id) == ["sess_s1"])
                #expect(pages["mcpu_gina"]?.nodes.isEmpty == true)
                #expect(pages["mcpu_unknown"]?.nodes.isEmpty == true)
                #expect(pages.values.allSatisfy { !$0.hasNextPage })
            }
        }

        @Test(arguments: StoreBackend.available)
        func sessionPagesShareOneCursorAcrossUsers(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let first = try await store.sessions(
                    organizationId: StoreFixture.acme, userIds: ["mcpu_alice", "mcpu_bob"], first: 2, after: nil)
                #expect(first["mcpu_alice"]?.nodes.map(\.id) == ["sess_a3", "sess_a2"])
                #expect(first["mcpu_alice"]?.hasNextPage == true)
                #expect(first["mcpu_bob"]?.nodes.map(\.id) == ["sess_b1"])
                #expect(first["mcpu_bob"]?.hasNextPage == false)
                let pages = try await walkPages(size: 2) { after in
                    try await store.sessions(
                        organizationId: StoreFixture.acme, userIds: ["mcpu_alice"], first: 2, after: after
                    )["mcpu_alice"]!
                }
                #expect(pages.map { $0.nodes.map(\.id) } == [["sess_a3", "sess_a2"], ["sess_a1", "sess_a4"]])
                #expect(pages.map(\.hasNextPage) == [true, false])
                let one = try await walkPages(size: 1) { after in
                    try await store.sessions(
                        organizationId: StoreFixture.acme, userIds: ["mcpu_alice"], first: 1, after: after
                    )["mcpu_alice"]!
                }
                #expect(one.flatMap { $0.nodes.map(\.id) } == ["sess_a3", "sess_a2", "sess_a1", "sess_a4"])
            }
        }

        @Test(arguments: StoreBackend.available)
        func setSessionTitleOnlyInTheOrganization(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let renamed = try await expectStatements(1, on: store) {
                    try await store.setSessionTitle(organizationId: StoreFixture.acme, sessionId: "sess_a1", title: "Setup help")
                }
                #expect(renamed == SessionRecord(
                    id: "sess_a1", title: "Setup help", serverSlug: "acme-docs", serverId: "srv_acme_docs",
                    connectionDate: "2026-01-01", connectionTimestamp: Self.t0, userId: "mcpu_alice"))
                #expect(try await store.sessions(organizationId: StoreFixture.acme, ids: ["sess_a1"])["sess_a1"]?.title == "Setup help")

                let cleared = try await store.setSessionTitle(organizationId: StoreFixture.acme, sessionId: "sess_a2", title: "  ")
                #expect(cleared?.title == nil)
                let nulled = try await store.setSessionTitle(organizationId: StoreFixture.acme, sessionId: "sess_a1", title: nil)
                #expect(nulled?.title == nil)

                // Another organization's session: nothing changes, nothing is returned.
                #expect(try await store.setSessionTitle(organizationId: StoreFixture.acme, sessionId: "sess_s2", title: "Mine") == nil)
                #expect(try await store.setSessionTitle(organizationId: StoreFixture.acme, sessionId: "sess_unknown", title: "x") == nil)
                let globex = try await store.sessions(organizationId: StoreFixture.globex, ids: ["sess_s2"])
                #expect(globex["sess_s2"]?.title == "Globex work")
            }
        }
    }
}
