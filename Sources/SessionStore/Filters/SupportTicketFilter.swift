/// Which support tickets a list or a count considers. Every condition given must hold.
public struct SupportTicketFilter: Sendable, Hashable {
    public var statuses: Set<SupportTicketStatus>?
    public var priorities: Set<SupportTicketPriority>?
    /// Epoch milliseconds: tickets opened at or after this time.
    public var since: Int64?
    /// Epoch milliseconds: tickets opened before this time.
    public var until: Int64?
    /// Case-insensitive text in the title, summary or context.
    public var search: String?

    public init(
        statuses: Set<SupportTicketStatus>? = nil, priorities: Set<SupportTicketPriority>? = nil,
        since: Int64? = nil, until: Int64? = nil, search: String? = nil
    ) {
        self.statuses = statuses
        self.priorities = priorities
        self.since = since
        self.until = until
        self.search = search
    }

    public static let none = SupportTicketFilter()
}
