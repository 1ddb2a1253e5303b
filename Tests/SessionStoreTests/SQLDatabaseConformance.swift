import SessionStore
import Testing

/// Checks every backend must pass identically: bound values survive the round trip
/// (quotes, backslashes, unicode, nulls), key sets bind as one parameter, transactions
/// roll back on error, and statements are counted.
enum SQLDatabaseConformance {
    static let awkwardTexts = [
        "O'Brien said \"hi\"",
        "back\\slash and 100% _like_",
        "Zoë — café 東京 🚀👩🏽‍💻",
        "'); DROP TABLE sample; --",
        "$1 ?1 :name",
        "",
    ]

    static func run(on db: any SQLDatabase) async throws {
        let integer = db.dialect == .postgres ? "bigint" : "INTEGER"
        let boolean = db.dialect == .postgres ? "boolean" : "INTEGER"
        try await db.execute(
            "CREATE TABLE sample (id \(raw: integer) PRIMARY KEY, label text, flag \(raw: boolean), ratio double precision)")

        for (index, text) in awkwardTexts.enumerated() {
            try await db.execute("INSERT INTO sample (id, label, flag, ratio) VALUES (\(index), \(text), \(index % 2 == 0), \(Double(index) / 4))")
        }
        try await db.execute("INSERT INTO sample (id, label, flag, ratio) VALUES (\(100), \(nil as String?), \(nil as Bool?), \(nil as Double?))")

        let rows = try await db.query("SELECT id, label, flag, ratio FROM sample ORDER BY id")
        #expect(try rows.map { try $0.optionalString("label") } == awkwardTexts + [nil])
        #expect(try rows.map { try $0.optionalBool("flag") } == [true, false, true, false, true, false, nil])
        #expect(try rows.map { try $0.optionalDouble("ratio") } == [0, 0.25, 0.5, 0.75, 1, 1.25, nil])
        #expect(try rows.map { try $0.int("id") } == [0, 1, 2, 3, 4, 5, 100])

        // Each awkward text finds exactly its own row.
        for (index, text) in awkwardTexts.enumerated() {
            let found = try await db.query("SELECT id FROM sample WHERE label = \(text)")
            #expect(try found.map { try $0.int("id") } == [Int64(index)])
        }

        // A key set binds as ONE parameter on both backends.
        let keys = [awkwardTexts[0], awkwardTexts[2], "absent"]
        let members = try await db.query(SQLFragment(
            "SELECT id FROM sample WHERE label \(db.dialect.isMember(of: keys)) ORDER BY id").statement(for: db.dialect))
        #expect(try members.map { try $0.int("id") } == [0, 2])
        let ids = try await db.query(SQLFragment(
            "SELECT label FROM sample WHERE id \(db.dialect.isMember(of: SQLValue.intArray([1, 4]))) ORDER BY id").statement(for: db.dialect))
        #expect(try ids.map { try $0.string("label") } == [awkwardTexts[1], awkwardTexts[4]])

        // Errors inside a transaction roll everything back.
        struct Abort: Error {}
        await #expect(throws: Abort.self) {
            try await db.transaction { tx in
                try await tx.execute("DELETE FROM sample")
                throw Abort()
            }
        }
        let count = try await db.query("SELECT count(*) AS n FROM sample")
        #expect(try count.first?.int("n") == 7)

        // A committed transaction keeps its writes and reports its result.
        let inserted = try await db.transaction { tx in
            try await tx.execute("INSERT INTO sample (id, label) VALUES (\(200), \("committed"))")
            return try await tx.query("SELECT count(*) AS n FROM sample").first?.int("n")
        }
        #expect(inserted == 8)

        // Asking for a column that was not selected fails loudly.
        #expect(throws: SQLError.missingColumn("nope")) { try rows[0].string("nope") }

        // Statements are counted.
        let before = db.statementCount
        try await db.ping()
        _ = try await db.query("SELECT 1 AS one")
        #expect(db.statementCount == before + 2)
        // Inside a transaction only the caller's statements count, not BEGIN/COMMIT.
        let beforeTransaction = db.statementCount
        try await db.transaction { tx in try await tx.execute("UPDATE sample SET ratio = \(2.5) WHERE id = \(200)") }
        #expect(db.statementCount == beforeTransaction + 1)

        // A broken statement surfaces as an error, and the database stays usable.
        await #expect(throws: SQLError.self) { try await db.execute("SELECT * FROM no_such_table") }
        try await db.ping()
    }
}
