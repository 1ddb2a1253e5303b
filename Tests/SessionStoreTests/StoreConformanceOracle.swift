import Foundation

@testable import SessionStore

/// The answers the batch reads must give, computed in plain Swift from a full copy of the
/// tables, one rule at a time as the spec states it. Seeded data is too large to spell out
/// by hand; this is the independent reference the SQL is checked against.
struct StoreOracle {
    struct Server { var id, organizationId, slug: String }
    struct User { var id: String; var distinctId, email: String? }
    struct Session { var id, serverSlug: String; var timestamp: Int64?; var userId: String? }
    struct ToolCall { var id: String; var createdAt: Int64?; var sessionId: String; var isError: Bool; var toolName = "" }
    struct Ticket { var id: String; var createdAt: Int64?; var email, organizationId: String; var sessionId: String?; var status: String }

    var servers: [Server] = []
    var users: [String: User] = [:]
    var oauthNames: [String: String] = [:]
    var sessions: [Session] = []
    var toolCalls: [ToolCall] = []
    var tickets: [Ticket] = []

    /// Copies every row the reads look at, with plain single-table statements.
    static func load(from database: any SQLDatabase) async throws -> StoreOracle {
        var oracle = StoreOracle()
        let d = database.dialect
        for row in try await database.query("SELECT id, organization_id, slug FROM mcp_servers") {
            oracle.servers.append(Server(id: try row.string("id"), organizationId: try row.string("organization_id"), slug: try row.string("slug")))
        }
        for row in try await database.query("SELECT id, distinct_id, email FROM mcp_server_user") {
            let user = User(id: try row.string("id"), distinctId: try row.optionalString("distinct_id"), email: try row.optionalString("email"))
            oracle.users[user.id] = user
        }
        for row in try await database.query("SELECT email, name FROM mcp_oauth_user") {
            oracle.oauthNames[try row.string("email")] = try row.string("name")
        }
        for row in try await database.query(
            "SELECT mcp_server_session_id, mcp_server_slug, connection_timestamp, mcp_server_user_id FROM mcp_server_session")
        {
            oracle.sessions.append(Session(
                id: try row.string("mcp_server_session_id"), serverSlug: try row.string("mcp_server_slug"),
                timestamp: try row.optionalInt("connection_timestamp"), userId: try row.optionalString("mcp_server_user_id")))
        }
        for row in try await database.query(SQLStatement(
            "SELECT id, created_at, mcp_server_session_id, tool_name, \(raw: d.jsonText("output")) AS output FROM mcp_tool_calls"))
        {
            oracle.toolCalls.append(ToolCall(
                id: try row.string("id"), createdAt: try row.optionalInt("created_at"),
                sessionId: try row.string("mcp_server_session_id"), isError: Self.isError(try row.optionalString("output")),
                toolName: try row.string("tool_name")))
        }
        for row in try await database.query(SQLStatement(
            "SELECT id, created_at, email, organization_id, mcp_server_session_id, \(raw: d.enumText("status")) AS status FROM support_requests"))
        {
            oracle.tickets.append(Ticket(
                id: try row.string("id"), createdAt: try row.optionalInt("created_at"), email: try row.string("email"),
                organizationId: try row.string("organization_id"), sessionId: try row.optionalString("mcp_server_session_id"),
                status: try row.string("status")))
        }
        return oracle
    }

    /// A CallToolResult error: a JSON object whose `isError` is the boolean `true`.
    static func isError(_ json: String?) -> Bool {
        struct Probe: Decodable {
            enum Key: String, CodingKey { case isError }
            var isError = false
            init(from decoder: any Decoder) throws {
                guard let object = try? decoder.container(keyedBy: Key.self) else { return }
                isError = (try? object.decode(Bool.self, forKey: .isError)) ?? false
            }
        }
        guard let json else { return false }
        return (try? JSONDecoder().decode(Probe.self, from: Data(json.utf8)).isError) ?? false
    }

    // MARK: Tenancy

    func visibleSessions(_ organization: String) -> [Session] {
        let slugs = Set(servers.filter { $0.organizationId == organization }.map(\.slug))
        return sessions.filter { slugs.contains($0.serverSlug) }
    }

    func visibleToolCalls(_ organization: String) -> [ToolCall] {
        let ids = Set(visibleSessions(organization).map(\.id))
        return toolCalls.filter { ids.contains($0.sessionId) }
    }

    func visibleTickets(_ organization: String) -> [Ticket] {
        let ids = Set(visibleSessions(organization).map(\.id))
        return tickets.filter { $0.organizationId == organization && ($0.sessionId.map(ids.contains) ?? true) }
    }

    // MARK: Answers

    /// Visible users with their last activity in the organization (nil: visible, no time).
    func lastActivity(_ organization: String) -> [String: Int64?] {
        var activity: [String: Int64?] = [:]
        func record(_ userId: String, _ time: Int64?) {
            let previous = activity[userId] ?? nil
            activity[userId] = [previous, time].compactMap { $0 }.max()
        }
        let items = timelines(organization)
        for session in visibleSessions(organization) {
            guard let userId = session.userId else { continue }
            record(userId, session.timestamp)
            for item in items[session.id] ?? [] { record(userId, item.time) }
        }
        // Tickets by email add activity to users visible through sessions; they make no
        // user visible on their own.
        let visible = Set(activity.keys)
        for ticket in visibleTickets(organization) {
            for user in users.values where user.email == ticket.email && visible.contains(user.id) {
                record(user.id, ticket.createdAt)
            }
        }
        return activity
    }

    /// The organization's users, most recently active first, ties by id descending.
    func userOrder(_ organization: String, search: String? = nil) -> [String] {
        let activity = lastActivity(organization)
        let needle = search?.lowercased() ?? ""
        return activity.keys
            .filter { id in
                guard !needle.isEmpty, let user = users[id] else { return true }
                let name = user.email.flatMap { oauthNames[$0] }
                return [user.id, user.distinctId, user.email, name].contains { $0?.lowercased().contains(needle) == true }
            }
            .map { (key: Self.sortTime(activity[$0]!), id: $0) }
            .sorted { Self.precedes($1, $0) }
            .map(\.id)
    }

    /// A user's visible sessions, most recent first.
    func sessionOrder(_ organization: String, userId: String) -> [String] {
        visibleSessions(organization).filter { $0.userId == userId }
            .map { (key: Self.sortTime($0.timestamp), id: $0.id) }
            .sorted { Self.precedes($1, $0) }
            .map(\.id)
    }

    /// Each visible session's items, oldest first.
    func timelines(_ organization: String) -> [String: [(time: Int64?, id: String)]] {
        var items: [String: [(time: Int64?, id: String)]] = [:]
        let visible = Set(visibleSessions(organization).map(\.id))
        for call in toolCalls where visible.contains(call.sessionId) {
            items[call.sessionId, default: []].append((call.createdAt, call.id))
        }
        for ticket in tickets where ticket.organizationId == organization {
            guard let sessionId = ticket.sessionId, visible.contains(sessionId) else { continue }
            items[sessionId, default: []].append((ticket.createdAt, ticket.id))
        }
        return items.mapValues { list in
            list.sorted { Self.precedes((Self.sortTime($0.time), $0.id), (Self.sortTime($1.time), $1.id)) }
        }
    }

    func counts(_ organization: String) -> [String: SessionCounts] {
        let items = timelines(organization)
        let errors = Set(toolCalls.filter(\.isError).map(\.id))
        let callIds = Set(toolCalls.map(\.id))
        let open = Set(tickets.filter { ["needs_email", "pending", "in_progress"].contains($0.status) }.map(\.id))
        var counts: [String: SessionCounts] = [:]
        for session in visibleSessions(organization) {
            let list = items[session.id] ?? []
            counts[session.id] = SessionCounts(
                toolCallCount: list.filter { callIds.contains($0.id) }.count,
                supportTicketCount: list.filter { !callIds.contains($0.id) }.count,
                errorCount: list.filter { errors.contains($0.id) }.count,
                openTicketCount: list.filter { open.contains($0.id) }.count,
                lastActivityAt: ([session.timestamp] + list.map(\.time)).compactMap { $0 }.max())
        }
        return counts
    }

    /// An email's visible tickets, newest first.
    func ticketOrder(_ organization: String, email: String) -> [String] {
        visibleTickets(organization).filter { $0.email == email }
            .map { (key: Self.sortTime($0.createdAt), id: $0.id) }
            .sorted { Self.precedes($1, $0) }
            .map(\.id)
    }

    static func sortTime(_ time: Int64?) -> Int64 { time ?? Int64.min }

    /// Ascending (time, id), ids compared byte by byte.
    static func precedes(_ a: (key: Int64, id: String), _ b: (key: Int64, id: String)) -> Bool {
        a.key != b.key ? a.key < b.key : Array(a.id.utf8).lexicographicallyPrecedes(Array(b.id.utf8))
    }
}
