import ArgumentParser
import SessionServer
import SessionStore

/// `serve`'s subscription flags.
struct SubscriptionOptions: ParsableArguments {
    @Option(name: .customLong("watch-interval"), help: "Seconds between polls for new activity while anyone subscribes.")
    var watchInterval: Double = 1

    @Option(name: .customLong("max-subscriptions-per-connection"), help: "Active subscriptions one WebSocket may hold.")
    var perConnection: Int = SubscriptionSettings().maxPerConnection

    @Option(name: .customLong("max-subscriptions-per-key"), help: "Active subscriptions one API key may hold in this process.")
    var perKey: Int = SubscriptionSettings().maxPerKey

    @Option(name: .customLong("subscription-idle-timeout"), help: "Seconds a WebSocket may stay open without a subscription.")
    var idleTimeout: Double = 300

    @Option(name: .customLong("subscription-buffer"), help: "Events one subscriber may fall behind before it is dropped.")
    var buffer: Int = ActivityWatcher.Configuration().bufferLimit

    func validate() throws {
        guard watchInterval >= 0.05, watchInterval <= 60 else { throw ValidationError("--watch-interval must be from 0.05 to 60 seconds.") }
        guard perConnection >= 1, perKey >= 1 else {
            throw ValidationError("--max-subscriptions-per-connection and --max-subscriptions-per-key must be at least 1.")
        }
        guard idleTimeout > 0 else { throw ValidationError("--subscription-idle-timeout must be above 0.") }
        guard buffer >= 1 else { throw ValidationError("--subscription-buffer must be at least 1.") }
    }

    var settings: SubscriptionSettings {
        SubscriptionSettings(maxPerConnection: perConnection, maxPerKey: perKey, idleTimeout: Self.duration(idleTimeout))
    }

    var watcher: ActivityWatcher.Configuration {
        ActivityWatcher.Configuration(interval: Self.duration(watchInterval), bufferLimit: buffer)
    }

    static func duration(_ seconds: Double) -> Duration {
        .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
