/// SQL fragments that confine a read to one organization. Every read goes through them,
/// so the tenancy rule of the spec is written once:
/// - a session is the organization's when its server (by slug) is;
/// - a tool call, when its session is;
/// - a ticket, when it carries the organization's id and its session (if any) is;
/// - a user, when they have a session on the organization's servers. End users are shared
///   by all organizations, so a user known to this one only by the email of a ticket is
///   not shown: their record (tracking id, profile, first-seen time) may come from
///   another organization's servers. A visible user's tickets by email still count as
///   their activity.
///
/// `organization` is the organization id as a fragment: usually the id bound
/// (`"\(organizationId)"`), or a column when one statement covers every organization.
extension SQLDialect {
    /// The organization's sessions as a `FROM` item: `mcp_server_session` as `alias`, joined
    /// to its server as `server`, on the organization's servers only. The organization's
    /// condition sits in the join, so the item reads the same in any `FROM` list and
    /// leaves `WHERE` to the read:
    ///
    ///     "SELECT … FROM \(dialect.organizationSessions(organization: organization)) WHERE s.mcp_server_user_id = …"
    func organizationSessions(_ alias: String = "s", server: String = "v", organization: SQLFragment) -> SQLFragment {
        """
        mcp_server_session \(raw: alias) JOIN mcp_servers \(raw: server) ON \(raw: server).slug = \(raw: alias).mcp_server_slug \
        AND \(raw: server).organization_id = \(organization)
        """
    }

    /// `WITH` entries (no `WITH` keyword) defining `org_sessions(session_id, user_id,
    /// connection_timestamp)` and `org_users(user_id, last_active_at)`: the given users of
    /// the organization with the time of their latest session connection or item in it.
    ///
    /// `restrictUsers` turns a user-id column into a predicate limiting the users
    /// considered (the keys of a batch). Each figure is one index probe (a session's latest
    /// tool call and ticket, an email's latest visible ticket), so a user costs what they
    /// have sessions, not items.
    ///
    /// `asOf`, when given, counts only activity at or before that time, and leaves out
    /// users with no activity by then.
    func organizationUsers(
        organization: SQLFragment, restrictUsers: (String) -> SQLFragment, asOf: Int64? = nil
    ) -> SQLFragment {
        let bound: SQLFragment = asOf.map { " AND \(raw: sortTime("lr.created_at")) <= \($0)" } ?? .empty
        let asOfFilter: SQLFragment = asOf.map { " WHERE t <= \($0)" } ?? .empty
        return """
            org_sessions AS (
                SELECT s.mcp_server_session_id AS session_id, s.mcp_server_user_id AS user_id,
                       s.connection_timestamp AS connection_timestamp
                FROM \(organizationSessions(organization: organization))
                WHERE s.mcp_server_user_id IS NOT NULL
                  AND \(restrictUsers("s.mcp_server_user_id"))
            ),
            user_activity AS (
                SELECT os.user_id AS user_id, os.connection_timestamp AS t FROM org_sessions os
                UNION ALL
                SELECT os.user_id, \(latestToolCallTime(session: "os.session_id", atMost: asOf))
                FROM org_sessions os
                UNION ALL
                SELECT os.user_id, \(latestTicketTime(session: "os.session_id", organization: organization, atMost: asOf))
                FROM org_sessions os
                UNION ALL
                SELECT u.id, (
                    SELECT lr.created_at FROM support_requests lr
                    WHERE lr.organization_id = \(organization) AND lr.email = u.email\(bound)
                      AND \(ticketSessionVisible("lr", organization: organization))
                    ORDER BY \(raw: sortTime("lr.created_at")) DESC, \(raw: binary("lr.id")) DESC LIMIT 1)
                FROM mcp_server_user u
                WHERE \(restrictUsers("u.id")) AND u.id IN (SELECT user_id FROM org_sessions)
            ),
            org_users AS (
                SELECT user_id, max(t) AS last_active_at FROM user_activity\(asOfFilter) GROUP BY user_id
            )
            """
    }

    /// A ticket `r` of the organization is visible when it was opened outside any session
    /// or in a session on the organization's servers.
    func ticketSessionVisible(_ r: String, organization: SQLFragment) -> SQLFragment {
        """
        (\(raw: r).mcp_server_session_id IS NULL OR EXISTS (
            SELECT 1 FROM \(organizationSessions("vs", server: "vv", organization: organization))
            WHERE vs.mcp_server_session_id = \(raw: r).mcp_server_session_id))
        """
    }

    /// The ids (`session_id`) of the sessions among `keys` that are the organization's.
    func organizationSessionIds(organization: SQLFragment, keys: [String]) -> SQLFragment {
        """
        SELECT s.mcp_server_session_id AS session_id
        FROM \(organizationSessions(organization: organization))
        WHERE s.mcp_server_session_id \(isMember(of: keys))
        """
    }
}
