import Logging
import ServiceLifecycle

/// Keeps `sessionql_user_activity` current while the server runs: folds in new rows every
/// `interval` (see `UserActivity.fold()`) and rebuilds it whole every `rebuildInterval`
/// (for what a fold cannot see: deletions, late backfills, edited emails and names), until
/// graceful shutdown. A failed run (the database away, say) is logged and tried again at
/// the next tick; the users list keeps serving the rollup as it last was.
public struct UserActivityService: Service {
    public let activity: UserActivity
    public let interval: Duration
    public let rebuildInterval: Duration
    let logger: Logger

    public init(
        database: any SQLDatabase, interval: Duration = .seconds(5), rebuildInterval: Duration = .seconds(600),
        logger: Logger
    ) {
        self.activity = UserActivity(database: database)
        self.interval = interval
        self.rebuildInterval = rebuildInterval
        self.logger = logger
    }

    public func run() async throws {
        let (activity, interval, rebuildInterval, logger) = (self.activity, self.interval, self.rebuildInterval, self.logger)
        await cancelWhenGracefulShutdown {
            let clock = ContinuousClock()
            // `migrate` (or `seed`) has just rebuilt it.
            var lastRebuild = clock.now
            while !Task.isCancelled {
                do {
                    if clock.now - lastRebuild >= rebuildInterval {
                        try await activity.rebuild()
                        lastRebuild = clock.now
                    } else {
                        let folded = try await activity.fold()
                        if folded > 0 { logger.debug("user activity folded", metadata: ["rows": "\(folded)"]) }
                    }
                } catch {
                    logger.warning("user activity fold failed; retrying", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
