import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Prometheus
import SessionAPI
import SessionServer
import SessionStore
import ServiceLifecycle

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve GraphQL over HTTP (the default command)."
    )

    @Option(help: "Address to listen on. Beyond loopback the server starts only when an API key exists.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8080

    @OptionGroup var database: DatabaseOptions

    @OptionGroup(title: "Read replicas") var replicas: ReplicaOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    @OptionGroup(title: "Subscriptions") var subscriptions: SubscriptionOptions

    @OptionGroup(title: "Tracing") var tracing: TracingOptions

    @Option(name: .customLong("request-timeout"), help: "Seconds a GraphQL request may run before it is cancelled and answered 503.")
    var requestTimeout: Double = 30

    @Option(name: .customLong("document-cache"), help: "Validated documents kept to skip parsing and validating them again (0: none).")
    var documentCache: Int = 500

    @Flag(name: .customLong("persisted-only"), help: "Run trusted documents only: the playground's own, those of --documents manifests, and those added with `sessionql documents add`.")
    var persistedOnly = false

    @Option(name: .customLong("documents"), help: "A manifest of trusted documents (Apollo's persisted query manifest, or an object of SHA-256 to document); repeatable; needs --persisted-only.")
    var documentManifests: [String] = []

    @Option(name: .customLong("playground-dir"), help: "Serve the playground's files from this folder instead of the copy built into the binary (edits show on reload).")
    var playgroundDirectory: String?

    @Option(name: .customLong("cors-origin"), help: "An origin (scheme://host[:port]) whose pages may call /graphql; repeatable (also $SESSIONQL_CORS_ORIGINS, comma-separated).")
    var corsOrigins: [String] = []

    @Option(name: .customLong("rate-limit"), help: "Requests per second one API key may make, sustained.")
    var requestsPerSecond: Double = RateLimit().requestsPerSecond

    @Option(name: .customLong("rate-burst"), help: "Requests one API key may make at once before the rate applies.")
    var burst: Int = RateLimit().burst

    @Option(name: .customLong("max-concurrent-per-key"), help: "Requests of one API key in flight at the same time.")
    var concurrentRequests: Int = RateLimit().concurrentRequests

    @Option(name: .customLong("shutdown-timeout"), help: "Seconds that requests in flight at SIGTERM or SIGINT may take to finish before they are cut off and the server exits.")
    var shutdownTimeout: Double = 10

    func validate() throws {
        if let playgroundDirectory, !FileManager.default.fileExists(atPath: playgroundDirectory + "/index.html") {
            throw ValidationError("--playground-dir \(playgroundDirectory) is not a folder holding the playground's index.html.")
        }
        if !documentManifests.isEmpty, !persistedOnly {
            throw ValidationError("--documents names trusted documents, which only --persisted-only uses.")
        }
        guard documentCache >= 0 else { throw ValidationError("--document-cache must be 0 or more.") }
        guard requestTimeout > 0, requestTimeout <= 3_600 else {
            throw ValidationError("--request-timeout must be above 0 and at most 3600 seconds.")
        }
        guard requestsPerSecond > 0, burst >= 1, concurrentRequests >= 1 else {
            throw ValidationError("--rate-limit must be above 0, and --rate-burst and --max-concurrent-per-key at least 1.")
        }
        guard shutdownTimeout > 0, shutdownTimeout <= 3_600 else {
            throw ValidationError("--shutdown-timeout must be above 0 and at most 3600 seconds.")
        }
    }

    func run() async throws {
        let logger = makeLogger("sessionql")
        let (db, configuration) = try await database.open(statementTimeout: limits.statementDuration, logger: logger)
        let server = ServerConfiguration(
            host: host, port: port, maxBodySize: limits.maxBodyBytes, playground: playgroundDirectory.map(PlaygroundFiles.directory) ?? .embedded,
            corsOrigins: Set(corsOrigins + Self.environmentOrigins()),
            rateLimit: RateLimit(requestsPerSecond: requestsPerSecond, burst: burst, concurrentRequests: concurrentRequests),
            requestTimeout: .milliseconds(Int64((requestTimeout * 1000).rounded())),
            subscriptions: subscriptions.settings)
        // Requests' statements are timed and counted (metrics, the request log line).
        let registry = PrometheusCollectorRegistry()
        let metrics = ServerMetrics(factory: PrometheusMetricsFactory(registry: registry))
        let tracer = try tracing.bootstrap()
        let topology: ServedDatabases
        do {
            topology = try await ServedDatabases.open(
                primary: db, configuration: configuration, replicas: replicas,
                statementTimeout: limits.statementDuration, metrics: metrics, logger: logger)
        } catch {
            try? await db.close()
            throw error
        }
        let observed = ObservedDatabase(topology.reads, metrics: metrics, traced: tracer != nil)
        let keys = APIKeys(store: SessionStore(database: observed))
        // The watcher reads the primary: what it hands out was committed there.
        let watcher = ActivityWatcher(
            store: SessionStore(database: ObservedDatabase(db, metrics: metrics, traced: tracer != nil)),
            configuration: subscriptions.watcher, logger: logger)
        let demoKey: String?
        var service: SessionAPI
        let export: SessionExport
        do {
            service = try makeGraphQLService(
                database: observed, limits: limits.queryLimits, documentCache: documentCache, metrics: metrics,
                traced: tracer != nil, logger: logger)
            export = try SessionExport(api: service)
            service.watcher = watcher
            if persistedOnly {
                let trusted = try trustedDocuments(store: SessionStore(database: observed))
                service.trustedDocuments = trusted
                logger.info("trusted documents only", metadata: ["manifest_documents": "\(trusted.manifestCount)"])
            }
            try await prepare(db, configuration: configuration, logger: logger)
            demoKey = try await DemoKey.ensure(in: configuration, keys: keys)
            if !server.isLoopback, try await !keys.store.hasActiveAPIKey() {
                throw ValidationError(
                    "Refusing to listen on \(host) with no API key: every request needs one. Create one with "
                        + "`sessionql keys create --organization <slug> --name <label>`, or listen on 127.0.0.1.")
            }
        } catch {
            try? await topology.close()
            throw error
        }
        var services: [any Service] = []
        // First, so that it stops last and sends the spans of the requests that stop before it.
        if let tracer { services.append(tracer) }
        services.append(contentsOf: topology.pools)
        // After the pools, so they stop before the pools close.
        if let monitor = topology.monitor { services.append(monitor) }
        services.append(UserActivityService(database: db, logger: logger))
        services.append(ActivityWatcherService(watcher: watcher, listening: topology.listening, logger: logger))
        let dependencies = ServerDependencies(
            isDatabaseReady: { (try? await db.ping()) != nil },
            graphQL: service,
            export: export,
            keys: keys,
            demoKey: demoKey,
            schemaSDL: schemaSDL,
            services: services,
            metrics: metrics,
            metricsExposition: { registry.emitToBuffer() }
        )
        let app = buildApplication(
            configuration: server,
            dependencies: dependencies,
            logger: logger,
            onServerRunning: { [host] boundPort in
                let url = ServerConfiguration(host: host, port: boundPort).baseURL
                announce("SessionQL is serving \(configuration.redacted) at \(url)")
                if let demoKey {
                    announce(server.isLoopback
                        ? "Demo API key for acme (the playground at \(url) uses it by itself): \(demoKey)"
                        : "Demo API key for acme: \(demoKey) (the playground asks for it, since \(host) is not loopback)")
                }
            }
        )
        do {
            try await app.runService(
                drain: dependencies.drain, shutdownTimeout: .milliseconds(Int64((shutdownTimeout * 1000).rounded())))
        } catch {
            try? await topology.close()
            throw error
        }
        if !(db is PostgresDatabase) { try await db.close() }
    }

    /// The playground's documents and those of every `--documents` manifest, and the table's.
    func trustedDocuments(store: SessionStore) throws -> TrustedDocuments {
        var manifest = try TrustedDocuments.manifest(json: PlaygroundDocuments.manifest)
        for path in documentManifests {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw ValidationError("Cannot read the --documents manifest \(path).")
            }
            do {
                manifest.merge(try TrustedDocuments.manifest(json: Array(bytes))) { first, _ in first }
            } catch {
                throw ValidationError("--documents \(path): \(error)")
            }
        }
        return TrustedDocuments(manifest: manifest, store: store)
    }

    static func environmentOrigins() -> [String] {
        (ProcessInfo.processInfo.environment["SESSIONQL_CORS_ORIGINS"] ?? "")
            .split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }

    /// The embedded default migrates and seeds itself the first time; any other database must
    /// already hold every table and column SessionQL reads.
    private func prepare(_ db: any SQLDatabase, configuration: DatabaseConfiguration, logger: Logger) async throws {
        if case .sqlite = configuration {
            let applied = try await Migrator(database: db).migrate()
            if !applied.isEmpty { logger.info("applied \(applied.count) migrations") }
            if try await !Seeder.hasData(in: db) {
                let summary = try await Seeder(seed: 1, scale: .small).seed(into: db)
                announce("Seeded the embedded database with demo data: \(summary)")
            }
        }
        let missing = try await SchemaCheck.missing(in: db)
        guard missing.isEmpty else {
            throw ValidationError(
                "\(configuration.redacted) lacks what SessionQL reads (run `sessionql migrate` for SessionQL's own tables):\n"
                    + missing.map { "  missing \($0)" }.joined(separator: "\n"))
        }
    }
}
