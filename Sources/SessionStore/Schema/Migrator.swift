import Foundation

/// Brings a database up to the newest schema version.
///
/// Each pending migration runs in its own transaction together with the row that records
/// it in `sessionql_schema_version`, so a failed migration leaves nothing half-applied.
/// On PostgreSQL a transaction-scoped advisory lock serializes concurrent migrators, and
/// the version is re-checked under the lock, so two `migrate` runs never apply a file twice.
public struct Migrator: Sendable {
    public let database: any SQLDatabase
    public let migrations: [Migration]

    /// The advisory-lock key that serializes migrators on PostgreSQL.
    static let advisoryLockKey: Int64 = 0x5345_5353_514C  // "SESSQL"

    public init(database: any SQLDatabase, migrations: [Migration]? = nil) {
        self.database = database
        self.migrations = (migrations ?? Migration.all(for: database.dialect)).sorted { $0.version < $1.version }
    }

    /// Versions already recorded in the database, ascending.
    public func appliedVersions() async throws -> [Int] {
        let dialect = database.dialect
        let rows = try await database.transaction { db in
            // Under the lock: concurrent CREATE TABLE IF NOT EXISTS can collide on PostgreSQL.
            try await Migrator.lock(db, dialect: dialect)
            try await Migrator.createVersionTable(db)
            return try await db.query("SELECT version FROM sessionql_schema_version ORDER BY version")
        }
        return try rows.map { Int(try $0.int("version")) }
    }

    /// Migrations not yet applied, in the order they would run.
    public func pending() async throws -> [Migration] {
        let applied = Set(try await appliedVersions())
        return migrations.filter { !applied.contains($0.version) }
    }

    /// Applies every pending migration in version order and returns those it applied
    /// (empty when the database was already current).
    @discardableResult
    public func migrate() async throws -> [Migration] {
        var applied: [Migration] = []
        for migration in try await pending() {
            let dialect = database.dialect
            let didApply = try await database.transaction { db in
                try await Migrator.lock(db, dialect: dialect)
                if dialect == .postgres {
                    // Building indexes on a large MCPlatform database may take a while.
                    try await db.execute("SET LOCAL statement_timeout = 0")
                }
                let existing = try await db.query(
                    "SELECT version FROM sessionql_schema_version WHERE version = \(migration.version)")
                guard existing.isEmpty else { return false }
                try await db.executeScript(migration.sql)
                let now = Int64(Date().timeIntervalSince1970 * 1000)
                try await db.execute("""
                    INSERT INTO sessionql_schema_version (version, name, applied_at) \
                    VALUES (\(migration.version), \(migration.name), \(now))
                    """)
                return true
            }
            if didApply { applied.append(migration) }
        }
        return applied
    }

    /// Serializes migrators on PostgreSQL until the transaction ends (SQLite transactions
    /// already exclude each other).
    static func lock(_ db: any SQLDatabase, dialect: SQLDialect) async throws {
        if dialect == .postgres {
            try await db.execute("SELECT pg_advisory_xact_lock(\(advisoryLockKey))")
        }
    }

    static func createVersionTable(_ db: any SQLDatabase) async throws {
        try await db.execute("""
            CREATE TABLE IF NOT EXISTS sessionql_schema_version (
                version integer PRIMARY KEY,
                name text NOT NULL,
                applied_at bigint NOT NULL
            )
            """)
    }
}
