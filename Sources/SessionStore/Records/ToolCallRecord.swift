/// A row of `mcp_tool_calls`, without its payloads: input and output may be megabytes, so
/// they are read only when asked for (`ToolCallPayloads`).
public struct ToolCallRecord: Sendable, Hashable {
    public var id: String
    /// Epoch milliseconds.
    public var createdAt: Int64?
    public var serverId: String
    public var toolName: String
    public var userId: String?
    public var sessionId: String
    /// Whether `output` is an object whose `isError` is JSON `true`; decided in SQL, the same
    /// test the session's error count uses.
    public var isError: Bool

    public init(
        id: String, createdAt: Int64?, serverId: String, toolName: String, userId: String?,
        sessionId: String, isError: Bool
    ) {
        self.id = id
        self.createdAt = createdAt
        self.serverId = serverId
        self.toolName = toolName
        self.userId = userId
        self.sessionId = sessionId
        self.isError = isError
    }
}
