import Logging
import ServiceLifecycle

/// Checks each read replica's lag every `interval` (`ReadReplica.check()`), hands the
/// results to `report` (the server's metrics), and logs when a replica starts or stops
/// serving reads. Runs until graceful shutdown.
public struct ReplicaLagMonitor: Service {
    let database: ReplicatedDatabase
    let interval: Duration
    let logger: Logger
    let report: @Sendable (ReadReplica, ReadReplica.Health) -> Void

    public init(
        database: ReplicatedDatabase, interval: Duration = .seconds(1), logger: Logger,
        report: @escaping @Sendable (ReadReplica, ReadReplica.Health) -> Void = { _, _ in }
    ) {
        self.database = database
        self.interval = interval
        self.logger = logger
        self.report = report
    }

    /// Checks every replica once, at the same time.
    public func checkAll() async {
        let (maxLag, report, logger) = (database.maxLag, self.report, self.logger)
        await withTaskGroup(of: Void.self) { group in
            for replica in database.replicas {
                group.addTask {
                    let served = replica.serves(maxLag: maxLag)
                    let health = await replica.check()
                    report(replica, health)
                    let serves = replica.serves(maxLag: maxLag)
                    guard serves != served else { return }
                    if serves {
                        logger.info("read replica serves reads", metadata: ["replica": "\(replica.name)", "lag_s": "\(health.lag ?? 0)"])
                    } else {
                        logger.warning("read replica skipped", metadata: [
                            "replica": "\(replica.name)",
                            "reason": "\(health.lag.map { "lag \($0)s above \(maxLag)s" } ?? "no answer")",
                        ])
                    }
                }
            }
        }
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await checkAll()
                try? await Task.sleep(for: interval)
            }
        }
    }
}
