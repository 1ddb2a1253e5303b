import SessionStore
import Testing

@Suite struct SQLiteDatabaseTests {
    @Test func conformsToTheSharedBehaviour() async throws {
        let db = try await SQLiteTestSupport.freshDatabase()
        try await SQLDatabaseConformance.run(on: db)
        try await db.close()
    }

    @Test func foreignKeysAreEnforced() async throws {
        let db = try await SQLiteTestSupport.freshDatabase()
        try await db.execute("CREATE TABLE parent (id TEXT PRIMARY KEY)")
        try await db.execute("CREATE TABLE child (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES parent(id))")
        await #expect(throws: SQLError.self) {
            try await db.execute("INSERT INTO child (id, parent_id) VALUES (\("c"), \("missing"))")
        }
        try await db.close()
    }

    @Test func jsonIsStoredAsText() async throws {
        let db = try await SQLiteTestSupport.freshDatabase()
        try await db.execute("CREATE TABLE doc (body TEXT)")
        try await db.execute("INSERT INTO doc (body) VALUES (\(SQLValue.json(#"{"a":[1,"é"]}"#)))")
        let row = try await db.query("SELECT body, json_extract(body, '$.a[1]') AS second FROM doc").first
        #expect(try row?.optionalJSON("body") == #"{"a":[1,"é"]}"#)
        #expect(try row?.string("second") == "é")
        try await db.close()
    }

    @Test func usingTheOuterDatabaseInsideItsTransactionDoesNotDeadlock() async throws {
        let db = try await SQLiteTestSupport.freshDatabase()
        try await db.execute("CREATE TABLE t (x INTEGER)")
        let seen = try await db.transaction { _ in
            try await db.execute("INSERT INTO t (x) VALUES (\(1))")
            return try await db.query("SELECT count(*) AS n FROM t")[0].int("n")
        }
        #expect(seen == 1)
        try await db.close()
    }
}
