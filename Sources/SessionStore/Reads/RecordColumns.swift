/// The select lists of each record, shared by every read that returns the record, and the
/// decoding of a row back into it. Column aliases are the record's own names so decoding
/// does not depend on which table or join a row came from.
extension SQLDialect {
    func organizationColumns(_ o: String) -> String {
        """
        \(o).id AS id, \(o).name AS name, \(o).slug AS slug, \(o).logo AS logo,
        \(timestampMillis("\(o).created_at")) AS created_at, \(o).metadata AS metadata
        """
    }

    func serverColumns(_ v: String) -> String {
        """
        \(v).id AS id, \(v).organization_id AS organization_id, \(v).name AS name,
        \(v).product_platform_or_tool AS product_platform_or_tool, \(v).slug AS slug,
        \(v).created_at AS created_at, \(v).oauth_issuer_url AS oauth_issuer_url,
        \(enumText("\(v).auth_type")) AS auth_type, \(enumText("\(v).support_ticket_type")) AS support_ticket_type
        """
    }

    /// `u` is `mcp_server_user`, `o` the left-joined `mcp_oauth_user`, `lastActive` the
    /// expression of the user's last activity in the reading organization.
    func userColumns(_ u: String, oauth o: String, lastActive: String) -> String {
        """
        \(u).id AS id, \(u).distinct_id AS distinct_id, \(u).email AS email,
        \(u).upstream_sub AS upstream_sub, \(jsonText("\(u).profile_data")) AS profile_data,
        \(u).first_seen_at AS first_seen_at, \(o).name AS oauth_name, \(o).image AS oauth_image,
        \(o).email_verified AS oauth_email_verified, \(lastActive) AS last_active_at
        """
    }

    /// `s` is `mcp_server_session`, `v` its server.
    func sessionColumns(_ s: String, server v: String) -> String {
        """
        \(s).mcp_server_session_id AS id, \(s).title AS title, \(s).mcp_server_slug AS server_slug,
        \(v).id AS server_id, \(dateText("\(s).connection_date")) AS connection_date,
        \(s).connection_timestamp AS connection_timestamp, \(s).mcp_server_user_id AS user_id
        """
    }

    func toolCallColumns(_ t: String) -> String {
        """
        \(t).id AS id, \(t).created_at AS created_at, \(t).mcp_server_id AS server_id,
        \(t).tool_name AS tool_name, \(t).mcp_server_user_id AS user_id,
        \(t).mcp_server_session_id AS session_id, \(isErrorProbe(t)) AS is_error
        """
    }

    func ticketColumns(_ r: String) -> String {
        """
        \(r).id AS id, \(r).created_at AS created_at, \(r).title AS title,
        \(r).concise_summary AS concise_summary, \(r).context AS context,
        \(enumText("\(r).status")) AS status, \(enumText("\(r).support_request_method")) AS support_request_method,
        \(r).resolved_at AS resolved_at, \(r).email AS email, \(r).organization_id AS organization_id,
        \(r).mcp_server_id AS server_id, \(r).mcp_server_session_id AS session_id,
        \(r).assignee_id AS assignee_id, \(enumText("\(r).priority")) AS priority
        """
    }
}

extension OrganizationRecord {
    init(row: SQLRow) throws {
        self.init(
            id: try row.string("id"), name: try row.string("name"), slug: try row.optionalString("slug"),
            logo: try row.optionalString("logo"), createdAt: try row.int("created_at"),
            metadata: try row.optionalString("metadata"))
    }
}

extension ServerRecord {
    init(row: SQLRow) throws {
        self.init(
            id: try row.string("id"), organizationId: try row.string("organization_id"),
            name: try row.string("name"), productPlatformOrTool: try row.string("product_platform_or_tool"),
            slug: try row.string("slug"), createdAt: try row.optionalInt("created_at"),
            oauthIssuerUrl: try row.optionalString("oauth_issuer_url"),
            // Both columns have defaults; a NULL written explicitly reads as that default.
            authType: try row.label("auth_type", default: .none),
            supportTicketType: try row.label("support_ticket_type", default: .dashboard))
    }
}

extension UserRecord {
    init(row: SQLRow) throws {
        self.init(
            id: try row.string("id"), distinctId: try row.optionalString("distinct_id"),
            email: try row.optionalString("email"), upstreamSub: try row.optionalString("upstream_sub"),
            profileData: try row.optionalJSON("profile_data"), firstSeenAt: try row.optionalInt("first_seen_at"),
            name: try row.optionalString("oauth_name"), image: try row.optionalString("oauth_image"),
            emailVerified: try row.optionalBool("oauth_email_verified"),
            lastActiveAt: try row.optionalInt("last_active_at"))
    }
}

extension SessionRecord {
    init(row: SQLRow) throws {
        self.init(
            id: try row.string("id"), title: try row.optionalString("title"),
            serverSlug: try row.string("server_slug"), serverId: try row.string("server_id"),
            connectionDate: try row.string("connection_date"),
            connectionTimestamp: try row.optionalInt("connection_timestamp"),
            userId: try row.optionalString("user_id"))
    }
}

extension ToolCallRecord {
    init(row: SQLRow) throws {
        self.init(
            id: try row.string("id"), createdAt: try row.optionalInt("created_at"),
            serverId: try row.string("server_id"), toolName: try row.string("tool_name"),
            userId: try row.optionalString("user_id"), sessionId: try row.string("session_id"),
            isError: try row.int("is_error") == 1)
    }
}

extension SupportTicketRecord {
    init(row: SQLRow) throws {
        self.init(
            id: try row.string("id"), createdAt: try row.optionalInt("created_at"),
            title: try row.optionalString("title"), conciseSummary: try row.optionalString("concise_summary"),
            context: try row.optionalString("context"), status: try row.label("status", default: .pending),
            supportRequestMethod: try row.label("support_request_method", default: .dashboard),
            resolvedAt: try row.optionalInt("resolved_at"), email: try row.string("email"),
            organizationId: try row.string("organization_id"), serverId: try row.optionalString("server_id"),
            sessionId: try row.optionalString("session_id"), assigneeId: try row.optionalString("assignee_id"),
            priority: try row.label("priority", default: .medium))
    }
}

extension SQLRow {
    /// An enum label; NULL reads as the column's default, an unknown label is an error.
    func label<Label: RawRepresentable>(_ column: String, default fallback: Label) throws -> Label
    where Label.RawValue == String {
        guard let text = try optionalString(column) else { return fallback }
        guard let label = Label(rawValue: text) else {
            throw SQLError.unexpectedValue(column: column, found: .text(text))
        }
        return label
    }
}
