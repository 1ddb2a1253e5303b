/// `support_request_status`: where a ticket stands.
public enum SupportTicketStatus: String, Sendable, Hashable, CaseIterable {
    case needsEmail = "needs_email"
    case pending
    case inProgress = "in_progress"
    case resolved
    case closed
}
