import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// Every way to reach data, tried by each organization against the other's ids, on both
/// backends: each look-up is null, exactly as for an id that does not exist, and the shared
/// user's dates and counts come from the caller's own activity only.
@Suite(.serialized)
struct TenancyMatrixTests {
    struct Side: Sendable, CustomTestStringConvertible {
        var organization: String
        /// Ids that belong to the other organization.
        var foreign: [String: String]
        var testDescription: String { organization }
    }

    static let sides = [
        Side(organization: SeedFixtures.acmeOrganizationId, foreign: [
            "session": SeedFixtures.sharedGlobexSessionId, "toolCall": SeedFixtures.sharedGlobexToolCallId,
            "ticket": SeedFixtures.sharedGlobexTicketId, "server": SeedFixtures.globexBillingServerId,
            "organization": SeedFixtures.globexOrganizationId, "user": SeedFixtures.globexOnlyUserId,
        ]),
        Side(organization: SeedFixtures.globexOrganizationId, foreign: [
            "session": SeedFixtures.bigSessionId, "toolCall": SeedFixtures.errorToolCallId,
            "ticket": SeedFixtures.ticketOutsideSessionId, "server": SeedFixtures.acmeDocsServerId,
            "organization": SeedFixtures.acmeOrganizationId, "user": "mcpu_nobody",
        ]),
    ]

    static var cases: [(APIBackend, Side)] {
        APIBackend.available.flatMap { backend in sides.map { (backend, $0) } }
    }

    @Test(arguments: cases)
    func theOtherOrganizationsIdsReadAsUnknown(_ backend: APIBackend, _ side: Side) async throws {
        let harness = try await APIData.shared.harness(backend)
        let ids = side.foreign
        let probe = """
            {
              session(id: "\(ids["session"]!)") { id }
              toolCall(id: "\(ids["toolCall"]!)") { id }
              supportTicket(id: "\(ids["ticket"]!)") { id }
              server(id: "\(ids["server"]!)") { id }
              user(identifier: "\(ids["user"]!)") { id }
              n1: node(id: "\(ids["session"]!)") { id }
              n2: node(id: "\(ids["toolCall"]!)") { id }
              n3: node(id: "\(ids["ticket"]!)") { id }
              n4: node(id: "\(ids["server"]!)") { id }
              n5: node(id: "\(ids["organization"]!)") { id }
              n6: node(id: "\(ids["user"]!)") { id }
              unknown: node(id: "sess_does_not_exist") { id }
            }
            """
        let result = await harness.run(probe, organization: side.organization)
        #expect(result.json == #"{"data":{"session":null,"toolCall":null,"supportTicket":null,"server":null,"user":null,"n1":null,"n2":null,"n3":null,"n4":null,"n5":null,"n6":null,"unknown":null}}"#)
    }

    @Test(arguments: cases)
    func renamingTheOtherOrganizationsSessionIsNullAndChangesNothing(_ backend: APIBackend, _ side: Side) async throws {
        let harness = try await APIData.shared.harness(backend)
        let id = side.foreign["session"]!
        let result = await harness.run(#"mutation { setSessionTitle(id: "\#(id)", title: "taken over") { id title } }"#, organization: side.organization)
        #expect(result.json == #"{"data":{"setSessionTitle":null}}"#)
        let owner = side.organization == SeedFixtures.acmeOrganizationId ? SeedFixtures.globexOrganizationId : SeedFixtures.acmeOrganizationId
        let title = await harness.run(#"{ session(id: "\#(id)") { title } }"#, organization: owner)
        #expect(!title.json.contains("taken over"))
    }

    /// The shared user, reached by id, tracking id and email: the same user, with sessions,
    /// counts, first and last activity from the caller's organization only.
    @Test(arguments: cases)
    func theSharedUserIsTheCallersOwnViewOfIt(_ backend: APIBackend, _ side: Side) async throws {
        let harness = try await APIData.shared.harness(backend)
        var views: [String] = []
        for identifier in [SeedFixtures.sharedUserId, SeedFixtures.sharedUserDistinctId, SeedFixtures.sharedUserEmail] {
            let result = await harness.run("""
                {
                  user(identifier: "\(identifier)") {
                    id firstSeenAt lastActiveAt
                    sessions(first: 100) { nodes { id connectedAt lastActivityAt toolCallCount supportTicketCount server { id } } }
                  }
                  viewer { servers { id } }
                }
                """, organization: side.organization)
            #expect(result.errors.isEmpty)
            views.append(result.json)
            let ownServers = Set((result.data["viewer", "servers"].listValue ?? []).compactMap { $0["id"].stringValue })
            let sessions = result.data["user", "sessions", "nodes"].listValue ?? []
            #expect(!sessions.isEmpty)
            for session in sessions {
                #expect(ownServers.contains(session["server", "id"].stringValue ?? ""), "a session on another organization's server")
            }
            let latest = sessions.compactMap { $0["lastActivityAt"].stringValue }.max()
            #expect(result.data["user", "lastActiveAt"].stringValue == latest)
            // First seen: this organization's first connection, not the platform's first sight.
            let earliest = sessions.compactMap { $0["connectedAt"].stringValue }.min()
            #expect(result.data["user", "firstSeenAt"].stringValue == earliest)
        }
        #expect(Set(views).count == 1, "id, tracking id and email reach the same view")
    }
}
