import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

@testable import SessionServer

/// `ShutdownDrain`: from the moment it begins, `/readyz` is 503 and new requests are refused,
/// `/healthz` stays 200; it is over when what was in flight has left.
@Suite struct ShutdownDrainTests {
    func app(drain: ShutdownDrain) -> some ApplicationProtocol {
        buildApplication(
            configuration: ServerConfiguration(),
            dependencies: ServerDependencies(
                isDatabaseReady: { true }, graphQL: nil, keys: StubKeyVerifier(), schemaSDL: "type Query { ok: Boolean }\n", drain: drain),
            logger: Logger(label: "test")
        )
    }

    @Test func readyzIs503AndNewRequestsAreRefusedOnceTheDrainBegins() async throws {
        let drain = ShutdownDrain()
        try await app(drain: drain).test(.router) { client in
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/schema.graphql", method: .get).status == .ok)
            drain.begin()
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(String(buffer: ready.body) == "shutting down\n")
            #expect(ready.headers[.cacheControl] == "no-store")
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            let refused = try await client.execute(uri: "/schema.graphql", method: .get)
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.headers[.retryAfter] == "1")
            #expect(String(buffer: refused.body).contains(#""code":"SHUTTING_DOWN""#))
        }
    }

    @Test func theDrainIsOverWhenWhatWasInFlightLeaves() async throws {
        let drain = ShutdownDrain()
        #expect(drain.admit())
        #expect(drain.admit())
        let ran = Mutex(0)
        _ = drain.onDrain { ran.withLock { $0 += 1 } }
        let unregistered = drain.onDrain { ran.withLock { $0 += 10 } }
        drain.unregister(unregistered)
        #expect(drain.begin() == 2)
        drain.begin()
        #expect(ran.withLock { $0 } == 1)
        #expect(!drain.admit())
        let idle = Task { await drain.untilIdle() }
        drain.leave()
        drain.leave()
        await idle.value
        // Registered after the drain began: runs at once.
        _ = drain.onDrain { ran.withLock { $0 += 100 } }
        #expect(ran.withLock { $0 } == 101)
    }

    @Test func waitingForTheDrainEndsWhenCancelled() async {
        let drain = ShutdownDrain()
        #expect(drain.admit())
        drain.begin()
        let idle = Task { await drain.untilIdle() }
        idle.cancel()
        await idle.value
    }
}
