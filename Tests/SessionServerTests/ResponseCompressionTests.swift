import CompressNIO
import Hummingbird
import HummingbirdTesting
import Logging
import SessionServer
import Testing

/// Responses of a few KB or more are gzip-compressed when the client allows it, and only then.
@Suite("Response compression")
struct ResponseCompressionTests {
    func withApp(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = buildApplication(
            configuration: ServerConfiguration(),
            dependencies: ServerDependencies(
                isDatabaseReady: { true }, graphQL: StubGraphQLService(), keys: StubKeyVerifier(), schemaSDL: "type Query { ok: Boolean }\n"),
            logger: Logger(label: "test"))
        try await app.test(.router) { client in try await test(client) }
    }

    @Test func aLargeResponseIsGzippedWhenAllowed() async throws {
        try await withApp { client in
            let plain = try await client.execute(uri: "/playground/style.css", method: .get)
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(plain.body.readableBytes > 2_048)
            let etag = try #require(plain.headers[.eTag])

            let gzipped = try await client.execute(uri: "/playground/style.css", method: .get, headers: [.acceptEncoding: "br;q=1, gzip;q=0.8"])
            #expect(gzipped.headers[.contentEncoding] == "gzip")
            #expect(gzipped.headers[.vary]?.contains("Accept-Encoding") == true)
            #expect(gzipped.headers[.eTag] == "W/" + etag)
            #expect(gzipped.body.readableBytes < plain.body.readableBytes / 2)
            var body = gzipped.body
            #expect(try body.decompress(with: .gzip()) == plain.body)

            // The weak tag still matches the file.
            let notModified = try await client.execute(
                uri: "/playground/style.css", method: .get, headers: [.acceptEncoding: "gzip", .ifNoneMatch: "W/" + etag])
            #expect(notModified.status == .notModified)
        }
    }

    @Test func smallOrRefusedResponsesStayAsTheyAre() async throws {
        try await withApp { client in
            let small = try await client.execute(uri: "/healthz", method: .get, headers: [.acceptEncoding: "gzip"])
            #expect(small.headers[.contentEncoding] == nil)
            for refusal in ["gzip;q=0", "identity", "br"] {
                let response = try await client.execute(uri: "/playground/style.css", method: .get, headers: [.acceptEncoding: refusal])
                #expect(response.headers[.contentEncoding] == nil, "\(refusal)")
            }
            let icon = try await client.execute(uri: "/playground/icon.svg", method: .get, headers: [.acceptEncoding: "*"])
            #expect(icon.headers[.contentEncoding] == nil, "under the minimum size")
        }
    }
}
