import Hummingbird
import HummingbirdTesting
import Logging
import SessionServer
import Testing

/// Browser origins on an explicit allow-list, and per-key rate and concurrency limits.
@Suite("CORS and rate limits")
struct CORSAndRateLimitTests {
    func withApp(rateLimit: RateLimit = RateLimit(), _ test: @escaping @Sendable (KeyedClient) async throws -> Void) async throws {
        let app = buildApplication(
            configuration: ServerConfiguration(corsOrigins: ["https://app.example.com"], rateLimit: rateLimit),
            dependencies: ServerDependencies(
                isDatabaseReady: { true }, graphQL: StubGraphQLService(), keys: StubKeyVerifier(), schemaSDL: "type Query { ok: Boolean }\n"),
            logger: Logger(label: "test")
        )
        try await app.test(.router) { client in try await test(KeyedClient(client: client, key: StubKeyVerifier.key)) }
    }

    func preflight(_ client: KeyedClient, origin: String) async throws -> TestResponse {
        try await client.execute(uri: "/graphql", method: .options, headers: [
            .origin: origin, .accessControlRequestMethod: "POST", .accessControlRequestHeaders: "authorization, content-type",
            .authorization: "",
        ])
    }

    @Test func anAllowedOriginsPreflightAllowsAuthorization() async throws {
        try await withApp { client in
            let response = try await preflight(client, origin: "https://app.example.com")
            #expect(response.status == .noContent)
            #expect(response.headers[.accessControlAllowOrigin] == "https://app.example.com")
            #expect(response.headers[.accessControlAllowHeaders] == "Authorization, Content-Type, Accept")
            #expect(response.headers[.accessControlAllowMethods] == "GET, POST, OPTIONS")
            let post = try await client.execute(uri: "/graphql", method: .post,
                headers: [.origin: "https://app.example.com", .contentType: "application/json"], body: ByteBuffer(string: #"{"query":"{ ok }"}"#))
            #expect(post.status == .ok)
            #expect(post.headers[.accessControlAllowOrigin] == "https://app.example.com")
            #expect(post.headers[.vary] == "Origin")
        }
    }

    @Test func anotherOriginGetsNoCORSHeaders() async throws {
        try await withApp { client in
            let response = try await preflight(client, origin: "https://evil.example.net")
            #expect(response.status == .forbidden)
            #expect(response.headers[.accessControlAllowOrigin] == nil)
            let post = try await client.execute(uri: "/graphql", method: .post,
                headers: [.origin: "https://evil.example.net", .contentType: "application/json"], body: ByteBuffer(string: #"{"query":"{ ok }"}"#))
            #expect(post.headers[.accessControlAllowOrigin] == nil)
        }
    }

    /// The bucket refills too slowly to matter during the test, so the count is exact however
    /// long each request takes; refilling is `KeyRateLimiterTests`' part.
    @Test func aBurstOverTheLimitIs429WithRetryAfterForThatKeyOnly() async throws {
        try await withApp(rateLimit: RateLimit(requestsPerSecond: 0.01, burst: 3, concurrentRequests: 8)) { client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<5 {
                statuses.append(try await client.execute(uri: "/graphql?query=%7Bok%7D", method: .get).status)
            }
            #expect(statuses == [.ok, .ok, .ok, .tooManyRequests, .tooManyRequests])
            let limited = try await client.execute(uri: "/graphql?query=%7Bok%7D", method: .get)
            #expect(limited.headers[.retryAfter] == "100")
            #expect(String(buffer: limited.body) == #"{"errors":[{"message":"Too many requests for this API key; retry in 100 s.","extensions":{"code":"RATE_LIMITED"}}]}"#)
            // Another key keeps its own allowance.
            let other = try await client.execute(uri: "/graphql?query=%7Bok%7D", method: .get, headers: [.authorization: "Bearer \(StubKeyVerifier.otherKey)"])
            #expect(other.status == .ok)
        }
    }
}
