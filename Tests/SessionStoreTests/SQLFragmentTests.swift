@testable import SessionStore
import Testing

@Suite struct SQLFragmentTests {
    @Test func interpolatedValuesAreBoundInReadingOrder() {
        let slug = "acme'; DROP TABLE organization; --"
        let fragment: SQLFragment = "SELECT id FROM mcp_servers WHERE slug = \(slug) AND created_at > \(42)"
        let postgres = fragment.statement(for: .postgres)
        #expect(postgres.sql == "SELECT id FROM mcp_servers WHERE slug = $1 AND created_at > $2")
        #expect(postgres.binds == [.text(slug), .int(42)])
        let sqlite = fragment.statement(for: .sqlite)
        #expect(sqlite.sql == "SELECT id FROM mcp_servers WHERE slug = ?1 AND created_at > ?2")
        #expect(sqlite.binds == [.text(slug), .int(42)])
    }

    @Test func aStringLiteralInterpolatedIsBoundNotSpliced() {
        let fragment: SQLFragment = "SELECT \("id")"
        #expect(fragment.statement(for: .postgres) == SQLStatement("SELECT $1", [.text("id")]))
    }

    @Test func nestedFragmentsAreNumberedWhereTheyLand() {
        let inner: SQLFragment = "b = \("x") AND c = \(true)"
        let middle: SQLFragment = "a = \(1) AND \(inner)"
        let outer: SQLFragment = "SELECT * FROM t WHERE \(middle) AND d = \(2.5) AND \(inner)"
        let postgres = outer.statement(for: .postgres)
        #expect(postgres.sql == "SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3 AND d = $4 AND b = $5 AND c = $6")
        #expect(postgres.binds == [.int(1), .text("x"), .bool(true), .double(2.5), .text("x"), .bool(true)])
        #expect(outer.statement(for: .sqlite).sql
            == "SELECT * FROM t WHERE a = ?1 AND b = ?2 AND c = ?3 AND d = ?4 AND b = ?5 AND c = ?6")
    }

    @Test func appendingKeepsEachFragmentsValuesInOrder() {
        var fragment: SQLFragment = "SELECT * FROM t WHERE a = \(1)"
        fragment.append(" AND b = \("x")")
        fragment += " AND c = \(true)"
        let statement = (fragment + " LIMIT \(10)").statement(for: .postgres)
        #expect(statement.sql == "SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3 LIMIT $4")
        #expect(statement.binds == [.int(1), .text("x"), .bool(true), .int(10)])
    }

    @Test func rawTextIsSplicedAsWritten() {
        let column = "v.organization_id"
        let fragment: SQLFragment = "SELECT \(raw: column) FROM mcp_servers v WHERE v.id \(SQLDialect.postgres.isMember(of: ["a", "b"]))"
        let statement = fragment.statement(for: .postgres)
        #expect(statement.sql == "SELECT v.organization_id FROM mcp_servers v WHERE v.id = ANY($1)")
        #expect(statement.binds == [.textArray(["a", "b"])])
        #expect(SQLFragment(raw: "SELECT 1").statement(for: .sqlite) == SQLStatement("SELECT 1"))
        let literal: SQLFragment = "SELECT 'x'"
        #expect(literal.statement(for: .postgres) == SQLStatement("SELECT 'x'"))
    }

    @Test func sqliteRenderingLeavesQuotedTextAlone() {
        let fragment: SQLFragment = "SELECT '$1', \"$2\", '?3' FROM t WHERE a = \(7) AND b = '$12'"
        let sqlite = fragment.statement(for: .sqlite)
        #expect(sqlite.sql == "SELECT '$1', \"$2\", '?3' FROM t WHERE a = ?1 AND b = '$12'")
        #expect(sqlite.binds == [.int(7)])
        // Rendered for SQLite, the text needs no further rewriting.
        #expect(sqlite.sql(for: .sqlite) == sqlite.sql)
        #expect(fragment.statement(for: .postgres).sql == "SELECT '$1', \"$2\", '?3' FROM t WHERE a = $1 AND b = '$12'")
    }

    @Test func aFragmentEmbeddedTwiceBindsTwice() {
        let organization: SQLFragment = "\("org_acme")"
        let fragment: SQLFragment = "WHERE v.organization_id = \(organization) AND r.organization_id = \(organization)"
        #expect(fragment.statement(for: .postgres) == SQLStatement(
            "WHERE v.organization_id = $1 AND r.organization_id = $2", [.text("org_acme"), .text("org_acme")]))
    }

    @Test func theTicketVisibilityBindsTheOrganizationWhereverItLands() {
        let organization: SQLFragment = "\("org_acme")"
        let fragment: SQLFragment = """
            SELECT 1 FROM support_requests r WHERE r.organization_id = \(organization) \
            AND \(SQLDialect.sqlite.ticketSessionVisible("r", organization: organization))
            """
        let statement = fragment.statement(for: .sqlite)
        #expect(statement.sql == """
            SELECT 1 FROM support_requests r WHERE r.organization_id = ?1 AND (r.mcp_server_session_id IS NULL OR EXISTS (
                SELECT 1 FROM mcp_server_session vs JOIN mcp_servers vv ON vv.slug = vs.mcp_server_slug AND vv.organization_id = ?2
                WHERE vs.mcp_server_session_id = r.mcp_server_session_id))
            """)
        #expect(statement.binds == [.text("org_acme"), .text("org_acme")])
    }

    @Test func joinedPutsTheSeparatorBetweenFragments() {
        let conditions: [SQLFragment] = ["a = \(1)", "b IS NULL", "c = \(3)"]
        let statement = ("WHERE " + conditions.joined(separator: " OR ")).statement(for: .postgres)
        #expect(statement.sql == "WHERE a = $1 OR b IS NULL OR c = $2")
        #expect(statement.binds == [.int(1), .int(3)])
        #expect([SQLFragment]().joined(separator: ", ").isEmpty)
    }

    @Test func theOrganizationsSessionsAreOneFragmentOnBothBackends() {
        let sessions = SQLDialect.postgres.organizationSessions(organization: "\("org_acme")")
        #expect(sessions.statement(for: .postgres) == SQLStatement(
            "mcp_server_session s JOIN mcp_servers v ON v.slug = s.mcp_server_slug AND v.organization_id = $1", [.text("org_acme")]))
        let column = SQLDialect.sqlite.organizationSessions("os", server: "ov", organization: "p.organization_id")
        #expect(column.statement(for: .sqlite) == SQLStatement(
            "mcp_server_session os JOIN mcp_servers ov ON ov.slug = os.mcp_server_slug AND ov.organization_id = p.organization_id"))
    }

    @Test func aStatementLiteralIsAFragmentInDollarForm() {
        let inner: SQLFragment = "b = \("x")"
        let statement: SQLStatement = "SELECT * FROM t WHERE a = \(1) AND \(inner)"
        #expect(statement.sql == "SELECT * FROM t WHERE a = $1 AND b = $2")
        #expect(statement.binds == [.int(1), .text("x")])
        #expect(statement.sql(for: .sqlite) == "SELECT * FROM t WHERE a = ?1 AND b = ?2")
    }
}
