/// MCPlatform's tables written by hand as MCPlatform itself creates them (its own
/// constraint names, column order and an extra column SessionQL does not know), with a
/// few rows, to prove that `sessionql migrate` changes none of it.
enum MCPlatformDDL {
    static let postgres = """
        CREATE TYPE mcp_server_auth_type AS ENUM ('platform_oauth', 'custom_oauth', 'none', 'collect_email');
        CREATE TYPE support_request_method AS ENUM ('slack', 'linear', 'dashboard', 'none');
        CREATE TYPE support_request_status AS ENUM ('needs_email', 'pending', 'in_progress', 'resolved', 'closed');
        CREATE TYPE support_ticket_priority AS ENUM ('low', 'medium', 'high', 'critical');
        CREATE TABLE organization (
            id text PRIMARY KEY NOT NULL, name text NOT NULL, slug text, logo text,
            created_at timestamp NOT NULL, metadata text,
            CONSTRAINT organization_slug_unique UNIQUE (slug));
        CREATE TABLE mcp_servers (
            id text PRIMARY KEY NOT NULL, organization_id text NOT NULL, name text NOT NULL,
            product_platform_or_tool text NOT NULL, slug text NOT NULL, created_at bigint,
            oauth_issuer_url text, auth_type mcp_server_auth_type DEFAULT 'none',
            support_ticket_type support_request_method DEFAULT 'dashboard',
            information_message text,
            CONSTRAINT mcp_servers_slug_unique UNIQUE (slug),
            CONSTRAINT mcp_servers_organization_id_organization_id_fk FOREIGN KEY (organization_id)
                REFERENCES organization(id) ON DELETE cascade);
        CREATE TABLE mcp_server_user (
            id text PRIMARY KEY NOT NULL, distinct_id text, email text, upstream_sub text,
            profile_data jsonb, first_seen_at bigint,
            CONSTRAINT mcp_server_user_distinct_id_unique UNIQUE (distinct_id));
        CREATE TABLE mcp_server_session (
            title text, mcp_server_slug text NOT NULL, connection_date date NOT NULL,
            connection_timestamp bigint, mcp_server_session_id text PRIMARY KEY NOT NULL,
            mcp_server_user_id text,
            CONSTRAINT mcp_server_session_mcp_server_slug_fk FOREIGN KEY (mcp_server_slug)
                REFERENCES mcp_servers(slug) ON DELETE cascade,
            CONSTRAINT mcp_server_session_user_fk FOREIGN KEY (mcp_server_user_id)
                REFERENCES mcp_server_user(id) ON DELETE cascade);
        CREATE TABLE mcp_tool_calls (
            id text PRIMARY KEY NOT NULL, created_at bigint, mcp_server_id text NOT NULL,
            tool_name text NOT NULL, mcp_server_user_id text, mcp_server_session_id text NOT NULL,
            input jsonb, output jsonb,
            CONSTRAINT mcp_tool_calls_server_fk FOREIGN KEY (mcp_server_id) REFERENCES mcp_servers(id),
            CONSTRAINT mcp_tool_calls_user_fk FOREIGN KEY (mcp_server_user_id)
                REFERENCES mcp_server_user(id) ON DELETE cascade,
            CONSTRAINT mcp_tool_calls_session_fk FOREIGN KEY (mcp_server_session_id)
                REFERENCES mcp_server_session(mcp_server_session_id) ON DELETE cascade);
        CREATE TABLE support_requests (
            id text PRIMARY KEY NOT NULL, created_at bigint, title text, concise_summary text, context text,
            status support_request_status DEFAULT 'pending', support_request_method support_request_method DEFAULT 'dashboard',
            resolved_at bigint, email text NOT NULL, organization_id text NOT NULL, mcp_server_id text,
            mcp_server_session_id text, assignee_id text, priority support_ticket_priority DEFAULT 'medium',
            CONSTRAINT support_requests_org_fk FOREIGN KEY (organization_id) REFERENCES organization(id),
            CONSTRAINT support_requests_server_fk FOREIGN KEY (mcp_server_id) REFERENCES mcp_servers(id),
            CONSTRAINT support_requests_session_fk FOREIGN KEY (mcp_server_session_id)
                REFERENCES mcp_server_session(mcp_server_session_id));
        CREATE TABLE mcp_oauth_user (
            id text PRIMARY KEY NOT NULL, name text NOT NULL, email text NOT NULL, email_verified boolean,
            image text, created_at timestamp, updated_at timestamp,
            CONSTRAINT mcp_oauth_user_email_unique UNIQUE (email));
        \(rows)
        """

    static let sqlite = """
        CREATE TABLE organization (
            id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, slug TEXT UNIQUE, logo TEXT,
            created_at TEXT NOT NULL, metadata TEXT);
        CREATE TABLE mcp_servers (
            id TEXT PRIMARY KEY NOT NULL, organization_id TEXT NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
            name TEXT NOT NULL, product_platform_or_tool TEXT NOT NULL, slug TEXT NOT NULL UNIQUE,
            created_at INTEGER, oauth_issuer_url TEXT, auth_type TEXT DEFAULT 'none',
            support_ticket_type TEXT DEFAULT 'dashboard', information_message TEXT);
        CREATE TABLE mcp_server_user (
            id TEXT PRIMARY KEY NOT NULL, distinct_id TEXT UNIQUE, email TEXT, upstream_sub TEXT,
            profile_data TEXT, first_seen_at INTEGER);
        CREATE TABLE mcp_server_session (
            title TEXT, mcp_server_slug TEXT NOT NULL REFERENCES mcp_servers(slug) ON DELETE CASCADE,
            connection_date TEXT NOT NULL, connection_timestamp INTEGER,
            mcp_server_session_id TEXT PRIMARY KEY NOT NULL,
            mcp_server_user_id TEXT REFERENCES mcp_server_user(id) ON DELETE CASCADE);
        CREATE TABLE mcp_tool_calls (
            id TEXT PRIMARY KEY NOT NULL, created_at INTEGER, mcp_server_id TEXT NOT NULL REFERENCES mcp_servers(id),
            tool_name TEXT NOT NULL, mcp_server_user_id TEXT REFERENCES mcp_server_user(id) ON DELETE CASCADE,
            mcp_server_session_id TEXT NOT NULL REFERENCES mcp_server_session(mcp_server_session_id) ON DELETE CASCADE,
            input TEXT, output TEXT);
        CREATE TABLE support_requests (
            id TEXT PRIMARY KEY NOT NULL, created_at INTEGER, title TEXT, concise_summary TEXT, context TEXT,
            status TEXT DEFAULT 'pending', support_request_method TEXT DEFAULT 'dashboard', resolved_at INTEGER,
            email TEXT NOT NULL, organization_id TEXT NOT NULL REFERENCES organization(id),
            mcp_server_id TEXT REFERENCES mcp_servers(id),
            mcp_server_session_id TEXT REFERENCES mcp_server_session(mcp_server_session_id),
            assignee_id TEXT, priority TEXT DEFAULT 'medium');
        CREATE TABLE mcp_oauth_user (
            id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE, email_verified INTEGER,
            image TEXT, created_at TEXT, updated_at TEXT);
        \(rows)
        """

    /// The same rows on both backends (enum and date literals are plain strings).
    static let rows = """
        INSERT INTO organization (id, name, slug, created_at) VALUES ('org_1', 'Existing Org', 'existing', '2025-01-01 00:00:00');
        INSERT INTO mcp_servers (id, organization_id, name, product_platform_or_tool, slug, auth_type)
            VALUES ('srv_1', 'org_1', 'Existing Server', 'Docs', 'existing-docs', 'collect_email');
        INSERT INTO mcp_server_user (id, distinct_id, email) VALUES ('mcpu_1', 'did_1', 'someone@example.com');
        INSERT INTO mcp_server_session (mcp_server_session_id, title, mcp_server_slug, connection_date, connection_timestamp, mcp_server_user_id)
            VALUES ('sess_1', 'Existing ''session''', 'existing-docs', '2025-02-01', 1738368000000, 'mcpu_1');
        INSERT INTO mcp_tool_calls (id, created_at, mcp_server_id, tool_name, mcp_server_user_id, mcp_server_session_id, input, output)
            VALUES ('tc_1', 1738368001000, 'srv_1', 'search_docs', 'mcpu_1', 'sess_1', '{"query": "x"}', null);
        INSERT INTO support_requests (id, created_at, title, status, email, organization_id, mcp_server_session_id)
            VALUES ('sr_1', 1738368002000, 'Help', 'in_progress', 'someone@example.com', 'org_1', 'sess_1');
        """
}
