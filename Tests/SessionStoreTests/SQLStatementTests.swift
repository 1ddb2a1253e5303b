@testable import SessionStore
import Testing

@Suite struct SQLStatementTests {
    @Test func interpolationBindsValuesAsNumberedParameters() {
        let slug = "acme'; DROP TABLE organization; --"
        let statement: SQLStatement = "SELECT id FROM mcp_servers WHERE slug = \(slug) AND created_at > \(42)"
        #expect(statement.sql == "SELECT id FROM mcp_servers WHERE slug = $1 AND created_at > $2")
        #expect(statement.binds == [.text(slug), .int(42)])
    }

    @Test func rawInterpolationSplicesText() {
        let statement: SQLStatement = "SELECT \(raw: "id") FROM organization WHERE id \(raw: "= ANY($1)")"
        #expect(statement.sql == "SELECT id FROM organization WHERE id = ANY($1)")
        #expect(statement.binds.isEmpty)
    }

    @Test func sqlitePlaceholdersAreRewrittenOutsideQuotes() {
        let statement = SQLStatement("SELECT '$1', \"$2\" FROM t WHERE a = $1 AND b = $12")
        #expect(statement.sql(for: .sqlite) == "SELECT '$1', \"$2\" FROM t WHERE a = ?1 AND b = ?12")
        #expect(statement.sql(for: .postgres) == statement.sql)
    }

    @Test func scriptSplitsOnTopLevelSemicolonsOnly() {
        let script = """
            -- a comment; with a semicolon
            CREATE TABLE a (x text DEFAULT 'a;b');
            DO $$ BEGIN
                CREATE TYPE t AS ENUM ('x');
            EXCEPTION WHEN duplicate_object THEN NULL;
            END $$;
            /* block; comment */
            SELECT $1;
            """
        #expect(SQLScript.statements(in: script) == [
            "CREATE TABLE a (x text DEFAULT 'a;b')",
            "DO $$ BEGIN\n    CREATE TYPE t AS ENUM ('x');\nEXCEPTION WHEN duplicate_object THEN NULL;\nEND $$",
            "SELECT $1",
        ])
    }

    @Test func calendarTextMatchesPostgresTextForms() {
        #expect(CalendarText.date(daysSince1970: 0) == "1970-01-01")
        #expect(CalendarText.date(epochMilliseconds: 1_767_225_600_000) == "2026-01-01")
        #expect(CalendarText.timestamp(epochMilliseconds: 1_709_210_096_789) == "2024-02-29 12:34:56.789")
        #expect(CalendarText.timestamp(epochMilliseconds: -1000) == "1969-12-31 23:59:59")
    }
}
