import Logging
import SessionAPI
import ServiceLifecycle

/// What the HTTP layer needs from the rest of the program.
public struct ServerDependencies: Sendable {
    /// Whether the database answers now (for `/readyz`).
    public var isDatabaseReady: @Sendable () async -> Bool
    /// Runs GraphQL requests; nil serves no `/graphql` (health endpoints only).
    public var graphQL: (any GraphQLService)?
    /// Streams session and session-list files; nil serves no `/export`.
    public var export: SessionExport?
    /// Checks the API key of every `/graphql` request.
    public var keys: any KeyVerifier
    /// The embedded demo's key, handed to playgrounds opened from this machine; nil
    /// everywhere else.
    public var demoKey: String?
    /// The schema's SDL, served at `/schema.graphql`.
    public var schemaSDL: String
    /// Long-running services the server's lifetime owns (e.g. a database connection pool).
    public var services: [any Service]
    /// Where requests, statements and refusals are counted.
    public var metrics: ServerMetrics
    /// The metrics as Prometheus text, served at `/metrics`; nil serves no `/metrics`.
    public var metricsExposition: (@Sendable () -> [UInt8])?
    /// The drain before shutdown: `/readyz`, new requests, WebSockets and event streams
    /// follow it (run it with `runService(drain:shutdownTimeout:)`).
    public var drain: ShutdownDrain

    public init(
        isDatabaseReady: @escaping @Sendable () async -> Bool, graphQL: (any GraphQLService)?, export: SessionExport? = nil, keys: any KeyVerifier,
        demoKey: String? = nil, schemaSDL: String, services: [any Service] = [],
        metrics: ServerMetrics = .disabled, metricsExposition: (@Sendable () -> [UInt8])? = nil,
        drain: ShutdownDrain = ShutdownDrain()
    ) {
        self.isDatabaseReady = isDatabaseReady
        self.graphQL = graphQL
        self.export = export
        self.keys = keys
        self.demoKey = demoKey
        self.schemaSDL = schemaSDL
        self.services = services
        self.metrics = metrics
        self.metricsExposition = metricsExposition
        self.drain = drain
    }
}
