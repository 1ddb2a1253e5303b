import Testing

@testable import SessionStore

/// Batch reads cost one statement per call whatever the number of keys, and none at all
/// for an empty key set (a loader with nothing to load must not touch the database).
extension StoreConformance {
    @Suite struct Batches {
        @Test(arguments: StoreBackend.available)
        func emptyKeySetsRunNoStatement(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let org = StoreFixture.acme
                try await expectStatements(0, on: store) { () async throws in
                    #expect(try await store.servers(organizationId: org, ids: []).isEmpty)
                    #expect(try await store.users(organizationId: org, ids: []).isEmpty)
                    #expect(try await store.users(organizationId: org, identifiers: []).isEmpty)
                    #expect(try await store.sessions(organizationId: org, ids: []).isEmpty)
                    #expect(try await store.sessions(organizationId: org, userIds: [], first: 5, after: nil).isEmpty)
                    #expect(try await store.sessionCounts(organizationId: org, sessionIds: []).isEmpty)
                    #expect(try await store.timelines(organizationId: org, sessionIds: [], first: 5, after: nil).isEmpty)
                    #expect(try await store.toolCalls(organizationId: org, ids: []).isEmpty)
                    #expect(try await store.supportTickets(organizationId: org, ids: []).isEmpty)
                    #expect(try await store.supportTickets(organizationId: org, emails: [], first: 5, after: nil).isEmpty)
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func everyKeyOfABatchInOneStatement(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let org = StoreFixture.acme
                let sessionIds = Set(StoreFixture.sessions.map(\.id))
                let userIds = Set(StoreFixture.users.map(\.id))
                let sessions = try await expectStatements(1, on: store) { try await store.sessions(organizationId: org, ids: sessionIds) }
                #expect(sessions.count == 10)
                let users = try await expectStatements(1, on: store) { try await store.users(organizationId: org, ids: userIds) }
                // Every fixture user but tom (only a ticket's email), gina (Globex's) and nobody.
                #expect(users.count == 6)
                let pages = try await expectStatements(1, on: store) {
                    try await store.sessions(organizationId: org, userIds: userIds, first: 1, after: nil)
                }
                #expect(pages.count == userIds.count)
                let counts = try await expectStatements(1, on: store) {
                    try await store.sessionCounts(organizationId: org, sessionIds: sessionIds)
                }
                #expect(counts.count == 10)
                let timelines = try await expectStatements(1, on: store) {
                    try await store.timelines(organizationId: org, sessionIds: sessionIds, first: 2, after: nil)
                }
                #expect(timelines.values.map(\.nodes.count).reduce(0, +) == 6)
                let calls = try await expectStatements(1, on: store) {
                    try await store.toolCalls(organizationId: org, ids: Set(StoreFixture.toolCalls.map(\.id)))
                }
                #expect(calls.count == 30)
                let tickets = try await expectStatements(1, on: store) {
                    try await store.supportTickets(organizationId: org, ids: Set(StoreFixture.tickets.map(\.id)))
                }
                #expect(tickets.count == 9)
                let emails = Set(StoreFixture.users.compactMap(\.email))
                let ticketPages = try await expectStatements(1, on: store) {
                    try await store.supportTickets(organizationId: org, emails: emails, first: 2, after: nil)
                }
                #expect(ticketPages.count == emails.count)
            }
        }
    }
}
