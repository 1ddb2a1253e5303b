/// Rows as the peers read them, one struct per object type of the documents. Times are
/// epoch milliseconds, as stored.
public struct OrganizationRow: Sendable {
    public var id: String
    public var name: String
    public var slug: String?
}

public struct ServerRow: Sendable {
    public var id: String
    public var name: String
    public var slug: String
}

/// An end user as one organization sees them; the OAuth fields come from the account
/// with the same email, `lastActiveAt` from the organization's rows only.
public struct UserRow: Sendable {
    public var id: String
    public var distinctId: String?
    public var email: String?
    public var name: String?
    public var image: String?
    public var emailVerified: Bool?
    public var lastActiveAt: Int64?
}

public struct SessionRow: Sendable {
    public var id: String
    public var title: String?
    public var serverId: String
    /// `YYYY-MM-DD`.
    public var connectionDate: String
    public var connectionTimestamp: Int64?
    public var userId: String?
}

/// A session's figures, counted from live rows.
public struct SessionFigures: Sendable {
    public var toolCallCount: Int
    public var supportTicketCount: Int
    public var errorCount: Int
    public var lastActivityAt: Int64?
}

public struct ToolCallRow: Sendable {
    public var id: String
    public var createdAt: Int64?
    public var serverId: String
    public var toolName: String
    public var sessionId: String
    public var isError: Bool
}

public struct TicketRow: Sendable {
    public var id: String
    public var createdAt: Int64?
    public var title: String?
    public var conciseSummary: String?
    public var context: String?
    /// The database's label (`in_progress`); GraphQL shows it upper-cased.
    public var status: String
    public var priority: String
    public var resolvedAt: Int64?
    public var email: String
    public var serverId: String?
    public var sessionId: String?
}

/// A timeline entry: a tool call or a support ticket of the session.
public enum TimelineRow: Sendable {
    case toolCall(ToolCallRow)
    case ticket(TicketRow)

    public var id: String {
        switch self {
        case .toolCall(let call): call.id
        case .ticket(let ticket): ticket.id
        }
    }

    public var createdAt: Int64? {
        switch self {
        case .toolCall(let call): call.createdAt
        case .ticket(let ticket): ticket.createdAt
        }
    }
}

/// A tool call's JSON payloads as the database renders them (nil for SQL NULL).
public struct PayloadRow: Sendable {
    public var input: String?
    public var output: String?
}

/// One page of a list read one row longer than the page.
public struct PageRows<Row: Sendable>: Sendable {
    public var rows: [Row]
    public var hasNextPage: Bool
    public var hasPreviousPage: Bool

    init(read: [Row], first: Int, after: Bool) {
        rows = Array(read.prefix(first))
        hasNextPage = read.count > first
        hasPreviousPage = after
    }
}
