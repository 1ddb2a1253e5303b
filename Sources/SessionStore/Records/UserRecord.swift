/// A row of `mcp_server_user` as one organization sees it.
///
/// End users are global, so `lastActiveAt` is computed from the reading organization's rows
/// only; the OAuth fields come from `mcp_oauth_user` with the same email, when there is one.
public struct UserRecord: Sendable, Hashable {
    public var id: String
    /// The tracking id the MCP client sent (`distinct_id`).
    public var distinctId: String?
    public var email: String?
    public var upstreamSub: String?
    /// `profile_data` as JSON text.
    public var profileData: String?
    /// Epoch milliseconds.
    public var firstSeenAt: Int64?
    /// From the OAuth account with the same email.
    public var name: String?
    public var image: String?
    public var emailVerified: Bool?
    /// Epoch milliseconds: the latest session connection or item in the reading organization.
    public var lastActiveAt: Int64?

    public init(
        id: String, distinctId: String?, email: String?, upstreamSub: String?, profileData: String?,
        firstSeenAt: Int64?, name: String?, image: String?, emailVerified: Bool?, lastActiveAt: Int64?
    ) {
        self.id = id
        self.distinctId = distinctId
        self.email = email
        self.upstreamSub = upstreamSub
        self.profileData = profileData
        self.firstSeenAt = firstSeenAt
        self.name = name
        self.image = image
        self.emailVerified = emailVerified
        self.lastActiveAt = lastActiveAt
    }
}
