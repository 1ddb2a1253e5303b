import Foundation
import Testing

@testable import SessionStore

/// Each page is read as a range of the index made for it: SQLite's query plans for the
/// statements the store issues name those indexes, with the keyset bound inside the range.
/// (PostgreSQL's plans depend on its statistics; bench/server measures them at scale.)
@Suite struct SQLitePlanTests {
    /// Forwards to a database and keeps every statement it was given.
    final class Recorder: SQLDatabase, @unchecked Sendable {
        let base: any SQLDatabase
        private let lock = NSLock()
        private var recorded: [SQLStatement] = []

        init(_ base: any SQLDatabase) { self.base = base }

        var statements: [SQLStatement] { lock.withLock { recorded } }
        var dialect: SQLDialect { base.dialect }
        var statementCount: Int { base.statementCount }

        func query(_ statement: SQLStatement) async throws -> [SQLRow] {
            lock.withLock { recorded.append(statement) }
            return try await base.query(statement)
        }

        func execute(_ statement: SQLStatement) async throws { _ = try await query(statement) }
        func executeScript(_ sql: String) async throws { try await base.executeScript(sql) }
        func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
            try await base.transaction(body)
        }
        func ping() async throws { try await base.ping() }
        func close() async throws { try await base.close() }
    }

    /// The plan of the one statement `read` issues, as SQLite's `detail` lines.
    func plan(_ read: (SessionStore) async throws -> Void) async throws -> [String] {
        let scratch = try await ScratchDatabase.open(.sqlite)
        do {
            _ = try await Seeder(seed: 1, scale: .small).seed(into: scratch.database)
            let recorder = Recorder(scratch.database)
            try await read(SessionStore(database: recorder))
            let statement = try #require(recorder.statements.last)
            let rows = try await scratch.database.query(
                SQLStatement("EXPLAIN QUERY PLAN " + statement.sql, statement.binds))
            try await scratch.close()
            return try rows.map { try $0.string("detail") }
        } catch {
            try? await scratch.close()
            throw error
        }
    }

    /// A full scan of a stored table (scans of the statement's own small intermediate
    /// results, such as `items` or `ranked`, and of the key list are fine).
    func scansATable(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.first == "SCAN", words.count >= 2 else { return false }
        return ["tc", "r", "s", "v", "u", "o", "a", "tc_page", "r_page", "s_page"].contains(String(words[1]))
            || words[1].hasPrefix("mcp_") || words[1].hasPrefix("support_") || words[1].hasPrefix("sessionql_")
    }

    @Test func aDeepTimelinePageIsARangeOfTheTimelineIndex() async throws {
        let after = Cursor(list: .timeline, time: SeedFixtures.referenceTime, id: "tc_big_0100")
        let lines = try await plan { store in
            _ = try await store.timelines(
                organizationId: SeedFixtures.acmeOrganizationId, sessionIds: [SeedFixtures.bigSessionId],
                first: 20, after: after)
        }
        #expect(lines.contains { $0.contains("sessionql_tool_calls_session_key (mcp_server_session_id=? AND <expr>>?)") }, "\(lines)")
        #expect(lines.contains { $0.contains("sessionql_tickets_session_key (mcp_server_session_id=? AND organization_id=? AND <expr>>?)") }, "\(lines)")
        #expect(!lines.contains(where: scansATable), "\(lines)")
    }

    @Test func aLaterSessionsPageIsARangeOfTheUserIndex() async throws {
        let after = Cursor(list: .sessions, time: SeedFixtures.referenceTime, id: "sess_x")
        let lines = try await plan { store in
            _ = try await store.sessions(
                organizationId: SeedFixtures.acmeOrganizationId, userIds: [SeedFixtures.sharedUserId], first: 20, after: after)
        }
        #expect(lines.contains { $0.contains("sessionql_session_user_key (mcp_server_user_id=? AND <expr><?)") }, "\(lines)")
        #expect(!lines.contains(where: scansATable), "\(lines)")
    }

    @Test func aUsersPageIsARangeOfTheRollupIndex() async throws {
        let lines = try await plan { store in
            _ = try await store.users(organizationId: SeedFixtures.acmeOrganizationId, search: nil, first: 20, after: nil)
        }
        #expect(lines.contains { $0.contains("USING COVERING INDEX sessionql_user_activity_recent (organization_id=?)") }, "\(lines)")
        #expect(!lines.contains { $0.contains("TEMP B-TREE") }, "\(lines)")
    }

    @Test func errorCountsReadOnlyThePartialIndex() async throws {
        let lines = try await plan { store in
            _ = try await store.sessionCounts(
                organizationId: SeedFixtures.acmeOrganizationId, sessionIds: [SeedFixtures.bigSessionId])
        }
        #expect(lines.contains { $0.contains("sessionql_tool_calls_session_errors_key (mcp_server_session_id=?)") }, "\(lines)")
        #expect(!lines.contains(where: scansATable), "\(lines)")
    }

    @Test func failedCallsOfASessionAreARangeOfTheirPartialIndex() async throws {
        let lines = try await plan { store in
            _ = try await store.timelines(
                organizationId: SeedFixtures.acmeOrganizationId, sessionIds: [SeedFixtures.bigSessionId],
                range: .first(50), filter: TimelineFilter(isError: true))
        }
        #expect(lines.contains { $0.contains("sessionql_tool_calls_session_errors_key (mcp_server_session_id=?)") }, "\(lines)")
        #expect(!lines.contains(where: scansATable), "\(lines)")
    }

    @Test func theOrganizationsSessionsAreARangePerServer() async throws {
        let lines = try await plan { store in
            _ = try await store.organizationSessions(
                organizationId: SeedFixtures.acmeOrganizationId, range: .first(20),
                filter: SessionFilter(serverIds: [SeedFixtures.acmeDocsServerId]))
        }
        #expect(lines.contains { $0.contains("sessionql_session_server_key (mcp_server_slug=?") }, "\(lines)")
    }

    @Test func theOrganizationsTicketsAreARangeOfTheirIndex() async throws {
        let lines = try await plan { store in
            _ = try await store.organizationTickets(organizationId: SeedFixtures.acmeOrganizationId, range: .last(20))
        }
        #expect(lines.contains { $0.contains("sessionql_tickets_organization_key (organization_id=?)") }, "\(lines)")
        #expect(!lines.contains { $0.contains("TEMP B-TREE") }, "\(lines)")
    }
}
