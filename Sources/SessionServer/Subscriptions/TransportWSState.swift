import Foundation
import SessionAPI

/// What one graphql-transport-ws connection holds: whether it was initialised and by which
/// key, and its operations by id.
actor TransportWSState {
    enum Reservation { case reserved, taken, full }

    private(set) var identity: KeyIdentity?
    private(set) var initStarted = false
    private(set) var isClosed = false
    private var operations: [String: Task<Void, Never>?] = [:]
    private var streaming = 0
    /// Since when the connection has had no operation (nil while it has one).
    private(set) var quietSince: ContinuousClock.Instant? = ContinuousClock.now

    func beginInit() -> Bool {
        guard !initStarted else { return false }
        initStarted = true
        return true
    }

    func acknowledge(_ identity: KeyIdentity) {
        self.identity = identity
    }

    func touch() {
        if operations.isEmpty { quietSince = ContinuousClock.now }
    }

    func reserve(_ id: String, limit: Int) -> Reservation {
        if operations.keys.contains(id) { return .taken }
        if operations.count >= limit { return .full }
        operations[id] = .some(nil)
        quietSince = nil
        return .reserved
    }

    func started(_ id: String, _ task: Task<Void, Never>) {
        // It may have finished already.
        if operations.keys.contains(id) { operations[id] = task }
    }

    func subscribed() {
        streaming += 1
    }

    func finished(_ id: String) {
        operations[id] = nil
        if operations.isEmpty { quietSince = ContinuousClock.now }
    }

    func cancel(_ id: String) {
        if case .some(.some(let task)) = operations[id] { task.cancel() }
        finished(id)
    }

    func closed() {
        isClosed = true
    }

    func cancelAll(releasing quota: SubscriptionQuota) {
        isClosed = true
        for case .some(let task) in operations.values { task.cancel() }
        operations = [:]
    }
}
