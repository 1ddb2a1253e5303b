/// The order of a session's timeline.
public enum TimelineOrder: String, Sendable, Hashable, CaseIterable {
    /// Oldest first: (created_at, id) ascending.
    case chronological
    /// Newest first: (created_at, id) descending.
    case newestFirst
}
