import Foundation

@testable import SessionStore

/// One database per backend seeded with `Seeder(seed: StoreSeeded.seed)`, built on first
/// use and shared by the read-only seeded tests of the process, with its oracle.
///
/// On PostgreSQL it lives in the schema `sessionstore_reads_seeded`, recreated by each
/// test run (there is no hook at the end of a run to drop it).
actor StoreSeeded {
    static let seed: UInt64 = 20_260_101
    static let shared = StoreSeeded()

    struct Seeded: Sendable {
        let store: SessionStore
        let oracle: StoreOracle
    }

    private var built: [StoreBackend: Task<Seeded, any Error>] = [:]

    func seeded(_ backend: StoreBackend) async throws -> Seeded {
        if let task = built[backend] { return try await task.value }
        let task = Task { try await Self.build(backend) }
        built[backend] = task
        return try await task.value
    }

    private static func build(_ backend: StoreBackend) async throws -> Seeded {
        let database: any SQLDatabase
        switch backend {
        case .sqlite:
            database = try await SQLiteDatabase.open(path: ":memory:", logger: ScratchDatabase.logger)
        case .postgres:
            guard let url = StoreBackend.postgresURL else { throw ScratchDatabaseError.postgresRequired }
            guard case .postgres(var settings) = try DatabaseConfiguration(url: url) else {
                throw ScratchDatabaseError.notPostgres(url)
            }
            let schema = "sessionstore_reads_seeded"
            let admin = try await openDatabase(.postgres(settings), logger: ScratchDatabase.logger)
            do {
                try await admin.execute(SQLStatement("DROP SCHEMA IF EXISTS \(raw: schema) CASCADE"))
                try await admin.execute(SQLStatement("CREATE SCHEMA \(raw: schema)"))
                try await admin.close()
            } catch {
                try? await admin.close()
                throw ScratchDatabaseError.postgresUnreachable(url: url, underlying: "\(error)")
            }
            settings.schema = schema
            database = try await openDatabase(.postgres(settings), logger: ScratchDatabase.logger)
        }
        try await Migrator(database: database).migrate()
        try await Seeder(seed: seed, scale: .small).seed(into: database)
        return Seeded(store: SessionStore(database: database), oracle: try await StoreOracle.load(from: database))
    }
}
