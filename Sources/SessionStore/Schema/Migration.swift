/// One versioned migration file, embedded in the binary.
public struct Migration: Sendable, Hashable {
    public let version: Int
    public let name: String
    public let sql: String

    /// Whether the file runs in one transaction with its version row. A file whose first
    /// line is `-- sessionql: no-transaction` runs statement by statement instead, because
    /// PostgreSQL builds an index CONCURRENTLY (without blocking writes) only outside one;
    /// such a file must be idempotent statement by statement.
    public var isTransactional: Bool {
        !sql.hasPrefix("-- sessionql: no-transaction")
    }

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// The migrations of a backend in version order. SwiftPM cannot enumerate embedded
    /// resources at run time, so each new file under `migrations/` is listed here.
    public static func all(for dialect: SQLDialect) -> [Migration] {
        switch dialect {
        case .postgres:
            [
                Migration(version: 1, name: "mcplatform", bytes: PackageResources._001_mcplatform_postgres_sql),
                Migration(version: 2, name: "sessionql", bytes: PackageResources._002_sessionql_postgres_sql),
                Migration(version: 3, name: "pages", bytes: PackageResources._003_pages_postgres_sql),
                Migration(version: 4, name: "api_keys", bytes: PackageResources._004_api_keys_postgres_sql),
                Migration(version: 5, name: "lists", bytes: PackageResources._005_lists_postgres_sql),
                Migration(version: 6, name: "trusted_documents", bytes: PackageResources._006_trusted_documents_postgres_sql),
                Migration(version: 7, name: "user_search", bytes: PackageResources._007_user_search_postgres_sql),
            ]
        case .sqlite:
            [
                Migration(version: 1, name: "mcplatform", bytes: PackageResources._001_mcplatform_sqlite_sql),
                Migration(version: 2, name: "sessionql", bytes: PackageResources._002_sessionql_sqlite_sql),
                Migration(version: 3, name: "pages", bytes: PackageResources._003_pages_sqlite_sql),
                Migration(version: 4, name: "api_keys", bytes: PackageResources._004_api_keys_sqlite_sql),
                Migration(version: 5, name: "lists", bytes: PackageResources._005_lists_sqlite_sql),
                Migration(version: 6, name: "trusted_documents", bytes: PackageResources._006_trusted_documents_sqlite_sql),
                Migration(version: 7, name: "user_search", bytes: PackageResources._007_user_search_sqlite_sql),
            ]
        }
    }

    init(version: Int, name: String, bytes: [UInt8]) {
        self.init(version: version, name: name, sql: String(decoding: bytes, as: UTF8.self))
    }
}
