/// End users as one organization sees them.
extension SessionStore {
    /// Users by id, keyed by id; users without activity in the organization are absent.
    public func users(organizationId: String, ids: Set<String>) async throws -> [String: UserRecord] {
        guard !ids.isEmpty else { return [:] }
        let keys = ids.sorted()
        let read: SQLFragment = """
            WITH \(dialect.organizationUsers(organization: "\(organizationId)", restrictUsers: { "\(raw: $0) \(dialect.isMember(of: keys))" }))
            SELECT \(raw: dialect.userColumns("u", oauth: "o", lastActive: "ou.last_active_at"))
            FROM org_users ou JOIN mcp_server_user u ON u.id = ou.user_id
            LEFT JOIN mcp_oauth_user o ON o.email = u.email
            """
        let users = try await database.query(read).map(UserRecord.init(row:))
        return Dictionary(users.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Users by identifier — an id, a tracking id (`distinct_id`) or an email, matched
    /// exactly — keyed by the identifier as given.
    ///
    /// When an identifier matches several users, an id match wins over a tracking-id match,
    /// which wins over an email match; among users sharing an email, the most recently
    /// active in the organization wins (then the smallest id).
    public func users(organizationId: String, identifiers: Set<String>) async throws -> [String: UserRecord] {
        guard !identifiers.isEmpty else { return [:] }
        let read: SQLFragment = """
            WITH keys AS (\(dialect.keyTable(identifiers.sorted()))),
            matches AS (
                SELECT k.k AS identifier, u.id AS user_id, 0 AS match_rank FROM keys k JOIN mcp_server_user u ON u.id = k.k
                UNION ALL
                SELECT k.k, u.id, 1 FROM keys k JOIN mcp_server_user u ON u.distinct_id = k.k
                UNION ALL
                SELECT k.k, u.id, 2 FROM keys k JOIN mcp_server_user u ON u.email = k.k
            ),
            \(dialect.organizationUsers(organization: "\(organizationId)", restrictUsers: { "\(raw: $0) IN (SELECT user_id FROM matches)" })),
            ranked AS (
                SELECT m.identifier AS identifier, m.user_id AS user_id, ou.last_active_at AS last_active_at,
                       row_number() OVER (
                           PARTITION BY m.identifier
                           ORDER BY m.match_rank, \(raw: dialect.sortTime("ou.last_active_at")) DESC, \(raw: dialect.binary("m.user_id"))
                       ) AS rn
                FROM matches m JOIN org_users ou ON ou.user_id = m.user_id
            )
            SELECT r.identifier AS identifier, \(raw: dialect.userColumns("u", oauth: "o", lastActive: "r.last_active_at"))
            FROM ranked r JOIN mcp_server_user u ON u.id = r.user_id
            LEFT JOIN mcp_oauth_user o ON o.email = u.email
            WHERE r.rn = 1
            """
        var users: [String: UserRecord] = [:]
        for row in try await database.query(read) {
            users[try row.string("identifier")] = try UserRecord(row: row)
        }
        return users
    }

    /// One page of the organization's users, most recently active first (ties by id,
    /// descending), optionally only those whose id, tracking id, email or OAuth name
    /// contains `search`, ignoring case.
    ///
    /// The order is the rollup's (`UserActivity`): the page is a range of its index, so it
    /// costs what it shows, however many users the organization has. A search reads the
    /// users it matches from the rollup's trigram index on PostgreSQL when few match, or
    /// walks the same index and stops at the page's last match (see `SQLDialect.userSearch`).
    ///
    /// The paging key does not move while a client pages: cursors carry the rollup's
    /// high-water mark at the first page (`Cursor.snapshot`), and later pages order every
    /// user by their activity up to that mark. Only users active since then (few, and
    /// found by the same index) have that recomputed from live rows; users new since then
    /// are left out until the client starts again from the first page.
    ///
    /// `range` takes a page from the start or, with `last`/`before`, from the end of the
    /// part it bounds, read the other way along the same index.
    public func users(organizationId: String, search: String?, range: PageRange) async throws -> Page<UserRecord> {
        let dialect = self.dialect
        let organization: SQLFragment = "\(organizationId)"
        var conditions: [SQLFragment] = []
        if let after = range.after {
            conditions.append("(a.last_active_at, \(raw: dialect.binary("a.user_id"))) < (\(after.time), \(after.id))")
        }
        if let before = range.before {
            conditions.append("(a.last_active_at, \(raw: dialect.binary("a.user_id"))) > (\(before.time), \(before.id))")
        }
        if let search, !search.isEmpty {
            conditions.append(dialect.userSearch(search.lowercased()))
        }
        let direction = range.fromEnd ? "ASC" : "DESC"
        /// `ORDER BY` and `LIMIT` of a page whose sort key is `(time, id)`.
        func order(time: String, id: String) -> SQLFragment {
            "ORDER BY \(raw: time) \(raw: direction), \(raw: dialect.binary(id)) \(raw: direction) LIMIT \(max(range.size, 0) + 1)"
        }
        let lastActive = "nullif(a.last_active_at, \(SQLDialect.missingTimeLiteral))"
        /// One page read from `source`, a relation `a(user_id, last_active_at, search_text)`.
        func page(_ source: SQLFragment, where extra: [SQLFragment], snapshot: SQLFragment) -> SQLFragment {
            """
            SELECT \(raw: dialect.userColumns("u", oauth: "o", lastActive: lastActive)), \(snapshot) AS snapshot,
                   a.last_active_at AS sort_time, a.user_id AS sort_id
            FROM \(source) JOIN mcp_server_user u ON u.id = a.user_id
            LEFT JOIN mcp_oauth_user o ON o.email = u.email
            WHERE \((extra + conditions).joined(separator: " AND "))
            \(order(time: "a.last_active_at", id: "a.user_id"))
            """
        }
        let read: SQLFragment
        let snapshot = range.after?.snapshot ?? range.before?.snapshot
        if let mark = snapshot {
            // Users unmoved since the snapshot page over the rollup's index as it is; the few
            // who acted since are keyed by their activity up to the snapshot, from live rows.
            let moved: SQLFragment = """
                (SELECT ou.user_id AS user_id, \(raw: dialect.sortTime("ou.last_active_at")) AS last_active_at,
                        m.search_text AS search_text
                 FROM org_users ou JOIN sessionql_user_activity m
                   ON m.organization_id = \(organization) AND m.user_id = ou.user_id) a
                """
            read = """
                WITH moved AS (
                    SELECT mv.user_id AS user_id FROM sessionql_user_activity mv
                    WHERE mv.organization_id = \(organization) AND mv.last_active_at > \(mark)
                ),
                \(dialect.organizationUsers(organization: organization, restrictUsers: { "\(raw: $0) IN (SELECT user_id FROM moved)" }, asOf: mark))
                SELECT * FROM (
                    SELECT * FROM (\(page("sessionql_user_activity a", where: ["a.organization_id = \(organization)", "a.last_active_at <= \(mark)"], snapshot: "\(mark)"))) unmoved
                    UNION ALL
                    SELECT * FROM (\(page(moved, where: [], snapshot: "\(mark)"))) acted
                ) a
                \(order(time: "a.sort_time", id: "a.sort_id"))
                """
        } else {
            read = page(
                "sessionql_user_activity a", where: ["a.organization_id = \(organization)"],
                snapshot: "(SELECT st.high_water_mark FROM sessionql_user_activity_state st WHERE st.id = 1)")
        }
        let rows = try await database.query(read)
        let mark = try snapshot ?? rows.first?.optionalInt("snapshot")
        let users = try rows.map(UserRecord.init(row:))
        return Page(read: users, range: range) { Cursor(list: .users, time: $0.lastActiveAt, id: $0.id, snapshot: mark) }
    }

    /// The first `first` users after `after`: `users(…, range:)` from the start.
    public func users(organizationId: String, search: String?, first: Int, after: Cursor?) async throws -> Page<UserRecord> {
        try await users(organizationId: organizationId, search: search, range: .first(first, after: after))
    }
}
