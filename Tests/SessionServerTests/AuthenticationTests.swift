import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import SessionAPI
import SessionServer
import SessionStore
import Testing

/// Every `/graphql` request needs an organization API key; refusals are 401 in GraphQL's
/// error shape with `WWW-Authenticate: Bearer`, and keys take effect on the next request.
@Suite("API key authentication")
struct AuthenticationTests {
    static let query = #"{"query":"{ viewer { slug } }"}"#

    /// A server over a fresh embedded database with the small demo data and real keys.
    func withServer(_ test: @escaping @Sendable (any TestClientProtocol, APIKeys) async throws -> Void) async throws {
        let logger = Logger(label: "sessionql.auth.tests")
        let database = try await SQLiteDatabase.open(path: ":memory:", statementTimeout: .seconds(30), logger: logger)
        try await Migrator(database: database).migrate()
        _ = try await Seeder(seed: 1, scale: .small).seed(into: database)
        let keys = APIKeys(store: SessionStore(database: database))
        let app = buildApplication(
            configuration: ServerConfiguration(host: "127.0.0.1", port: 0),
            dependencies: ServerDependencies(
                isDatabaseReady: { true }, graphQL: try SessionAPI(database: database), keys: keys, schemaSDL: EmbeddedSchema.sdl),
            logger: logger
        )
        try await app.test(.router) { client in try await test(client, keys) }
        try? await database.close()
    }

    func post(_ client: any TestClientProtocol, authorization: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let authorization { headers[.authorization] = authorization }
        return try await client.execute(uri: "/graphql", method: .post, headers: headers, body: ByteBuffer(string: Self.query))
    }

    static func expectRefusal(_ response: TestResponse, message: String, challenge: String) {
        #expect(response.status == .unauthorized)
        #expect(response.headers[.wwwAuthenticate] == challenge)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(String(buffer: response.body) == #"{"errors":[{"message":"\#(message)","extensions":{"code":"UNAUTHENTICATED"}}]}"#)
    }

    @Test func aMissingKeyIs401() async throws {
        try await withServer { client, _ in
            Self.expectRefusal(try await post(client, authorization: nil),
                               message: "Send an organization API key: Authorization: Bearer <key>.", challenge: #"Bearer realm="SessionQL""#)
            let get = try await client.execute(uri: "/graphql?query=%7Bviewer%7Bslug%7D%7D", method: .get)
            #expect(get.status == .unauthorized)
        }
    }

    @Test(arguments: ["Basic dXNlcjpwYXNz", "Bearer", "bearer sq_live_x", "sq_live_abc"])
    func aMalformedHeaderIs401(header: String) async throws {
        try await withServer { client, _ in
            Self.expectRefusal(try await post(client, authorization: header),
                               message: #"The Authorization header must read \"Bearer <key>\"."#,
                               challenge: #"Bearer realm="SessionQL", error="invalid_request""#)
        }
    }

    @Test(arguments: ["sq_live_" + String(repeating: "x", count: 32), "sq_live_short", "not-a-key", "sq_live_" + String(repeating: "é", count: 32)])
    func anUnknownOrMisshapenKeyIs401(key: String) async throws {
        try await withServer { client, _ in
            Self.expectRefusal(try await post(client, authorization: "Bearer \(key)"),
                               message: "The API key is not valid: it is unknown, revoked or mistyped.",
                               challenge: #"Bearer realm="SessionQL", error="invalid_token""#)
        }
    }

    @Test func aKeyWorksAtOnceAndStopsOnTheRequestAfterItsRevocation() async throws {
        try await withServer { client, keys in
            let (record, key) = try await keys.create(organizationId: SeedFixtures.globexOrganizationId, name: "test")
            let before = try await post(client, authorization: "Bearer \(key)")
            #expect(before.status == .ok)
            #expect(String(buffer: before.body) == #"{"data":{"viewer":{"slug":"globex"}}}"#)
            #expect(try await keys.revoke(id: record.id))
            Self.expectRefusal(try await post(client, authorization: "Bearer \(key)"),
                               message: "The API key is not valid: it is unknown, revoked or mistyped.",
                               challenge: #"Bearer realm="SessionQL", error="invalid_token""#)
            #expect(try await keys.revoke(id: record.id) == false)
        }
    }

    @Test func theKeysOrganizationScopesTheRequest() async throws {
        try await withServer { client, keys in
            let acme = try await keys.create(organizationId: SeedFixtures.acmeOrganizationId, name: "a").key
            let globex = try await keys.create(organizationId: SeedFixtures.globexOrganizationId, name: "g").key
            let body = #"{"query":"{ viewer { slug } session(id: \"sess_acme_big\") { id } }"}"#
            for (key, answer) in [(acme, #"{"data":{"viewer":{"slug":"acme"},"session":{"id":"sess_acme_big"}}}"#),
                                  (globex, #"{"data":{"viewer":{"slug":"globex"},"session":null}}"#)] {
                let response = try await client.execute(uri: "/graphql", method: .post,
                    headers: [.contentType: "application/json", .authorization: "Bearer \(key)"], body: ByteBuffer(string: body))
                #expect(String(buffer: response.body) == answer)
            }
        }
    }

    @Test func lastUseIsRecordedAtMostOnceAMinute() async throws {
        let clock = ManualClock(1_000_000)
        let logger = Logger(label: "sessionql.auth.tests")
        let database = try await SQLiteDatabase.open(path: ":memory:", statementTimeout: .seconds(30), logger: logger)
        try await Migrator(database: database).migrate()
        _ = try await Seeder(seed: 1, scale: .small).seed(into: database)
        let keys = APIKeys(store: SessionStore(database: database), clock: { clock.now })
        let (record, key) = try await keys.create(organizationId: SeedFixtures.acmeOrganizationId, name: "t")
        let writesBefore = database.statementCount
        for _ in 0..<5 { _ = try await keys.verify(key) }
        // Five look-ups and one write.
        #expect(database.statementCount - writesBefore == 6)
        #expect(try await keys.store.apiKeys().first { $0.id == record.id }?.lastUsedAt == 1_000_000)
        clock.now += 61_000
        _ = try await keys.verify(key)
        #expect(try await keys.store.apiKeys().first { $0.id == record.id }?.lastUsedAt == 1_061_000)
        try await database.close()
    }
}

/// A settable clock in epoch milliseconds.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int64
    init(_ value: Int64) { self.value = value }
    var now: Int64 {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
