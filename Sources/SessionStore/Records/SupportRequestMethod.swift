/// `support_request_method`: where a server routes tickets, and where a ticket went.
public enum SupportRequestMethod: String, Sendable, Hashable, CaseIterable {
    case slack
    case linear
    case dashboard
    case none
}
