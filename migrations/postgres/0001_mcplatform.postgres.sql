-- MCPlatform's activity tables, exactly as MCPlatform declares them.
-- Every statement is guarded so that running this against an existing MCPlatform
-- database changes nothing: tables use IF NOT EXISTS and enum types are created
-- only when absent. SessionQL never alters these tables.

DO $$ BEGIN
    CREATE TYPE mcp_server_auth_type AS ENUM ('platform_oauth', 'custom_oauth', 'none', 'collect_email');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

DO $$ BEGIN
    CREATE TYPE support_request_method AS ENUM ('slack', 'linear', 'dashboard', 'none');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

DO $$ BEGIN
    CREATE TYPE support_request_status AS ENUM ('needs_email', 'pending', 'in_progress', 'resolved', 'closed');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

DO $$ BEGIN
    CREATE TYPE support_ticket_priority AS ENUM ('low', 'medium', 'high', 'critical');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

CREATE TABLE IF NOT EXISTS organization (
    id text PRIMARY KEY,
    name text NOT NULL,
    slug text UNIQUE,
    logo text,
    created_at timestamp NOT NULL,
    metadata text
);

CREATE TABLE IF NOT EXISTS mcp_servers (
    id text PRIMARY KEY,
    organization_id text NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    name text NOT NULL,
    product_platform_or_tool text NOT NULL,
    slug text UNIQUE NOT NULL,
    created_at bigint,
    oauth_issuer_url text,
    auth_type mcp_server_auth_type DEFAULT 'none',
    support_ticket_type support_request_method DEFAULT 'dashboard'
);

CREATE TABLE IF NOT EXISTS mcp_server_user (
    id text PRIMARY KEY,
    distinct_id text UNIQUE,
    email text,
    upstream_sub text,
    profile_data jsonb,
    first_seen_at bigint
);

CREATE TABLE IF NOT EXISTS mcp_server_session (
    mcp_server_session_id text PRIMARY KEY,
    title text,
    mcp_server_slug text NOT NULL REFERENCES mcp_servers(slug) ON DELETE CASCADE,
    connection_date date NOT NULL,
    connection_timestamp bigint,
    mcp_server_user_id text REFERENCES mcp_server_user(id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS mcp_tool_calls (
    id text PRIMARY KEY,
    created_at bigint,
    mcp_server_id text NOT NULL REFERENCES mcp_servers(id),
    tool_name text NOT NULL,
    mcp_server_user_id text REFERENCES mcp_server_user(id) ON DELETE CASCADE,
    mcp_server_session_id text NOT NULL REFERENCES mcp_server_session(mcp_server_session_id) ON DELETE CASCADE,
    input jsonb,
    output jsonb
);

CREATE TABLE IF NOT EXISTS support_requests (
    id text PRIMARY KEY,
    created_at bigint,
    title text,
    concise_summary text,
    context text,
    status support_request_status DEFAULT 'pending',
    support_request_method support_request_method DEFAULT 'dashboard',
    resolved_at bigint,
    email text NOT NULL,
    organization_id text NOT NULL REFERENCES organization(id),
    mcp_server_id text REFERENCES mcp_servers(id),
    mcp_server_session_id text REFERENCES mcp_server_session(mcp_server_session_id),
    assignee_id text,
    priority support_ticket_priority DEFAULT 'medium'
);

CREATE TABLE IF NOT EXISTS mcp_oauth_user (
    id text PRIMARY KEY,
    name text NOT NULL,
    email text UNIQUE NOT NULL,
    email_verified boolean,
    image text,
    created_at timestamp,
    updated_at timestamp
);
