import Foundation
import Logging
import PostgresNIO

/// Counts the statements one request sends, for the `x-statements` response header.
public final class StatementCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    public init() {}

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    public var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}

/// One value bound to a statement.
enum Bind {
    case text(String)
    case integer(Int64)
}

/// The reads of both peers, each one statement about one object or one list of one parent,
/// confined to one organization by SessionQL's tenancy rules: a session is the
/// organization's when its server is, a tool call when its session is, a ticket when it
/// carries the organization's id and its session (if any) is the organization's, a user
/// when they have a session on its servers. Orders and derived values follow SessionQL's
/// reads (Sources/SessionStore/Reads), so the peers answer with the same values.
public struct Store: Sendable {
    public let client: PostgresClient
    public let organization: String
    public let counter: StatementCounter
    let logger: Logger

    public init(client: PostgresClient, organization: String, counter: StatementCounter, logger: Logger) {
        self.client = client
        self.organization = organization
        self.counter = counter
        self.logger = logger
    }

    /// `Int64.min`, the sort key of a missing time, written so PostgreSQL keeps it a bigint.
    static let missingTime = "(-9223372036854775807 - 1)"

    static func sortTime(_ column: String) -> String { "coalesce(\(column), \(missingTime))" }

    /// Sends one statement; `$1` is always the organization id, `binds` follow from `$2`.
    func rows(_ sql: String, _ binds: [Bind] = []) async throws -> [PostgresRandomAccessRow] {
        var bindings = PostgresBindings(capacity: binds.count + 1)
        bindings.append(organization)
        for bind in binds {
            switch bind {
            case .text(let text): bindings.append(text)
            case .integer(let number): bindings.append(number)
            }
        }
        counter.increment()
        let sequence = try await client.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        var result: [PostgresRandomAccessRow] = []
        for try await row in sequence { result.append(row.makeRandomAccess()) }
        return result
    }

    // MARK: Organization and servers

    public func organizationRow() async throws -> OrganizationRow? {
        try await rows("SELECT o.id, o.name, o.slug FROM organization o WHERE o.id = $1").first.map { r in
            OrganizationRow(id: try r.text(0), name: try r.text(1), slug: try r.optionalText(2))
        }
    }

    public func server(id: String) async throws -> ServerRow? {
        try await rows(
            "SELECT v.id, v.name, v.slug FROM mcp_servers v WHERE v.organization_id = $1 AND v.id = $2", [.text(id)]
        ).first.map { r in ServerRow(id: try r.text(0), name: try r.text(1), slug: try r.text(2)) }
    }

    // MARK: Users

    /// The user an identifier names: an id match wins over a tracking-id match, which wins
    /// over an email match; among several, the most recently active in the organization
    /// (then the smallest id). With `idOnly`, only an id matches.
    public func user(identifier: String, idOnly: Bool = false) async throws -> UserRow? {
        let others = idOnly ? "" : """
            UNION ALL SELECT u.id, 1 FROM mcp_server_user u WHERE u.distinct_id = $2
            UNION ALL SELECT u.id, 2 FROM mcp_server_user u WHERE u.email = $2
            """
        let sql = """
            WITH matches AS (
                SELECT u.id AS user_id, 0 AS match_rank FROM mcp_server_user u WHERE u.id = $2
                \(others)
            ),
            org_sessions AS (
                SELECT s.mcp_server_session_id AS session_id, s.mcp_server_user_id AS user_id,
                       s.connection_timestamp AS connection_timestamp
                FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
                WHERE v.organization_id = $1 AND s.mcp_server_user_id IN (SELECT user_id FROM matches)
            ),
            user_activity AS (
                SELECT os.user_id AS user_id, os.connection_timestamp AS t FROM org_sessions os
                UNION ALL
                SELECT os.user_id, \(Self.latestToolCallTime("os.session_id")) FROM org_sessions os
                UNION ALL
                SELECT os.user_id, \(Self.latestTicketTime("os.session_id")) FROM org_sessions os
                UNION ALL
                SELECT u.id, (
                    SELECT lr.created_at FROM support_requests lr
                    WHERE lr.organization_id = $1 AND lr.email = u.email AND \(Self.ticketVisible("lr"))
                    ORDER BY \(Self.sortTime("lr.created_at")) DESC, lr.id COLLATE "C" DESC LIMIT 1)
                FROM mcp_server_user u WHERE u.id IN (SELECT user_id FROM org_sessions)
            ),
            org_users AS (SELECT user_id, max(t) AS last_active_at FROM user_activity GROUP BY user_id)
            SELECT u.id, u.distinct_id, u.email, o.name, o.image, o.email_verified, ou.last_active_at
            FROM matches m JOIN org_users ou ON ou.user_id = m.user_id
            JOIN mcp_server_user u ON u.id = m.user_id
            LEFT JOIN mcp_oauth_user o ON o.email = u.email
            ORDER BY m.match_rank, \(Self.sortTime("ou.last_active_at")) DESC, m.user_id COLLATE "C"
            LIMIT 1
            """
        return try await rows(sql, [.text(identifier)]).first.map { r in
            UserRow(
                id: try r.text(0), distinctId: try r.optionalText(1), email: try r.optionalText(2),
                name: try r.optionalText(3), image: try r.optionalText(4), emailVerified: try r.optionalBool(5),
                lastActiveAt: try r.optionalInteger(6))
        }
    }

    /// The user's first connection to one of the organization's servers (a session without
    /// a connection time counts from the start of its day).
    public func firstSeen(userId: String) async throws -> Int64? {
        let sql = """
            SELECT min(coalesce(s.connection_timestamp, (extract(epoch FROM s.connection_date) * 1000)::bigint))
            FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE v.organization_id = $1 AND s.mcp_server_user_id = $2
            """
        return try await rows(sql, [.text(userId)]).first.flatMap { try $0.optionalInteger(0) }
    }

    // MARK: Sessions

    static let sessionColumns = """
        s.mcp_server_session_id, s.title, v.id, to_char(s.connection_date, 'YYYY-MM-DD'),
        s.connection_timestamp, s.mcp_server_user_id
        """

    static func sessionRow(_ r: PostgresRandomAccessRow) throws -> SessionRow {
        SessionRow(
            id: try r.text(0), title: try r.optionalText(1), serverId: try r.text(2), connectionDate: try r.text(3),
            connectionTimestamp: try r.optionalInteger(4), userId: try r.optionalText(5))
    }

    public func session(id: String) async throws -> SessionRow? {
        let sql = """
            SELECT \(Self.sessionColumns)
            FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE v.organization_id = $1 AND s.mcp_server_session_id = $2
            """
        return try await rows(sql, [.text(id)]).first.map(Self.sessionRow)
    }

    /// A page of the user's sessions on the organization's servers, most recent first
    /// (connection time, then id; sessions without a time last).
    public func sessions(userId: String, first: Int, after: String?) async throws -> PageRows<SessionRow> {
        var binds: [Bind] = [.text(userId), .integer(Int64(first + 1))]
        var bound = ""
        if let after, let position = Values.position(after) {
            binds += [.integer(position.time), .text(position.id)]
            bound = " AND (\(Self.sortTime("s.connection_timestamp")), s.mcp_server_session_id COLLATE \"C\") < ($4, $5)"
        }
        let sql = """
            SELECT \(Self.sessionColumns)
            FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE s.mcp_server_user_id = $2 AND v.organization_id = $1\(bound)
            ORDER BY \(Self.sortTime("s.connection_timestamp")) DESC, s.mcp_server_session_id COLLATE "C" DESC
            LIMIT $3
            """
        return PageRows(read: try await rows(sql, binds).map(Self.sessionRow), first: first, after: after != nil)
    }

    /// The time of a session's latest tool call.
    static func latestToolCallTime(_ session: String) -> String {
        """
        (SELECT lt.created_at FROM mcp_tool_calls lt WHERE lt.mcp_server_session_id = \(session)
         ORDER BY \(sortTime("lt.created_at")) DESC, lt.id COLLATE "C" DESC LIMIT 1)
        """
    }

    /// The time of a session's latest ticket of the organization.
    static func latestTicketTime(_ session: String) -> String {
        """
        (SELECT lr.created_at FROM support_requests lr
         WHERE lr.mcp_server_session_id = \(session) AND lr.organization_id = $1
         ORDER BY \(sortTime("lr.created_at")) DESC, lr.id COLLATE "C" DESC LIMIT 1)
        """
    }

    /// A ticket is visible when opened outside any session or in one of the organization's.
    static func ticketVisible(_ r: String) -> String {
        """
        (\(r).mcp_server_session_id IS NULL OR EXISTS (
            SELECT 1 FROM mcp_server_session vs JOIN mcp_servers vv ON vv.slug = vs.mcp_server_slug
            WHERE vs.mcp_server_session_id = \(r).mcp_server_session_id AND vv.organization_id = $1))
        """
    }

    static let isErrorCondition = "jsonb_typeof(tc.output) = 'object' AND tc.output -> 'isError' = 'true'::jsonb"

    static let lastActivity = """
        nullif(greatest(\(sortTime("s.connection_timestamp")),
            coalesce(\(latestToolCallTime("s.mcp_server_session_id")), \(missingTime)),
            coalesce(\(latestTicketTime("s.mcp_server_session_id")), \(missingTime))), \(missingTime))
        """

    /// All figures of one session of the organization in one statement.
    public func figures(sessionId: String) async throws -> SessionFigures? {
        let sql = """
            SELECT (SELECT count(*) FROM mcp_tool_calls tc WHERE tc.mcp_server_session_id = s.mcp_server_session_id),
                   (SELECT count(*) FROM support_requests r
                    WHERE r.mcp_server_session_id = s.mcp_server_session_id AND r.organization_id = $1),
                   (SELECT count(*) FROM mcp_tool_calls tc
                    WHERE tc.mcp_server_session_id = s.mcp_server_session_id AND \(Self.isErrorCondition)),
                   \(Self.lastActivity)
            FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE v.organization_id = $1 AND s.mcp_server_session_id = $2
            """
        return try await rows(sql, [.text(sessionId)]).first.map { r in
            SessionFigures(
                toolCallCount: Int(try r.integer(0)), supportTicketCount: Int(try r.integer(1)),
                errorCount: Int(try r.integer(2)), lastActivityAt: try r.optionalInteger(3))
        }
    }

    /// The figures one at a time, for resolvers that each read their own.
    public func toolCallCount(sessionId: String) async throws -> Int {
        try await count("SELECT count(*) FROM mcp_tool_calls tc WHERE tc.mcp_server_session_id = $2", sessionId)
    }

    public func supportTicketCount(sessionId: String) async throws -> Int {
        try await count(
            "SELECT count(*) FROM support_requests r WHERE r.mcp_server_session_id = $2 AND r.organization_id = $1", sessionId)
    }

    public func errorCount(sessionId: String) async throws -> Int {
        try await count(
            "SELECT count(*) FROM mcp_tool_calls tc WHERE tc.mcp_server_session_id = $2 AND \(Self.isErrorCondition)",
            sessionId)
    }

    public func lastActivityAt(sessionId: String) async throws -> Int64? {
        let sql = "SELECT \(Self.lastActivity) FROM mcp_server_session s WHERE s.mcp_server_session_id = $2"
        return try await rows(sql, [.text(sessionId)]).first.flatMap { try $0.optionalInteger(0) }
    }

    private func count(_ sql: String, _ key: String) async throws -> Int {
        Int(try await rows(sql, [.text(key)]).first?.integer(0) ?? 0)
    }

    // MARK: Timeline and items

    static let toolCallColumns = """
        tc.id, tc.created_at, tc.mcp_server_id, tc.tool_name, tc.mcp_server_session_id,
        coalesce((SELECT 1 FROM mcp_tool_calls fx
            WHERE fx.mcp_server_session_id = tc.mcp_server_session_id
              AND \(sortTime("fx.created_at")) = \(sortTime("tc.created_at")) AND fx.id COLLATE "C" = tc.id COLLATE "C"
              AND jsonb_typeof(fx.output) = 'object' AND fx.output -> 'isError' = 'true'::jsonb LIMIT 1), 0)
        """

    static func toolCallRow(_ r: PostgresRandomAccessRow) throws -> ToolCallRow {
        ToolCallRow(
            id: try r.text(0), createdAt: try r.optionalInteger(1), serverId: try r.text(2), toolName: try r.text(3),
            sessionId: try r.text(4), isError: try r.integer(5) == 1)
    }

    static let ticketColumns = """
        r.id, r.created_at, r.title, r.concise_summary, r.context, r.status::text, r.priority::text,
        r.resolved_at, r.email, r.mcp_server_id, r.mcp_server_session_id
        """

    static func ticketRow(_ r: PostgresRandomAccessRow, from start: Int = 0) throws -> TicketRow {
        TicketRow(
            id: try r.text(start), createdAt: try r.optionalInteger(start + 1), title: try r.optionalText(start + 2),
            conciseSummary: try r.optionalText(start + 3), context: try r.optionalText(start + 4),
            status: try r.optionalText(start + 5) ?? "pending", priority: try r.optionalText(start + 6) ?? "medium",
            resolvedAt: try r.optionalInteger(start + 7), email: try r.text(start + 8),
            serverId: try r.optionalText(start + 9), sessionId: try r.optionalText(start + 10))
    }

    /// A page of a session's timeline: its tool calls and the organization's tickets in it,
    /// oldest first by (time, id), each kind read as one index range of at most the page.
    public func timeline(sessionId: String, first: Int, after: String?) async throws -> PageRows<TimelineRow> {
        var binds: [Bind] = [.text(sessionId), .integer(Int64(first + 1))]
        var callBound = "", ticketBound = ""
        if let after, let position = Values.position(after) {
            binds += [.integer(position.time), .text(position.id)]
            callBound = " AND (\(Self.sortTime("tc.created_at")), tc.id COLLATE \"C\") > ($4, $5)"
            ticketBound = " AND (\(Self.sortTime("r.created_at")), r.id COLLATE \"C\") > ($4, $5)"
        }
        let sql = """
            SELECT * FROM (
                (SELECT 0 AS kind, \(Self.toolCallColumns),
                        NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::bigint, NULL::text, NULL::text
                 FROM mcp_tool_calls tc WHERE tc.mcp_server_session_id = $2\(callBound)
                 ORDER BY \(Self.sortTime("tc.created_at")), tc.id COLLATE "C" LIMIT $3)
                UNION ALL
                (SELECT 1, r.id, r.created_at, r.mcp_server_id, NULL, r.mcp_server_session_id, 0,
                        r.title, r.concise_summary, r.context, r.status::text, r.priority::text,
                        r.resolved_at, r.email, r.mcp_server_id
                 FROM support_requests r WHERE r.mcp_server_session_id = $2 AND r.organization_id = $1\(ticketBound)
                 ORDER BY \(Self.sortTime("r.created_at")), r.id COLLATE "C" LIMIT $3)
            ) items
            ORDER BY \(Self.sortTime("items.created_at")), items.id COLLATE "C" LIMIT $3
            """
        let items = try await rows(sql, binds).map { r -> TimelineRow in
            let cells = try r.integer(0)
            if cells == 0 {
                return .toolCall(ToolCallRow(
                    id: try r.text(1), createdAt: try r.optionalInteger(2), serverId: try r.text(3),
                    toolName: try r.text(4), sessionId: try r.text(5), isError: try r.integer(6) == 1))
            }
            return .ticket(TicketRow(
                id: try r.text(1), createdAt: try r.optionalInteger(2), title: try r.optionalText(7),
                conciseSummary: try r.optionalText(8), context: try r.optionalText(9),
                status: try r.optionalText(10) ?? "pending", priority: try r.optionalText(11) ?? "medium",
                resolvedAt: try r.optionalInteger(12), email: try r.text(13),
                serverId: try r.optionalText(3), sessionId: try r.optionalText(5)))
        }
        return PageRows(read: items, first: first, after: after != nil)
    }

    public func toolCall(id: String) async throws -> ToolCallRow? {
        let sql = """
            SELECT \(Self.toolCallColumns)
            FROM mcp_tool_calls tc
            JOIN mcp_server_session s ON s.mcp_server_session_id = tc.mcp_server_session_id
            JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE v.organization_id = $1 AND tc.id = $2
            """
        return try await rows(sql, [.text(id)]).first.map(Self.toolCallRow)
    }

    public func ticket(id: String) async throws -> TicketRow? {
        let sql = """
            SELECT \(Self.ticketColumns) FROM support_requests r
            WHERE r.organization_id = $1 AND r.id = $2 AND \(Self.ticketVisible("r"))
            """
        return try await rows(sql, [.text(id)]).first.map { try Self.ticketRow($0) }
    }

    /// Both payloads of a tool call of the organization.
    public func payloads(toolCallId: String) async throws -> PayloadRow? {
        let sql = """
            SELECT tc.input::text, tc.output::text FROM mcp_tool_calls tc
            JOIN mcp_server_session s ON s.mcp_server_session_id = tc.mcp_server_session_id
            JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE v.organization_id = $1 AND tc.id = $2
            """
        return try await rows(sql, [.text(toolCallId)]).first.map { r in
            PayloadRow(input: try r.optionalText(0), output: try r.optionalText(1))
        }
    }

    public enum PayloadPart: String, Sendable {
        case input, output
    }

    /// One payload of a tool call of the organization, as JSON text.
    public func payload(toolCallId: String, _ part: PayloadPart) async throws -> String? {
        let sql = """
            SELECT tc.\(part.rawValue)::text FROM mcp_tool_calls tc
            JOIN mcp_server_session s ON s.mcp_server_session_id = tc.mcp_server_session_id
            JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE v.organization_id = $1 AND tc.id = $2
            """
        return try await rows(sql, [.text(toolCallId)]).first.flatMap { try $0.optionalText(0) }
    }
}

extension PostgresRandomAccessRow {
    func text(_ index: Int) throws -> String { try self[index].decode(String.self, context: .default) }
    func optionalText(_ index: Int) throws -> String? { try self[index].decode(String?.self, context: .default) }
    func integer(_ index: Int) throws -> Int64 { try self[index].decode(Int64.self, context: .default) }
    func optionalInteger(_ index: Int) throws -> Int64? { try self[index].decode(Int64?.self, context: .default) }
    func optionalBool(_ index: Int) throws -> Bool? { try self[index].decode(Bool?.self, context: .default) }
}
