/// A row that appeared (or, for a session, changed) since the watcher last looked.
public struct ActivityEvent: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A tool call in a session (`id` is the call's).
        case toolCall
        /// A support ticket opened in a session (`id` is the ticket's).
        case supportTicket
        /// A session connected (`id` is the session's).
        case sessionStarted
        /// A session was changed through SessionQL, e.g. its title (`id` is the session's).
        case sessionChanged
    }

    public let kind: Kind
    public let id: String
    public let sessionId: String
    /// The organization whose servers the session is on: the only one that may see it.
    public let organizationId: String
    /// The session's user; nil for an anonymous session.
    public let userId: String?
    /// Milliseconds since the epoch, as stored; nil for a session changed through SessionQL.
    public let createdAt: Int64?

    public init(kind: Kind, id: String, sessionId: String, organizationId: String, userId: String?, createdAt: Int64?) {
        self.kind = kind
        self.id = id
        self.sessionId = sessionId
        self.organizationId = organizationId
        self.userId = userId
        self.createdAt = createdAt
    }

    /// Whether the event is a timeline item (a tool call or a ticket).
    public var isTimelineItem: Bool { kind == .toolCall || kind == .supportTicket }
}
