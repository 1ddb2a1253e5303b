/// A row of `support_requests`.
public struct SupportTicketRecord: Sendable, Hashable {
    public var id: String
    /// Epoch milliseconds.
    public var createdAt: Int64?
    public var title: String?
    public var conciseSummary: String?
    public var context: String?
    public var status: SupportTicketStatus
    public var supportRequestMethod: SupportRequestMethod
    /// Epoch milliseconds.
    public var resolvedAt: Int64?
    public var email: String
    public var organizationId: String
    public var serverId: String?
    /// Nil when the ticket was opened outside any session.
    public var sessionId: String?
    public var assigneeId: String?
    public var priority: SupportTicketPriority

    public init(
        id: String, createdAt: Int64?, title: String?, conciseSummary: String?, context: String?,
        status: SupportTicketStatus, supportRequestMethod: SupportRequestMethod, resolvedAt: Int64?,
        email: String, organizationId: String, serverId: String?, sessionId: String?,
        assigneeId: String?, priority: SupportTicketPriority
    ) {
        self.id = id
        self.createdAt = createdAt
        self.title = title
        self.conciseSummary = conciseSummary
        self.context = context
        self.status = status
        self.supportRequestMethod = supportRequestMethod
        self.resolvedAt = resolvedAt
        self.email = email
        self.organizationId = organizationId
        self.serverId = serverId
        self.sessionId = sessionId
        self.assigneeId = assigneeId
        self.priority = priority
    }
}
