-- sessionql: no-transaction
--
-- Indexes whose expressions are the reads' sort keys exactly, so that every keyset page is
-- an index range scan that stops after the page; a partial index for error counts; and the
-- users-by-last-activity rollup, which SessionQL owns and maintains itself (no trigger on
-- MCPlatform's tables). MCPlatform's tables are not altered.
--
-- This file runs outside a transaction, statement by statement, so that the indexes on
-- MCPlatform's tables are built CONCURRENTLY and migrating a live database never blocks
-- its writes. Every statement is idempotent; the migrator drops an index a failed
-- concurrent build left invalid before running the file again.

-- The users list: one row per (organization, user) who has a session on the
-- organization's servers, with the time of their latest activity there. `last_active_at`
-- is the sort key: a missing time is stored as Int64.min, like a cursor's. The ids keep
-- the database's collation, so that joining them to MCPlatform's keys uses their indexes;
-- the index orders them byte-wise, as the list does. `search_text` is the user's id,
-- tracking id, email and OAuth name, lower-cased, in the index so that a search filters
-- the organization's users without visiting each one (the match is then checked on the
-- live rows).
CREATE TABLE IF NOT EXISTS sessionql_user_activity (
    organization_id text NOT NULL,
    user_id text NOT NULL,
    last_active_at bigint NOT NULL,
    search_text text NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);

CREATE INDEX IF NOT EXISTS sessionql_user_activity_recent
    ON sessionql_user_activity (organization_id, last_active_at, user_id COLLATE "C", search_text);

-- How far the rollup has folded in MCPlatform's rows (one row, id = 1).
CREATE TABLE IF NOT EXISTS sessionql_user_activity_state (
    id integer PRIMARY KEY CHECK (id = 1),
    high_water_mark bigint NOT NULL,
    updated_at bigint NOT NULL
);

-- A user's sessions, most recent first: (connection time, id) descending.
CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_session_user_key
    ON mcp_server_session (mcp_server_user_id, coalesce(connection_timestamp, (-9223372036854775807 - 1)), mcp_server_session_id COLLATE "C");

-- A session's timeline in (created_at, id) order, both directions.
CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_tool_calls_session_key
    ON mcp_tool_calls (mcp_server_session_id, coalesce(created_at, (-9223372036854775807 - 1)), id COLLATE "C");

CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_tickets_session_key
    ON support_requests (mcp_server_session_id, organization_id, coalesce(created_at, (-9223372036854775807 - 1)), id COLLATE "C");

-- A user's tickets by email, newest first.
CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_tickets_organization_email_key
    ON support_requests (organization_id, email, coalesce(created_at, (-9223372036854775807 - 1)), id COLLATE "C");

-- Error counts: only failed tool calls are in it, so counting a session's errors never
-- reads an output.
CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_tool_calls_session_errors
    ON mcp_tool_calls (mcp_server_session_id)
    WHERE jsonb_typeof(output) = 'object' AND output -> 'isError' = 'true'::jsonb;

-- Users by email: tickets reach their users (and OAuth profiles reach theirs) by email.
CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_users_email
    ON mcp_server_user (email);

-- New rows since the rollup's high-water mark.
CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_session_connected
    ON mcp_server_session (connection_timestamp);

CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_tool_calls_created
    ON mcp_tool_calls (created_at);

CREATE INDEX CONCURRENTLY IF NOT EXISTS sessionql_tickets_created
    ON support_requests (created_at);

-- Superseded by the keyed indexes above, or read by nothing.
DROP INDEX CONCURRENTLY IF EXISTS sessionql_session_user_recent;
DROP INDEX CONCURRENTLY IF EXISTS sessionql_tool_calls_session_timeline;
DROP INDEX CONCURRENTLY IF EXISTS sessionql_tickets_session_timeline;
DROP INDEX CONCURRENTLY IF EXISTS sessionql_tickets_organization_email;
DROP INDEX CONCURRENTLY IF EXISTS sessionql_tool_calls_user;
