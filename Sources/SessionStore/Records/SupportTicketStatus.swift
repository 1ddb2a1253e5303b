/// `support_request_status`: where a ticket stands.
public enum SupportTicketStatus: String, Sendable, Hashable, CaseIterable {
    case needsEmail = "needs_email"
    case pending
    case inProgress = "in_progress"
    case resolved
    case closed

    /// The statuses of a ticket still waiting for work: neither resolved nor closed.
    public static let open: [SupportTicketStatus] = [.needsEmail, .pending, .inProgress]
}
