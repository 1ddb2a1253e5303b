import Foundation

/// Brings a database up to the newest schema version.
///
/// Each pending migration runs in its own transaction together with the row that records
/// it in `sessionql_schema_version`, so a failed migration leaves nothing half-applied;
/// a file marked `no-transaction` (see `Migration.isTransactional`) runs statement by
/// statement. On PostgreSQL a session-level advisory lock, held on one connection for the
/// whole run, serializes concurrent migrators, and each version is re-checked under it, so
/// two `migrate` runs never apply a file twice.
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
        // Under the lock: concurrent CREATE TABLE IF NOT EXISTS can collide on PostgreSQL.
        try await withLock { db in try await Migrator.appliedVersions(db) }
    }

    /// Migrations not yet applied, in the order they would run.
    public func pending() async throws -> [Migration] {
        let applied = Set(try await appliedVersions())
        return migrations.filter { !applied.contains($0.version) }
    }

    /// Applies every pending migration in version order and returns those it applied
    /// (empty when the database was already current). Then rebuilds SessionQL's users
    /// rollup (`UserActivity`) from MCPlatform's rows, whether or not anything was pending.
    @discardableResult
    public func migrate() async throws -> [Migration] {
        let migrations = self.migrations
        let dialect = database.dialect
        let applied = try await withLock { db in
            let done = Set(try await Migrator.appliedVersions(db))
            var applied: [Migration] = []
            for migration in migrations where !done.contains(migration.version) {
                if migration.isTransactional {
                    try await Migrator.inTransaction(db, dialect: dialect) { tx in
                        if dialect == .postgres {
                            // Building indexes on a large MCPlatform database may take a while.
                            try await tx.execute("SET LOCAL statement_timeout = 0")
                        }
                        try await tx.executeScript(migration.sql)
                        try await Migrator.record(migration, in: tx)
                    }
                } else {
                    if dialect == .postgres {
                        try await Migrator.dropInvalidIndexes(db)
                        try await db.execute("SET statement_timeout = 0")
                    }
                    do {
                        try await db.executeScript(migration.sql)
                        try await Migrator.record(migration, in: db)
                    } catch {
                        if dialect == .postgres { try? await db.execute("RESET statement_timeout") }
                        throw error
                    }
                    if dialect == .postgres { try await db.execute("RESET statement_timeout") }
                }
                applied.append(migration)
            }
            return applied
        }
        try await UserActivity(database: database).rebuild()
        return applied
    }

    /// Runs `body` on one connection while holding the migrators' lock.
    ///
    /// On PostgreSQL the lock is taken by polling `pg_try_advisory_lock` between
    /// statements, never by a statement that waits: a waiting statement (or an open
    /// transaction) is what CREATE INDEX CONCURRENTLY, run by the migrator holding the
    /// lock, waits for in turn, so a blocking wait would deadlock the two.
    private func withLock<T: Sendable>(_ body: @Sendable @escaping (any SQLDatabase) async throws -> T) async throws -> T {
        let dialect = database.dialect
        if (database as? PostgresDatabase)?.pooler == .transaction {
            throw SQLError.invalidConfiguration(
                "migrations hold a session-level lock, which a pooler in transaction mode does not keep: "
                    + "migrate through a direct PostgreSQL URL (without pooler=transaction)")
        }
        return try await database.withConnection { db in
            guard dialect == .postgres else { return try await body(db) }
            while true {
                let row = try await db.queryFirst("SELECT pg_try_advisory_lock(\(Migrator.advisoryLockKey)) AS locked")
                if try row?.bool("locked") == true { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            let outcome: Result<T, any Error>
            do { outcome = .success(try await body(db)) } catch { outcome = .failure(error) }
            try await db.execute("SELECT pg_advisory_unlock(\(Migrator.advisoryLockKey))")
            return try outcome.get()
        }
    }

    /// A transaction on the connection `db` already is (PostgreSQL), or SQLite's own.
    private static func inTransaction(
        _ db: any SQLDatabase, dialect: SQLDialect, _ body: @Sendable @escaping (any SQLDatabase) async throws -> Void
    ) async throws {
        guard dialect == .postgres else { return try await db.transaction(body) }
        try await db.execute("BEGIN")
        do {
            try await body(db)
        } catch {
            try? await db.execute("ROLLBACK")
            throw error
        }
        try await db.execute("COMMIT")
    }

    static func appliedVersions(_ db: any SQLDatabase) async throws -> [Int] {
        try await createVersionTable(db)
        let rows = try await db.query("SELECT version FROM sessionql_schema_version ORDER BY version")
        return try rows.map { Int(try $0.int("version")) }
    }

    static func isApplied(_ migration: Migration, in db: any SQLDatabase) async throws -> Bool {
        try await !db.query("SELECT version FROM sessionql_schema_version WHERE version = \(migration.version)").isEmpty
    }

    static func record(_ migration: Migration, in db: any SQLDatabase) async throws {
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        try await db.execute("""
            INSERT INTO sessionql_schema_version (version, name, applied_at) \
            VALUES (\(migration.version), \(migration.name), \(now))
            """)
    }

    /// A CREATE INDEX CONCURRENTLY that failed (or was interrupted) leaves an invalid
    /// index behind, which `IF NOT EXISTS` would then skip: drop SessionQL's so that the
    /// file builds them again.
    static func dropInvalidIndexes(_ db: any SQLDatabase) async throws {
        let rows = try await db.query("""
            SELECT c.relname::text AS name FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisvalid AND n.nspname = current_schema() AND c.relname LIKE 'sessionql\\_%'
            """)
        for row in rows {
            let name = try row.string("name").replacingOccurrences(of: "\"", with: "\"\"")
            try await db.execute(SQLStatement("DROP INDEX CONCURRENTLY IF EXISTS \"\(raw: name)\""))
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
