/// A row of `mcp_servers`: an MCP server run by an organization.
public struct ServerRecord: Sendable, Hashable {
    public var id: String
    public var organizationId: String
    public var name: String
    public var productPlatformOrTool: String
    /// Sessions refer to their server by slug, not by id.
    public var slug: String
    /// Epoch milliseconds.
    public var createdAt: Int64?
    public var oauthIssuerUrl: String?
    public var authType: ServerAuthType
    public var supportTicketType: SupportRequestMethod

    public init(
        id: String, organizationId: String, name: String, productPlatformOrTool: String, slug: String,
        createdAt: Int64?, oauthIssuerUrl: String?, authType: ServerAuthType, supportTicketType: SupportRequestMethod
    ) {
        self.id = id
        self.organizationId = organizationId
        self.name = name
        self.productPlatformOrTool = productPlatformOrTool
        self.slug = slug
        self.createdAt = createdAt
        self.oauthIssuerUrl = oauthIssuerUrl
        self.authType = authType
        self.supportTicketType = supportTicketType
    }
}
