import ArgumentParser
import Foundation
import Logging
import SessionStore

/// `--data-dir` / `--database-url`, shared by every command that touches the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "Directory of the embedded SQLite database (default: $SESSIONQL_DATA_DIR or ./data).")
    var dataDir: String?

    @Option(name: .long, help: "PostgreSQL URL (postgres://user:password@host:5432/db); default: $DATABASE_URL, then the PG* variables.")
    var databaseURL: String?

    func validate() throws {
        if dataDir != nil, databaseURL != nil {
            throw ValidationError("Give either --data-dir or --database-url, not both.")
        }
    }

    /// The database these options name: an explicit URL, an explicit data dir, the
    /// environment's PostgreSQL settings, or the embedded default, in that order.
    func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DatabaseConfiguration {
        if let databaseURL { return try DatabaseConfiguration(url: databaseURL) }
        if let dataDir { return .sqlite(path: Self.sqlitePath(inDataDir: dataDir)) }
        let resolved = try DatabaseConfiguration.resolve(nil, environment: environment)
        if case .postgres = resolved { return resolved }
        return .sqlite(path: Self.sqlitePath(inDataDir: environment["SESSIONQL_DATA_DIR"] ?? "data"))
    }

    /// Opens the database, creating the data directory of a SQLite file first.
    func open(statementTimeout: Duration = .seconds(5), logger: Logger) async throws -> (any SQLDatabase, DatabaseConfiguration) {
        let configuration = try configuration()
        if case .sqlite(let path) = configuration {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
        }
        return (try await openDatabase(configuration, statementTimeout: statementTimeout, logger: logger), configuration)
    }

    static func sqlitePath(inDataDir directory: String) -> String {
        (directory as NSString).appendingPathComponent("sessionql.sqlite")
    }
}

/// A logger writing to standard error, at `$LOG_LEVEL` (default info).
func makeLogger(_ label: String) -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    return logger
}

/// Writes a line to standard output at once (`print` buffers when stdout is a pipe, and
/// scripts wait for the URL line).
func announce(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
