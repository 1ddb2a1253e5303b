import Foundation
import Logging
import Testing

@testable import SessionStore

/// The backends the conformance suites run every assertion against.
///
/// PostgreSQL takes part when `SESSIONQL_TEST_DATABASE_URL` is set; each test then works in
/// a schema of its own that is dropped afterwards, so suites may share one database. With
/// `SESSIONQL_REQUIRE_POSTGRES=1` a missing URL makes the PostgreSQL cases fail instead.
enum StoreBackend: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let environment = ProcessInfo.processInfo.environment
    static let postgresURL = environment["SESSIONQL_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let postgresRequired = environment["SESSIONQL_REQUIRE_POSTGRES"] == "1"

    /// The backends to run: SQLite always, PostgreSQL when configured or required.
    static let available: [StoreBackend] = {
        if postgresURL != nil || postgresRequired { return [.sqlite, .postgres] }
        print("SessionStore conformance: PostgreSQL cases skipped (SESSIONQL_TEST_DATABASE_URL is not set)")
        return [.sqlite]
    }()
}

/// A migrated, empty database of one backend that cleans up after itself.
struct ScratchDatabase {
    let database: any SQLDatabase
    private let cleanup: @Sendable () async throws -> Void

    static let logger = Logger(label: "sessionql.store.tests")

    /// Opens a fresh database and applies every migration.
    static func open(_ backend: StoreBackend) async throws -> ScratchDatabase {
        let scratch: ScratchDatabase
        switch backend {
        case .sqlite:
            let database = try await SQLiteDatabase.open(path: ":memory:", logger: logger)
            scratch = ScratchDatabase(database: database, cleanup: { try await database.close() })
        case .postgres:
            guard let url = StoreBackend.postgresURL else {
                throw ScratchDatabaseError.postgresRequired
            }
            guard case .postgres(var settings) = try DatabaseConfiguration(url: url) else {
                throw ScratchDatabaseError.notPostgres(url)
            }
            let admin = try await openDatabase(.postgres(settings), logger: logger)
            try? await PostgresTestSupport.keepTrigramsInPublic(admin)
            let schema = "reads_test_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
            do {
                try await admin.execute(SQLStatement("CREATE SCHEMA \(raw: schema)"))
            } catch {
                try? await admin.close()
                throw ScratchDatabaseError.postgresUnreachable(url: url, underlying: "\(error)")
            }
            settings.schema = schema
            let database = try await openDatabase(.postgres(settings), logger: logger)
            scratch = ScratchDatabase(database: database, cleanup: {
                try await database.close()
                try await admin.execute(SQLStatement("DROP SCHEMA \(raw: schema) CASCADE"))
                try await admin.close()
            })
        }
        do {
            try await Migrator(database: scratch.database).migrate()
        } catch {
            try? await scratch.close()
            throw error
        }
        return scratch
    }

    func close() async throws {
        try await cleanup()
    }
}

enum ScratchDatabaseError: Error, CustomStringConvertible {
    case postgresRequired
    case notPostgres(String)
    case postgresUnreachable(url: String, underlying: String)

    var description: String {
        switch self {
        case .postgresRequired:
            "SESSIONQL_REQUIRE_POSTGRES=1 but SESSIONQL_TEST_DATABASE_URL is not set"
        case .notPostgres(let url):
            "SESSIONQL_TEST_DATABASE_URL is not a PostgreSQL URL: \(url)"
        case .postgresUnreachable(let url, let underlying):
            "PostgreSQL at SESSIONQL_TEST_DATABASE_URL cannot be used (\(url.split(separator: "@").last ?? "")): \(underlying)"
        }
    }
}

/// Runs `body` with a store over a fresh database of `backend` holding the hand-made
/// fixture, and removes the database afterwards whatever happens.
func withFixtureStore(_ backend: StoreBackend, _ body: (SessionStore) async throws -> Void) async throws {
    let scratch = try await ScratchDatabase.open(backend)
    do {
        try await StoreFixture.insert(into: scratch.database)
        // Rows written behind the migrator's back reach the users rollup by a rebuild.
        try await UserActivity(database: scratch.database).rebuild()
        try await body(SessionStore(database: scratch.database))
    } catch {
        try? await scratch.close()
        throw error
    }
    try await scratch.close()
}

/// Runs `read` and checks that it ran exactly `statements` SQL statements.
func expectStatements<T>(
    _ statements: Int, on store: SessionStore, sourceLocation: SourceLocation = #_sourceLocation,
    _ read: () async throws -> T
) async throws -> T {
    let before = store.database.statementCount
    let result = try await read()
    #expect(store.database.statementCount - before == statements, sourceLocation: sourceLocation)
    return result
}
