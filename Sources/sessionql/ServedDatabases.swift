import Logging
import SessionServer
import SessionStore
import ServiceLifecycle

/// The databases `serve` uses: the primary, which takes every write, the reads' database
/// (the primary, or a `ReplicatedDatabase` over it and the read replicas), and the
/// database to LISTEN on.
struct ServedDatabases {
    let primary: any SQLDatabase
    let reads: any SQLDatabase
    let listening: (any NotificationListening)?
    /// The PostgreSQL pools, run as services so that they close on graceful shutdown.
    let pools: [any Service]
    /// Checks the read replicas' lag, when there are any.
    let monitor: ReplicaLagMonitor?
    private let others: [any SQLDatabase]

    static func open(
        primary: any SQLDatabase, configuration: DatabaseConfiguration, replicas options: ReplicaOptions,
        statementTimeout: Duration, metrics: ServerMetrics, logger: Logger
    ) async throws -> ServedDatabases {
        var others: [any SQLDatabase] = []
        do {
            let replicas = try await options.openReplicas(primary: configuration, statementTimeout: statementTimeout, logger: logger)
            others += replicas.map(\.database)
            let (listening, listenDatabase) = try await options.openListening(
                primary: primary, configuration: configuration, logger: logger)
            if let listenDatabase { others.append(listenDatabase) }
            var reads = primary
            var monitor: ReplicaLagMonitor?
            if !replicas.isEmpty {
                let replicated = ReplicatedDatabase(
                    primary: primary, replicas: replicas, maxLag: try options.lagBound() ?? 5,
                    routed: { metrics.read(onReplica: $0) })
                let lagMonitor = ReplicaLagMonitor(database: replicated, logger: logger) { replica, health in
                    metrics.readReplica(replica.name, lag: health.lag, answered: health.answered)
                }
                // Before the first request: a replica serves reads only once checked.
                await lagMonitor.checkAll()
                for replica in replicas {
                    logger.info("read replica", metadata: [
                        "replica": "\(replica.name)", "lag_s": "\(replica.health.lag.map { "\($0)" } ?? "unknown")",
                    ])
                }
                reads = replicated
                monitor = lagMonitor
            }
            let pools = ([primary] + others).compactMap { $0 as? PostgresDatabase }
            return ServedDatabases(
                primary: primary, reads: reads, listening: listening, pools: pools, monitor: monitor, others: others)
        } catch {
            for database in others { try? await database.close() }
            throw error
        }
    }

    func close() async throws {
        for database in others { try? await database.close() }
        try await primary.close()
    }
}
