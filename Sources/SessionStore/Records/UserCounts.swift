/// Figures about one user in one organization, computed from live rows at read time.
public struct UserCounts: Sendable, Hashable {
    /// Sessions on the organization's servers.
    public var sessionCount: Int
    /// Tool calls in those sessions.
    public var toolCallCount: Int
    /// Failed tool calls in those sessions.
    public var errorCount: Int
    /// The organization's visible tickets with the user's email, opened in a session or not.
    public var supportTicketCount: Int

    public init(sessionCount: Int, toolCallCount: Int, errorCount: Int, supportTicketCount: Int) {
        self.sessionCount = sessionCount
        self.toolCallCount = toolCallCount
        self.errorCount = errorCount
        self.supportTicketCount = supportTicketCount
    }
}
