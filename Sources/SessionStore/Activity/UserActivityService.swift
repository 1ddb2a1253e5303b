import Logging
import ServiceLifecycle

/// Keeps `sessionql_user_activity` current while the server runs: folds in new rows every
/// `interval` (see `UserActivity.fold()`), until graceful shutdown. A failed fold (the
/// database away, say) is logged and tried again at the next tick; the users list keeps
/// serving the rollup as it last was.
public struct UserActivityService: Service {
    public let activity: UserActivity
    public let interval: Duration
    let logger: Logger

    public init(database: any SQLDatabase, interval: Duration = .seconds(5), logger: Logger) {
        self.activity = UserActivity(database: database)
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        let (activity, interval, logger) = (self.activity, self.interval, self.logger)
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let folded = try await activity.fold()
                    if folded > 0 { logger.debug("user activity folded", metadata: ["rows": "\(folded)"]) }
                } catch {
                    logger.warning("user activity fold failed; retrying", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
