import Logging
import class PostgresNIO.PostgresClient
import Testing
@testable import SessionStore

/// Work that holds one connection (a migration, the rollup) fails like a statement does when
/// PostgreSQL does not answer, instead of waiting for a connection that never comes.
@Suite struct UnreachablePostgresTests {
    func unreachable() -> PostgresDatabase {
        // Port 1 on loopback refuses every connection.
        let configuration = PostgresClient.Configuration(
            host: "127.0.0.1", port: 1, username: "nobody", password: nil, database: "none", tls: .disable)
        return PostgresDatabase(
            configuration: configuration, connectionWait: .milliseconds(200), firstConnectionWait: .milliseconds(200),
            logger: Logger(label: "test"))
    }

    @Test func aTransactionFailsAsUnavailable() async throws {
        let db = unreachable()
        await #expect(throws: SQLError.unavailable("no connection to PostgreSQL within 0.2s")) {
            try await db.transaction { scope in try await scope.execute("SELECT 1") }
        }
        // Known to be down now: the next one fails at once.
        await #expect(throws: SQLError.unavailable("PostgreSQL is unreachable; reconnecting in the background")) {
            try await db.withConnection { scope in try await scope.execute("SELECT 1") }
        }
        try await db.close()
    }

    @Test func aMigrationFailsAsUnavailable() async throws {
        let db = unreachable()
        await #expect(throws: SQLError.self) { try await Migrator(database: db).migrate() }
        try await db.close()
    }
}
