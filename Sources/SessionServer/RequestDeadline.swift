import Synchronization

/// Runs a request's work with a deadline. At the deadline the work is cancelled (the
/// database driver stops waiting for its statements) and the caller gets nil at once, even
/// if the work is slow to notice: it finishes on its own, and its answer is dropped.
enum RequestDeadline {
    static func run<T: Sendable>(within limit: Duration, _ work: @escaping @Sendable () async -> T) async -> T? {
        let task = Task { await work() }
        let once = Once<T?>()
        return await withCheckedContinuation { continuation in
            once.set(continuation)
            Task {
                let value = await task.value
                once.resume(with: value)
            }
            Task {
                try? await Task.sleep(for: limit)
                if once.resume(with: nil) { task.cancel() }
            }
        }
    }

    /// Resumes a continuation exactly once, with whichever value comes first.
    private final class Once<Value: Sendable>: Sendable {
        private let state = Mutex<(continuation: CheckedContinuation<Value, Never>?, done: Bool)>((nil, false))

        func set(_ continuation: CheckedContinuation<Value, Never>) {
            state.withLock { $0.continuation = continuation }
        }

        /// True when this call resumed it.
        @discardableResult
        func resume(with value: Value) -> Bool {
            let continuation: CheckedContinuation<Value, Never>? = state.withLock { state in
                guard !state.done, let continuation = state.continuation else { return nil }
                state.done = true
                return continuation
            }
            continuation?.resume(returning: value)
            return continuation != nil
        }
    }
}
