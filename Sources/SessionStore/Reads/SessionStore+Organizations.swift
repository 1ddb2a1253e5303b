/// The caller's organization and its servers.
extension SessionStore {
    /// The organization itself; nil when no organization has that id.
    public func organization(id organizationId: String) async throws -> OrganizationRecord? {
        let read: SQLFragment = """
            SELECT \(raw: dialect.organizationColumns("o")) FROM organization o WHERE o.id = \(organizationId)
            """
        return try await database.query(read).first.map(OrganizationRecord.init(row:))
    }

    /// An organization by its slug (how a deployment names its demo or default tenant).
    public func organization(slug: String) async throws -> OrganizationRecord? {
        let read: SQLFragment = """
            SELECT \(raw: dialect.organizationColumns("o")) FROM organization o WHERE o.slug = \(slug)
            """
        return try await database.query(read).first.map(OrganizationRecord.init(row:))
    }

    /// All servers of the organization, by name (ties by id).
    public func servers(organizationId: String) async throws -> [ServerRecord] {
        let read: SQLFragment = """
            SELECT \(raw: dialect.serverColumns("v")) FROM mcp_servers v
            WHERE v.organization_id = \(organizationId)
            ORDER BY \(raw: dialect.binary("v.name")), \(raw: dialect.binary("v.id"))
            """
        return try await database.query(read).map(ServerRecord.init(row:))
    }

    /// Servers by id, keyed by id; ids of other organizations' servers are absent.
    public func servers(organizationId: String, ids: Set<String>) async throws -> [String: ServerRecord] {
        guard !ids.isEmpty else { return [:] }
        let read: SQLFragment = """
            SELECT \(raw: dialect.serverColumns("v")) FROM mcp_servers v
            WHERE v.organization_id = \(organizationId)
              AND v.id \(dialect.isMember(of: ids.sorted()))
            """
        let servers = try await database.query(read).map(ServerRecord.init(row:))
        return Dictionary(servers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
