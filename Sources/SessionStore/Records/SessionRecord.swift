/// A row of `mcp_server_session`, with the id of its server resolved from the slug.
public struct SessionRecord: Sendable, Hashable {
    public var id: String
    public var title: String?
    public var serverSlug: String
    /// `mcp_servers.id` of the server with `serverSlug`, so resolvers can batch by id.
    public var serverId: String
    /// `YYYY-MM-DD`.
    public var connectionDate: String
    /// Epoch milliseconds.
    public var connectionTimestamp: Int64?
    public var userId: String?

    public init(
        id: String, title: String?, serverSlug: String, serverId: String,
        connectionDate: String, connectionTimestamp: Int64?, userId: String?
    ) {
        self.id = id
        self.title = title
        self.serverSlug = serverSlug
        self.serverId = serverId
        self.connectionDate = connectionDate
        self.connectionTimestamp = connectionTimestamp
        self.userId = userId
    }
}
