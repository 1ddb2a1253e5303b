import Logging
import PostgresNIO
import Synchronization

/// Cancels a statement on the server when the task waiting for it is cancelled (the client
/// went away, the request ran out of time): PostgresNIO does not cancel a running query by
/// itself, so the statement would otherwise hold its connection until it ends or reaches
/// `statement_timeout`.
///
/// Each connection's backend process id is read once (`pg_backend_pid()`, not counted as a
/// statement of the request) and kept by connection id. On cancellation, a second
/// connection asks `pg_cancel_backend` for that process, only while it is still running the
/// same statement text (`pg_stat_activity` keeps its first `track_activity_query_size` bytes),
/// so a statement that finished meanwhile (its connection now serving another request) is
/// left alone.
final class StatementCancellation: Sendable {
    private let processes = Mutex<[PostgresConnection.ID: Int32]>([:])
    let client: PostgresClient
    let logger: Logger
    /// Most connections whose process id is kept (far more than a pool holds at once).
    static let remembered = 256

    init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// Runs `body`, a statement of text `sql` on `connection`, cancelling it on the server if
    /// the task is cancelled first.
    func run<T: Sendable>(
        _ sql: String, on connection: PostgresConnection, _ body: @Sendable () async throws -> T
    ) async throws -> T {
        let pid = try await process(of: connection)
        let (client, logger) = (self.client, self.logger)
        return try await withTaskCancellationHandler {
            try await body()
        } onCancel: {
            Task {
                do {
                    let rows = try await client.query(
                        "SELECT pg_cancel_backend(pid) AS cancelled FROM pg_stat_activity WHERE pid = \(pid) AND state = 'active' AND query <> '' AND starts_with(\(sql), query)",
                        logger: logger)
                    for try await _ in rows {}
                } catch {
                    logger.debug("cancelling a statement failed", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    private func process(of connection: PostgresConnection) async throws -> Int32 {
        if let known = processes.withLock({ $0[connection.id] }) { return known }
        let rows = try await connection.query("SELECT pg_backend_pid() AS pid", logger: logger)
        var pid: Int32 = 0
        for try await row in rows.decode(Int32.self) { pid = row }
        processes.withLock { known in
            // Connections come and go over a long run: keep the map about the pool's size.
            if known.count >= Self.remembered { known.removeAll(keepingCapacity: true) }
            known[connection.id] = pid
        }
        return pid
    }
}
