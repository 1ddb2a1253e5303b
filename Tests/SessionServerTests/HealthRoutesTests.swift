import Hummingbird
import HummingbirdTesting
import Logging
import SessionServer
import Testing

@Suite("Health and schema endpoints")
struct HealthRoutesTests {
    func app(ready: Bool) -> some ApplicationProtocol {
        buildApplication(
            configuration: ServerConfiguration(),
            dependencies: ServerDependencies(isDatabaseReady: { ready }, graphQL: nil, keys: StubKeyVerifier(), schemaSDL: "type Query { ok: Boolean }\n"),
            logger: Logger(label: "test")
        )
    }

    @Test func healthzIsUpEvenWhenTheDatabaseIsDown() async throws {
        try await app(ready: false).test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            #expect(String(buffer: health.body) == "ok\n")
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(String(buffer: ready.body) == "database unavailable\n")
        }
    }

    @Test func readyzIs200WhenTheDatabaseAnswers() async throws {
        try await app(ready: true).test(.router) { client in
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .ok)
        }
    }

    @Test func schemaIsServedAsSDL() async throws {
        try await app(ready: true).test(.router) { client in
            let response = try await client.execute(uri: "/schema.graphql", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/graphql; charset=utf-8")
            #expect(String(buffer: response.body) == "type Query { ok: Boolean }\n")
        }
    }
}
