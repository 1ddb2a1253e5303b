import GraphQLCore
import SessionAPI
import SessionStore
import Synchronization
import Testing

/// Every loader batch is reported with its loader's name and its number of keys, so the
/// metrics can show how much each statement fetched.
@Suite(.serialized)
struct BatchObservationTests {
    final class Batches: Sendable {
        private let seen = Mutex<[String]>([])
        var all: [String] { seen.withLock { $0 } }
        func append(_ entry: String) { seen.withLock { $0.append(entry) } }
    }

    @Test(arguments: APIBackend.available)
    func batchesAreReportedByLoaderAndSize(_ backend: APIBackend) async throws {
        let database = try await APIData.shared.harness(backend).database
        var api = try SessionAPI(database: database)
        let batches = Batches()
        api.observeBatch = { loader, keys in batches.append("\(loader) \(keys)") }
        let outcome = await api.run(
            GraphQLParameters(query: """
                { user(identifier: "\(SeedFixtures.sharedUserId)") { sessions(first: 3) { nodes { toolCallCount server { id } } } } }
                """),
            organizationID: SeedFixtures.acmeOrganizationId)
        guard case .executed = outcome else {
            Issue.record("not executed: \(outcome)")
            return
        }
        #expect(batches.all.sorted() == ["servers 2", "sessionCounts 3", "sessionPages 1", "usersByIdentifier 1"])
    }
}
