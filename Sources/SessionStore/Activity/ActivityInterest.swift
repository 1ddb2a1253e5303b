/// What one subscriber of `ActivityWatcher` wants to hear of, always within one organization.
public struct ActivityInterest: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// New tool calls and tickets of one session, in time order.
        case timeline(sessionId: String)
        /// Sessions that started, received items or were changed: of one user, or of the
        /// whole organization. At most one event per session per poll.
        case sessions(userId: String?)
    }

    public let organizationId: String
    public let scope: Scope

    public init(organizationId: String, scope: Scope) {
        self.organizationId = organizationId
        self.scope = scope
    }

    /// The tenancy rule, checked on every event: only the organization's own rows, and
    /// only those of the scope.
    func wants(_ event: ActivityEvent) -> Bool {
        guard event.organizationId == organizationId else { return false }
        switch scope {
        case .timeline(let sessionId): return event.isTimelineItem && event.sessionId == sessionId
        case .sessions(let userId): return !event.isTimelineItem && (userId == nil || event.userId == userId)
        }
    }
}

/// Why a subscriber's stream ended.
public enum ActivityStreamEnd: Error, Sendable, CustomStringConvertible {
    /// The subscriber did not keep up: `limit` events were waiting for it.
    case tooSlow(limit: Int)
    /// The server is shutting down.
    case shuttingDown

    public var description: String {
        switch self {
        case .tooSlow(let limit): "The subscriber fell \(limit) events behind and was dropped."
        case .shuttingDown: "The server is shutting down."
        }
    }
}
