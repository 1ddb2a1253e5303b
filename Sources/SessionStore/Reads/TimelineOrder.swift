/// The order of a session's timeline.
public enum TimelineOrder: String, Sendable, Hashable, CaseIterable {
    /// Oldest first: (created_at, id) ascending.
    case oldestFirst
    /// Newest first: (created_at, id) descending.
    case newestFirst

    /// The list a cursor of this order belongs to: a cursor of one order is refused by the other.
    public var cursorList: Cursor.List {
        switch self {
        case .oldestFirst: .timeline
        case .newestFirst: .timelineNewestFirst
        }
    }
}
