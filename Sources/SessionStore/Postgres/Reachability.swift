import Synchronization

/// What the last attempts to reach PostgreSQL said, so that an outage costs each request
/// nothing: once an attempt has found the database unreachable, requests fail at once
/// instead of each waiting for a connection that cannot come, and one background probe
/// asks again until the database answers.
final class Reachability: Sendable {
    private struct State {
        var isDown = false
        var lastSuccess: ContinuousClock.Instant?
    }

    private let state = Mutex(State())

    /// Whether the database was found unreachable and has not answered a probe since.
    var isDown: Bool { state.withLock { $0.isDown } }

    /// A statement ran: the database is reachable.
    func succeeded() {
        state.withLock {
            $0.isDown = false
            $0.lastSuccess = .now
        }
    }

    /// Whether any statement has succeeded yet (a new pool is still opening its first
    /// connection until one has).
    var hasAnswered: Bool { state.withLock { $0.lastSuccess != nil } }

    /// Whether a statement succeeded within `window`: a wait for a connection is then the
    /// pool being busy, not the database being gone.
    func succeeded(within window: Duration) -> Bool {
        state.withLock { state in state.lastSuccess.map { ContinuousClock.now - $0 < window } ?? false }
    }

    /// Records that the database could not be reached; true for the caller that turned the
    /// state to down (it starts the probe).
    func failed() -> Bool {
        state.withLock { state in
            defer { state.isDown = true }
            return !state.isDown
        }
    }
}
