import Logging
import ServiceLifecycle

/// Runs an `ActivityWatcher` beside the server until graceful shutdown, and on PostgreSQL
/// listens on `ActivityChannel` (on a connection of its own from the pool), waking the
/// watcher for each notification. A lost listening connection is opened again after a
/// second; polling goes on meanwhile.
public struct ActivityWatcherService: Service {
    public let watcher: ActivityWatcher
    let listening: (any NotificationListening)?
    let logger: Logger

    /// `listening` is the database to LISTEN on (nil: poll only).
    public init(watcher: ActivityWatcher, listening: (any NotificationListening)?, logger: Logger) {
        self.watcher = watcher
        self.listening = listening
        self.logger = logger
    }

    public func run() async throws {
        let (watcher, listening, logger) = (self.watcher, self.listening, self.logger)
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                if let listening {
                    group.addTask {
                        while !Task.isCancelled {
                            do {
                                try await listening.listen(channel: ActivityChannel.name) { payload in
                                    if payload.hasPrefix(ActivityChannel.sessionPrefix) {
                                        let sessionId = String(payload.dropFirst(ActivityChannel.sessionPrefix.count))
                                        Task { await watcher.sessionChanged(sessionId: sessionId) }
                                    } else {
                                        watcher.wake()
                                    }
                                }
                            } catch {
                                if Task.isCancelled { break }
                                logger.warning("listening for activity notifications failed; retrying", metadata: ["error": "\(error)"])
                            }
                            try? await Task.sleep(for: .seconds(1))
                        }
                    }
                }
                group.addTask { await watcher.run() }
                await group.next()
                group.cancelAll()
            }
        }
    }
}
