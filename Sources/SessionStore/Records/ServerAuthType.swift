/// `mcp_server_auth_type`: how end users authenticate to a server.
public enum ServerAuthType: String, Sendable, Hashable, CaseIterable {
    case platformOAuth = "platform_oauth"
    case customOAuth = "custom_oauth"
    case none
    case collectEmail = "collect_email"
}
