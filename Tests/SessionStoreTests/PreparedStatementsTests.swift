import Foundation
@testable import SessionStore
import Testing

/// Statements prepared by name once per connection (`PreparedStatements`).
struct PreparedSlotNumberTests {
    @Test func everyNumberIsSpelledAsATypeThatReadsItBack() {
        for number in Array(0...1_100) + [2_047, 4_096, 65_535, 1 << 40] {
            #expect(PreparedSlotNumbers.type(for: number).number == number)
        }
    }

    @Test func aTextIsNumberedOncePerTypesOfItsValues() {
        let table = PreparedStatements()
        let sql = "SELECT $1 AS a, $2 AS b"
        let first = table.slot(sql: sql, binds: [.text("x"), .int(1)])
        let again = table.slot(sql: sql, binds: [.text("y"), .int(2)])
        let withNull = table.slot(sql: sql, binds: [.null, .int(2)])
        #expect(first?.number == 0)
        #expect(again?.number == 0)
        #expect(withNull?.number == 1)
        #expect(table.text(of: 1) == sql)
    }
}

@Suite(.enabled(if: PostgresTestSupport.isEnabled), .serialized)
struct PostgresPreparedStatementTests {
    /// A statement the store runs twice is parsed once: the connection holds it by name.
    @Test func aRepeatedStatementIsPreparedOnItsConnection() async throws {
        let db = try await PostgresTestSupport.freshDatabase(schema: "data_prepared")
        let marker = "prepared-\(UUID().uuidString)"
        for value in [1, 2, 3] {
            let rows = try await db.query("SELECT \(value) + 1 AS n, \(marker) AS marker")
            #expect(try rows.first?.int("n") == Int64(value + 1))
        }
        // Sequential statements share the pool's one open connection.
        let prepared = try await db.query("""
            SELECT name FROM pg_prepared_statements
            WHERE statement LIKE '%AS marker%' AND statement NOT LIKE '%pg_prepared_statements%' AND name LIKE 'sessionql\\_%'
            """)
        #expect(prepared.count == 1)
        try await db.close()
    }

    /// A statement that fails while prepared runs unnamed afterwards, with the same answer
    /// it would have had.
    @Test func aFailingStatementIsNotPreparedAgain() async throws {
        let db = try await PostgresTestSupport.freshDatabase(schema: "data_prepared_failing")
        try await db.execute("CREATE TABLE flaky (n bigint)")
        let read: SQLStatement = "SELECT n FROM flaky WHERE n > \(0)"
        #expect(try await db.query(read).isEmpty)
        try await db.execute("DROP TABLE flaky")
        await #expect(throws: (any Error).self) { try await db.query(read) }
        try await db.execute("CREATE TABLE flaky (n bigint)")
        try await db.execute("INSERT INTO flaky VALUES (\(5))")
        #expect(try await db.query(read).count == 1)
        try await db.close()
    }
}
