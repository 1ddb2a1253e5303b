/// Which sessions a list or a count considers. Every condition given must hold.
public struct SessionFilter: Sendable, Hashable {
    /// Only sessions on these servers (by server id).
    public var serverIds: [String]?
    /// Epoch milliseconds: sessions that connected at or after this time.
    public var since: Int64?
    /// Epoch milliseconds: sessions that connected before this time.
    public var until: Int64?
    /// Only sessions with (true) or without (false) a failed tool call.
    public var hasErrors: Bool?
    /// Only sessions with (true) or without (false) a support ticket.
    public var hasTickets: Bool?
    /// Case-insensitive text in the title, or in the display title (the server's name, else
    /// the session id) of an untitled session.
    public var search: String?

    public init(
        serverIds: [String]? = nil, since: Int64? = nil, until: Int64? = nil,
        hasErrors: Bool? = nil, hasTickets: Bool? = nil, search: String? = nil
    ) {
        self.serverIds = serverIds
        self.since = since
        self.until = until
        self.hasErrors = hasErrors
        self.hasTickets = hasTickets
        self.search = search
    }

    public static let none = SessionFilter()
}
