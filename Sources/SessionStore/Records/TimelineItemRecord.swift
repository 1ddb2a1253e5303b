/// One entry of a session's timeline: tool calls and tickets share one list ordered by time.
public enum TimelineItemRecord: Sendable, Hashable {
    case toolCall(ToolCallRecord)
    case supportTicket(SupportTicketRecord)

    public var id: String {
        switch self {
        case .toolCall(let call): call.id
        case .supportTicket(let ticket): ticket.id
        }
    }

    /// Epoch milliseconds.
    public var createdAt: Int64? {
        switch self {
        case .toolCall(let call): call.createdAt
        case .supportTicket(let ticket): ticket.createdAt
        }
    }

    public var sessionId: String? {
        switch self {
        case .toolCall(let call): call.sessionId
        case .supportTicket(let ticket): ticket.sessionId
        }
    }
}
