import SessionStore

/// A small hand-made data set whose every answer is known, built to corner the reads:
/// two organizations sharing one end user, equal timestamps across tool calls and tickets,
/// missing timestamps, every shape of tool output, tickets outside sessions, a ticket whose
/// organization and session disagree, users sharing an email, a tracking id that looks
/// like another user's email.
///
/// Times are epoch milliseconds from `t0` (2026-01-01T00:00:00Z).
enum StoreFixture {
    static let t0: Int64 = 1_767_225_600_000

    static let acme = "org_acme"
    static let globex = "org_globex"
    static let sharedEmail = "shared.user@example.com"

    struct Organization { var id, name, slug, createdAt: String }
    struct Server { var id, organizationId, name, slug, authType, ticketType: String; var createdAt: Int64? }
    struct User { var id: String; var distinctId, email: String?; var profileData: String?; var firstSeenAt: Int64? }
    struct OAuthUser { var id, name, email: String; var emailVerified: Bool?; var image: String? }
    struct Session { var id: String; var title: String?; var serverSlug, date: String; var timestamp: Int64?; var userId: String? }
    struct ToolCall { var id: String; var createdAt: Int64?; var serverId, toolName: String; var userId: String?; var sessionId: String; var input, output: String? }
    struct Ticket {
        var id: String; var createdAt: Int64?; var title: String?; var status, method: String; var resolvedAt: Int64?
        var email, organizationId: String; var serverId, sessionId: String?; var priority: String
    }

    static let organizations = [
        Organization(id: acme, name: "Acme", slug: "acme", createdAt: "2025-06-01 12:00:00"),
        Organization(id: globex, name: "Globex", slug: "globex", createdAt: "2025-07-15 08:30:00.25"),
    ]

    static let servers = [
        Server(id: "srv_acme_docs", organizationId: acme, name: "Docs", slug: "acme-docs", authType: "platform_oauth", ticketType: "dashboard", createdAt: t0 - 86_400_000),
        Server(id: "srv_acme_billing", organizationId: acme, name: "Billing", slug: "acme-billing", authType: "collect_email", ticketType: "slack", createdAt: nil),
        Server(id: "srv_globex_main", organizationId: globex, name: "Globex", slug: "globex-main", authType: "none", ticketType: "linear", createdAt: t0),
    ]

    static let users = [
        User(id: "mcpu_alice", distinctId: "dist_alice", email: "alice@example.com", profileData: #"{"plan": "pro"}"#, firstSeenAt: t0 - 1000),
        User(id: "mcpu_alice2", distinctId: "dist_alice2", email: "alice@example.com", profileData: nil, firstSeenAt: nil),
        User(id: "mcpu_bob", distinctId: "dist_bob", email: "bob@example.com", profileData: nil, firstSeenAt: nil),
        User(id: "mcpu_carol", distinctId: nil, email: nil, profileData: nil, firstSeenAt: nil),
        User(id: "mcpu_echo", distinctId: "bob@example.com", email: "echo@example.com", profileData: nil, firstSeenAt: nil),
        User(id: "mcpu_shared", distinctId: "dist_shared", email: sharedEmail, profileData: nil, firstSeenAt: t0),
        User(id: "mcpu_tom", distinctId: "dist_tom", email: "tom@example.com", profileData: nil, firstSeenAt: nil),
        User(id: "mcpu_gina", distinctId: "dist_gina", email: "gina@globex.test", profileData: nil, firstSeenAt: nil),
        User(id: "mcpu_nobody", distinctId: "dist_nobody", email: "nobody@example.com", profileData: nil, firstSeenAt: nil),
    ]

    static let oauthUsers = [
        OAuthUser(id: "oauth_alice", name: "Alice Liddell", email: "alice@example.com", emailVerified: true, image: "https://img.test/alice.png"),
        OAuthUser(id: "oauth_shared", name: "Sam Shared", email: sharedEmail, emailVerified: false, image: nil),
    ]

    static let sessions = [
        Session(id: "sess_a1", title: nil, serverSlug: "acme-docs", date: "2026-01-01", timestamp: t0, userId: "mcpu_alice"),
        Session(id: "sess_a2", title: "Quarterly export", serverSlug: "acme-billing", date: "2026-01-01", timestamp: t0 + 3_600_000, userId: "mcpu_alice"),
        Session(id: "sess_a3", title: nil, serverSlug: "acme-docs", date: "2026-01-01", timestamp: t0 + 3_600_000, userId: "mcpu_alice"),
        Session(id: "sess_a4", title: nil, serverSlug: "acme-docs", date: "2025-12-31", timestamp: nil, userId: "mcpu_alice"),
        Session(id: "sess_a5", title: nil, serverSlug: "acme-docs", date: "2026-01-01", timestamp: t0 + 500, userId: "mcpu_alice2"),
        Session(id: "sess_b1", title: nil, serverSlug: "acme-docs", date: "2026-01-01", timestamp: t0 + 7_200_000, userId: "mcpu_bob"),
        Session(id: "sess_c1", title: nil, serverSlug: "acme-billing", date: "2026-01-01", timestamp: t0 + 3_600_000, userId: "mcpu_carol"),
        Session(id: "sess_e1", title: nil, serverSlug: "acme-docs", date: "2026-01-01", timestamp: t0 + 1000, userId: "mcpu_echo"),
        Session(id: "sess_s1", title: nil, serverSlug: "acme-docs", date: "2026-01-01", timestamp: t0 + 100_000, userId: "mcpu_shared"),
        Session(id: "sess_anon", title: nil, serverSlug: "acme-docs", date: "2026-01-01", timestamp: t0 + 50, userId: nil),
        Session(id: "sess_s2", title: "Globex work", serverSlug: "globex-main", date: "2026-01-02", timestamp: t0 + 9_000_000, userId: "mcpu_shared"),
        Session(id: "sess_g1", title: nil, serverSlug: "globex-main", date: "2026-01-01", timestamp: t0 + 200, userId: "mcpu_gina"),
    ]

    /// MCP CallToolResult JSON, written in PostgreSQL's `jsonb` text form so both backends
    /// hand back the very same text.
    static func result(_ text: String, isError: Bool) -> String {
        #"{"content": [{"text": "\#(text)", "type": "text"}], "isError": \#(isError)}"#
    }

    static let docs = "srv_acme_docs"

    static let toolCalls: [ToolCall] = sessionToolCalls + busySessionToolCalls

    static let sessionToolCalls: [ToolCall] = [
        call("tc_a1_1", at: 10, "sess_a1", "mcpu_alice", "search_docs", input: #"{"query": "setup"}"#, output: result("3 results", isError: false)),
        call("tc_a1_2", at: 20, "sess_a1", "mcpu_alice", "read_page", input: #"{"page": 7}"#, output: result("not found", isError: true)),
        call("tc_a1_3", at: 20, "sess_a1", "mcpu_alice", "read_page", input: nil, output: #"{"isError": "true"}"#),
        call("tc_a1_4", at: nil, "sess_a1", "mcpu_alice", "ping", input: "[]", output: "[1, 2]"),
        call("tc_a1_5", at: 30, "sess_a1", "mcpu_alice", "ping", input: "null", output: nil),
        call("tc_a1_6", at: 40, "sess_a1", "mcpu_alice", "echo", input: nil, output: #""plain text""#),
        call("tc_s1_1", at: 100_500, "sess_s1", "mcpu_shared", "search_docs", input: nil, output: result("timeout", isError: true)),
        call("tc_s2_1", at: 9_000_100, "sess_s2", "mcpu_shared", "deploy", server: "srv_globex_main", input: nil, output: result("denied", isError: true)),
        call("tc_s2_2", at: 9_000_100, "sess_s2", "mcpu_shared", "deploy", server: "srv_globex_main", input: nil, output: result("denied", isError: true)),
        call("tc_g1_1", at: 300, "sess_g1", "mcpu_gina", "status", server: "srv_globex_main", input: nil, output: result("ok", isError: false)),
    ]

    /// A tool call `offset` milliseconds after `t0` (nil: no time).
    static func call(
        _ id: String, at offset: Int64?, _ sessionId: String, _ userId: String, _ toolName: String,
        server: String = docs, input: String?, output: String?
    ) -> ToolCall {
        ToolCall(
            id: id, createdAt: offset.map { t0 + $0 }, serverId: server, toolName: toolName, userId: userId,
            sessionId: sessionId, input: input, output: output)
    }

    /// `sess_b1`: 23 tool calls and 4 tickets on few distinct times, for paging through ties.
    static let busySessionToolCalls: [ToolCall] = (0..<23).map { (index: Int) -> ToolCall in
        let suffix: String = index < 10 ? "0\(index)" : "\(index)"
        let offset: Int64 = 7_200_000 + Int64(index / 4) * 1000
        return call(
            "tc_b1_\(suffix)", at: offset, "sess_b1", "mcpu_bob", "step",
            input: "{\"step\": \(index)}", output: result("step \(index)", isError: index % 5 == 0))
    }

    static let tickets: [Ticket] = sessionTickets + busySessionTickets

    static let sessionTickets: [Ticket] = [
        Ticket(id: "sr_a1_1", createdAt: t0 + 20, title: "Page 7 missing", status: "pending", method: "dashboard", resolvedAt: nil, email: "alice@example.com", organizationId: acme, serverId: docs, sessionId: "sess_a1", priority: "high"),
        Ticket(id: "sr_a1_2", createdAt: t0 + 35, title: "Thanks", status: "resolved", method: "slack", resolvedAt: t0 + 90_000, email: "alice@example.com", organizationId: acme, serverId: docs, sessionId: "sess_a1", priority: "low"),
        Ticket(id: "sr_s1_1", createdAt: t0 + 100_600, title: "Search times out", status: "in_progress", method: "dashboard", resolvedAt: nil, email: sharedEmail, organizationId: acme, serverId: docs, sessionId: "sess_s1", priority: "medium"),
        Ticket(id: "sr_acme_out", createdAt: t0 + 150_000, title: "Invoice question", status: "needs_email", method: "dashboard", resolvedAt: nil, email: sharedEmail, organizationId: acme, serverId: nil, sessionId: nil, priority: "critical"),
        Ticket(id: "sr_tom", createdAt: t0 + 60_000, title: "Cannot connect", status: "closed", method: "none", resolvedAt: nil, email: "tom@example.com", organizationId: acme, serverId: nil, sessionId: nil, priority: "medium"),
        Ticket(id: "sr_s2_1", createdAt: t0 + 9_000_200, title: "Deploy denied", status: "pending", method: "linear", resolvedAt: nil, email: sharedEmail, organizationId: globex, serverId: "srv_globex_main", sessionId: "sess_s2", priority: "high"),
        Ticket(id: "sr_gx_out", createdAt: t0 + 9_500_000, title: "Globex billing", status: "pending", method: "linear", resolvedAt: nil, email: sharedEmail, organizationId: globex, serverId: nil, sessionId: nil, priority: "low"),
        // Inconsistent on purpose: Acme's id on a Globex session. Neither organization sees it.
        Ticket(id: "sr_mismatch", createdAt: t0 + 9_600_000, title: "Crossed wires", status: "pending", method: "dashboard", resolvedAt: nil, email: sharedEmail, organizationId: acme, serverId: nil, sessionId: "sess_s2", priority: "medium"),
    ]

    static let busySessionTickets: [Ticket] = (0..<4).map { (index: Int) -> Ticket in
        let createdAt: Int64 = t0 + 7_200_000 + Int64(index * 2) * 1000
        return Ticket(
            id: "sr_b1_\(index)", createdAt: createdAt, title: "Step \(index * 2) question",
            status: "pending", method: "dashboard", resolvedAt: nil, email: "bob@example.com", organizationId: acme,
            serverId: docs, sessionId: "sess_b1", priority: "medium")
    }

    /// Writes the fixture with one statement per row, every value bound.
    static func insert(into database: any SQLDatabase) async throws {
        let d = database.dialect
        for o in organizations {
            try await database.execute(SQLStatement(
                "INSERT INTO organization (id, name, slug, created_at) VALUES ($1, $2, $3, \(cast("$4", "timestamp", d)))",
                [.text(o.id), .text(o.name), .text(o.slug), .text(o.createdAt)]))
        }
        for s in servers {
            try await database.execute(SQLStatement(
                """
                INSERT INTO mcp_servers (id, organization_id, name, product_platform_or_tool, slug, created_at, auth_type, support_ticket_type)
                VALUES ($1, $2, $3, 'docs', $4, $5, \(cast("$6", "mcp_server_auth_type", d)), \(cast("$7", "support_request_method", d)))
                """,
                [.text(s.id), .text(s.organizationId), .text(s.name), .text(s.slug), value(s.createdAt), .text(s.authType), .text(s.ticketType)]))
        }
        for u in users {
            try await insert(u, into: database)
        }
        for o in oauthUsers {
            try await database.execute(SQLStatement(
                "INSERT INTO mcp_oauth_user (id, name, email, email_verified, image) VALUES ($1, $2, $3, $4, $5)",
                [.text(o.id), .text(o.name), .text(o.email), o.emailVerified.map(SQLValue.bool) ?? .null, value(o.image)]))
        }
        for s in sessions {
            try await insert(s, into: database)
        }
        for t in toolCalls {
            try await insert(t, into: database)
        }
        for t in tickets {
            try await insert(t, into: database)
        }
    }

    static func insert(_ u: User, into database: any SQLDatabase) async throws {
        try await database.execute(SQLStatement(
            "INSERT INTO mcp_server_user (id, distinct_id, email, profile_data, first_seen_at) VALUES ($1, $2, $3, $4, $5)",
            [.text(u.id), value(u.distinctId), value(u.email), json(u.profileData), value(u.firstSeenAt)]))
    }

    static func insert(_ s: Session, into database: any SQLDatabase) async throws {
        try await database.execute(SQLStatement(
            """
            INSERT INTO mcp_server_session (mcp_server_session_id, title, mcp_server_slug, connection_date, connection_timestamp, mcp_server_user_id)
            VALUES ($1, $2, $3, \(cast("$4", "date", database.dialect)), $5, $6)
            """,
            [.text(s.id), value(s.title), .text(s.serverSlug), .text(s.date), value(s.timestamp), value(s.userId)]))
    }

    static func insert(_ t: ToolCall, into database: any SQLDatabase) async throws {
        try await database.execute(SQLStatement(
            """
            INSERT INTO mcp_tool_calls (id, created_at, mcp_server_id, tool_name, mcp_server_user_id, mcp_server_session_id, input, output)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """,
            [.text(t.id), value(t.createdAt), .text(t.serverId), .text(t.toolName), value(t.userId), .text(t.sessionId), json(t.input), json(t.output)]))
    }

    static func insert(_ t: Ticket, into database: any SQLDatabase) async throws {
        let d = database.dialect
        try await database.execute(SQLStatement(
            """
            INSERT INTO support_requests (id, created_at, title, concise_summary, context, status, support_request_method,
                resolved_at, email, organization_id, mcp_server_id, mcp_server_session_id, priority)
            VALUES ($1, $2, $3, $4, $5, \(cast("$6", "support_request_status", d)), \(cast("$7", "support_request_method", d)),
                $8, $9, $10, $11, $12, \(cast("$13", "support_ticket_priority", d)))
            """,
            [.text(t.id), value(t.createdAt), value(t.title), .text("Summary of \(t.id)"), .text("Context of \(t.id)"),
             .text(t.status), .text(t.method), value(t.resolvedAt), .text(t.email), .text(t.organizationId),
             value(t.serverId), value(t.sessionId), .text(t.priority)]))
    }

    static func cast(_ placeholder: String, _ type: String, _ dialect: SQLDialect) -> String {
        dialect == .postgres ? "CAST(\(placeholder) AS \(type))" : placeholder
    }

    static func value(_ text: String?) -> SQLValue { text.map(SQLValue.text) ?? .null }
    static func value(_ number: Int64?) -> SQLValue { number.map(SQLValue.int) ?? .null }
    static func json(_ text: String?) -> SQLValue { text.map(SQLValue.json) ?? .null }
}
