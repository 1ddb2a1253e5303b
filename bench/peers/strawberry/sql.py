"""The statements the loaders run, one per batch. $1 is always the organization id.

They are written against the indexes SessionQL's `migrate` creates on the database (keys
ordered by `coalesce(time, MIN)` then id in byte order), so both servers read the same index
ranges and the comparison is of the servers, not of their plans.
"""

# The sort key of a nullable epoch-millisecond column: NULL sorts as the smallest bigint.
MIN = "(-9223372036854775807 - 1)"


def sort_time(column: str) -> str:
    return f"coalesce({column}, {MIN})"


def is_error(output: str) -> str:
    """A tool call failed when its output is an object whose `isError` is JSON true."""
    return f"(jsonb_typeof({output}) = 'object' AND {output} -> 'isError' = 'true'::jsonb)"


def ticket_visible(r: str) -> str:
    """A ticket of the organization is visible outside any session or in one of its sessions."""
    return f"""({r}.mcp_server_session_id IS NULL OR EXISTS (
        SELECT 1 FROM mcp_server_session vs JOIN mcp_servers vv ON vv.slug = vs.mcp_server_slug
        WHERE vs.mcp_server_session_id = {r}.mcp_server_session_id AND vv.organization_id = $1))"""


ORGANIZATION = """
SELECT o.id, o.name, o.slug, o.logo, o.metadata,
       CAST(round(extract(epoch FROM o.created_at) * 1000) AS bigint) AS created_at
FROM organization o WHERE o.id = $1
"""

SERVER_COLUMNS = """v.id, v.organization_id, v.name, v.product_platform_or_tool, v.slug, v.created_at,
       v.oauth_issuer_url, v.auth_type::text AS auth_type, v.support_ticket_type::text AS support_ticket_type"""

SERVERS_BY_ID = f"""
SELECT {SERVER_COLUMNS} FROM mcp_servers v WHERE v.organization_id = $1 AND v.id = ANY($2::text[])
"""

ORGANIZATION_SERVERS = f"""
SELECT {SERVER_COLUMNS} FROM mcp_servers v WHERE v.organization_id = $1
ORDER BY v.name COLLATE "C", v.id COLLATE "C"
"""


def _users(matches: str) -> str:
    """Users as the organization sees them, for the `matches(identifier, user_id, match_rank)`
    of a batch of keys: one row per key, the best match (id, then tracking id, then email;
    then the most recently active, then the smallest id). A user counts only with a session
    on the organization's servers; last activity and first sight are the organization's."""
    return f"""
WITH keys AS (SELECT unnest($2::text[]) AS k),
matches AS ({matches}),
org_sessions AS (
    SELECT s.mcp_server_session_id AS session_id, s.mcp_server_user_id AS user_id,
           s.connection_timestamp, s.connection_date
    FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
    WHERE v.organization_id = $1 AND s.mcp_server_user_id IN (SELECT user_id FROM matches)
),
activity AS (
    SELECT os.user_id, os.connection_timestamp AS t FROM org_sessions os
    UNION ALL
    SELECT os.user_id, (SELECT lt.created_at FROM mcp_tool_calls lt WHERE lt.mcp_server_session_id = os.session_id
                        ORDER BY {sort_time("lt.created_at")} DESC LIMIT 1)
    FROM org_sessions os
    UNION ALL
    SELECT os.user_id, (SELECT lr.created_at FROM support_requests lr
                        WHERE lr.mcp_server_session_id = os.session_id AND lr.organization_id = $1
                        ORDER BY {sort_time("lr.created_at")} DESC LIMIT 1)
    FROM org_sessions os
    UNION ALL
    SELECT u.id, (SELECT lr.created_at FROM support_requests lr
                  WHERE lr.organization_id = $1 AND lr.email = u.email AND {ticket_visible("lr")}
                  ORDER BY {sort_time("lr.created_at")} DESC LIMIT 1)
    FROM mcp_server_user u WHERE u.id IN (SELECT user_id FROM org_sessions)
),
org_users AS (
    SELECT a.user_id, max(a.t) AS last_active_at,
           (SELECT min(coalesce(f.connection_timestamp, (extract(epoch FROM f.connection_date) * 1000)::bigint))
            FROM org_sessions f WHERE f.user_id = a.user_id) AS first_seen_at
    FROM activity a GROUP BY a.user_id
),
ranked AS (
    SELECT m.identifier, m.user_id, ou.last_active_at, ou.first_seen_at,
           row_number() OVER (PARTITION BY m.identifier
                              ORDER BY m.match_rank, {sort_time("ou.last_active_at")} DESC, m.user_id COLLATE "C") AS rn
    FROM matches m JOIN org_users ou ON ou.user_id = m.user_id
)
SELECT r.identifier, u.id, u.distinct_id, u.email, u.upstream_sub, u.profile_data::text AS profile_data,
       r.first_seen_at, r.last_active_at, o.name AS oauth_name, o.image AS oauth_image,
       o.email_verified AS oauth_email_verified
FROM ranked r JOIN mcp_server_user u ON u.id = r.user_id
LEFT JOIN mcp_oauth_user o ON o.email = u.email
WHERE r.rn = 1
"""


USERS_BY_ID = _users("SELECT k.k AS identifier, u.id AS user_id, 0 AS match_rank FROM keys k JOIN mcp_server_user u ON u.id = k.k")

USERS_BY_IDENTIFIER = _users("""
    SELECT k.k AS identifier, u.id AS user_id, 0 AS match_rank FROM keys k JOIN mcp_server_user u ON u.id = k.k
    UNION ALL
    SELECT k.k, u.id, 1 FROM keys k JOIN mcp_server_user u ON u.distinct_id = k.k
    UNION ALL
    SELECT k.k, u.id, 2 FROM keys k JOIN mcp_server_user u ON u.email = k.k""")

SESSION_COLUMNS = """s.mcp_server_session_id AS id, s.title, s.mcp_server_slug AS server_slug, v.id AS server_id,
       to_char(s.connection_date, 'YYYY-MM-DD') AS connection_date, s.connection_timestamp,
       s.mcp_server_user_id AS user_id"""

SESSIONS_BY_ID = f"""
SELECT {SESSION_COLUMNS}
FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
WHERE v.organization_id = $1 AND s.mcp_server_session_id = ANY($2::text[])
"""


def sessions_of_users(after: bool) -> str:
    """The first $3 sessions of each user ($2) on the organization's servers, most recent
    first, after the cursor ($4, $5) when given: one index range per user."""
    bound = (f" AND ({sort_time('s.connection_timestamp')}, s.mcp_server_session_id COLLATE \"C\") < ($4::bigint, $5::text)"
             if after else "")
    order = f"{sort_time('s.connection_timestamp')} DESC, s.mcp_server_session_id COLLATE \"C\" DESC"
    return f"""
SELECT k.user_id AS parent, {SESSION_COLUMNS}
FROM unnest($2::text[]) AS k(user_id) CROSS JOIN LATERAL (
    SELECT * FROM mcp_server_session s
    WHERE s.mcp_server_user_id = k.user_id{bound}
      AND EXISTS (SELECT 1 FROM mcp_servers ov WHERE ov.slug = s.mcp_server_slug AND ov.organization_id = $1)
    ORDER BY {order} LIMIT $3) s
JOIN mcp_servers v ON v.slug = s.mcp_server_slug
ORDER BY k.user_id, {order}
"""


SESSION_COUNTS = f"""
SELECT s.mcp_server_session_id AS id,
       (SELECT count(*) FROM mcp_tool_calls tc WHERE tc.mcp_server_session_id = s.mcp_server_session_id) AS tool_calls,
       (SELECT count(*) FROM support_requests r
        WHERE r.mcp_server_session_id = s.mcp_server_session_id AND r.organization_id = $1) AS tickets,
       (SELECT count(*) FROM mcp_tool_calls tc
        WHERE tc.mcp_server_session_id = s.mcp_server_session_id AND {is_error("tc.output")}) AS errors,
       (SELECT count(*) FROM support_requests r
        WHERE r.mcp_server_session_id = s.mcp_server_session_id AND r.organization_id = $1
          AND r.status::text IN ('needs_email', 'pending', 'in_progress')) AS open_tickets,
       greatest(s.connection_timestamp,
                (SELECT lt.created_at FROM mcp_tool_calls lt WHERE lt.mcp_server_session_id = s.mcp_server_session_id
                 ORDER BY {sort_time("lt.created_at")} DESC LIMIT 1),
                (SELECT lr.created_at FROM support_requests lr
                 WHERE lr.mcp_server_session_id = s.mcp_server_session_id AND lr.organization_id = $1
                 ORDER BY {sort_time("lr.created_at")} DESC LIMIT 1)) AS last_activity_at
FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
WHERE v.organization_id = $1 AND s.mcp_server_session_id = ANY($2::text[])
"""

TICKET_COLUMNS = """{r}.id, {r}.created_at, {r}.title, {r}.concise_summary, {r}.context, {r}.status::text AS status,
       {r}.support_request_method::text AS support_request_method, {r}.resolved_at, {r}.email,
       {r}.organization_id, {r}.mcp_server_id AS server_id, {r}.mcp_server_session_id AS session_id,
       {r}.assignee_id, {r}.priority::text AS priority"""


def timelines(after: bool) -> str:
    """The first $3 items of each session ($2) of the organization, tool calls and tickets
    merged by (time, id), after the cursor ($4, $5) when given. Each kind is one index range
    per session; rows carry no payload, only whether the call failed."""
    def bound(alias: str) -> str:
        return (f" AND ({sort_time(alias + '.created_at')}, {alias}.id COLLATE \"C\") > ($4::bigint, $5::text)"
                if after else "")

    def order(alias: str) -> str:
        return f"{sort_time(alias + '.created_at')}, {alias}.id COLLATE \"C\""

    return f"""
WITH sessions AS (
    SELECT s.mcp_server_session_id AS session_id
    FROM mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug
    WHERE v.organization_id = $1 AND s.mcp_server_session_id = ANY($2::text[])
),
items AS (
    SELECT 'tool_call' AS kind, tc.id, tc.created_at, tc.mcp_server_session_id AS session_id,
           tc.mcp_server_id AS server_id, tc.tool_name, tc.mcp_server_user_id AS user_id,
           coalesce({is_error("tc.output")}, false) AS is_error,
           NULL::text AS title, NULL::text AS concise_summary, NULL::text AS context, NULL::text AS status,
           NULL::text AS support_request_method, NULL::bigint AS resolved_at, NULL::text AS email,
           NULL::text AS organization_id, NULL::text AS assignee_id, NULL::text AS priority
    FROM sessions ss CROSS JOIN LATERAL (
        SELECT * FROM mcp_tool_calls tc WHERE tc.mcp_server_session_id = ss.session_id{bound("tc")}
        ORDER BY {order("tc")} LIMIT $3) tc
    UNION ALL
    SELECT 'support_ticket', r.id, r.created_at, r.mcp_server_session_id, r.mcp_server_id, NULL, NULL, false,
           r.title, r.concise_summary, r.context, r.status::text, r.support_request_method::text,
           r.resolved_at, r.email, r.organization_id, r.assignee_id, r.priority::text
    FROM sessions ss CROSS JOIN LATERAL (
        SELECT * FROM support_requests r
        WHERE r.mcp_server_session_id = ss.session_id AND r.organization_id = $1{bound("r")}
        ORDER BY {order("r")} LIMIT $3) r
)
SELECT * FROM (
    SELECT items.*, row_number() OVER (PARTITION BY session_id ORDER BY {order("items")}) AS rn FROM items
) ranked
WHERE rn <= $3 ORDER BY session_id, rn
"""


TOOL_CALLS_BY_ID = f"""
SELECT tc.id, tc.created_at, tc.mcp_server_id AS server_id, tc.tool_name, tc.mcp_server_user_id AS user_id,
       tc.mcp_server_session_id AS session_id, tc.input::text AS input, tc.output::text AS output
FROM mcp_tool_calls tc
JOIN mcp_server_session s ON s.mcp_server_session_id = tc.mcp_server_session_id
JOIN mcp_servers v ON v.slug = s.mcp_server_slug
WHERE v.organization_id = $1 AND tc.id = ANY($2::text[])
"""

PAYLOADS = """
SELECT tc.id, tc.input::text AS input, tc.output::text AS output
FROM mcp_tool_calls tc
JOIN mcp_server_session s ON s.mcp_server_session_id = tc.mcp_server_session_id
JOIN mcp_servers v ON v.slug = s.mcp_server_slug
WHERE v.organization_id = $1 AND tc.id = ANY($2::text[])
"""

TICKETS_BY_ID = f"""
SELECT {TICKET_COLUMNS.format(r="r")}
FROM support_requests r
WHERE r.organization_id = $1 AND r.id = ANY($2::text[]) AND {ticket_visible("r")}
"""
