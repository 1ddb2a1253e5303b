@testable import SessionStore

/// Rows added on top of the small seed to make the data the explorer documents touch about
/// a hundred times larger: 400 more acme sessions for the shared user (each with 25 tool
/// calls and a ticket) and 50,000 more tool calls in the big session. Statement counts of
/// a document must not change with it.
enum LargeData {
    static let extraSessions = 400
    static let toolCallsPerSession = 25
    static let extraBigSessionToolCalls = 50_000

    /// Older than every seeded session of the user, so the first pages stay comparable.
    static let start: Int64 = SeedFixtures.referenceTime - 400 * 86_400_000

    static func insert(into database: any SQLDatabase) async throws {
        try await database.transaction { tx in
            var sessions: [[SQLValue]] = []
            var calls: [[SQLValue]] = []
            var tickets: [[SQLValue]] = []
            let servers = [
                (SeedFixtures.acmeDocsServerId, SeedFixtures.acmeDocsServerSlug),
                (SeedFixtures.acmeIssuesServerId, SeedFixtures.acmeIssuesServerSlug),
            ]
            for index in 0..<extraSessions {
                let id = "sess_large_\(index)"
                let (serverId, slug) = servers[index % 2]
                let time = start + Int64(index) * 3_600_000
                sessions.append([
                    .text(id), index % 3 == 0 ? .null : .text("Generated session \(index)"), .text(slug),
                    .text(CalendarText.date(epochMilliseconds: time)), .int(time), .text(SeedFixtures.sharedUserId),
                ])
                for call in 0..<toolCallsPerSession {
                    calls.append(toolCall(
                        id: "tc_large_\(index)_\(call)", at: time + Int64(call + 1) * 1_000, serverId: serverId, sessionId: id))
                }
                tickets.append([
                    .text("sr_large_\(index)"), .int(time + 30_000), .text("Generated ticket \(index)"), .null, .null,
                    .text("pending"), .text("dashboard"), .null, .text(SeedFixtures.sharedUserEmail),
                    .text(SeedFixtures.acmeOrganizationId), .text(serverId), .text(id), .null, .text("low"),
                ])
            }
            // After the big session's seeded calls, so its first timeline page is unchanged.
            let bigStart = SeedFixtures.referenceTime
            for index in 0..<extraBigSessionToolCalls {
                calls.append(toolCall(
                    id: "tc_large_big_\(index)", at: bigStart + Int64(index) * 500,
                    serverId: SeedFixtures.acmeDocsServerId, sessionId: SeedFixtures.bigSessionId))
            }
            try await insert(sessions, into: .sessions, tx)
            try await insert(calls, into: .toolCalls, tx)
            try await insert(tickets, into: .tickets, tx)
        }
    }

    private static func toolCall(id: String, at time: Int64, serverId: String, sessionId: String) -> [SQLValue] {
        [
            .text(id), .int(time), .text(serverId), .text("search_docs"), .text(SeedFixtures.sharedUserId), .text(sessionId),
            .json(#"{"query": "generated"}"#),
            .json(#"{"content": [{"text": "generated result", "type": "text"}], "isError": false}"#),
        ]
    }

    private static func insert(_ rows: [[SQLValue]], into table: SeedTable, _ db: any SQLDatabase) async throws {
        var start = 0
        while start < rows.count {
            let end = min(start + 1_000, rows.count)
            try await db.execute(table.insert(Array(rows[start..<end]), dialect: db.dialect))
            start = end
        }
    }
}
