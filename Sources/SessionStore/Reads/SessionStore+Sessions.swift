/// Sessions on the organization's servers, and the one write SessionQL owns: their titles.
extension SessionStore {
    /// Sessions by id, keyed by id; sessions on other organizations' servers are absent.
    public func sessions(organizationId: String, ids: Set<String>) async throws -> [String: SessionRecord] {
        guard !ids.isEmpty else { return [:] }
        let read: SQLFragment = """
            SELECT \(raw: dialect.sessionColumns("s", server: "v"))
            FROM \(dialect.organizationSessions(organization: "\(organizationId)"))
            WHERE s.mcp_server_session_id \(dialect.isMember(of: ids.sorted()))
            """
        let sessions = try await database.query(read).map(SessionRecord.init(row:))
        return Dictionary(sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// For each user, the page `range` of their sessions on the organization's servers that
    /// `filter` lets through, most recent first (connection time, then id, both
    /// descending). Every requested user gets a page, empty when they have no session on
    /// the organization's servers (whether unknown or another organization's user alike).
    public func sessions(
        organizationId: String, userIds: Set<String>, range: PageRange, filter: SessionFilter = .none
    ) async throws -> [String: Page<SessionRecord>] {
        guard !userIds.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        let dialect = self.dialect
        let window = KeysetWindow(range, descending: true, dialect: dialect)
        let page = dialect.perParent(
            parents: "(\(dialect.keyTable(userIds.sorted()))) k", table: "mcp_server_session", alias: "s",
            primaryKey: "mcp_server_session_id",
            condition: { s in
                """
                \(raw: s).mcp_server_user_id = k.k\(window.bounds(time: "\(s).connection_timestamp", id: "\(s).mcp_server_session_id"))
                AND EXISTS (SELECT 1 FROM mcp_servers ov WHERE ov.slug = \(raw: s).mcp_server_slug AND ov.organization_id = \(organization))\
                \(dialect.sessionConditions(s, filter, organization: organization))
                """
            },
            order: { window.order(time: "\($0).connection_timestamp", id: "\($0).mcp_server_session_id") },
            limit: window.limit)
        let read: SQLFragment = """
            SELECT \(raw: dialect.sessionColumns("s", server: "v"))
            FROM \(page.from) JOIN mcp_servers v ON v.slug = s.mcp_server_slug
            WHERE \(page.where)
            ORDER BY s.mcp_server_user_id, \(raw: window.order(time: "s.connection_timestamp", id: "s.mcp_server_session_id"))
            """
        let sessions = try await database.query(read).map(SessionRecord.init(row:))
        return Page.byParent(sessions, parents: userIds, parent: { $0.userId ?? "" }, range: range) {
            Cursor(list: .sessions, time: $0.connectionTimestamp, id: $0.id)
        }
    }

    /// The first `first` sessions of each user after `after`: `sessions(…, range:)` from the start.
    public func sessions(
        organizationId: String, userIds: Set<String>, first: Int, after: Cursor?
    ) async throws -> [String: Page<SessionRecord>] {
        try await sessions(organizationId: organizationId, userIds: userIds, range: .first(first, after: after))
    }

    /// The page `range` of all the organization's sessions that `filter` lets through,
    /// anonymous ones too, most recent first. Each of the organization's servers gives at
    /// most a page from its own index range; the pages are merged and cut, so the read
    /// costs the page times the servers, whatever the organization holds.
    public func organizationSessions(
        organizationId: String, range: PageRange, filter: SessionFilter = .none
    ) async throws -> Page<SessionRecord> {
        let organization: SQLFragment = "\(organizationId)"
        let dialect = self.dialect
        let window = KeysetWindow(range, descending: true, dialect: dialect)
        // The server condition picks the parents (one index range each), not the rows.
        var rowFilter = filter
        rowFilter.serverIds = nil
        let servers: SQLFragment = filter.serverIds.map { " AND sv.id \(dialect.isMember(of: $0))" } ?? .empty
        let page = dialect.perParent(
            parents: "(SELECT * FROM mcp_servers sv WHERE sv.organization_id = \(organization)\(servers)) v",
            table: "mcp_server_session", alias: "s", primaryKey: "mcp_server_session_id",
            condition: { s in
                "\(raw: s).mcp_server_slug = v.slug"
                    + window.bounds(time: "\(s).connection_timestamp", id: "\(s).mcp_server_session_id")
                    + dialect.sessionConditions(s, rowFilter, organization: organization)
            },
            order: { window.order(time: "\($0).connection_timestamp", id: "\($0).mcp_server_session_id") },
            limit: window.limit)
        let read: SQLFragment = """
            SELECT \(raw: dialect.sessionColumns("s", server: "v"))
            FROM \(page.from)
            WHERE \(page.where)
            ORDER BY \(raw: window.order(time: "s.connection_timestamp", id: "s.mcp_server_session_id"))
            LIMIT \(window.limit)
            """
        let sessions = try await database.query(read).map(SessionRecord.init(row:))
        return Page(read: sessions, range: range) { Cursor(list: .organizationSessions, time: $0.connectionTimestamp, id: $0.id) }
    }

    /// Sets (or, for nil or a blank string, clears) the title of a session on the
    /// organization's servers. Returns the updated session, or nil when the session is
    /// unknown or another organization's. On PostgreSQL the same statement notifies
    /// `ActivityChannel` of the change, so every SessionQL process on the database tells its
    /// subscribers once it commits.
    public func setSessionTitle(organizationId: String, sessionId: String, title: String?) async throws -> SessionRecord? {
        let stored = title.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        let notify: SQLFragment = dialect == .postgres
            ? ", (SELECT 0 FROM pg_notify(\(ActivityChannel.name), \(ActivityChannel.sessionPrefix) || mcp_server_session_id)) AS notified"
            : .empty
        let write: SQLFragment = """
            UPDATE mcp_server_session SET title = \(stored)
            WHERE mcp_server_session_id IN (
                SELECT s.mcp_server_session_id FROM \(dialect.organizationSessions(organization: "\(organizationId)"))
                WHERE s.mcp_server_session_id = \(sessionId))
            RETURNING mcp_server_session_id AS id, title AS title, mcp_server_slug AS server_slug,
                      (SELECT v.id FROM mcp_servers v WHERE v.slug = mcp_server_session.mcp_server_slug) AS server_id,
                      \(raw: dialect.dateText("connection_date")) AS connection_date,
                      connection_timestamp AS connection_timestamp, mcp_server_user_id AS user_id\(notify)
            """
        return try await database.query(write).first.map(SessionRecord.init(row:))
    }
}
