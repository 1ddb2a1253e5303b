import GraphQLCore
import Hummingbird
import HummingbirdTesting
import Logging
import SessionAPI
import SessionServer
import Synchronization
import Testing

/// A request that runs past its deadline is cancelled and answered at once with 503,
/// `REQUEST_TIMEOUT` and `Retry-After`; one within it is untouched.
@Suite("Request deadline")
struct RequestDeadlineTests {
    /// Sleeps as long as the query asks (`{ sleep }` 10 s, anything else not at all) and
    /// records whether it saw its task cancelled.
    final class SlowService: GraphQLService {
        let cancelled = Mutex(false)

        func operationKind(_ parameters: GraphQLParameters) async -> OperationType? { .query }

        func run(_ parameters: GraphQLParameters, organizationID: String) async -> GraphQLOutcome {
            if parameters.query.contains("sleep") {
                do {
                    try await Task.sleep(for: .seconds(10))
                } catch {
                    cancelled.withLock { $0 = true }
                }
            }
            return .executed(body: Array(#"{"data":{"ok":true}}"#.utf8))
        }
    }

    @Test func aRequestPastItsDeadlineIsCancelledAndAnswered503() async throws {
        let service = SlowService()
        let app = buildApplication(
            configuration: ServerConfiguration(requestTimeout: .milliseconds(300)),
            dependencies: ServerDependencies(
                isDatabaseReady: { true }, graphQL: service, keys: StubKeyVerifier(), schemaSDL: "type Query { ok: Boolean }\n"),
            logger: Logger(label: "test"))
        try await app.test(.router) { client in
            let keyed = KeyedClient(client: client, key: StubKeyVerifier.key)
            let start = ContinuousClock.now
            let slow = try await keyed.execute(uri: "/graphql?query=%7Bsleep%7D", method: .get)
            let waited = ContinuousClock.now - start
            #expect(slow.status == .serviceUnavailable)
            #expect(slow.headers[.retryAfter] == "1")
            #expect(String(buffer: slow.body) == #"{"errors":[{"message":"The request did not finish within 0.3 seconds; it was cancelled.","extensions":{"code":"REQUEST_TIMEOUT"}}]}"#)
            // The work takes 10 s; half of that leaves room for a loaded machine.
            #expect(waited < .seconds(5), "answered at the deadline, not after the work")
            // The work saw its cancellation.
            for _ in 0..<50 where !service.cancelled.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(20)) }
            #expect(service.cancelled.withLock { $0 })

            let quick = try await keyed.execute(uri: "/graphql?query=%7Bok%7D", method: .get)
            #expect(quick.status == .ok)
        }
    }
}
