import Testing

@testable import SessionStore

extension StoreConformance {
    @Suite struct Users {
        static let t0 = StoreFixture.t0

        @Test(arguments: StoreBackend.available)
        func usersByIdsWithOAuthEnrichment(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let users = try await expectStatements(1, on: store) {
                    try await store.users(
                        organizationId: StoreFixture.acme,
                        ids: ["mcpu_alice", "mcpu_bob", "mcpu_gina", "mcpu_nobody", "mcpu_tom", "mcpu_unknown"])
                }
                #expect(users.keys.sorted() == ["mcpu_alice", "mcpu_bob"])
                #expect(users["mcpu_alice"] == UserRecord(
                    id: "mcpu_alice", distinctId: "dist_alice", email: "alice@example.com", upstreamSub: nil,
                    profileData: #"{"plan": "pro"}"#, firstSeenAt: Self.t0 - 1000, name: "Alice Liddell",
                    image: "https://img.test/alice.png", emailVerified: true, lastActiveAt: Self.t0 + 3_600_000))
                #expect(users["mcpu_bob"] == UserRecord(
                    id: "mcpu_bob", distinctId: "dist_bob", email: "bob@example.com", upstreamSub: nil, profileData: nil,
                    firstSeenAt: nil, name: nil, image: nil, emailVerified: nil, lastActiveAt: Self.t0 + 7_206_000))
                // Known to Acme only by the email of a ticket opened outside any session: end
                // users are shared by all organizations, so without a session here tom is not
                // Acme's to see.
                #expect(users["mcpu_tom"] == nil)
            }
        }

        @Test(arguments: StoreBackend.available)
        func usersByIdentifier(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let identifiers: Set = [
                    "mcpu_alice", "dist_alice", "alice@example.com", "ALICE@example.com", "bob@example.com", "mcpu_bob",
                    "tom@example.com", "mcpu_gina", "mcpu_nobody", "",
                ]
                let users = try await expectStatements(1, on: store) {
                    try await store.users(organizationId: StoreFixture.acme, identifiers: identifiers)
                }
                #expect(users.mapValues(\.id) == [
                    "mcpu_alice": "mcpu_alice",
                    "dist_alice": "mcpu_alice",
                    // Two users share the email: the more recently active one wins.
                    "alice@example.com": "mcpu_alice",
                    // A tracking id equal to the identifier beats another user's email.
                    "bob@example.com": "mcpu_echo",
                    "mcpu_bob": "mcpu_bob",
                    // "tom@example.com": only a ticket's email, no session.
                ])
                #expect(users["alice@example.com"]?.name == "Alice Liddell")
                let fromGlobex = try await store.users(
                    organizationId: StoreFixture.globex, identifiers: ["mcpu_gina", "mcpu_alice", StoreFixture.sharedEmail])
                #expect(fromGlobex.mapValues(\.id) == ["mcpu_gina": "mcpu_gina", StoreFixture.sharedEmail: "mcpu_shared"])
            }
        }

        @Test(arguments: StoreBackend.available)
        func usersOfOrganizationMostRecentlyActiveFirst(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let page = try await expectStatements(1, on: store) {
                    try await store.users(organizationId: StoreFixture.acme, search: nil, first: 20, after: nil)
                }
                // carol and alice tie on their last activity: the larger id comes first.
                #expect(page.nodes.map(\.id) == [
                    "mcpu_bob", "mcpu_carol", "mcpu_alice", "mcpu_shared", "mcpu_echo", "mcpu_alice2",
                ])
                // The shared user's latest activity in Acme is a ticket by their email opened
                // outside any session.
                #expect(page.nodes.map(\.lastActiveAt) == [
                    Self.t0 + 7_206_000, Self.t0 + 3_600_000, Self.t0 + 3_600_000, Self.t0 + 150_000,
                    Self.t0 + 1000, Self.t0 + 500,
                ])
                #expect(!page.hasNextPage)
                let globex = try await store.users(organizationId: StoreFixture.globex, search: nil, first: 20, after: nil)
                #expect(globex.nodes.map(\.id) == ["mcpu_shared", "mcpu_gina"])
                #expect(globex.nodes.map(\.lastActiveAt) == [Self.t0 + 9_500_000, Self.t0 + 300])
            }
        }

        @Test(arguments: StoreBackend.available)
        func usersPagesWalkWithoutGapsOrRepeats(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let pages = try await walkPages(size: 3) { after in
                    try await store.users(organizationId: StoreFixture.acme, search: nil, first: 3, after: after)
                }
                #expect(pages.map { $0.nodes.map(\.id) } == [
                    ["mcpu_bob", "mcpu_carol", "mcpu_alice"], ["mcpu_shared", "mcpu_echo", "mcpu_alice2"],
                ])
                #expect(pages.map(\.hasNextPage) == [true, false])
            }
        }

        /// The users list reads the rollup: a fold brings new activity into its order, and a
        /// client paging meanwhile neither skips nor repeats the user who acted.
        @Test(arguments: StoreBackend.available)
        func usersPagesHoldStillWhileUsersAct(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let first = try await store.users(organizationId: StoreFixture.acme, search: nil, first: 3, after: nil)
                #expect(first.nodes.map(\.id) == ["mcpu_bob", "mcpu_carol", "mcpu_alice"])
                // mcpu_echo, due on the second page, acts after the first page was read.
                let later = StoreFixture.t0 + 50_000_000
                try await StoreFixture.insert(
                    StoreFixture.ToolCall(
                        id: "tc_e1_late", createdAt: later, serverId: "srv_acme_docs", toolName: "late",
                        userId: "mcpu_echo", sessionId: "sess_e1", input: nil, output: nil),
                    into: store.database)
                #expect(try await UserActivity(database: store.database).fold() >= 1)

                let second = try await store.users(
                    organizationId: StoreFixture.acme, search: nil, first: 3, after: first.edges.last?.cursor)
                #expect(second.nodes.map(\.id) == ["mcpu_shared", "mcpu_echo", "mcpu_alice2"])
                #expect(second.hasNextPage == false)
                let searched = try await store.users(
                    organizationId: StoreFixture.acme, search: "echo", first: 3, after: first.edges.last?.cursor)
                #expect(searched.nodes.map(\.id) == ["mcpu_echo"])

                let fresh = try await store.users(organizationId: StoreFixture.acme, search: nil, first: 3, after: nil)
                #expect(fresh.nodes.map(\.id) == ["mcpu_echo", "mcpu_bob", "mcpu_carol"])
                #expect(fresh.nodes.first?.lastActiveAt == later)
                // Folding again changes nothing, and a rebuild agrees with the folds.
                try await UserActivity(database: store.database).fold()
                try await UserActivity(database: store.database).rebuild()
                let rebuilt = try await store.users(organizationId: StoreFixture.acme, search: nil, first: 3, after: nil)
                #expect(rebuilt.nodes == fresh.nodes)
            }
        }

        @Test(arguments: StoreBackend.available)
        func searchMatchesIdTrackingIdEmailAndNameIgnoringCase(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                func search(_ text: String, in organization: String = StoreFixture.acme) async throws -> [String] {
                    try await store.users(organizationId: organization, search: text, first: 20, after: nil).nodes.map(\.id)
                }
                #expect(try await search("ALICE") == ["mcpu_alice", "mcpu_alice2"])
                #expect(try await search("liddell") == ["mcpu_alice", "mcpu_alice2"])
                #expect(try await search("Sam") == ["mcpu_shared"])
                #expect(try await search("DIST_TOM") == [])
                #expect(try await search("EXAMPLE.COM") == [
                    "mcpu_bob", "mcpu_alice", "mcpu_shared", "mcpu_echo", "mcpu_alice2",
                ])
                // No wildcards: `%` and `_` are plain characters.
                #expect(try await search("%") == [])
                #expect(try await search("mcpu%bob") == [])
                #expect(try await search("gina") == [])
                #expect(try await search("gina", in: StoreFixture.globex) == ["mcpu_gina"])
                let everyone = try await search("mcpu_")
                #expect(try await search("") == everyone)
                let page = try await store.users(organizationId: StoreFixture.acme, search: "example", first: 2, after: nil)
                #expect(page.nodes.map(\.id) == ["mcpu_bob", "mcpu_alice"])
                let next = try await store.users(
                    organizationId: StoreFixture.acme, search: "example", first: 2, after: page.endCursor)
                #expect(next.nodes.map(\.id) == ["mcpu_shared", "mcpu_echo"])
            }
        }
    }
}
