import ArgumentParser
import Foundation
import Logging
import SessionStore

/// `serve`'s read replica and listening-connection flags (PostgreSQL only).
struct ReplicaOptions: ParsableArguments {
    @Option(name: .customLong("read-database-url"), help: "A streaming read replica's PostgreSQL URL, for reads; repeatable (also $SESSIONQL_READ_DATABASE_URLS, comma-separated).")
    var readDatabaseURLs: [String] = []

    @Option(name: .customLong("max-replica-lag"), help: "Seconds of replay lag beyond which a read replica serves no reads (default: $SESSIONQL_MAX_REPLICA_LAG, else 5).")
    var maxReplicaLag: Double?

    @Option(name: .customLong("listen-database-url"), help: "A direct PostgreSQL URL for LISTEN, when the database URL goes through a pooler in transaction mode (also $SESSIONQL_LISTEN_DATABASE_URL).")
    var listenDatabaseURL: String?

    func validate() throws {
        if let lag = try lagBound(), lag <= 0 || lag > 3_600 {
            throw ValidationError("--max-replica-lag must be above 0 and at most 3600 seconds.")
        }
    }

    /// The `--read-database-url`s, else those of the environment.
    func readURLs(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        if !readDatabaseURLs.isEmpty { return readDatabaseURLs }
        return (environment["SESSIONQL_READ_DATABASE_URLS"] ?? "")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func listenURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        listenDatabaseURL ?? environment["SESSIONQL_LISTEN_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func lagBound(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Double? {
        if let maxReplicaLag { return maxReplicaLag }
        guard let text = environment["SESSIONQL_MAX_REPLICA_LAG"], !text.isEmpty else { return nil }
        guard let seconds = Double(text) else { throw ValidationError("$SESSIONQL_MAX_REPLICA_LAG must be a number of seconds.") }
        return seconds
    }

    /// The replicas' pools, opened beside a PostgreSQL primary; empty with no URLs.
    func openReplicas(primary: DatabaseConfiguration, statementTimeout: Duration, logger: Logger) async throws -> [ReadReplica] {
        let urls = readURLs()
        guard !urls.isEmpty else { return [] }
        guard case .postgres = primary else {
            throw ValidationError("--read-database-url needs a PostgreSQL primary (--database-url postgres://…).")
        }
        var replicas: [ReadReplica] = []
        for url in urls {
            let configuration = try DatabaseConfiguration(url: url)
            guard case .postgres = configuration else {
                throw ValidationError("--read-database-url \(url) is not a PostgreSQL URL.")
            }
            let database = try await openDatabase(configuration, statementTimeout: statementTimeout, logger: logger)
            replicas.append(ReadReplica(name: configuration.redacted.replacingOccurrences(of: "postgres://", with: ""), database: database))
        }
        return replicas
    }

    /// The database to LISTEN on: `--listen-database-url` when given, else the primary
    /// itself unless it goes through a pooler in transaction mode (then nothing: the
    /// watcher only polls).
    func openListening(primary: any SQLDatabase, configuration: DatabaseConfiguration, logger: Logger) async throws
        -> (listening: (any NotificationListening)?, opened: (any SQLDatabase)?)
    {
        if let url = listenURL() {
            let configuration = try DatabaseConfiguration(url: url)
            guard case .postgres(let settings) = configuration, settings.pooler == .none else {
                throw ValidationError("--listen-database-url must be a direct PostgreSQL URL (without pooler=transaction).")
            }
            let database = try await openDatabase(configuration, logger: logger)
            return (database as? any NotificationListening, database)
        }
        if case .postgres(let settings) = configuration, settings.pooler == .transaction {
            logger.info("no LISTEN through a pooler in transaction mode: new activity is found by polling (give --listen-database-url to be woken at once)")
            return (nil, nil)
        }
        return (primary as? any NotificationListening, nil)
    }
}
