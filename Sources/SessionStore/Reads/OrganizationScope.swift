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
extension SQLDialect {
    /// `WITH` entries (no `WITH` keyword) defining `org_sessions(session_id, user_id,
    /// connection_timestamp)` and `org_users(user_id, last_active_at)`: the given users of
    /// the organization with the time of their latest session connection or item in it.
    ///
    /// `organization` is the placeholder of the organization id. `restrictUsers` turns a
    /// user-id column into a predicate limiting the users considered (the keys of a batch).
    /// Each figure is one index probe (a session's latest tool call and ticket, an email's
    /// latest visible ticket), so a user costs what they have sessions, not items.
    ///
    /// `asOf`, when given, counts only activity at or before that time (a placeholder), and
    /// leaves out users with no activity by then.
    func organizationUsers(organization: String, restrictUsers: (String) -> String, asOf: String? = nil) -> String {
        let bound = asOf.map { " AND \(sortTime("lr.created_at")) <= \($0)" } ?? ""
        let asOfFilter = asOf.map { " WHERE t <= \($0)" } ?? ""
        return """
            org_sessions AS (
                SELECT s.mcp_server_session_id AS session_id, s.mcp_server_user_id AS user_id,
                       s.connection_timestamp AS connection_timestamp
                FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
                WHERE v.organization_id = \(organization) AND s.mcp_server_user_id IS NOT NULL
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
                    ORDER BY \(sortTime("lr.created_at")) DESC, \(binary("lr.id")) DESC LIMIT 1)
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
    func ticketSessionVisible(_ r: String, organization: String) -> String {
        """
        (\(r).mcp_server_session_id IS NULL OR EXISTS (
            SELECT 1 FROM mcp_server_session vs JOIN mcp_servers vv ON vv.slug = vs.mcp_server_slug
            WHERE vs.mcp_server_session_id = \(r).mcp_server_session_id AND vv.organization_id = \(organization)))
        """
    }

    /// The ids (`session_id`) of the sessions among `keys` (an array placeholder) that are
    /// the organization's.
    func organizationSessionIds(organization: String, keys: String) -> String {
        """
        SELECT s.mcp_server_session_id AS session_id
        FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
        WHERE v.organization_id = \(organization) AND s.mcp_server_session_id \(isMember(of: keys))
        """
    }
}
