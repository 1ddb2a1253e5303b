-- MCPlatform's activity tables for the embedded SQLite backend: the same names and
-- columns as on PostgreSQL. Enums become CHECK constraints, jsonb becomes TEXT holding
-- JSON, bigint epoch milliseconds become INTEGER, date and timestamp become TEXT
-- ('YYYY-MM-DD' and 'YYYY-MM-DD HH:MM:SS', PostgreSQL's own text forms), booleans 0/1.

CREATE TABLE IF NOT EXISTS organization (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    slug TEXT UNIQUE,
    logo TEXT,
    created_at TEXT NOT NULL,
    metadata TEXT
);

CREATE TABLE IF NOT EXISTS mcp_servers (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    product_platform_or_tool TEXT NOT NULL,
    slug TEXT UNIQUE NOT NULL,
    created_at INTEGER,
    oauth_issuer_url TEXT,
    auth_type TEXT DEFAULT 'none'
        CHECK (auth_type IN ('platform_oauth', 'custom_oauth', 'none', 'collect_email')),
    support_ticket_type TEXT DEFAULT 'dashboard'
        CHECK (support_ticket_type IN ('slack', 'linear', 'dashboard', 'none'))
);

CREATE TABLE IF NOT EXISTS mcp_server_user (
    id TEXT PRIMARY KEY NOT NULL,
    distinct_id TEXT UNIQUE,
    email TEXT,
    upstream_sub TEXT,
    profile_data TEXT CHECK (profile_data IS NULL OR json_valid(profile_data)),
    first_seen_at INTEGER
);

CREATE TABLE IF NOT EXISTS mcp_server_session (
    mcp_server_session_id TEXT PRIMARY KEY NOT NULL,
    title TEXT,
    mcp_server_slug TEXT NOT NULL REFERENCES mcp_servers(slug) ON DELETE CASCADE,
    connection_date TEXT NOT NULL,
    connection_timestamp INTEGER,
    mcp_server_user_id TEXT REFERENCES mcp_server_user(id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS mcp_tool_calls (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER,
    mcp_server_id TEXT NOT NULL REFERENCES mcp_servers(id),
    tool_name TEXT NOT NULL,
    mcp_server_user_id TEXT REFERENCES mcp_server_user(id) ON DELETE CASCADE,
    mcp_server_session_id TEXT NOT NULL REFERENCES mcp_server_session(mcp_server_session_id) ON DELETE CASCADE,
    input TEXT CHECK (input IS NULL OR json_valid(input)),
    output TEXT CHECK (output IS NULL OR json_valid(output))
);

CREATE TABLE IF NOT EXISTS support_requests (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER,
    title TEXT,
    concise_summary TEXT,
    context TEXT,
    status TEXT DEFAULT 'pending'
        CHECK (status IN ('needs_email', 'pending', 'in_progress', 'resolved', 'closed')),
    support_request_method TEXT DEFAULT 'dashboard'
        CHECK (support_request_method IN ('slack', 'linear', 'dashboard', 'none')),
    resolved_at INTEGER,
    email TEXT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organization(id),
    mcp_server_id TEXT REFERENCES mcp_servers(id),
    mcp_server_session_id TEXT REFERENCES mcp_server_session(mcp_server_session_id),
    assignee_id TEXT,
    priority TEXT DEFAULT 'medium'
        CHECK (priority IN ('low', 'medium', 'high', 'critical'))
);

CREATE TABLE IF NOT EXISTS mcp_oauth_user (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    email TEXT UNIQUE NOT NULL,
    email_verified INTEGER CHECK (email_verified IS NULL OR email_verified IN (0, 1)),
    image TEXT,
    created_at TEXT,
    updated_at TEXT
);
