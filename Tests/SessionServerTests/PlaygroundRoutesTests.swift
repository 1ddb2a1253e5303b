import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
@testable import SessionServer
import Testing

/// The playground's routes: the redirect from `/`, the page on every explorer URL, assets with
/// their media type, entity tag and cache rules, and serving from a folder.
@Suite("Playground routes")
struct PlaygroundRoutesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("playground")

    func withApp(_ files: PlaygroundFiles = .embedded, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = buildApplication(
            configuration: ServerConfiguration(playground: files),
            dependencies: ServerDependencies(
                isDatabaseReady: { true }, graphQL: StubGraphQLService(), keys: StubKeyVerifier(),
                schemaSDL: "type Query { ok: Boolean }\n"),
            logger: Logger(label: "test")
        )
        try await app.test(.router) { client in try await test(client) }
    }

    @Test func theRootGoesToTheUsersList() async throws {
        try await withApp { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .found)
            #expect(response.headers[.location] == "/users")
        }
    }

    @Test(arguments: ["/users", "/users?q=ann", "/users/mcpu_shared_user", "/users/shared.user%40example.com?session=s&item=i"])
    func everyExplorerURLServesThePage(uri: String) async throws {
        try await withApp { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.headers[.contentSecurityPolicy] == PlaygroundRoutes.contentSecurityPolicy)
            #expect(String(buffer: response.body).contains(#"<script type="module" src="/playground/main.js"></script>"#))
        }
    }

    @Test func assetsCarryTheirTypeAnETagAndRevalidate() async throws {
        try await withApp { client in
            for (name, type) in [("main.js", "text/javascript; charset=utf-8"), ("style.css", "text/css; charset=utf-8"), ("icon.svg", "image/svg+xml")] {
                let response = try await client.execute(uri: "/playground/\(name)", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == type)
                #expect(response.headers[.cacheControl] == "no-cache")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                let etag = try #require(response.headers[.eTag])
                #expect(etag.hasPrefix("\"") && etag.count == 18)
                let again = try await client.execute(uri: "/playground/\(name)", method: .get, headers: [.ifNoneMatch: "\"other\", W/\(etag)"])
                #expect(again.status == .notModified)
                #expect(again.body.readableBytes == 0)
                #expect(again.headers[.eTag] == etag)
            }
        }
    }

    @Test(arguments: ["/playground/nope.js", "/playground/.hidden", "/playground/..%2Fschema.graphql"])
    func unknownFilesAre404(uri: String) async throws {
        try await withApp { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .notFound)
        }
    }

    @Test func theEmbeddedFilesAreThePlaygroundFolderByteForByte() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(EmbeddedPlayground.files.keys.sorted() == onDisk)
        for name in onDisk {
            let bytes = try Array(Data(contentsOf: Self.folder.appendingPathComponent(name)))
            #expect(EmbeddedPlayground.files[name]?.bytes == bytes, "\(name) differs from the embedded copy")
        }
    }

    @Test func aFolderIsReadOnEveryRequest() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playground-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("index.html")
        try Data("<p>first</p>".utf8).write(to: page)
        try await withApp(.directory(folder.path)) { client in
            let first = try await client.execute(uri: "/users", method: .get)
            #expect(String(buffer: first.body) == "<p>first</p>")
            try Data("<p>edited</p>".utf8).write(to: page)
            let edited = try await client.execute(uri: "/users", method: .get)
            #expect(String(buffer: edited.body) == "<p>edited</p>")
            #expect(edited.headers[.eTag] != first.headers[.eTag])
            let missing = try await client.execute(uri: "/playground/main.js", method: .get)
            #expect(missing.status == .notFound)
        }
    }

    @Test func theFingerprintIsFNV1a() {
        #expect(PlaygroundFile.fingerprint([]) == "cbf29ce484222325")
        #expect(PlaygroundFile.fingerprint(Array("a".utf8)) == "af63dc4c8601ec8c")
    }
}
