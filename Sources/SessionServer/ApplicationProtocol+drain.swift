import Hummingbird
import ServiceLifecycle

extension ApplicationProtocol {
    /// Runs the application until SIGTERM or SIGINT, then shuts it down in two steps: the
    /// drain (`/readyz` 503, new requests 503, WebSockets closed with 1001, event streams
    /// ended; open requests finish), then the server stops listening and the services it
    /// owns stop. What has not finished `shutdownTimeout` after the signal is cancelled.
    public func runService(drain: ShutdownDrain, shutdownTimeout: Duration) async throws {
        var configuration = ServiceGroupConfiguration(
            services: [.init(service: self), .init(service: drain)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger)
        // Services stop in reverse order: the drain ends before the application is told to stop.
        configuration.maximumGracefulShutdownDuration = shutdownTimeout
        try await ServiceGroup(configuration: configuration).run()
    }
}
