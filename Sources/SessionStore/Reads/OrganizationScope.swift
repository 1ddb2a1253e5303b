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
    /// connection_timestamp)` and `org_users(user_id, last_active_at)`: the organization's
    /// users with the time of their latest session connection or item in it.
    ///
    /// `organization` is the placeholder of the organization id. `restrictUsers`, when
    /// given, turns a user-id column into a predicate limiting the users considered
    /// (the keys of a batch), so a look-up does not aggregate the whole organization.
    ///
    /// `asOf`, when given, counts only activity at or before that time (a placeholder), and
    /// leaves out users with no activity by then.
    func organizationUsers(organization: String, restrictUsers: ((String) -> String)? = nil, asOf: String? = nil) -> String {
        let sessionUsers = restrictUsers.map { " AND \($0("s.mcp_server_user_id"))" } ?? ""
        let ticketEmails = restrictUsers.map {
            " AND r.email IN (SELECT cu.email FROM mcp_server_user cu WHERE \($0("cu.id")))"
        } ?? ""
        let ticketUsers = restrictUsers.map { " AND \($0("u.id"))" } ?? ""
        // Tickets are grouped by email before meeting `mcp_server_user`, whose `email` has
        // no index in MCPlatform's schema: one look-up per email, not one scan per ticket.
        // A session's latest tool call is one backward index probe; its tickets, far fewer,
        // are joined instead (a probe per session would also inflate PostgreSQL's cost
        // estimate past its JIT threshold, which costs more than the query itself).
        let asOfFilter = asOf.map { " WHERE t <= \($0)" } ?? ""
        return """
            org_sessions AS (
                SELECT s.mcp_server_session_id AS session_id, s.mcp_server_user_id AS user_id,
                       s.connection_timestamp AS connection_timestamp
                FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
                WHERE v.organization_id = \(organization) AND s.mcp_server_user_id IS NOT NULL\(sessionUsers)
            ),
            ticket_activity AS (
                SELECT r.email AS email, max(r.created_at) AS t
                FROM support_requests r
                WHERE r.organization_id = \(organization)\(ticketEmails)
                  AND \(ticketSessionVisible("r", organization: organization))
                GROUP BY r.email
            ),
            user_activity AS (
                SELECT os.user_id AS user_id, os.connection_timestamp AS t FROM org_sessions os
                UNION ALL
                SELECT os.user_id, \(latestToolCallTime(session: "os.session_id", atMost: asOf))
                FROM org_sessions os
                UNION ALL
                SELECT os.user_id, r.created_at
                FROM support_requests r JOIN org_sessions os ON os.session_id = r.mcp_server_session_id
                WHERE r.organization_id = \(organization)
                UNION ALL
                SELECT u.id, ta.t FROM ticket_activity ta JOIN mcp_server_user u ON u.email = ta.email
                WHERE u.id IN (SELECT user_id FROM org_sessions)\(ticketUsers)
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
}
