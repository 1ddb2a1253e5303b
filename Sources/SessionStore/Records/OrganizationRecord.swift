/// A row of `organization`: the tenant every read is scoped to.
public struct OrganizationRecord: Sendable, Hashable {
    public var id: String
    public var name: String
    public var slug: String?
    public var logo: String?
    /// Epoch milliseconds (the column is a `timestamp`, read as UTC).
    public var createdAt: Int64
    public var metadata: String?

    public init(id: String, name: String, slug: String?, logo: String?, createdAt: Int64, metadata: String?) {
        self.id = id
        self.name = name
        self.slug = slug
        self.logo = logo
        self.createdAt = createdAt
        self.metadata = metadata
    }
}
