import Logging
import ServiceLifecycle
import Synchronization

/// The first part of a graceful shutdown, while the server still listens: from the moment it
/// begins, `/readyz` answers 503 so that load balancers stop sending traffic, new requests
/// are answered 503, WebSockets close with 1001 and event streams end; the drain is over
/// once the requests and sockets that were open have finished. Then the HTTP server stops
/// listening and closes its idle connections.
///
/// Run as a service after the application in one `ServiceGroup` (services stop in reverse
/// order, so this one drains before the application is asked to stop); see
/// `ApplicationProtocol.runService(drain:shutdownTimeout:)`.
public final class ShutdownDrain: Service, Sendable {
    private struct State {
        var draining = false
        var cancelled = false
        var inFlight = 0
        var next = 0
        var actions: [Int: @Sendable () -> Void] = [:]
        var idle: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())
    private let logger: Logger

    public init(logger: Logger = Logger(label: "sessionql")) {
        self.logger = logger
    }

    /// Whether the drain has begun.
    public var isDraining: Bool { state.withLock { $0.draining } }

    /// Waits for graceful shutdown, drains, and returns once nothing is in flight (or when
    /// cancelled, as at the end of the shutdown deadline).
    public func run() async throws {
        do {
            try await gracefulShutdown()
        } catch {
            return
        }
        let open = begin()
        logger.info("draining before shutdown", metadata: ["in_flight": "\(open)"])
        await untilIdle()
        let left = state.withLock { $0.inFlight }
        if left == 0 {
            logger.info("drained")
        } else {
            logger.warning("shutdown deadline reached; cancelling what is still in flight", metadata: ["in_flight": "\(left)"])
        }
    }

    /// Begins the drain (once): runs every registered action; returns what is in flight.
    @discardableResult
    func begin() -> Int {
        let (actions, open) = state.withLock { state -> ([@Sendable () -> Void], Int) in
            guard !state.draining else { return ([], state.inFlight) }
            state.draining = true
            defer { state.actions = [:] }
            return (Array(state.actions.values), state.inFlight)
        }
        for action in actions { action() }
        return open
    }

    /// Counts one request or socket in flight, unless the drain has begun (then false, and
    /// nothing is counted). Each admission is matched by one `leave()`.
    func admit() -> Bool {
        state.withLock { state in
            guard !state.draining else { return false }
            state.inFlight += 1
            return true
        }
    }

    func leave() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.inFlight -= 1
            guard state.inFlight == 0, state.draining else { return [] }
            defer { state.idle = [] }
            return state.idle
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Registers `action` to run when the drain begins; runs it at once if it has.
    func onDrain(_ action: @escaping @Sendable () -> Void) -> Int {
        let (token, draining) = state.withLock { state -> (Int, Bool) in
            state.next += 1
            if !state.draining { state.actions[state.next] = action }
            return (state.next, state.draining)
        }
        if draining { action() }
        return token
    }

    func unregister(_ token: Int) {
        _ = state.withLock { $0.actions.removeValue(forKey: token) }
    }

    /// Returns once nothing is in flight, or when the task is cancelled.
    func untilIdle() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
                let done = state.withLock { state -> Bool in
                    if state.inFlight == 0 || state.cancelled { return true }
                    state.idle.append(waiter)
                    return false
                }
                if done { waiter.resume() }
            }
        } onCancel: {
            let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
                state.cancelled = true
                defer { state.idle = [] }
                return state.idle
            }
            for waiter in waiters { waiter.resume() }
        }
    }
}
