/// Runs `operation`, throwing `SQLError.timeout` if it has not finished after `limit`.
///
/// The operation's task is cancelled at the deadline; work that ignores cancellation
/// (a running SQLite statement) finishes on its own, but the caller is no longer held.
func withDeadline<T: Sendable>(
    _ limit: Duration, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw SQLError.timeout(seconds: Double(limit.components.seconds)
                + Double(limit.components.attoseconds) / 1e18)
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}
