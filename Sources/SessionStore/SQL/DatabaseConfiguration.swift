import Foundation
import Logging
import PostgresNIO

/// Where the data lives, parsed from a URL or the environment.
///
/// `postgres://` / `postgresql://` URLs select PostgreSQL; anything else is a SQLite file
/// path (`sqlite:` / `file:` prefixes allowed), or a directory in which `sessionql.sqlite`
/// is used. Without an explicit location, `DATABASE_URL` wins, then the usual `PG*`
/// variables (when `PGHOST` or `PGDATABASE` is set), then the embedded default file.
public enum DatabaseConfiguration: Sendable, Equatable {
    case postgres(PostgresSettings)
    case sqlite(path: String)

    public struct PostgresSettings: Sendable, Equatable {
        public var host: String
        public var port: Int
        public var username: String
        public var password: String?
        public var database: String?
        /// libpq's `sslmode` (URL `?sslmode=`, else `PGSSLMODE`); default `disable`.
        public var tlsMode: PostgresTLSMode
        /// libpq's `sslrootcert`: a PEM file of the certificates to trust (URL `?sslrootcert=`,
        /// else `PGSSLROOTCERT`).
        public var tlsRootCertificatePath: String?
        /// The schema searched first (URL `?schema=`), for MCPlatform tables outside `public`
        /// and for isolated test schemas. Nil keeps the server's default search path.
        public var schema: String?
        /// The connection pooler between SessionQL and PostgreSQL (URL `?pooler=`).
        public var pooler: PostgresPooler

        public init(host: String = "127.0.0.1", port: Int = 5432, username: String, password: String? = nil,
                    database: String? = nil, tlsMode: PostgresTLSMode = .disable,
                    tlsRootCertificatePath: String? = nil, schema: String? = nil,
                    pooler: PostgresPooler = .none) {
            self.schema = schema
            self.pooler = pooler
            self.host = host
            self.port = port
            self.username = username
            self.password = password
            self.database = database
            self.tlsMode = tlsMode
            self.tlsRootCertificatePath = tlsRootCertificatePath
        }
    }

    /// The embedded default: `sessionql.sqlite` in the working directory.
    public static let defaultSQLitePath = "sessionql.sqlite"

    /// Parses a database location: a PostgreSQL URL or a SQLite path. As in libpq,
    /// `PGSSLMODE` and `PGSSLROOTCERT` apply to a URL that does not give `sslmode` or
    /// `sslrootcert`.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            self = .postgres(try Self.postgresSettings(from: url, environment: environment))
            return
        }
        var path = url
        for prefix in ["sqlite://", "sqlite:", "file://", "file:"] where path.hasPrefix(prefix) {
            path.removeFirst(prefix.count)
            break
        }
        guard !path.isEmpty else { throw SQLError.invalidConfiguration("empty SQLite path") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            path = (path as NSString).appendingPathComponent("sessionql.sqlite")
        }
        self = .sqlite(path: path)
    }

    /// The location from `explicit` if given, else from the environment (see the type's doc).
    public static func resolve(_ explicit: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Self {
        if let explicit, !explicit.isEmpty { return try Self(url: explicit, environment: environment) }
        if let url = environment["DATABASE_URL"], !url.isEmpty { return try Self(url: url, environment: environment) }
        if environment["PGHOST"] != nil || environment["PGDATABASE"] != nil {
            let user = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
            let tls = try tlsSettings(query: [:], environment: environment)
            return .postgres(PostgresSettings(
                host: environment["PGHOST"] ?? "127.0.0.1",
                port: Int(environment["PGPORT"] ?? "") ?? 5432,
                username: user,
                password: environment["PGPASSWORD"],
                database: environment["PGDATABASE"] ?? user,
                tlsMode: tls.mode, tlsRootCertificatePath: tls.rootCertificatePath))
        }
        return .sqlite(path: defaultSQLitePath)
    }

    static func postgresSettings(from url: String, environment: [String: String]) throws -> PostgresSettings {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            throw SQLError.invalidConfiguration("cannot read PostgreSQL URL")
        }
        var database = components.path
        if database.hasPrefix("/") { database.removeFirst() }
        let query = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let tls = try tlsSettings(query: query, environment: environment)
        return PostgresSettings(
            host: host,
            port: components.port ?? 5432,
            username: components.user?.removingPercentEncoding ?? "postgres",
            password: components.password?.removingPercentEncoding,
            database: database.isEmpty ? nil : database.removingPercentEncoding,
            tlsMode: tls.mode, tlsRootCertificatePath: tls.rootCertificatePath,
            schema: query["schema"].flatMap { $0.isEmpty ? nil : $0 },
            pooler: try PostgresPooler(parameter: query["pooler"]))
    }

    /// `sslmode` and `sslrootcert` from URL parameters, else from `PGSSLMODE` and
    /// `PGSSLROOTCERT`; an empty value counts as not given.
    static func tlsSettings(query: [String: String], environment: [String: String]) throws
        -> (mode: PostgresTLSMode, rootCertificatePath: String?) {
        func value(_ parameter: String, _ variable: String) -> String? {
            if let value = query[parameter], !value.isEmpty { return value }
            if let value = environment[variable], !value.isEmpty { return value }
            return nil
        }
        return (try value("sslmode", "PGSSLMODE").map(PostgresTLSMode.init(sslmode:)) ?? .disable,
                value("sslrootcert", "PGSSLROOTCERT"))
    }

    /// A short description safe for logs (no password).
    public var redacted: String {
        switch self {
        case .postgres(let settings):
            "postgres://\(settings.username)@\(settings.host):\(settings.port)/\(settings.database ?? "")"
        case .sqlite(let path):
            "sqlite:\(path)"
        }
    }
}

/// Opens the database a configuration names. PostgreSQL pools start at once.
public func openDatabase(_ configuration: DatabaseConfiguration, statementTimeout: Duration = .seconds(5),
                         logger: Logger = Logger(label: "sessionql.store")) async throws -> any SQLDatabase {
    switch configuration {
    case .sqlite(let path):
        return try await SQLiteDatabase.open(path: path, statementTimeout: statementTimeout, logger: logger)
    case .postgres(let settings):
        let tls = try PostgresTLS(mode: settings.tlsMode, rootCertificatePath: settings.tlsRootCertificatePath).client
        var client = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.username,
            password: settings.password, database: settings.database, tls: tls)
        client.options.connectTimeout = .seconds(5)
        client.options.maximumConnections = 10
        if let schema = settings.schema {
            guard settings.pooler == .none else {
                throw SQLError.invalidConfiguration(
                    "schema= sets the search path for the connection, which pooler=transaction does not keep: "
                        + "set it on the role instead (ALTER ROLE … SET search_path)")
            }
            client.options.additionalStartupParameters.append(("search_path", "\"\(schema)\""))
        }
        // The pool logs every failed connection attempt at info level; while the database
        // is down that is one line a second. Callers see `SQLError.unavailable` instead.
        var poolLogger = logger
        poolLogger.logLevel = max(logger.logLevel, .warning)
        // Named prepared statements live in the database session; a pooler in transaction
        // mode hands each transaction another one.
        let prepared = ProcessInfo.processInfo.environment["SESSIONQL_PREPARED_STATEMENTS"]?.lowercased() != "off"
        return PostgresDatabase(
            configuration: client, statementTimeout: statementTimeout, preparedStatements: prepared,
            pooler: settings.pooler, logger: poolLogger)
    }
}

/// Opens the database named by a URL or path (or the environment when nil).
public func openDatabase(url: String?, statementTimeout: Duration = .seconds(5),
                         logger: Logger = Logger(label: "sessionql.store")) async throws -> any SQLDatabase {
    try await openDatabase(DatabaseConfiguration.resolve(url), statementTimeout: statementTimeout, logger: logger)
}
