-- Indexes for the filtered and organization-wide lists.

-- A session's failed tool calls in timeline order: the `isError` filter is a range of it,
-- a row's `isError` one probe of it, and a session's error count a count of its entries.
-- It supersedes 0003's error index, which had the session id alone.
CREATE INDEX IF NOT EXISTS sessionql_tool_calls_session_errors_key
    ON mcp_tool_calls (mcp_server_session_id, coalesce(created_at, (-9223372036854775807 - 1)), id)
    WHERE json_valid(output) AND json_type(output) = 'object' AND json_type(output, '$.isError') = 'true';

DROP INDEX IF EXISTS sessionql_tool_calls_session_errors;

-- The organization's sessions, most recent first: one range per server, merged. It
-- supersedes 0002's index on the server slug alone, which it leads with.
CREATE INDEX IF NOT EXISTS sessionql_session_server_key
    ON mcp_server_session (mcp_server_slug, coalesce(connection_timestamp, (-9223372036854775807 - 1)), mcp_server_session_id);

DROP INDEX IF EXISTS sessionql_session_server;

-- The organization's tickets, newest first.
CREATE INDEX IF NOT EXISTS sessionql_tickets_organization_key
    ON support_requests (organization_id, coalesce(created_at, (-9223372036854775807 - 1)), id);
