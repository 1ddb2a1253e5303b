import Synchronization

/// What one request did, filled in while it runs: the operation it ran, how that went, and
/// the SQL statements it cost. Reached through a task-local, so the database wrapper counts
/// the statements of the request whose tasks issue them, whatever the level or loader.
final class RequestStatistics: Sendable {
    @TaskLocal static var current: RequestStatistics?

    struct Snapshot: Sendable {
        var operation: String?
        var outcome: String?
        var statements = 0
        var statementTime: Duration = .zero
    }

    private let state = Mutex(Snapshot())

    var snapshot: Snapshot { state.withLock { $0 } }

    /// The GraphQL route says which operation it ran (nil: none was named) and how it went.
    func ran(operation: String?, outcome: String) {
        state.withLock {
            $0.operation = operation
            $0.outcome = outcome
        }
    }

    func statement(took duration: Duration) {
        state.withLock {
            $0.statements += 1
            $0.statementTime += duration
        }
    }
}
