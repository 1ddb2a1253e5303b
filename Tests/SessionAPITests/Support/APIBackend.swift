import Foundation
import Logging
import Testing

@testable import SessionStore

/// The backends the API suites run on: SQLite always; PostgreSQL when
/// `SESSIONQL_TEST_DATABASE_URL` is set, or — failing instead of skipping — when
/// `SESSIONQL_REQUIRE_POSTGRES=1`. Every PostgreSQL database of these suites lives in a
/// schema named `sessionapi_…`, so they never meet the store suites' schemas.
enum APIBackend: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let environment = ProcessInfo.processInfo.environment
    static let postgresURL = environment["SESSIONQL_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let postgresRequired = environment["SESSIONQL_REQUIRE_POSTGRES"] == "1"

    /// Whether PostgreSQL cases run; says once, clearly, when they are skipped.
    static let postgresEnabled: Bool = {
        if postgresURL != nil || postgresRequired { return true }
        print("SKIPPED: SessionAPI PostgreSQL tests (set SESSIONQL_TEST_DATABASE_URL to run them)")
        return false
    }()

    static let available: [APIBackend] = postgresEnabled ? [.sqlite, .postgres] : [.sqlite]

    static let logger = Logger(label: "sessionql.api.tests")

    /// A migrated, empty database. On PostgreSQL, `schema` is dropped and created afresh.
    func openEmpty(schema: String) async throws -> any SQLDatabase {
        let database: any SQLDatabase
        switch self {
        case .sqlite:
            database = try await SQLiteDatabase.open(path: ":memory:", statementTimeout: .seconds(30), logger: Self.logger)
        case .postgres:
            guard let url = Self.postgresURL else { throw APIBackendError.postgresRequired }
            guard case .postgres(var settings) = try DatabaseConfiguration(url: url) else {
                throw APIBackendError.notPostgres
            }
            let admin = try await openDatabase(.postgres(settings), logger: Self.logger)
            do {
                try await admin.execute(SQLStatement("DROP SCHEMA IF EXISTS \(raw: schema) CASCADE"))
                try await admin.execute(SQLStatement("CREATE SCHEMA \(raw: schema)"))
            } catch {
                try? await admin.close()
                throw APIBackendError.postgresUnreachable("\(error)")
            }
            try await admin.close()
            settings.schema = schema
            database = try await openDatabase(.postgres(settings), statementTimeout: .seconds(30), logger: Self.logger)
        }
        try await Migrator(database: database).migrate()
        return database
    }

    /// A fresh database holding `Seeder(seed: 1, scale: .small)`, for tests that write.
    func openSeeded(schema: String) async throws -> any SQLDatabase {
        let database = try await openEmpty(schema: schema)
        try await Seeder(seed: APIData.seed, scale: .small).seed(into: database)
        return database
    }
}

enum APIBackendError: Error, CustomStringConvertible {
    case postgresRequired
    case notPostgres
    case postgresUnreachable(String)

    var description: String {
        switch self {
        case .postgresRequired: "SESSIONQL_REQUIRE_POSTGRES=1 but SESSIONQL_TEST_DATABASE_URL is not set"
        case .notPostgres: "SESSIONQL_TEST_DATABASE_URL is not a PostgreSQL URL"
        case .postgresUnreachable(let reason): "PostgreSQL at SESSIONQL_TEST_DATABASE_URL cannot be used: \(reason)"
        }
    }
}
