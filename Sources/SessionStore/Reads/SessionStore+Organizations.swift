/// The caller's organization and its servers.
extension SessionStore {
    /// The organization itself; nil when no organization has that id.
    public func organization(id organizationId: String) async throws -> OrganizationRecord? {
        var builder = StatementBuilder()
        let sql = """
            SELECT \(dialect.organizationColumns("o")) FROM organization o WHERE o.id = \(builder.bind(organizationId))
            """
        return try await database.query(builder.statement(sql)).first.map(OrganizationRecord.init(row:))
    }

    /// An organization by its slug (how a deployment names its demo or default tenant).
    public func organization(slug: String) async throws -> OrganizationRecord? {
        var builder = StatementBuilder()
        let sql = """
            SELECT \(dialect.organizationColumns("o")) FROM organization o WHERE o.slug = \(builder.bind(slug))
            """
        return try await database.query(builder.statement(sql)).first.map(OrganizationRecord.init(row:))
    }

    /// All servers of the organization, by name (ties by id).
    public func servers(organizationId: String) async throws -> [ServerRecord] {
        var builder = StatementBuilder()
        let sql = """
            SELECT \(dialect.serverColumns("v")) FROM mcp_servers v
            WHERE v.organization_id = \(builder.bind(organizationId))
            ORDER BY \(dialect.binary("v.name")), \(dialect.binary("v.id"))
            """
        return try await database.query(builder.statement(sql)).map(ServerRecord.init(row:))
    }

    /// Servers by id, keyed by id; ids of other organizations' servers are absent.
    public func servers(organizationId: String, ids: Set<String>) async throws -> [String: ServerRecord] {
        guard !ids.isEmpty else { return [:] }
        var builder = StatementBuilder()
        let sql = """
            SELECT \(dialect.serverColumns("v")) FROM mcp_servers v
            WHERE v.organization_id = \(builder.bind(organizationId))
              AND v.id \(dialect.isMember(of: builder.bind(ids.sorted())))
            """
        let servers = try await database.query(builder.statement(sql)).map(ServerRecord.init(row:))
        return Dictionary(servers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
