import Testing

@testable import SessionStore

extension StoreConformance {
    /// The users list's total without a search is stored beside the rollup
    /// (`sessionql_user_activity_totals`); every rebuild and fold keeps it equal to the
    /// number of the organization's rows in the rollup.
    @Suite struct UserTotals {
        static let t0 = StoreFixture.t0

        /// Each organization's stored total, and each organization's row count in the rollup.
        static func totalsAndRows(_ database: any SQLDatabase) async throws -> (totals: [String: Int64], rows: [String: Int64]) {
            var totals: [String: Int64] = [:]
            for row in try await database.query("SELECT organization_id, users FROM sessionql_user_activity_totals") {
                totals[try row.string("organization_id")] = try row.int("users")
            }
            var rows: [String: Int64] = [:]
            for row in try await database.query(
                "SELECT organization_id, count(*) AS n FROM sessionql_user_activity GROUP BY organization_id"
            ) {
                rows[try row.string("organization_id")] = try row.int("n")
            }
            return (totals, rows)
        }

        static func expectTotalsMatchRows(
            _ store: SessionStore, acme: Int, globex: Int, sourceLocation: SourceLocation = #_sourceLocation
        ) async throws {
            let (totals, rows) = try await totalsAndRows(store.database)
            #expect(totals == rows, sourceLocation: sourceLocation)
            #expect(rows == [StoreFixture.acme: Int64(acme), StoreFixture.globex: Int64(globex)], sourceLocation: sourceLocation)
            let listed = try await expectStatements(1, on: store, sourceLocation: sourceLocation) {
                try await store.userTotal(organizationId: StoreFixture.acme, search: nil)
            }
            #expect(listed == acme, sourceLocation: sourceLocation)
            #expect(try await store.userTotal(organizationId: StoreFixture.globex, search: nil) == globex, sourceLocation: sourceLocation)
            #expect(try await store.userTotal(organizationId: "org_none", search: nil) == 0, sourceLocation: sourceLocation)
            let everyone = try await store.users(organizationId: StoreFixture.acme, search: nil, first: 100, after: nil)
            #expect(everyone.nodes.count == acme, sourceLocation: sourceLocation)
        }

        @Test(arguments: StoreBackend.available)
        func theTotalCountsTheRollupsRowsAfterEveryRebuildAndFold(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let activity = UserActivity(database: store.database)
                let (db, later) = (store.database, Self.t0 + 30_000_000)
                // After the fixture's rebuild.
                try await Self.expectTotalsMatchRows(store, acme: 6, globex: 2)

                // A fold that adds users: a new user in each organization, and a known user
                // new to Globex. Six statements.
                try await StoreFixture.insert(
                    StoreFixture.User(id: "mcpu_new", distinctId: nil, email: "new@example.com", profileData: nil, firstSeenAt: nil),
                    into: db)
                for (id, server, user) in [
                    ("sess_new_acme", "acme-docs", "mcpu_new"), ("sess_new_globex", "globex-main", "mcpu_new"),
                    ("sess_bob_globex", "globex-main", "mcpu_bob"),
                ] {
                    try await StoreFixture.insert(
                        StoreFixture.Session(id: id, title: nil, serverSlug: server, date: "2026-01-02", timestamp: later, userId: user),
                        into: db)
                }
                #expect(try await expectStatements(6, on: store) { try await activity.fold() } == 3)
                try await Self.expectTotalsMatchRows(store, acme: 7, globex: 4)

                // A fold that only moves known users: a tool call of Echo's, and a ticket by
                // Tom's email in Globex, where Tom has no session. Five statements.
                try await StoreFixture.insert(
                    StoreFixture.ToolCall(
                        id: "tc_e1_total", createdAt: later + 1000, serverId: "srv_acme_docs", toolName: "later",
                        userId: "mcpu_echo", sessionId: "sess_e1", input: nil, output: nil),
                    into: db)
                try await StoreFixture.insert(
                    StoreFixture.Ticket(
                        id: "sr_tom_globex", createdAt: later + 2000, title: "Hello", status: "pending", method: "linear",
                        resolvedAt: nil, email: "tom@example.com", organizationId: StoreFixture.globex, serverId: nil,
                        sessionId: nil, priority: "low"),
                    into: db)
                #expect(try await expectStatements(5, on: store) { try await activity.fold() } == 1)
                try await Self.expectTotalsMatchRows(store, acme: 7, globex: 4)

                // Folding again finds nothing to write (the overlap looks again at the same rows).
                #expect(try await activity.fold() == 0)
                try await Self.expectTotalsMatchRows(store, acme: 7, globex: 4)

                // A rebuild after a user's rows left: the total follows the rollup down, and an
                // organization left without users has no total at all.
                try await db.execute("DELETE FROM mcp_server_session WHERE mcp_server_session_id IN ('sess_new_acme', 'sess_new_globex')")
                try await db.execute("DELETE FROM mcp_server_session WHERE mcp_server_session_id = 'sess_bob_globex'")
                try await db.execute("INSERT INTO sessionql_user_activity_totals (organization_id, users) VALUES ('org_stale', 3)")
                try await expectStatements(backend == .postgres ? 7 : 6, on: store) { try await activity.rebuild() }
                try await Self.expectTotalsMatchRows(store, acme: 6, globex: 2)
            }
        }
    }
}
