import Foundation

/// The users-by-last-activity rollup, `sessionql_user_activity`: one row per organization
/// and user with a session on its servers, holding the time of the user's latest activity
/// there (as `SQLDialect.organizationUsers` defines it: session connections, tool calls
/// and tickets in those sessions, and the organization's visible tickets opened with the
/// user's email). The users list pages over its index instead of aggregating every user's
/// activity on each request.
///
/// SessionQL maintains it itself, never through triggers on MCPlatform's tables, so
/// MCPlatform's writes never wait for SessionQL:
/// - `rebuild()` recomputes it whole (`migrate` and `seed` run it);
/// - `fold()` recomputes only the (organization, user) pairs that rows stamped after the
///   high-water mark (less `overlap`) touch, and moves the mark; `UserActivityService`
///   runs it every few seconds beside the server.
///
/// It also keeps each user's searchable text (id, tracking id, email, OAuth name, lower-cased)
/// so that a search filters the index instead of visiting every user; the match itself is
/// always checked on the live rows, so a search never returns a user who does not match.
///
/// Lag: a new row shows in the users list's order within one fold interval. A row stamped
/// more than `overlap` before the newest row already folded (a late backfill), a row
/// without a time, deletions, and a changed email or name of a user who has not acted
/// since reach the rollup at the next `rebuild()` (`UserActivityService` runs one every
/// `rebuildInterval`, ten minutes by default).
public struct UserActivity: Sendable {
    public let database: any SQLDatabase
    /// How far before the high-water mark each fold looks again, for rows whose time was
    /// stamped a little before an already-folded newer row.
    public var overlap: Int64

    public init(database: any SQLDatabase, overlapMilliseconds: Int64 = 60_000) {
        self.database = database
        self.overlap = overlapMilliseconds
    }

    /// Recomputes every row in one transaction; readers see the old rows until it commits.
    public func rebuild() async throws {
        let dialect = database.dialect
        try await database.transaction { db in
            if dialect == .postgres {
                // A full rebuild of a large database outlasts the per-statement timeout.
                try await db.execute("SET LOCAL statement_timeout = 0")
            }
            let mark = try await UserActivity.newestTime(db)
            try await db.execute("DELETE FROM sessionql_user_activity")
            try await db.execute(UserActivity.upsert(dialect: dialect, pairs: nil))
            try await UserActivity.setMark(mark, in: db)
        }
    }

    /// Folds in the rows stamped since the high-water mark (less `overlap`); returns how
    /// many (organization, user) rows it wrote (unchanged rows are not rewritten). Without a mark (never rebuilt), it
    /// rebuilds.
    @discardableResult
    public func fold() async throws -> Int {
        let dialect = database.dialect
        let overlap = self.overlap
        let folded: Int? = try await database.transaction { db in
            guard let row = try await db.queryFirst("SELECT high_water_mark FROM sessionql_user_activity_state WHERE id = 1")
            else { return nil }
            let since = try row.int("high_water_mark") &- overlap
            let mark = try await UserActivity.newestTime(db)
            let pairs = UserActivity.touchedPairs(since: since)
            let rows = try await db.query(UserActivity.upsert(dialect: dialect, pairs: pairs) + " RETURNING user_id")
            try await UserActivity.setMark(max(mark, since &+ overlap), in: db)
            return rows.count
        }
        if let folded { return folded }
        try await rebuild()
        return 0
    }

    /// The newest time in the three tables the rollup reads (an index probe each).
    static func newestTime(_ db: any SQLDatabase) async throws -> Int64 {
        let row = try await db.queryFirst("""
            SELECT (SELECT max(connection_timestamp) FROM mcp_server_session) AS s,
                   (SELECT max(created_at) FROM mcp_tool_calls) AS t,
                   (SELECT max(created_at) FROM support_requests) AS r
            """)
        return [try row?.optionalInt("s"), try row?.optionalInt("t"), try row?.optionalInt("r")]
            .compactMap { $0 }.max() ?? Cursor.missingTime
    }

    static func setMark(_ mark: Int64, in db: any SQLDatabase) async throws {
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let write: SQLFragment = """
            INSERT INTO sessionql_user_activity_state (id, high_water_mark, updated_at) VALUES (1, \(mark), \(now))
            ON CONFLICT (id) DO UPDATE SET high_water_mark = excluded.high_water_mark, updated_at = excluded.updated_at
            """
        try await db.execute(write)
    }

    /// `(organization_id, user_id)` pairs whose last activity rows stamped after `since`
    /// may change: the session's user for a new session, tool call or ticket in a session,
    /// and every user with the email of a new ticket.
    static func touchedPairs(since: Int64) -> SQLFragment {
        """
        SELECT v.organization_id AS organization_id, s.mcp_server_user_id AS user_id
        FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
        WHERE s.connection_timestamp > \(since) AND s.mcp_server_user_id IS NOT NULL
        UNION
        SELECT v.organization_id, s.mcp_server_user_id
        FROM mcp_tool_calls tc
        JOIN mcp_server_session s ON s.mcp_server_session_id = tc.mcp_server_session_id
        JOIN mcp_servers v ON v.slug = s.mcp_server_slug
        WHERE tc.created_at > \(since) AND s.mcp_server_user_id IS NOT NULL
        UNION
        SELECT r.organization_id, s.mcp_server_user_id
        FROM support_requests r JOIN mcp_server_session s ON s.mcp_server_session_id = r.mcp_server_session_id
        WHERE r.created_at > \(since) AND s.mcp_server_user_id IS NOT NULL
        UNION
        SELECT r.organization_id, u.id
        FROM support_requests r JOIN mcp_server_user u ON u.email = r.email
        WHERE r.created_at > \(since)
        """
    }

    /// Writes the last activity of every pair `pairs` selects (every pair, when nil),
    /// replacing what the rollup held for them.
    static func upsert(dialect: SQLDialect, pairs: SQLFragment?) -> SQLFragment {
        // The organization's sessions of the users considered, each with its organization.
        let orgSessions: SQLFragment
        if let pairs {
            orgSessions = """
                touched AS (\(pairs)),
                org_sessions AS (
                    SELECT v.organization_id AS organization_id, s.mcp_server_session_id AS session_id,
                           s.mcp_server_user_id AS user_id, s.connection_timestamp AS connection_timestamp
                    FROM touched p
                    JOIN mcp_server_session s ON s.mcp_server_user_id = p.user_id
                    JOIN mcp_servers v ON v.slug = s.mcp_server_slug AND v.organization_id = p.organization_id
                )
                """
        } else {
            orgSessions = """
                org_sessions AS (
                    SELECT v.organization_id AS organization_id, s.mcp_server_session_id AS session_id,
                           s.mcp_server_user_id AS user_id, s.connection_timestamp AS connection_timestamp
                    FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
                    WHERE s.mcp_server_user_id IS NOT NULL
                )
                """
        }
        return """
            WITH \(orgSessions),
            org_users AS (
                SELECT DISTINCT organization_id, user_id FROM org_sessions
            ),
            activity AS (
                SELECT os.organization_id AS organization_id, os.user_id AS user_id, os.connection_timestamp AS t
                FROM org_sessions os
                UNION ALL
                SELECT os.organization_id, os.user_id, \(dialect.latestToolCallTime(session: "os.session_id"))
                FROM org_sessions os
                UNION ALL
                SELECT os.organization_id, os.user_id, r.created_at
                FROM org_sessions os JOIN support_requests r
                  ON r.mcp_server_session_id = os.session_id AND r.organization_id = os.organization_id
                UNION ALL
                SELECT ou.organization_id, ou.user_id, r.created_at
                FROM org_users ou JOIN mcp_server_user u ON u.id = ou.user_id
                JOIN support_requests r ON r.organization_id = ou.organization_id AND r.email = u.email
                WHERE \(dialect.ticketSessionVisible("r", organization: "ou.organization_id"))
            )
            INSERT INTO sessionql_user_activity (organization_id, user_id, last_active_at, search_text)
            SELECT g.organization_id, g.user_id, g.last_active_at, \(raw: dialect.searchText(user: "su", oauth: "so"))
            FROM (
                SELECT organization_id, user_id, coalesce(max(t), \(raw: SQLDialect.missingTimeLiteral)) AS last_active_at
                FROM activity GROUP BY organization_id, user_id
            ) g
            JOIN mcp_server_user su ON su.id = g.user_id LEFT JOIN mcp_oauth_user so ON so.email = su.email
            WHERE TRUE
            ON CONFLICT (organization_id, user_id) DO UPDATE
            SET last_active_at = excluded.last_active_at, search_text = excluded.search_text
            WHERE sessionql_user_activity.last_active_at <> excluded.last_active_at
               OR sessionql_user_activity.search_text <> excluded.search_text
            """
    }
}
