/// Which items of a session's timeline a page, a count or an `around` look-up considers.
/// Every condition given must hold; an absent one does not filter.
public struct TimelineFilter: Sendable, Hashable {
    /// The kinds of item kept; nil keeps both.
    public var kinds: Set<TimelineItemKind>?
    /// Only calls of these tools (tickets have no tool, so they are left out).
    public var toolNames: [String]?
    /// Only failed calls (true) or only calls that did not fail (false); tickets are left out.
    public var isError: Bool?
    /// Epoch milliseconds: items at or after this time (items without a time are left out).
    public var since: Int64?
    /// Epoch milliseconds: items before this time.
    public var until: Int64?
    /// Case-insensitive text in a call's tool name, input or output JSON, or a ticket's
    /// title, summary or context.
    public var search: String?

    public init(
        kinds: Set<TimelineItemKind>? = nil, toolNames: [String]? = nil, isError: Bool? = nil,
        since: Int64? = nil, until: Int64? = nil, search: String? = nil
    ) {
        self.kinds = kinds
        self.toolNames = toolNames
        self.isError = isError
        self.since = since
        self.until = until
        self.search = search
    }

    /// No condition at all.
    public static let none = TimelineFilter()

    /// Whether tool calls can pass.
    var keepsToolCalls: Bool { kinds?.contains(.toolCall) ?? true }
    /// Whether tickets can pass: not when a condition only tool calls have is given.
    var keepsTickets: Bool { (kinds?.contains(.supportTicket) ?? true) && toolNames == nil && isError == nil }
}

/// The two kinds of timeline item.
public enum TimelineItemKind: String, Sendable, Hashable, CaseIterable {
    case toolCall
    case supportTicket
}
