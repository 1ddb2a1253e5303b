/// Organization API keys: stored by hash, listed without the key, revoked by id. Every read
/// goes to the table itself (no cache), so a key created or revoked counts on the next request.
extension SessionStore {
    static let apiKeyColumns = "id, organization_id, name, hash, prefix, created_at, last_used_at, revoked_at"

    public func insertAPIKey(_ key: APIKeyRecord) async throws {
        try await database.execute("""
            INSERT INTO sessionql_api_keys (id, organization_id, name, hash, prefix, created_at) \
            VALUES (\(key.id), \(key.organizationId), \(key.name), \(key.hash), \(key.prefix), \(key.createdAt))
            """)
    }

    /// The key with this hash, unless it is revoked.
    public func activeAPIKey(hash: String) async throws -> APIKeyRecord? {
        try await database.queryFirst("""
            SELECT \(raw: Self.apiKeyColumns) FROM sessionql_api_keys WHERE hash = \(hash) AND revoked_at IS NULL
            """).map(APIKeyRecord.init(row:))
    }

    /// Keys, revoked ones included, oldest first; only one organization's when given.
    public func apiKeys(organizationId: String? = nil) async throws -> [APIKeyRecord] {
        let rows: [SQLRow]
        if let organizationId {
            rows = try await database.query("""
                SELECT \(raw: Self.apiKeyColumns) FROM sessionql_api_keys WHERE organization_id = \(organizationId) \
                ORDER BY created_at, id
                """)
        } else {
            rows = try await database.query("SELECT \(raw: Self.apiKeyColumns) FROM sessionql_api_keys ORDER BY created_at, id")
        }
        return try rows.map(APIKeyRecord.init(row:))
    }

    /// Whether any key that is not revoked exists (the server refuses to listen beyond
    /// loopback without one).
    public func hasActiveAPIKey() async throws -> Bool {
        try await database.queryFirst("SELECT 1 AS found FROM sessionql_api_keys WHERE revoked_at IS NULL LIMIT 1") != nil
    }

    /// Revokes the key; false when there is no such key or it was revoked already.
    public func revokeAPIKey(id: String, at time: Int64) async throws -> Bool {
        try await database.queryFirst("""
            UPDATE sessionql_api_keys SET revoked_at = \(time) WHERE id = \(id) AND revoked_at IS NULL RETURNING id
            """) != nil
    }

    public func recordAPIKeyUse(id: String, at time: Int64) async throws {
        try await database.execute("UPDATE sessionql_api_keys SET last_used_at = \(time) WHERE id = \(id)")
    }
}
