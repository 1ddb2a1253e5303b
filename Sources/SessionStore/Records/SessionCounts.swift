/// Figures about one session computed from live rows at read time; nothing here is stored.
public struct SessionCounts: Sendable, Hashable {
    public var toolCallCount: Int
    public var supportTicketCount: Int
    /// Tool calls whose output is a CallToolResult with `isError: true`.
    public var errorCount: Int
    /// Tickets not yet resolved or closed.
    public var openTicketCount: Int
    /// Epoch milliseconds: the latest of the connection time and the session's item times.
    public var lastActivityAt: Int64?

    public init(toolCallCount: Int, supportTicketCount: Int, errorCount: Int, openTicketCount: Int = 0, lastActivityAt: Int64?) {
        self.toolCallCount = toolCallCount
        self.supportTicketCount = supportTicketCount
        self.errorCount = errorCount
        self.openTicketCount = openTicketCount
        self.lastActivityAt = lastActivityAt
    }
}
