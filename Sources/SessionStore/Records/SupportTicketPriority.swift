/// `support_ticket_priority`: how urgent a ticket is.
public enum SupportTicketPriority: String, Sendable, Hashable, CaseIterable {
    case low
    case medium
    case high
    case critical
}
