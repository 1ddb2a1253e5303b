-- SessionQL's own tables (prefixed `sessionql_`) and the indexes SessionQL recommends for
-- its access paths. Indexes on MCPlatform's tables are additive and guarded; no
-- MCPlatform table is altered.

CREATE TABLE IF NOT EXISTS sessionql_api_keys (
    id text PRIMARY KEY,
    organization_id text NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    name text NOT NULL,
    hash text NOT NULL UNIQUE,
    prefix text NOT NULL,
    created_at bigint NOT NULL,
    revoked_at bigint
);

CREATE INDEX IF NOT EXISTS sessionql_api_keys_organization
    ON sessionql_api_keys (organization_id);

-- A user's sessions, most recent first.
CREATE INDEX IF NOT EXISTS sessionql_session_user_recent
    ON mcp_server_session (mcp_server_user_id, connection_timestamp DESC);

-- Sessions of a server (tenancy joins go session → server → organization).
CREATE INDEX IF NOT EXISTS sessionql_session_server
    ON mcp_server_session (mcp_server_slug);

-- A session's timeline, keyset-paginated by (created_at, id).
CREATE INDEX IF NOT EXISTS sessionql_tool_calls_session_timeline
    ON mcp_tool_calls (mcp_server_session_id, created_at, id);

CREATE INDEX IF NOT EXISTS sessionql_tickets_session_timeline
    ON support_requests (mcp_server_session_id, created_at, id);

-- Tickets of an organization opened by an email (tickets outside any session).
CREATE INDEX IF NOT EXISTS sessionql_tickets_organization_email
    ON support_requests (organization_id, email);

CREATE INDEX IF NOT EXISTS sessionql_tool_calls_user
    ON mcp_tool_calls (mcp_server_user_id);

CREATE INDEX IF NOT EXISTS sessionql_servers_organization
    ON mcp_servers (organization_id);
