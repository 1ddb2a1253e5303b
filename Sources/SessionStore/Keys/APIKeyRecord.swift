/// One organization API key as stored: never the key itself, only its SHA-256 hash and the
/// first characters, which identify it in listings.
public struct APIKeyRecord: Sendable, Hashable {
    public var id: String
    public var organizationId: String
    public var name: String
    /// Hex SHA-256 of the whole key.
    public var hash: String
    /// The key's first characters (e.g. `sq_live_4fQa`), safe to show.
    public var prefix: String
    /// Epoch milliseconds.
    public var createdAt: Int64
    public var lastUsedAt: Int64?
    public var revokedAt: Int64?

    public init(id: String, organizationId: String, name: String, hash: String, prefix: String, createdAt: Int64, lastUsedAt: Int64? = nil, revokedAt: Int64? = nil) {
        self.id = id
        self.organizationId = organizationId
        self.name = name
        self.hash = hash
        self.prefix = prefix
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }

    init(row: SQLRow) throws {
        self.init(
            id: try row.string("id"), organizationId: try row.string("organization_id"), name: try row.string("name"),
            hash: try row.string("hash"), prefix: try row.string("prefix"), createdAt: try row.int("created_at"),
            lastUsedAt: try row.optionalInt("last_used_at"), revokedAt: try row.optionalInt("revoked_at"))
    }
}
