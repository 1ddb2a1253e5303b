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
/// so that a search filters the rollup (through its trigram index on PostgreSQL, see
/// `SQLDialect.userSearch`) instead of visiting every user; the match itself is always
/// checked on the live rows, so a search never returns a user who does not match.
///
/// Beside it, `sessionql_user_activity_totals` holds how many rows each organization has
/// in the rollup: the users list's total without a search. Every write keeps the two equal
/// at each commit: `rebuild()` counts the rows again in its transaction; `fold()` adds rows
/// only through one insert that returns exactly the rows it added, and raises the totals
/// by as many in its transaction. Rows leave the rollup only in `rebuild()`.
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

    /// Recomputes every row, and every organization's total, in one transaction; readers
    /// see the old rows until it commits.
    ///
    /// Six statements (seven on PostgreSQL, which first lifts the statement timeout): the
    /// newest time, the rollup's rows deleted and written again, the totals deleted and
    /// counted again from the rows just written, and the high-water mark.
    public func rebuild() async throws {
        let dialect = database.dialect
        try await database.transaction { db in
            if dialect == .postgres {
                // A full rebuild of a large database outlasts the per-statement timeout.
                try await db.execute("SET LOCAL statement_timeout = 0")
            }
            let mark = try await UserActivity.newestTime(db)
            try await db.execute("DELETE FROM sessionql_user_activity")
            try await db.execute(UserActivity.upsert(dialect: dialect))
            try await db.execute("DELETE FROM sessionql_user_activity_totals")
            try await db.execute(UserActivity.recount)
            try await UserActivity.setMark(mark, in: db)
        }
    }

    /// Folds in the rows stamped since the high-water mark (less `overlap`); returns how
    /// many (organization, user) rows it wrote (unchanged rows are not rewritten). Without
    /// a mark (never rebuilt), it rebuilds.
    ///
    /// One transaction of five statements, six when it adds users: the mark, the newest
    /// time, the touched users already in the rollup rewritten where their row changed,
    /// the touched users not yet in it inserted, the totals of the organizations that
    /// gained users raised by as many, and the mark moved. Each touched user's activity is
    /// computed once, by the statement that writes their row.
    ///
    /// Rows enter the rollup only through that insert (or `rebuild()`, which counts them
    /// all again), and the insert returns exactly the rows it added: one that another
    /// process's fold adds first is skipped (`ON CONFLICT DO NOTHING`) and counted by that
    /// fold alone, so concurrent folds never count a user twice.
    @discardableResult
    public func fold() async throws -> Int {
        let dialect = database.dialect
        let overlap = self.overlap
        let folded: Int? = try await database.transaction { db in
            guard let row = try await db.queryFirst("SELECT high_water_mark FROM sessionql_user_activity_state WHERE id = 1")
            else { return nil }
            let since = try row.int("high_water_mark") &- overlap
            let mark = try await UserActivity.newestTime(db)
            let updated = try await db.query(
                UserActivity.update(dialect: dialect, pairs: UserActivity.touchedPairs(since: since, inRollup: true)))
            let inserted = try await db.query(
                UserActivity.insert(dialect: dialect, pairs: UserActivity.touchedPairs(since: since, inRollup: false)))
            var added: [String: Int] = [:]
            for row in inserted { added[try row.string("organization_id"), default: 0] += 1 }
            if let raise = UserActivity.raiseTotals(by: added) { try await db.execute(raise) }
            try await UserActivity.setMark(max(mark, since &+ overlap), in: db)
            return updated.count + inserted.count
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
    /// and every user with the email of a new ticket; of those, the pairs that have a row
    /// in the rollup (`inRollup`) or those that have none.
    static func touchedPairs(since: Int64, inRollup: Bool) -> SQLFragment {
        let touched: SQLFragment = """
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
        return """
            SELECT p.organization_id AS organization_id, p.user_id AS user_id FROM (\(touched)) p
            WHERE \(raw: inRollup ? "" : "NOT ")EXISTS (
                SELECT 1 FROM sessionql_user_activity x WHERE x.organization_id = p.organization_id AND x.user_id = p.user_id)
            """
    }

    /// Writes the last activity of every pair, replacing what the rollup held for them
    /// (rows it no longer has are `rebuild()`'s to delete first).
    static func upsert(dialect: SQLDialect) -> SQLFragment {
        let rows = rows(dialect: dialect, pairs: nil)
        return """
            \(rows.with)
            INSERT INTO sessionql_user_activity (organization_id, user_id, last_active_at, search_text)
            \(rows.select)
            ON CONFLICT (organization_id, user_id) DO UPDATE
            SET last_active_at = excluded.last_active_at, search_text = excluded.search_text
            WHERE sessionql_user_activity.last_active_at <> excluded.last_active_at
               OR sessionql_user_activity.search_text <> excluded.search_text
            """
    }

    /// Rewrites the rows of the pairs `pairs` selects whose last activity or searchable
    /// text changed, returning one row per row rewritten. It never adds a row.
    static func update(dialect: SQLDialect, pairs: SQLFragment) -> SQLFragment {
        let rows = rows(dialect: dialect, pairs: pairs)
        return """
            \(rows.with)
            UPDATE sessionql_user_activity AS m
            SET last_active_at = g.last_active_at, search_text = g.search_text
            FROM (\(rows.select)) g
            WHERE m.organization_id = g.organization_id AND m.user_id = g.user_id
              AND (m.last_active_at <> g.last_active_at OR m.search_text <> g.search_text)
            RETURNING 1 AS rewritten
            """
    }

    /// Adds the rows of the pairs `pairs` selects that the rollup does not hold, returning
    /// the organization of each row this statement added (none for a row another
    /// transaction added first).
    static func insert(dialect: SQLDialect, pairs: SQLFragment) -> SQLFragment {
        let rows = rows(dialect: dialect, pairs: pairs)
        return """
            \(rows.with)
            INSERT INTO sessionql_user_activity (organization_id, user_id, last_active_at, search_text)
            \(rows.select)
            ON CONFLICT (organization_id, user_id) DO NOTHING
            RETURNING organization_id
            """
    }

    /// Every organization's total counted again from the rollup's rows (after
    /// `DELETE FROM sessionql_user_activity_totals`, which drops organizations left
    /// without rows). A total another transaction wrote meanwhile is replaced.
    static let recount: SQLFragment = """
        INSERT INTO sessionql_user_activity_totals (organization_id, users)
        SELECT organization_id, count(*) FROM sessionql_user_activity WHERE TRUE GROUP BY organization_id
        ON CONFLICT (organization_id) DO UPDATE SET users = excluded.users
        """

    /// Raises each organization's total by the users a fold added to it (nil when it
    /// added none).
    static func raiseTotals(by added: [String: Int]) -> SQLFragment? {
        guard !added.isEmpty else { return nil }
        let values = added.sorted { $0.key < $1.key }.map { "(\($0.key), \($0.value))" as SQLFragment }
        return """
            INSERT INTO sessionql_user_activity_totals (organization_id, users) VALUES \(values.joined(separator: ", "))
            ON CONFLICT (organization_id) DO UPDATE SET users = sessionql_user_activity_totals.users + excluded.users
            """
    }

    /// The rollup's rows, as they should be, of the pairs `pairs` selects (every pair,
    /// when nil): a `WITH` clause, and a `SELECT` of `organization_id`, `user_id`,
    /// `last_active_at` and `search_text` over it.
    static func rows(dialect: SQLDialect, pairs: SQLFragment?) -> (with: SQLFragment, select: SQLFragment) {
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
        let with: SQLFragment = """
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
            """
        // `WHERE TRUE`: SQLite needs a `WHERE` before an upsert clause to parse it.
        let select: SQLFragment = """
            SELECT g.organization_id AS organization_id, g.user_id AS user_id, g.last_active_at AS last_active_at,
                   \(raw: dialect.searchText(user: "su", oauth: "so")) AS search_text
            FROM (
                SELECT organization_id, user_id, coalesce(max(t), \(raw: SQLDialect.missingTimeLiteral)) AS last_active_at
                FROM activity GROUP BY organization_id, user_id
            ) g
            JOIN mcp_server_user su ON su.id = g.user_id LEFT JOIN mcp_oauth_user so ON so.email = su.email
            WHERE TRUE
            """
        return (with, select)
    }
}
