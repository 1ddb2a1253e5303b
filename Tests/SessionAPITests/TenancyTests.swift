import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// The shared user seen by acme and by globex: each organization sees only its own
/// sessions, items, counts and server names, and the other's ids resolve to null.
@Suite(.serialized)
struct TenancyTests {
    static let userQuery = """
        query($id: String!) {
          viewer { id name servers { id name } }
          user(identifier: $id) {
            id email lastActiveAt
            sessions(first: 100) {
              nodes {
                id displayTitle toolCallCount supportTicketCount errorCount server { id name }
                timeline(first: 100) { nodes { id } }
              }
            }
            supportTickets(first: 100) { nodes { id session { id } } }
          }
        }
        """

    static func run(_ backend: APIBackend, as organization: String) async throws -> APIHarness.Result {
        let harness = try await APIData.shared.harness(backend)
        return await harness.run(
            userQuery, variables: GraphQLObject([("id", .string(SeedFixtures.sharedUserEmail))]), organization: organization)
    }

    @Test(arguments: APIBackend.available)
    func eachOrganizationSeesOnlyItsOwnSessions(_ backend: APIBackend) async throws {
        let acme = try await Self.run(backend, as: SeedFixtures.acmeOrganizationId)
        let globex = try await Self.run(backend, as: SeedFixtures.globexOrganizationId)
        #expect(acme.errors.isEmpty && globex.errors.isEmpty)
        let acmeSessions = (acme.data["user", "sessions", "nodes"].listValue ?? []).compactMap { $0["id"].stringValue }
        let globexSessions = (globex.data["user", "sessions", "nodes"].listValue ?? []).compactMap { $0["id"].stringValue }
        #expect(acmeSessions == [
            SeedFixtures.emptySessionId, SeedFixtures.bigSessionId, SeedFixtures.tieSessionId, SeedFixtures.untitledSessionId,
        ])
        #expect(globexSessions == [SeedFixtures.sharedGlobexSessionId, SeedFixtures.sharedGlobexSecondSessionId])

        // Globex's view, exactly: its counts, its server names, its items.
        #expect(globex.data["user", "sessions", "nodes"] == (try GraphQLValue(json: """
            [{"id":"sess_globex_shared","displayTitle":"Invoice question (Globex)","toolCallCount":2,"supportTicketCount":1,
              "errorCount":1,"server":{"id":"srv_globex_billing","name":"\(try serverName(SeedFixtures.globexBillingServerId, globex))"},
              "timeline":{"nodes":[{"id":"tc_fixture_globex_shared"},{"id":"tc_globex_shared_refund"},{"id":"sr_fixture_globex_shared"}]}},
             {"id":"sess_globex_shared_2","displayTitle":"\(try serverName("srv_globex_tracker", globex))","toolCallCount":2,
              "supportTicketCount":0,"errorCount":\(globex.data["user", "sessions", "nodes", 1, "errorCount"].intValue ?? -1),
              "server":{"id":"srv_globex_tracker","name":"\(try serverName("srv_globex_tracker", globex))"},
              "timeline":{"nodes":[{"id":"tc_globex_shared_2_0"},{"id":"tc_globex_shared_2_1"}]}}]
            """)))
    }

    /// The name of one of the viewer's servers, as the response lists it.
    func serverName(_ id: String, _ result: APIHarness.Result) throws -> String {
        let servers = result.data["viewer", "servers"].listValue ?? []
        return try #require(servers.first { $0["id"] == .string(id) }?["name"].stringValue)
    }

    @Test(arguments: APIBackend.available)
    func nothingOfTheOtherOrganizationLeaks(_ backend: APIBackend) async throws {
        let acme = try await Self.run(backend, as: SeedFixtures.acmeOrganizationId)
        let globex = try await Self.run(backend, as: SeedFixtures.globexOrganizationId)
        let acmeText = acme.json
        let globexText = globex.json
        for globexOnly in ["sess_globex", "tc_fixture_globex", "sr_fixture_globex", "srv_globex", "Globex"] {
            #expect(!acmeText.contains(globexOnly), "acme sees \(globexOnly)")
        }
        for acmeOnly in ["sess_acme", "tc_big", "sr_fixture_no_session", "srv_acme", "Acme"] {
            #expect(!globexText.contains(acmeOnly), "globex sees \(acmeOnly)")
        }
        // Tickets: acme's include the one opened outside any session; globex's only its own.
        let acmeTickets = (acme.data["user", "supportTickets", "nodes"].listValue ?? []).compactMap { $0["id"].stringValue }
        let globexTickets = (globex.data["user", "supportTickets", "nodes"].listValue ?? []).compactMap { $0["id"].stringValue }
        #expect(acmeTickets.contains(SeedFixtures.ticketOutsideSessionId))
        #expect(!acmeTickets.contains(SeedFixtures.sharedGlobexTicketId))
        #expect(globexTickets == [SeedFixtures.sharedGlobexTicketId])
        // Last activity is computed from each organization's own rows.
        #expect(acme.data["user", "lastActiveAt"] != globex.data["user", "lastActiveAt"])
    }

    @Test(arguments: APIBackend.available)
    func lookUpsOfAnotherOrganizationsIdsAreNull(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let query = """
            {
              session(id: "\(SeedFixtures.sharedGlobexSessionId)") { id }
              toolCall(id: "\(SeedFixtures.sharedGlobexToolCallId)") { id }
              supportTicket(id: "\(SeedFixtures.sharedGlobexTicketId)") { id }
              server(id: "\(SeedFixtures.globexBillingServerId)") { id }
              user(identifier: "\(SeedFixtures.globexOnlyUserEmail)") { id }
              byId: user(identifier: "\(SeedFixtures.globexOnlyUserId)") { id }
              n1: node(id: "\(SeedFixtures.sharedGlobexSessionId)") { id }
              n2: node(id: "\(SeedFixtures.sharedGlobexToolCallId)") { id }
              n3: node(id: "\(SeedFixtures.sharedGlobexTicketId)") { id }
              n4: node(id: "\(SeedFixtures.globexBillingServerId)") { id }
              n5: node(id: "\(SeedFixtures.globexOrganizationId)") { id }
              n6: node(id: "\(SeedFixtures.globexOnlyUserId)") { id }
              n7: node(id: "no-such-id") { id }
            }
            """
        let result = await harness.run(query)
        #expect(result.json == #"{"data":{"session":null,"toolCall":null,"supportTicket":null,"server":null,"user":null,"byId":null,"n1":null,"n2":null,"n3":null,"n4":null,"n5":null,"n6":null,"n7":null}}"#)
    }

    /// A user with sessions on globex only opened an acme ticket outside any session: acme
    /// owns the ticket (and its email), but not the user, whose record globex's servers wrote.
    @Test(arguments: APIBackend.available)
    func aTicketsEmailDoesNotMakeItsUserVisible(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let query = """
            {
              users(search: "\(SeedFixtures.globexOnlyUserEmail)") { nodes { id } }
              user(identifier: "\(SeedFixtures.globexOnlyUserEmail)") { id supportTickets { nodes { id } } }
              supportTicket(id: "\(SeedFixtures.globexOnlyUserAcmeTicketId)") { id email session { id } }
            }
            """
        let acme = await harness.run(query, organization: SeedFixtures.acmeOrganizationId)
        #expect(acme.json == """
            {"data":{"users":{"nodes":[]},"user":null,\
            "supportTicket":{"id":"\(SeedFixtures.globexOnlyUserAcmeTicketId)","email":"\(SeedFixtures.globexOnlyUserEmail)","session":null}}}
            """)
        let globex = await harness.run(query, organization: SeedFixtures.globexOrganizationId)
        #expect(globex.json == """
            {"data":{"users":{"nodes":[{"id":"\(SeedFixtures.globexOnlyUserId)"}]},\
            "user":{"id":"\(SeedFixtures.globexOnlyUserId)","supportTickets":{"nodes":[]}},"supportTicket":null}}
            """)
    }

    @Test(arguments: APIBackend.available)
    func nodeFindsEveryTypeOfTheOwnOrganization(_ backend: APIBackend) async throws {
        let harness = try await APIData.shared.harness(backend)
        let query = """
            {
              n1: node(id: "\(SeedFixtures.acmeOrganizationId)") { __typename id }
              n2: node(id: "\(SeedFixtures.acmeDocsServerId)") { __typename id }
              n3: node(id: "\(SeedFixtures.sharedUserId)") { __typename id }
              n4: node(id: "\(SeedFixtures.bigSessionId)") { __typename id }
              n5: node(id: "\(SeedFixtures.errorToolCallId)") { __typename id }
              n6: node(id: "\(SeedFixtures.resolvedTicketId)") { __typename id }
            }
            """
        let result = await harness.run(query)
        #expect(result.json == """
            {"data":{"n1":{"__typename":"Organization","id":"org_acme"},"n2":{"__typename":"McpServer","id":"srv_acme_docs"},\
            "n3":{"__typename":"User","id":"mcpu_shared_user"},"n4":{"__typename":"Session","id":"sess_acme_big"},\
            "n5":{"__typename":"ToolCall","id":"tc_fixture_error"},"n6":{"__typename":"SupportTicket","id":"sr_fixture_resolved"}}}
            """)
        // One statement per type looked up (the organization too), all at one level.
        #expect(result.statements == 6)
    }
}
