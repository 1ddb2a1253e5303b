import Hummingbird
import HummingbirdTesting
import SessionAPI

/// A test client that sends `Authorization: Bearer <key>` with every request that does not
/// set its own, as a configured API client would.
struct KeyedClient: Sendable {
    let client: any TestClientProtocol
    let key: String?

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> TestResponse {
        var headers = headers
        if let key, headers[.authorization] == nil { headers[.authorization] = "Bearer \(key)" }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body)
    }
}

/// Accepts one fixed key, for `org_test`; every other key is unknown.
struct StubKeyVerifier: KeyVerifier {
    static let key = "sq_live_" + String(repeating: "t", count: 32)
    static let otherKey = "sq_live_" + String(repeating: "u", count: 32)

    func verify(_ presented: String) async throws -> KeyIdentity? {
        switch presented {
        case Self.key: KeyIdentity(keyId: "key_test", organizationId: "org_test")
        case Self.otherKey: KeyIdentity(keyId: "key_other", organizationId: "org_test")
        default: nil
        }
    }
}
