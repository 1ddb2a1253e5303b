-- sessionql: no-transaction
--
-- Indexes for the filtered and organization-wide lists. Built CONCURRENTLY, like 0003, so
-- that migrating a live database never blocks MCPlatform's writes.

-- A session's failed tool calls in timeline order: the `isError` filter is a range of it,
-- a row's `isError` one probe of it, and a session's error count a count of its entries.
-- It supersedes 0003's error index, which had the session id alone.
CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_tool_calls_session_errors_key
    ON mcp_tool_calls (mcp_server_session_id, coalesce(created_at, (-9223372036854775807 - 1)), id COLLATE "C")
    WHERE jsonb_typeof(output) = 'object' AND output -> 'isError' = 'true'::jsonb;

DROP INDEX CONCURRENTLY IF EXISTS sessionql_tool_calls_session_errors;

-- The organization's sessions, most recent first: one range per server, merged. It
-- supersedes 0002's index on the server slug alone, which it leads with.
CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_session_server_key
    ON mcp_server_session (mcp_server_slug, coalesce(connection_timestamp, (-9223372036854775807 - 1)), mcp_server_session_id COLLATE "C");

DROP INDEX CONCURRENTLY IF EXISTS sessionql_session_server;

-- The organization's tickets, newest first.
CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_tickets_organization_key
    ON support_requests (organization_id, coalesce(created_at, (-9223372036854775807 - 1)), id COLLATE "C");
