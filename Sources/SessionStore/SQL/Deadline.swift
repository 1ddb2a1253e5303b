import Synchronization

/// Runs `operation`, throwing `SQLError.timeout` if it has not finished after `limit`.
///
/// At the deadline the operation's task is cancelled and the caller gets the timeout at
/// once: work that ignores cancellation (a running SQLite statement, a connection the
/// driver is still waiting on) finishes on its own, and its result is dropped. Cancelling
/// the caller cancels the operation too.
public func withDeadline<T: Sendable>(
    _ limit: Duration, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    let work = Task { try await operation() }
    let first = FirstResult<T>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { continuation in
            first.wait(with: continuation)
            let timer = Task {
                try? await Task.sleep(for: limit)
                guard !Task.isCancelled else { return }
                let seconds = Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
                if first.finish(.failure(SQLError.timeout(seconds: seconds))) { work.cancel() }
            }
            Task {
                let result = await work.result
                // The timer's sleep ends here too, so no task outlives the operation.
                timer.cancel()
                first.finish(result)
            }
        }
    } onCancel: {
        work.cancel()
    }
}

/// Resumes a continuation once, with whichever result comes first.
private final class FirstResult<T: Sendable>: Sendable {
    private let state = Mutex<(continuation: CheckedContinuation<T, any Error>?, finished: Bool)>((nil, false))

    func wait(with continuation: CheckedContinuation<T, any Error>) {
        state.withLock { $0.continuation = continuation }
    }

    /// True when this call resumed the continuation.
    @discardableResult
    func finish(_ result: Result<T, any Error>) -> Bool {
        let continuation: CheckedContinuation<T, any Error>? = state.withLock { state in
            guard !state.finished, let continuation = state.continuation else { return nil }
            state.finished = true
            return continuation
        }
        continuation?.resume(with: result)
        return continuation != nil
    }
}
