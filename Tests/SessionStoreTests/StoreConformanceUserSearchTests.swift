import Testing

@testable import SessionStore

extension StoreConformance {
    /// A users search matches its needle literally: `%`, `_` and `\` in it are plain
    /// characters, whether the rollup's text is walked or read from the trigram index.
    @Suite struct UserSearch {
        static let t0 = StoreFixture.t0

        /// Users of Acme whose emails differ only where a wildcard would match anything.
        static let users: [StoreFixture.User] = [
            .init(id: "mcpu_w1", distinctId: nil, email: "wild.a_b@wild.test", profileData: nil, firstSeenAt: nil),
            .init(id: "mcpu_w2", distinctId: nil, email: "wild.axb@wild.test", profileData: nil, firstSeenAt: nil),
            .init(id: "mcpu_w3", distinctId: nil, email: "half.50%off@wild.test", profileData: nil, firstSeenAt: nil),
            .init(id: "mcpu_w4", distinctId: nil, email: "half.50xoff@wild.test", profileData: nil, firstSeenAt: nil),
            .init(id: "mcpu_w5", distinctId: #"back\slash"#, email: "back.slash@wild.test", profileData: nil, firstSeenAt: nil),
            .init(id: "mcpu_w6", distinctId: "backxslash", email: "back.xslash@wild.test", profileData: nil, firstSeenAt: nil),
        ]

        @Test(arguments: StoreBackend.available)
        func wildcardsInTheNeedleMatchLiterally(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                for (index, user) in Self.users.enumerated() {
                    try await StoreFixture.insert(user, into: store.database)
                    try await StoreFixture.insert(
                        StoreFixture.Session(
                            id: "sess_\(user.id)", title: nil, serverSlug: "acme-docs", date: "2026-01-02",
                            timestamp: Self.t0 + 20_000_000 + Int64(index), userId: user.id),
                        into: store.database)
                }
                #expect(try await UserActivity(database: store.database).fold() == Self.users.count)

                /// The ids the list finds, after checking that the total counts as many.
                func search(_ text: String) async throws -> [String] {
                    let found = try await store.users(organizationId: StoreFixture.acme, search: text, first: 20, after: nil)
                    let total = try await store.userTotal(organizationId: StoreFixture.acme, search: text)
                    #expect(total == found.nodes.count, "\(text)")
                    return found.nodes.map(\.id)
                }
                #expect(try await search("a_b") == ["mcpu_w1"])
                #expect(try await search("A_B@") == ["mcpu_w1"])
                #expect(try await search("a%b") == [])
                #expect(try await search("wild.a") == ["mcpu_w2", "mcpu_w1"])
                #expect(try await search("50%off") == ["mcpu_w3"])
                #expect(try await search("%off") == ["mcpu_w3"])
                #expect(try await search("50_off") == [])
                #expect(try await search(#"back\slash"#) == ["mcpu_w5"])
                #expect(try await search(#"k\s"#) == ["mcpu_w5"])
                #expect(try await search(#"\"#) == ["mcpu_w5"])
                #expect(try await search(#"\\"#) == [])
                #expect(try await search("back_slash") == [])
                // Two characters: no trigram, the same answers.
                #expect(try await search("%o") == ["mcpu_w3"])
                #expect(try await search("_b") == ["mcpu_w1", "mcpu_bob"])
            }
        }
    }
}
