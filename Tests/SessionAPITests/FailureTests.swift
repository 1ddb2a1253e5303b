import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// A database that fails. A connection failure or a timeout makes the whole outcome
/// `.unavailable` (the transport answers 503) with `SERVICE_UNAVAILABLE`; any other failure
/// is a field error "Internal server error" that shows neither SQL nor the driver's words,
/// while the rest of the response still holds what could be read.
///
/// Failing statements never reach the shared seeded database, so it stays untouched.
@Suite
struct FailureTests {
    /// The errors `SessionAPI` reported, as their descriptions and paths.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [(error: String, path: [PathComponent])] = []

        func add(_ error: any Error, _ path: [PathComponent]) {
            lock.withLock { entries.append(("\(error)", path)) }
        }

        var all: [(error: String, path: [PathComponent])] { lock.withLock { entries } }
    }

    struct Harness {
        let api: APIHarness
        let database: FailingDatabase
        let reports: Reports
    }

    static func harness(
        _ backend: APIBackend, throwing error: any Error, when fails: @escaping @Sendable (SQLStatement) -> Bool = { _ in true }
    ) async throws -> Harness {
        let database = FailingDatabase(try await APIData.shared.database(backend), throwing: error, when: fails)
        let reports = Reports()
        let api = try APIHarness(database: database, reportError: { reports.add($0, $1) })
        return Harness(api: api, database: database, reports: reports)
    }

    /// Reads of `mcp_servers` rows (the organization's list and look-ups by id).
    static let serverReads: @Sendable (SQLStatement) -> Bool = { $0.sql.contains("AS support_ticket_type") }
    /// The figures of sessions (counts and last activity).
    static let countReads: @Sendable (SQLStatement) -> Bool = { $0.sql.contains("AS tool_call_count") }

    static let driverMessage = "connection to 10.20.30.40:5432 refused (password authentication for sessionql_admin)"
    static let backendMessage = #"relation "mcp_tool_calls" does not exist at character 417"#

    /// Words of the failing statement or the driver that a client must never see.
    static func expectNoLeak(_ json: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for secret in ["10.20.30.40", "sessionql_admin", "relation", "mcp_", "SELECT", "character 417", "statement failed"] {
            #expect(!json.contains(secret), "the response shows \(secret)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Unavailable

    @Test(arguments: APIBackend.available)
    func anUnreachableDatabaseMakesTheRequestUnavailable(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, throwing: SQLError.unavailable(Self.driverMessage))
        let result = await harness.api.run("{ viewer { id name } }")
        let body = """
            {"errors":[{"message":"The database is unavailable; try again shortly.","locations":[{"line":1,"column":3}],\
            "path":["viewer"],"extensions":{"code":"SERVICE_UNAVAILABLE"}}],"data":null}
            """
        #expect(result.outcome == .unavailable(body: Array(result.json.utf8)))
        #expect(result.json == body)
        #expect(result.statements == 1)
        Self.expectNoLeak(result.json)
        // The cause reaches the operator, not the client.
        #expect(harness.reports.all.map(\.error) == ["\(SQLError.unavailable(Self.driverMessage))"])
    }

    @Test(arguments: APIBackend.available)
    func aTimeoutMakesTheRequestUnavailable(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, throwing: SQLError.timeout(seconds: 2.5))
        let result = await harness.api.run(#"{ session(id: "sess_acme_big") { id title } }"#)
        let body = """
            {"errors":[{"message":"The database did not answer within 2.5 seconds; try again shortly.",\
            "locations":[{"line":1,"column":3}],"path":["session"],"extensions":{"code":"SERVICE_UNAVAILABLE"}}],\
            "data":{"session":null}}
            """
        #expect(result.outcome == .unavailable(body: Array(result.json.utf8)))
        #expect(result.json == body)
        #expect(harness.reports.all.map(\.error) == ["\(SQLError.timeout(seconds: 2.5))"])
    }

    @Test(arguments: APIBackend.available)
    func aTimeoutOfWholeSecondsReadsWithoutDecimals(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, throwing: SQLError.timeout(seconds: 5))
        let result = await harness.api.run("{ viewer { id } }")
        #expect(result.errors.first?["message"] == .string("The database did not answer within 5 seconds; try again shortly."))
        #expect(harness.reports.all.map(\.error) == ["statement exceeded the 5s timeout"])
    }

    @Test(arguments: APIBackend.available)
    func oneUnavailableReadMakesTheRequestUnavailableDespiteOtherData(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, throwing: SQLError.unavailable(Self.driverMessage), when: Self.serverReads)
        let result = await harness.api.run(#"{ session(id: "sess_acme_big") { id title server { name } } }"#)
        let body = """
            {"errors":[{"message":"The database is unavailable; try again shortly.","locations":[{"line":1,"column":43}],\
            "path":["session","server"],"extensions":{"code":"SERVICE_UNAVAILABLE"}}],\
            "data":{"session":{"id":"sess_acme_big","title":"Long research session: migrating the docs site","server":null}}}
            """
        #expect(result.outcome == .unavailable(body: Array(result.json.utf8)))
        #expect(result.json == body)
        #expect(result.statements == 2)
        #expect(harness.database.failedStatements.count == 1)
    }

    @Test(arguments: APIBackend.available)
    func aMutationAgainstAnUnreachableDatabaseIsUnavailable(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, throwing: SQLError.unavailable(Self.driverMessage))
        let result = await harness.api.run(#"mutation { setSessionTitle(id: "sess_acme_big", title: "Renamed") { title } }"#)
        let body = """
            {"errors":[{"message":"The database is unavailable; try again shortly.","locations":[{"line":1,"column":12}],\
            "path":["setSessionTitle"],"extensions":{"code":"SERVICE_UNAVAILABLE"}}],"data":{"setSessionTitle":null}}
            """
        #expect(result.outcome == .unavailable(body: Array(result.json.utf8)))
        #expect(result.json == body)
        #expect(harness.database.failedStatements.count == 1)
        #expect(harness.database.failedStatements.first?.hasPrefix("UPDATE mcp_server_session") == true)
    }

    // MARK: Internal errors

    @Test(arguments: APIBackend.available)
    func aFailedStatementIsAnInternalErrorOnANullableField(_ backend: APIBackend) async throws {
        let failure = SQLError.failed(Self.backendMessage)
        let harness = try await Self.harness(backend, throwing: failure, when: Self.serverReads)
        let result = await harness.api.run(#"{ session(id: "sess_acme_big") { id title server { name } } }"#)
        #expect(result.isExecuted)
        #expect(result.json == """
            {"errors":[{"message":"Internal server error","locations":[{"line":1,"column":43}],\
            "path":["session","server"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],\
            "data":{"session":{"id":"sess_acme_big","title":"Long research session: migrating the docs site","server":null}}}
            """)
        Self.expectNoLeak(result.json)
        // The details go to the report, with the path.
        let reports = harness.reports.all
        #expect(reports.map(\.error) == ["\(failure)"])
        #expect(reports.map(\.path) == [[.key("session"), .key("server")]])
    }

    @Test(arguments: APIBackend.available)
    func aFailingCountNullsOnlyItsFields(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, throwing: SQLError.failed(Self.backendMessage), when: Self.countReads)
        let result = await harness.api.run("""
            {
              viewer { name }
              session(id: "sess_acme_big") { id toolCallCount errorCount }
              node(id: "sess_acme_empty") { id ... on Session { title } }
            }
            """)
        // The counts are nullable: the one failed statement costs the two fields it serves,
        // each with an error at its path; the session and the rest of the response stay.
        #expect(result.isExecuted)
        #expect(result.json == """
            {"errors":[{"message":"Internal server error","locations":[{"line":3,"column":37}],\
            "path":["session","toolCallCount"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},\
            {"message":"Internal server error","locations":[{"line":3,"column":51}],\
            "path":["session","errorCount"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],\
            "data":{"viewer":{"name":"Acme Corporation"},"session":{"id":"sess_acme_big","toolCallCount":null,"errorCount":null},\
            "node":{"id":"sess_acme_empty","title":"Opened and closed without a call"}}}
            """)
        Self.expectNoLeak(result.json)
        #expect(harness.reports.all.map(\.path) == [[.key("session"), .key("toolCallCount")], [.key("session"), .key("errorCount")]])
        #expect(harness.database.failedStatements.count == 1)
    }

    @Test(arguments: APIBackend.available)
    func aFailingCountInsideAListKeepsTheList(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, throwing: SQLError.failed(Self.backendMessage), when: Self.countReads)
        let result = await harness.api.run("""
            query($id: String!) {
              user(identifier: $id) { id sessions(first: 2) { nodes { id toolCallCount } } }
              viewer { id }
            }
            """, variables: GraphQLObject([("id", .string(SeedFixtures.sharedUserEmail))]))
        // The session cards and the user stay; only each card's count is null, with its error.
        #expect(result.isExecuted)
        #expect(result.json == """
            {"errors":[{"message":"Internal server error","locations":[{"line":2,"column":62}],\
            "path":["user","sessions","nodes",0,"toolCallCount"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},\
            {"message":"Internal server error","locations":[{"line":2,"column":62}],\
            "path":["user","sessions","nodes",1,"toolCallCount"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],\
            "data":{"user":{"id":"mcpu_shared_user","sessions":{"nodes":[{"id":"sess_acme_empty","toolCallCount":null},\
            {"id":"sess_acme_big","toolCallCount":null}]}},"viewer":{"id":"org_acme"}}}
            """)
        // One statement for all the sessions' counts, so one failure.
        #expect(harness.database.failedStatements.count == 1)
    }

    /// A failure that is not an `SQLError`, e.g. from a driver, with internals in its text.
    struct DriverFault: Error, CustomStringConvertible {
        var description: String { "NIOCore.ChannelError.ioOnClosedChannel at 10.20.30.40 while running SELECT * FROM mcp_servers" }
    }

    @Test(arguments: APIBackend.available)
    func otherErrorsAreInternalToo(_ backend: APIBackend) async throws {
        for failure: any Error in [
            DriverFault(), SQLError.missingColumn("mcp_server_slug"), SQLError.invalidConfiguration("sessionql_admin"),
        ] {
            let harness = try await Self.harness(backend, throwing: failure)
            let result = await harness.api.run("{ viewer { id } }")
            let body = """
                {"errors":[{"message":"Internal server error","locations":[{"line":1,"column":3}],\
                "path":["viewer"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}
                """
            #expect(result.outcome == .executed(body: Array(body.utf8)), "\(failure)")
            Self.expectNoLeak(result.json)
            #expect(harness.reports.all.map(\.error) == ["\(failure)"])
        }
    }

    // MARK: The deployment's own faults

    @Test(arguments: APIBackend.available)
    func anOrganizationThatDoesNotExistIsAnInternalError(_ backend: APIBackend) async throws {
        let harness = try APIHarness(database: try await APIData.shared.database(backend))
        let result = await harness.run("{ viewer { id } }", organization: "org_missing")
        let body = """
            {"errors":[{"message":"The organization org_missing does not exist.","locations":[{"line":1,"column":3}],\
            "path":["viewer"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}
            """
        #expect(result.outcome == .executed(body: Array(body.utf8)))
        #expect(result.statements == 1)
    }
}
