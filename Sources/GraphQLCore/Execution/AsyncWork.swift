import Foundation

/// A one-off async operation run at the next loader flush (see `Deferred.init(_:)`).
///
/// `@unchecked Sendable`: `started` and `stored` are only read and written while holding
/// `lock`; the operation itself is a `@Sendable` closure.
final class AsyncWork<Value: Sendable>: BatchDispatching, @unchecked Sendable {
    private let lock = NSLock()
    private let operation: @Sendable () async throws -> Value
    private var started = false
    private var stored: Result<Value, any Error>?

    init(_ operation: @escaping @Sendable () async throws -> Value) {
        self.operation = operation
    }

    var result: Result<Value, any Error>? {
        lock.withLock { stored }
    }

    func dispatch() async {
        let first = lock.withLock {
            defer { started = true }
            return !started
        }
        guard first else { return }
        let outcome: Result<Value, any Error>
        do { outcome = .success(try await operation()) } catch { outcome = .failure(error) }
        lock.withLock { stored = outcome }
    }
}
