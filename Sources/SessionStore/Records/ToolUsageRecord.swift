/// How one tool was used in one session.
public struct ToolUsageRecord: Sendable, Hashable {
    public var toolName: String
    public var count: Int
    public var errorCount: Int
    /// Epoch milliseconds of the first and last call with a time.
    public var firstCalledAt: Int64?
    public var lastCalledAt: Int64?

    public init(toolName: String, count: Int, errorCount: Int, firstCalledAt: Int64?, lastCalledAt: Int64?) {
        self.toolName = toolName
        self.count = count
        self.errorCount = errorCount
        self.firstCalledAt = firstCalledAt
        self.lastCalledAt = lastCalledAt
    }
}
