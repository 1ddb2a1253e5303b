import Hummingbird
import HummingbirdWebSocket
import Logging
import SessionAPI

/// Builds the HTTP application: routes, middleware and the services it owns.
///
/// Running it (`try await app.runService(drain: dependencies.drain, shutdownTimeout: …)`)
/// drains, then stops gracefully, on SIGINT and SIGTERM.
public func buildApplication(
    configuration: ServerConfiguration,
    dependencies: ServerDependencies,
    logger: Logger,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = Router(context: SessionRequestContext.self)
    router.add(middleware: RequestTracing.middleware())
    router.add(middleware: RequestLogMiddleware(metrics: dependencies.metrics))
    router.add(middleware: ResponseCompressionMiddleware())
    router.add(middleware: CORSAllowList(origins: configuration.corsOrigins))
    let drain = dependencies.drain
    router.add(middleware: DrainMiddleware(drain: drain))
    HealthRoutes(isDatabaseReady: dependencies.isDatabaseReady, isShuttingDown: { drain.isDraining }).register(on: router)
    if let exposition = dependencies.metricsExposition {
        MetricsRoute(exposition: exposition).register(on: router)
    }
    SchemaRoutes(sdl: dependencies.schemaSDL).register(on: router)
    PlaygroundRoutes(files: configuration.playground).register(on: router)
    DemoKeyRoute(key: configuration.isLoopback ? dependencies.demoKey : nil).register(on: router)
    // One limiter: a key's requests count against one budget whichever route they take.
    let limiter = KeyRateLimiter(limit: configuration.rateLimit)
    // One quota: a key's subscriptions count together over WebSocket and event streams.
    let quota = SubscriptionQuota(limit: configuration.subscriptions.maxPerKey)
    let streaming = dependencies.graphQL as? any GraphQLStreamingService
    if let service = dependencies.graphQL {
        GraphQLRoutes(
            service: service, maxBodySize: configuration.maxBodySize, requestTimeout: configuration.requestTimeout,
            verifier: dependencies.keys, limiter: limiter, metrics: dependencies.metrics,
            eventStream: streaming == nil ? nil : EventStreamResponse(quota: quota, keepAlive: configuration.subscriptions.keepAlive, drain: drain)
        ).register(on: router)
    }
    if let export = dependencies.export {
        ExportRoutes(export: export, verifier: dependencies.keys, limiter: limiter, metrics: dependencies.metrics).register(on: router)
    }
    let webSocketRouter = Router(context: BasicWebSocketRequestContext.self)
    if let streaming {
        TransportWSRoute(connection: TransportWSConnection(
            service: streaming, verifier: dependencies.keys, settings: configuration.subscriptions, quota: quota, drain: drain,
            logger: logger
        )).register(on: webSocketRouter)
    }
    return Application(
        router: router,
        server: .http1WebSocketUpgrade(
            webSocketRouter: webSocketRouter,
            configuration: .init(http1: .init(additionalChannelHandlers: [ClientGoneHandler()]), ws: .init(
                maxFrameSize: configuration.subscriptions.maxMessageBytes, autoPing: .enabled(timePeriod: .seconds(30))))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "SessionQL"),
        services: dependencies.services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
}
