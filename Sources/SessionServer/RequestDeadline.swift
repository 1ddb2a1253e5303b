import SessionStore

/// Runs a request's work with a deadline: at the deadline the work is cancelled and the
/// caller gets nil at once, even if the work is slow to notice (see `withDeadline`).
enum RequestDeadline {
    static func run<T: Sendable>(within limit: Duration, _ work: @escaping @Sendable () async -> T) async -> T? {
        try? await withDeadline(limit) { await work() }
    }
}
